import type { GraphWarning } from "../../graph/attributes.js";
import type { NoteTable } from "../notes.js";

/** A document that may cite another, through an undated mention ("15/CT-TTg@?") of it. */
export interface PossibleCiter {
  id: string;
  via: string;
}

/**
 * The payload's NoteTable read by document id: possible citers, the candidates of a mention
 * without its year, the warnings about a document. Indexed at the first question (a selection),
 * not when the page opens.
 */
export class PageNotes {
  private index: {
    possible: Map<string, PossibleCiter[]>;
    candidates: Map<string, string[]>;
    warnings: Map<string, GraphWarning[]>;
  } | null = null;

  constructor(
    private readonly ids: readonly string[],
    private readonly table: NoteTable | undefined,
    private readonly warnings: readonly GraphWarning[],
  ) {}

  /** Whether any document has possible citers (the legend then explains their lines); no index built. */
  anyPossible(): boolean {
    return (this.table?.possible.length ?? 0) > 0;
  }

  /** Documents that may cite `id` (not proven: each cites an undated mention `id` is a candidate of), sorted by id. */
  possibleCiters(id: string): PossibleCiter[] {
    return this.built().possible.get(id) ?? [];
  }

  /** The dated documents an undated mention may be; empty for any other document. */
  candidates(id: string): string[] {
    return this.built().candidates.get(id) ?? [];
  }

  /** A mention without its year ("15/CT-TTg@?", "law:dat-dai@?"): the graph cannot prove which document it is. */
  undated(id: string): boolean {
    return id.endsWith("@?") || this.candidates(id).length > 0;
  }

  /** The graph's warnings about `id`: those naming it, and those of the files it comes from. */
  warningsOf(id: string): GraphWarning[] {
    return this.built().warnings.get(id) ?? [];
  }

  private built() {
    if (this.index) return this.index;
    const { ids } = this;
    const possible = new Map<string, PossibleCiter[]>();
    const candidates = new Map<string, string[]>();
    const warnings = new Map<string, GraphWarning[]>();
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    const t = this.table;
    if (t) {
      for (let k = 0; k + 2 < t.possible.length; k += 3) push(possible, ids[t.possible[k]], { id: ids[t.possible[k + 2]], via: ids[t.possible[k + 1]] });
      for (let k = 0; k + 1 < t.candidates.length; k += 2) push(candidates, ids[t.candidates[k]], ids[t.candidates[k + 1]]);
      for (let k = 0; k + 1 < t.warnings.length; k += 2) push(warnings, ids[t.warnings[k]], this.warnings[t.warnings[k + 1]]);
    }
    for (const list of candidates.values()) list.sort();
    return (this.index = { possible, candidates, warnings });
  }
}
