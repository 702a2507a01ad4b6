export function writeGraphJSON(options: { docs: number; edges: number; out: string; seed?: number }): { documents: number; edges: number };
export interface GeneratedDocument {
  id: string; kind: string; number: string; year: number | null; symbol: string; style: string; date: string; title: string | null;
  issuer: { code: string; name: string; level: string; place: string | null };
  jurisdiction: { level: string; province: string | null; provinceSuccessor: string | null; district: string | null };
  level: string; label: string; files: string[];
}
export function layout(docs: number): { nCentral: number; nProvince: number; level: (i: number) => string; doc: (i: number) => GeneratedDocument };
export function relations(docs: number, edges: number, seed?: number): Generator<[number, number, string]>;
export const PROVINCES: ReadonlyArray<[name: string, slug: string, successor: string]>;
