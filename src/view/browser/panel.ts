/// <reference lib="dom" />
import type { EvidenceRecord, GraphWarning, RelationAttributes } from "../../graph/attributes.js";
import { edgeKey } from "../../graph/build.js";
import { IMPLEMENTING_RELATIONS, implementersOfId, type ChainHit } from "../../graph/chains.js";
import type { Kind, RelationType } from "../../types.js";
import { kindLabel } from "../../vocab/kinds.js";
import { RELATION_STYLES } from "../palette.js";
import { byId, fill, h } from "./dom.js";
import { possibleFocus } from "./highlight.js";
import type { PageNotes, PossibleCiter } from "./notes.js";
import type { Relation } from "./page-graph.js";
import { neighbourhoodOf, type ViewState } from "./state.js";
import type { EvidenceStore } from "./unpack.js";

/** The heading of what identity cannot prove: documents that cite a mention of this one without its year. */
const POSSIBLE_HEADING = "Có thể trích dẫn — not proven";

/** Evidence sentences shown at once per relation; the rest fold away. */
const EVIDENCE_SHOWN = 2;

/** The side panel: one document, its relations with their evidence, and who carries it out. */
export class Panel {
  private readonly root = byId("panel");
  private current: string | null = null;

  constructor(
    private readonly state: ViewState,
    private readonly evidence: EvidenceStore,
    private readonly select: (id: string) => void,
    /** The document's relations in and out, those the graph does not hold yet included. */
    private readonly relationsOf: (id: string) => { out: Relation[]; into: Relation[] },
    /** Possible citers, mentions without their year, warnings (the payload's NoteTable). */
    private readonly notes: PageNotes,
  ) {}

  clear(): void {
    this.current = null;
    this.root.replaceChildren(h("p", { class: "hint" }, "Type a document in the search box, or click a node."));
  }

