import type { IssuerRecord, JurisdictionRecord } from "./attributes.js";
import { ownCopy } from "../shared/strings.js";

/**
 * One copy of each repeated value a graph keeps: strings (file paths, issuer names, ký hiệu,
 * dates) and issuer and jurisdiction records. Every analysis a worker thread sends arrives with
 * its own copies, and a graph of 10,000 files held some 300,000 duplicate strings of a few
 * thousand values, and a record of each kind per node where a few hundred differ.
 */
export class ValuePool {
  private readonly strings = new Map<string, string>();
  private readonly records = new Map<string, IssuerRecord | JurisdictionRecord>();

  of(s: string): string {
    const have = this.strings.get(s);
    if (have !== undefined) return have;
    const own = ownCopy(s);
    this.strings.set(own, own);
    return own;
  }

  maybe(s: string | null): string | null {
    return s === null ? null : this.of(s);
  }

  /**
   * The pool's record equal to `r`. Shared between nodes, so frozen: the graph never changes a
   * record in place (a merge picks one whole), and a caller that tried would change every node.
   * A frozen record is taken as the pool's already (a node's, merged again).
   */
  issuer(r: IssuerRecord): IssuerRecord {
    if (Object.isFrozen(r)) return r;
    const key = keyOf("i", r.code, r.name, r.level, r.place);
    return (this.records.get(key) as IssuerRecord | undefined) ?? this.keep(key, { code: this.maybe(r.code), name: this.maybe(r.name), level: r.level, place: this.maybe(r.place) });
  }

  jurisdiction(r: JurisdictionRecord): JurisdictionRecord {
    if (Object.isFrozen(r)) return r;
    const key = keyOf("j", r.level, r.province, r.provinceSuccessor, r.district);
    return (
      (this.records.get(key) as JurisdictionRecord | undefined) ??
      this.keep(key, { level: r.level, province: this.maybe(r.province), provinceSuccessor: this.maybe(r.provinceSuccessor), district: this.maybe(r.district) })
    );
  }

  private keep<R extends IssuerRecord | JurisdictionRecord>(key: string, record: R): R {
    Object.freeze(record);
    this.records.set(key, record);
    return record;
  }
}

/** Fields joined by NUL (which no name holds), null as U+0001: equal keys, equal records. */
function keyOf(tag: string, ...fields: (string | null)[]): string {
  let key = tag;
  for (const f of fields) key += "\u0000" + (f ?? "\u0001");
  return key;
}
