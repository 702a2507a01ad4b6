export function writeGraphJSON(options: { docs: number; edges: number; out: string; seed?: number }): { documents: number; edges: number };
export function layout(docs: number): { nCentral: number; nProvince: number };
export function relations(docs: number, edges: number, seed?: number): Generator<[number, number, string]>;
