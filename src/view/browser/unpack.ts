/// <reference lib="dom" />
import type { EvidenceRecord, RelationAttributes } from "../../graph/attributes.js";
import type { RelationType } from "../../types.js";
import { decodeEvidence } from "../payload.js";
import { byId } from "./dom.js";

/**
 * The text of one of the page's gzipped, base64 pieces (page.ts), inflated by the browser. The
 * element is emptied afterwards: the page need not keep both forms.
 */
export async function unpack(id: string): Promise<string> {
  const el = byId(id);
  const base64 = el.textContent ?? "";
  el.textContent = "";
  const stream = new Blob([bytesOf(base64)]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The relations' evidence, inflated on first need and decoded one relation at a time: opening a
 * large graph reads none of it, selecting a document reads its relations' only.
 */
export class EvidenceStore {
  private lines: string[] | null = null;
  private loading: Promise<void> | null = null;
  private readonly decoded = new Map<number, EvidenceRecord[]>();

  constructor(
    private readonly files: readonly (string | null)[],
    private readonly read: () => Promise<string>,
  ) {}

  get loaded(): boolean {
    return this.lines !== null;
  }

  load(): Promise<void> {
    this.loading ??= this.read().then((text) => {
      this.lines = text === "" ? [] : text.split("\n");
    });
    return this.loading;
  }

  /** Relation i's evidence; empty until load() has finished. */
  get(i: number): EvidenceRecord[] {
    if (this.lines === null) return [];
    let e = this.decoded.get(i);
    if (!e) this.decoded.set(i, (e = decodeEvidence(this.files, this.lines[i])));
    return e;
  }

  relation(type: RelationType, i: number): RelationAttributes {
    return new PageRelation(type, i, this);
  }
}

/** A relation's attributes whose evidence is read from the store when asked for. */
class PageRelation implements RelationAttributes {
  constructor(
    readonly type: RelationType,
    private readonly index: number,
    private readonly store: EvidenceStore,
  ) {}

  get evidence(): EvidenceRecord[] {
    return this.store.get(this.index);
  }

  get weight(): number {
    return this.evidence.length;
  }
}
