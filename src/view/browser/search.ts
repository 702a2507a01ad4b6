/// <reference lib="dom" />
import { byId, fold, h } from "./dom.js";
import type { PageNotes } from "./notes.js";
import { loadResolver, resolverReady, type Resolve } from "./resolver.js";
import type { ViewState } from "./state.js";

export interface Suggestion {
  id: string;
  /** Named by the text as `vncite query` reads it (not only a text match). */
  resolved: boolean;
}

const MAX_SUGGESTIONS = 10;

/**
 * Suggestions for what the user has typed so far: first the documents the text names as
 * `vncite query` resolves it (the same resolver, bundled into the page), then documents whose
 * label, id or title contain it, ignoring case and diacritics; the more cited first.
 */
export function suggest(state: ViewState, typed: string, index: readonly IndexEntry[], resolve: Resolve): Suggestion[] {
  const q = typed.trim();
  if (q === "") return [];
  const out: Suggestion[] = resolve(state.graph, q).matches.slice(0, MAX_SUGGESTIONS).map((id) => ({ id, resolved: true }));
  const seen = new Set(out.map((s) => s.id));
  const key = fold(q);
  const prefix: IndexEntry[] = [];
  const inside: IndexEntry[] = [];
  for (const entry of index) {
    if (seen.has(entry.id)) continue;
    const at = entry.key.indexOf(key);
    if (at === 0 || entry.key.startsWith(key, entry.idAt)) prefix.push(entry);
    else if (at > 0) inside.push(entry);
  }
  for (const entry of [...prefix, ...inside]) {
    if (out.length >= MAX_SUGGESTIONS) break;
    out.push({ id: entry.id, resolved: false });
  }
  return out;
}

export interface IndexEntry {
  id: string;
  /** Folded "label id title". */
  key: string;
  /** Where the id starts in `key`. */
  idAt: number;
}

/** Folded text of every document, the most cited first so that they lead the suggestions. */
export function searchIndex(state: ViewState): IndexEntry[] {
  const entries: (IndexEntry & { weight: number })[] = [];
  state.graph.forEachNode((id, a) => {
    const label = fold(a.label);
    entries.push({ id, key: `${label} ${fold(id)} ${fold(a.title ?? "")}`, idAt: label.length + 1, weight: a.citedBy + a.files.length });
  });
  entries.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return entries;
}

/** The search box and its list of suggestions (keyboard: arrows, Enter, Escape). */
export class Search {
  private readonly input = byId<HTMLInputElement>("search");
  private readonly list = byId<HTMLUListElement>("suggestions");
  /** Built once the graph is drawn (prepare): opening the page does not wait for it. */
  private index: IndexEntry[] | null = null;
  /** The text last asked about, which a late resolver answers if it is still the one. */
  private wanted = "";
  private items: Suggestion[] = [];
  private active = -1;

  constructor(
    private readonly state: ViewState,
    private readonly select: (id: string) => void,
    /** Which documents are mentions without their year, and what they may be. */
    private readonly notes: PageNotes | null = null,
  ) {
    this.input.addEventListener("input", () => {
      performance.mark("vncite:typed");
      this.suggestFor(this.input.value);
    });
    this.input.addEventListener("keydown", (event) => this.key(event));
    this.input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
  }

  /** Puts a document's label in the box without asking for suggestions. */
  show(text: string): void {
    this.input.value = text;
    this.close();
  }

  suggestFor(text: string): void {
    this.wanted = text;
    const resolve = resolverReady();
    if (!resolve) {
      void loadResolver().then(() => {
        if (this.wanted === text) this.suggestFor(text);
      });
      return;
    }
    this.prepare();
    this.items = suggest(this.state, text, this.index!, resolve);
    this.active = this.items.length > 0 ? 0 : -1;
    this.render(text);
    performance.mark("vncite:suggested");
  }

  /** The search index, built once: after the first frame (app.ts), or at the first keystroke. */
  prepare(): void {
    this.index ??= searchIndex(this.state);
  }

  private render(text: string): void {
    const g = this.state.graph;
    this.list.replaceChildren(
      ...this.items.map((s, i) => {
        const a = g.getNodeAttributes(s.id);
        // A mention without its year follows its dated candidate: said, so it is not taken for a second document.
        const undated = this.notes?.undated(s.id) ?? false;
        const candidates = undated ? this.notes!.candidates(s.id) : [];
        const li = h(
          "li",
          { role: "option", "data-id": s.id, "aria-selected": i === this.active ? "true" : "false", "data-undated": undated ? "true" : null },
          s.resolved ? h("span", { class: "tag", title: "what vncite query resolves this text to" }, "match") : null,
          undated ? h("span", { class: "tag undated", title: "a mention without its year: the graph cannot prove which document it is" }, "no year") : null,
          h("span", { class: "label" }, a.label),
          h("span", { class: "id" }, s.id),
          candidates.length > 0 ? h("span", { class: "candidates" }, `may be ${candidates.join(", ")}`) : null,
        );
        li.addEventListener("mousedown", (event) => {
          event.preventDefault();
          this.choose(i);
        });
        return li;
      }),
    );
    if (this.items.length === 0 && text.trim() !== "") this.list.replaceChildren(h("li", { class: "muted" }, "no document matches"));
    this.list.hidden = text.trim() === "";
  }

  private key(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (this.items.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.items.length) % this.items.length;
      this.render(this.input.value);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (event.key === "Escape") this.close();
  }

  private choose(i: number): void {
    const { id } = this.items[i];
    this.show(this.state.graph.getNodeAttribute(id, "label"));
    this.select(id);
  }

  private close(): void {
    this.list.hidden = true;
  }
}
