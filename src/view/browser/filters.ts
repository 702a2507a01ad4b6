/// <reference lib="dom" />
import { RELATION_TYPES } from "../../graph/attributes.js";
import type { Kind, RelationType } from "../../types.js";
import { kindLabel } from "../../vocab/kinds.js";
import { kindColour, POSSIBLE_LINK, possibleEdgeStyle, RELATION_STYLES } from "../palette.js";
import { UNKNOWN_KIND, provinceName } from "./facets.js";
import { h } from "./dom.js";
import type { ViewState } from "./state.js";

/**
 * Filters (relation, kind, province, year) and the legend, for what this graph contains;
 * `possible`: whether any document has possible citers, whose lighter lines the legend then explains.
 */
export function buildControls(state: ViewState, filtersBox: HTMLElement, legendBox: HTMLElement, possible = false): void {
  const count = <T>(values: Iterable<T>) => {
    const m = new Map<T, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const facets = [...state.facets.values()];
  const kinds = count(facets.map((f) => f.kind));
  const provinces = count(facets.map((f) => f.province));
  const relations = state.counts;
  const years = facets.map((f) => f.year).filter((y): y is number => y !== null);

  const kindName = (k: string) => (k === UNKNOWN_KIND ? "unknown kind" : `${kindLabel(k as Kind)}`);
  const relationOrder = RELATION_TYPES.filter((r) => relations.has(r));
  const kindOrder = [...kinds.keys()].sort((a, b) => kinds.get(b)! - kinds.get(a)! || (a < b ? -1 : 1));
  const provinceOrder = [...provinces.keys()].sort((a, b) => provinceName(a).localeCompare(provinceName(b), "vi"));

  filtersBox.replaceChildren(
    group("Relation", "relation", relationOrder, (r) => `${r.replace(/_/g, " ")} (${relations.get(r)})`, state.filters.relations, state),
    group("Kind", "kind", kindOrder, (k) => `${kindName(k)} (${kinds.get(k)})`, state.filters.kinds, state),
    group("Province", "province", provinceOrder, (p) => `${provinceName(p)} (${provinces.get(p)})`, state.filters.provinces, state, "provinces"),
    yearControls(state, years),
  );

  legendBox.replaceChildren(
    h("strong", {}, "Colour: kind"),
    ...kindOrder.map((k) => h("span", { class: "item" }, h("span", { class: "swatch", style: `background:${kindColour(k === UNKNOWN_KIND ? null : (k as Kind))}` }), kindName(k))),
    h("strong", {}, "Line: relation (arrow from the acting document)"),
    ...relationOrder.map((r) => {
      const s = RELATION_STYLES[r];
      const line = `border-top:${Math.max(1, Math.round(s.size))}px solid ${s.colour}`;
      return h("span", { class: "item" }, h("span", { class: "stroke", style: line }), `${r.replace(/_/g, " ")}${s.arrow ? " →" : ""}`);
    }),
    ...(possible ? [possibleLegend()] : []),
    h("strong", {}, "Size: how often cited"),
  );
}

/**
 * How the highlight of a selected document draws what identity cannot prove: its possible citers'
 * relations, lighter (the implements line as the example), to a mention without its year, and a
 * dashed line from that mention to the document.
 */
function possibleLegend(): HTMLElement {
  const s = possibleEdgeStyle(RELATION_STYLES.implements);
  const lighter = `border-top:${Math.max(1, Math.round(s.size))}px solid ${s.colour}`;
  const dashed = `border-top:${Math.round(POSSIBLE_LINK.width)}px dashed ${POSSIBLE_LINK.colour}`;
  return h(
    "span",
    { class: "item", id: "legend-possible", title: "a document citing a mention without its year that may be the selected document" },
    h("span", { class: "stroke", style: lighter }),
    h("span", { class: "stroke", style: dashed }),
    "possible, not proven: lighter to a mention without its year, dashed from it to the document it may be",
  );
}

function group<T extends string>(
  title: string,
  name: string,
  values: T[],
  label: (v: T) => string,
  enabled: Set<T>,
  state: ViewState,
  extraClass?: string,
): HTMLElement {
  return h(
    "fieldset",
    { "data-filter": name },
    h("legend", {}, title),
    h(
      "div",
      { class: extraClass ?? null },
      values.map((v) => {
        const box = h("input", { type: "checkbox", name, value: v, checked: enabled.has(v) });
        box.addEventListener("change", () => {
          if (box.checked) enabled.add(v);
          else enabled.delete(v);
          state.changed();
        });
        return h("label", {}, box, label(v));
      }),
    ),
  );
}

function yearControls(state: ViewState, years: number[]): HTMLElement {
  const all = [...new Set(years)].sort((a, b) => a - b);
  const select = (name: string, blank: string) =>
    h("select", { name }, h("option", { value: "" }, blank), ...all.map((y) => h("option", { value: y }, String(y))));
  const from = select("year-from", "any");
  const to = select("year-to", "any");
  const undated = h("input", { type: "checkbox", name: "undated", checked: true });
  const apply = () => {
    state.filters.yearFrom = from.value === "" ? null : Number(from.value);
    state.filters.yearTo = to.value === "" ? null : Number(to.value);
    state.filters.undated = undated.checked;
    state.changed();
  };
  for (const el of [from, to, undated]) el.addEventListener("change", apply);
  return h(
    "fieldset",
    { "data-filter": "year" },
    h("legend", {}, "Year"),
    h("label", {}, "from ", from),
    h("label", {}, "to ", to),
    h("label", {}, undated, "undated"),
  );
}
