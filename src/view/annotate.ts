import type { Analysis, AnalyzedCitation } from "../types.js";
import { kindLabel } from "../vocab/kinds.js";
import { escapeHtml, pageHead } from "./html.js";
import { roleColour } from "./palette.js";
import { ANNOTATE_SCRIPT, ANNOTATE_STYLE } from "./annotate-assets.js";

/** A part to outline: Analysis.parts as analyze gives them, checked (any type name is shown as it is). */
export interface ShownPart {
  type: string;
  start: number;
  end: number;
}

export interface AnnotateOptions {
  /** Shown at the top; default: the document's label. */
  title?: string;
  /**
   * A page written by `vncite view`: each citation links to `${graphHref}#ref=<id>`, which
   * selects its document there.
   */
  graphHref?: string | null;
}

/**
 * The analysed parts, when the analysis has them (`parts`, [{ type, start, end }]); an analysis
 * read from elsewhere may have none or malformed ones (offsets outside the text): those are left
 * out, not fatal.
 */
export function partsOf(analysis: Analysis, textLength: number): ShownPart[] {
  const raw: unknown = analysis.parts;
  if (!Array.isArray(raw)) return [];
  const parts: ShownPart[] = [];
  for (const p of raw) {
    if (!p || typeof p !== "object") continue;
    const { type, start, end } = p as Record<string, unknown>;
    if (typeof type !== "string" || !Number.isInteger(start) || !Number.isInteger(end)) continue;
    const s = Math.max(0, start as number);
    const e = Math.min(textLength, end as number);
    if (s < e) parts.push({ type, start: s, end: e });
  }
  return parts.sort((a, b) => a.start - b.start || b.end - a.end);
}

type Span = { layer: "part"; index: number; part: ShownPart } | { layer: "cite"; index: number; citation: AnalyzedCitation };

/**
 * The document's text as one HTML page with every citation marked (hover: kind, id, date, issuer,
 * role) and its parts outlined when the analysis has them. Offsets are the analysis's own, so the
 * text must be the one that was analysed.
 */
export function annotatePage(text: string, analysis: Analysis, options: AnnotateOptions = {}): string {
  const parts = partsOf(analysis, text.length);
  // Citations never overlap; one that would (a malformed analysis) is dropped rather than nested.
  const citations: AnalyzedCitation[] = [];
  for (const c of [...analysis.citations].sort((a, b) => a.start - b.start)) {
    if (c.start < c.end && c.end <= text.length && (citations.length === 0 || citations[citations.length - 1].end <= c.start)) citations.push(c);
  }
  const spans: Span[] = [
    ...parts.map((part, index) => ({ layer: "part" as const, index, part })),
    ...citations.map((citation, index) => ({ layer: "cite" as const, index, citation })),
  ];
  const startOf = (s: Span) => (s.layer === "part" ? s.part.start : s.citation.start);
  const endOf = (s: Span) => (s.layer === "part" ? s.part.end : s.citation.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [startOf(s), endOf(s)])])].sort((a, b) => a - b);

  // Between two cuts the set of covering spans is fixed: close what ends, reopen in a fixed order
  // (parts outside, the citation inside), so a citation crossing a part's edge is split in two
  // pieces that share its data-i.
  let html = "";
  let open: Span[] = [];
  let partCursor = 0;
  let citeCursor = 0;
  const active: Span[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k];
    const to = cuts[k + 1];
    for (let i = active.length - 1; i >= 0; i--) if (endOf(active[i]) <= from) active.splice(i, 1);
    while (partCursor < parts.length && parts[partCursor].start <= from) active.push({ layer: "part", index: partCursor, part: parts[partCursor++] });
    while (citeCursor < citations.length && citations[citeCursor].start <= from) active.push({ layer: "cite", index: citeCursor, citation: citations[citeCursor++] });
    const wanted = active.filter((s) => endOf(s) > from).sort((a, b) => (a.layer === b.layer ? startOf(a) - startOf(b) || endOf(b) - endOf(a) : a.layer === "part" ? -1 : 1));
    let same = 0;
    while (same < open.length && same < wanted.length && open[same] === wanted[same]) same++;
    for (let i = open.length - 1; i >= same; i--) html += open[i].layer === "part" ? "</span>" : options.graphHref ? "</a>" : "</mark>";
    for (let i = same; i < wanted.length; i++) html += openTag(wanted[i], from, options);
    open = wanted;
    html += escapeHtml(text.slice(from, to));
  }
  for (let i = open.length - 1; i >= 0; i--) html += open[i].layer === "part" ? "</span>" : options.graphHref ? "</a>" : "</mark>";

  const self = analysis.self;
  const heading = options.title ?? [self.kind ? kindLabel(self.kind) : null, self.number && self.symbol ? `${self.number}/${self.symbol}` : null].filter(Boolean).join(" ");
  const roles = new Map<string, number>();
  for (const c of citations) roles.set(c.role, (roles.get(c.role) ?? 0) + 1);
  const legend = [...roles].map(([role, n]) => `<span class="key" style="border-color:${roleColour(role as AnalyzedCitation["role"])}">${escapeHtml(role.replace(/_/g, " "))} (${n})</span>`).join(" ");
  const outline = parts.length
    ? `<nav class="parts"><strong>Parts</strong> ${parts.map((p, i) => `<a href="#part-${i}">${escapeHtml(p.type)}</a>`).join(" ")}</nav>`
    : "";
  return `${pageHead(heading || analysis.path || "vncite annotate", ANNOTATE_STYLE)}
</head>
<body>
<header>
<h1>${escapeHtml(heading || analysis.path || "")}</h1>
${self.title ? `<p class="title">${escapeHtml(self.title)}</p>` : ""}
<p class="summary"><span id="count">${citations.length}</span> citation${citations.length === 1 ? "" : "s"}${analysis.path ? ` in ${escapeHtml(analysis.path)}` : ""} ${legend}</p>
${outline}
</header>
<main id="text">${html}</main>
<div id="tip" role="tooltip" hidden></div>
<script>${ANNOTATE_SCRIPT}</script>
</body>
</html>
`;
}

function openTag(span: Span, at: number, options: AnnotateOptions): string {
  if (span.layer === "part") {
    const first = span.part.start === at;
    return `<span class="part" data-part="${escapeHtml(span.part.type)}"${first ? ` id="part-${span.index}"` : ""}>${first ? `<span class="part-label">${escapeHtml(span.part.type)}</span>` : ""}`;
  }
  const c = span.citation;
  const first = c.start === at;
  const issuer = c.issuer ? [c.issuer.name, c.issuer.code && `(${c.issuer.code})`].filter(Boolean).join(" ") : "";
  const data =
    `class="cite" data-i="${span.index}"${first ? ` id="c${span.index}"` : ""} data-id="${escapeHtml(c.id)}" data-kind="${escapeHtml(`${kindLabel(c.kind)} (${c.kind})`)}"` +
    ` data-date="${escapeHtml(c.date ?? "")}" data-issuer="${escapeHtml(issuer)}" data-role="${c.role}" style="--role:${roleColour(c.role)}"`;
  return options.graphHref ? `<a ${data} href="${escapeHtml(`${options.graphHref}#ref=${encodeURIComponent(c.id)}`)}">` : `<mark ${data}>`;
}