  /**
   * The document at once; the evidence sentences follow as soon as the page has read them (the
   * first selection reads them all, later ones find them there).
   */
  show(id: string): void {
    this.current = id;
    if (!this.evidence.loaded) {
      void this.evidence.load().then(() => {
        if (this.current === id) this.show(id);
      });
    }
    const g = this.state.graph;
    const a = g.getNodeAttributes(id);
    const j = a.jurisdiction;
    const place = j ? [j.district, j.province, j.provinceSuccessor ? `since 1 July 2025: ${j.provinceSuccessor}` : null].filter(Boolean).join(", ") : "";
    const facts: [string, string | null][] = [
      ["id", id],
      ["kind", a.kind ? `${kindLabel(a.kind as Kind)} (${a.kind})` : null],
      ["date", a.date],
      ["issuer", a.issuer ? [a.issuer.name, a.issuer.code && `(${a.issuer.code})`].filter(Boolean).join(" ") : null],
      ["jurisdiction", place || (j?.level ?? null)],
      ["cited", a.citedBy > 0 ? `${a.citedBy} time${a.citedBy === 1 ? "" : "s"}` : null],
    ];
    const carry = h("button", { id: "carry", type: "button", "aria-pressed": "false" }, "Who carries this out?");
    const carriers = h("div", { id: "carriers" });
    carry.addEventListener("click", () => this.toggleCarriers(id, carry, carriers));
    const { out, into } = this.relationsOf(id);
    // In key order (type, then the other document), whatever order the page added them in.
    const byKey = (a: [string, ...unknown[]], b: [string, ...unknown[]]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    out.sort(byKey);
    into.sort(byKey);
    const possible = this.notes.possibleCiters(id);
    const warnings = this.notes.warningsOf(id);
    fill(
      this.root,
      h("h2", { id: "doc-label" }, a.label),
      a.title ? h("p", { class: "title" }, a.title) : null,
      this.undatedNote(id),
      carry,
      carriers,
      h("dl", {}, ...facts.filter(([, v]) => v).flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
      a.files.length > 0 ? [h("h3", {}, "Files"), h("ul", { class: "files" }, ...a.files.map((f) => h("li", {}, f)))] : null,
      h("h3", {}, `Acts on (${out.length})`),
      h("ul", { id: "out" }, ...out.map(([, other, r]) => this.relationItem(r, other, "out"))),
      h("h3", {}, `Acted on by (${into.length})`),
      h("ul", { id: "in" }, ...into.map(([, other, r]) => this.relationItem(r, other, "in"))),
      possible.length > 0 ? [h("h3", {}, `${POSSIBLE_HEADING} (${possible.length})`), this.possibleList("possible", possible)] : null,
      warnings.length > 0 ? [h("h3", {}, `Warnings (${warnings.length})`), h("ul", { id: "warnings" }, ...warnings.map(warningItem))] : null,
    );
  }

  /** A mention without its year: said, with the dated documents it may be (none proven). */
  private undatedNote(id: string): HTMLElement | null {
    if (!this.notes.undated(id)) return null;
    const candidates = this.notes.candidates(id);
    return h(
      "p",
      { id: "undated", class: "undated" },
      h("span", { class: "tag" }, "no year"),
      "A mention without its year: the graph cannot prove which document it is.",
      candidates.length > 0 ? [" It may be ", ...candidates.flatMap((c, i) => [i > 0 ? ", " : "", this.docButton(c, true)]), "."] : null,
    );
  }

  /**
   * Possible citers, each with its relations to the undated mention it goes through: they cite
   * the mention, and only the mention is proven.
   */
  private possibleList(listId: string, hits: readonly PossibleCiter[]): HTMLElement {
    return h(
      "ul",
      { id: listId, class: "possible" },
      ...hits.map((hit) =>
        h(
          "li",
          { class: "relation possible", "data-id": hit.id, "data-via": hit.via },
          this.relationsVia(hit).map(badge),
          this.docButton(hit.id),
          h("div", { class: "path" }, "through ", this.docButton(hit.via, true)),
        ),
      ),
    );
  }

  /** The types of the relations from a possible citer to the undated mention it cites. */
  private relationsVia(hit: PossibleCiter): RelationType[] {
    const types = this.relationsOf(hit.via)
      .into.filter(([, other]) => other === hit.id)
      .map(([, , r]) => r.type);
    return [...new Set(types)].sort();
  }

  private relationItem(r: RelationAttributes, other: string, direction: "in" | "out"): HTMLElement {
    const shown = r.evidence.slice(0, EVIDENCE_SHOWN).map(quote);
    const rest = r.evidence.slice(EVIDENCE_SHOWN);
    return h(
      "li",
      { class: "relation", "data-relation": r.type, "data-other": other, "data-direction": direction },
      badge(r.type),
      this.docButton(other),
      shown,
      rest.length > 0 ? h("details", {}, h("summary", {}, `${rest.length} more`), rest.map(quote)) : null,
    );
  }

  /** `withId`: the id after the label, for documents whose labels say the same ("Chỉ thị 15/CT-TTg" with and without its year). */
  private docButton(id: string, withId = false): HTMLElement {
    const label = this.state.graph.getNodeAttribute(id, "label");
    const button = h("button", { class: "doc", type: "button", "data-id": id, title: id }, withId ? `${label} (${id})` : label);
    button.addEventListener("click", () => this.select(id));
    return button;
  }

  /** Transitive implementersOf, as `vncite query implementers --transitive` answers it, each with its path. */
  private toggleCarriers(id: string, button: HTMLElement, box: HTMLElement): void {
    if (this.current !== id) return;
    if (button.getAttribute("aria-pressed") === "true") {
      button.setAttribute("aria-pressed", "false");
      box.replaceChildren();
      // Back to the selection's highlight (app.ts), its possible citers with it.
      const { nodes, edges } = neighbourhoodOf(this.state.graph, id);
      this.state.focus(nodes, edges, possibleFocus(this.state.graph, id, this.notes.possibleCiters(id)));
      return;
    }
    button.setAttribute("aria-pressed", "true");
    // The list quotes evidence: wait for it when the page is still reading it.
    if (!this.evidence.loaded) {
      void this.evidence.load().then(() => {
        button.setAttribute("aria-pressed", "false");
        this.toggleCarriers(id, button, box);
      });
      return;
    }
    const hits = implementersOfId(this.state.graph, id, { transitive: true });
    const nodes = new Set<string>([id]);
    const edges = new Set<string>();
    for (const hit of hits) for (const n of hit.path) nodes.add(n);
    for (const hit of hits) for (const e of this.pathEdges(hit.path)) edges.add(e);
    // One step, as `vncite query implementers` offers them: possible citers whose relation to the
    // undated mention is an implementing one.
    const possible = this.notes.possibleCiters(id).filter((hit) => this.relationsVia(hit).some((t) => IMPLEMENTING_RELATIONS.includes(t)));
    fill(
      box,
      h("h3", {}, hits.length === 0 ? "No document here carries it out" : `Carried out by ${hits.length} document${hits.length === 1 ? "" : "s"}`),
      h("ul", { id: "carrier-list" }, ...hits.map((hit) => this.carrierItem(hit))),
      possible.length > 0 ? [h("h3", {}, `${POSSIBLE_HEADING} (${possible.length})`), this.possibleList("possible-carriers", possible)] : null,
    );
    // Lit with the chains, drawn apart: the possible carriers through the mentions they implement.
    const apart = possibleFocus(this.state.graph, id, possible, IMPLEMENTING_RELATIONS);
    // The list first, the highlight (a redraw of everything) after it has been painted.
    setTimeout(() => {
      if (this.current === id && button.getAttribute("aria-pressed") === "true") this.state.focus(nodes, edges, apart);
    }, 0);
  }

  private carrierItem(hit: ChainHit): HTMLElement {
    const g = this.state.graph;
    const first = this.pathEdges(hit.path.slice(0, 2))[0];
    const evidence = first ? g.getEdgeAttribute(first, "evidence").slice(0, 1).map(quote) : [];
    return h(
      "li",
      { class: "relation", "data-id": hit.id, "data-depth": hit.path.length - 1 },
      badge(hit.relation),
      this.docButton(hit.id),
      hit.path.length > 2 ? h("div", { class: "path" }, hit.path.map((n) => g.getNodeAttribute(n, "label")).join(" → ")) : null,
      evidence,
    );
  }

  /** The implementing edges along a path (the first listed relation wins, as in the query). */
  private pathEdges(path: string[]): string[] {
    const g = this.state.graph;
    const found: string[] = [];
    for (let i = 0; i + 1 < path.length; i++) {
      for (const type of IMPLEMENTING_RELATIONS) {
        const key = edgeKey(type, path[i], path[i + 1]);
        if (g.hasEdge(key)) {
          found.push(key);
          break;
        }
      }
    }
    return found;
  }
}

function badge(type: RelationAttributes["type"]): HTMLElement {
  return h("span", { class: "rel", style: `background:${RELATION_STYLES[type].colour}` }, type.replace(/_/g, " "));
}

function warningItem(w: GraphWarning): HTMLElement {
  return h("li", { class: "warning", "data-code": w.code }, h("span", { class: "code" }, w.code), " ", w.message, w.file !== null ? h("cite", {}, w.file) : null);
}

function quote(e: EvidenceRecord): HTMLElement {
  // The parts acted on ("khoản 2 Điều 5") first: what an amendment changes, before where it says so.
  const where = [e.pinpoint, e.file, e.page !== null ? `p. ${e.page}` : null].filter(Boolean).join(", ");
  return h("blockquote", {}, e.sentence, where ? h("cite", {}, where) : null);
}
