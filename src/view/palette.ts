import type { Kind, RelationType, Role } from "../types.js";

/**
 * Colours by kind of document: the kinds plans cite most get the most distinct hues; the rest
 * share muted ones (the legend lists only the kinds a graph has).
 */
const KIND_COLOURS: Partial<Record<Kind, string>> = {
  // The Constitution heads the family of laws, in its darkest shade.
  constitution: "#5b21b6",
  law: "#7c3aed",
  code: "#7c3aed",
  ordinance: "#8b5cf6",
  resolution: "#db2777",
  decree: "#dc2626",
  decision: "#ea580c",
  directive: "#ca8a04",
  circular: "#65a30d",
  "joint-circular": "#4d7c0f",
  plan: "#0284c7",
  program: "#0891b2",
  scheme: "#0d9488",
  project: "#0f766e",
  "official-letter": "#64748b",
  guidance: "#16a34a",
  conclusion: "#be185d",
  notice: "#94a3b8",
  report: "#94a3b8",
};
const OTHER_KIND_COLOUR = "#a3a3a3";

export function kindColour(kind: Kind | null): string {
  return (kind && KIND_COLOURS[kind]) || OTHER_KIND_COLOUR;
}

/** How an edge of each relation is drawn: colour, thickness, and whether it has an arrow head. */
export interface EdgeStyle {
  colour: string;
  size: number;
  arrow: boolean;
}

export const RELATION_STYLES: Readonly<Record<RelationType, EdgeStyle>> = {
  implements: { colour: "#c2410c", size: 2.5, arrow: true },
  based_on: { colour: "#2563eb", size: 1.5, arrow: true },
  promulgated_by: { colour: "#9333ea", size: 2, arrow: true },
  proposed_by: { colour: "#a855f7", size: 1.2, arrow: true },
  guides: { colour: "#059669", size: 2, arrow: true },
  amends: { colour: "#dc2626", size: 2.5, arrow: true },
  replaces: { colour: "#b91c1c", size: 2.5, arrow: true },
  repeals: { colour: "#7f1d1d", size: 2.5, arrow: true },
  corrects: { colour: "#f97316", size: 1.5, arrow: true },
  references: { colour: "#b8c0cc", size: 0.8, arrow: false },
};

/**
 * A relation that makes a document a possible citer of another (it cites a mention without its
 * year that may be that document: not proven) is drawn lighter and thinner than the proven ones:
 * its colour halfway to white, its line 0.6 as thick, and so is its line in the legend.
 */
export function possibleEdgeStyle(style: EdgeStyle): EdgeStyle {
  const channel = (i: number) => Math.round((parseInt(style.colour.slice(i, i + 2), 16) + 255) / 2).toString(16).padStart(2, "0");
  return { colour: `#${channel(1)}${channel(3)}${channel(5)}`, size: style.size * 0.6, arrow: style.arrow };
}

/**
 * The line the view draws, when a document is selected, from a mention without its year to that
 * document it may be: dashed, in the page's muted grey (no relation of the graph: a link not proven).
 */
export const POSSIBLE_LINK = Object.freeze({ colour: "#5d6878", width: 1.5, dash: [6, 4] as number[] });

/** Marks in an annotated text take their relation's colour; the citing document's own number is grey. */
export function roleColour(role: Role): string {
  return role === "self" ? "#64748b" : RELATION_STYLES[role].colour;
}
