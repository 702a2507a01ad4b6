/** Small builders of hand-made Analysis objects for graph tests. */
import type { Analysis, AnalyzedCitation, Issuer, Jurisdiction, Relation, RelationType, Role, SelfDocument } from "../../src/types.js";

export const CENTRAL: Jurisdiction = { level: "central", province: null, provinceSuccessor: null, district: null };
export const HAU_GIANG: Jurisdiction = { level: "province", province: "Hậu Giang", provinceSuccessor: "Cần Thơ", district: null };
export const TRA_VINH: Jurisdiction = { level: "province", province: "Trà Vinh", provinceSuccessor: "Vĩnh Long", district: null };

export function cite(
  id: string,
  role: Role,
  over: Partial<AnalyzedCitation> = {},
): AnalyzedCitation {
  const m = /^(\d+)(?:\/(\d{4}))?\/([^@~]+)(?:@(\d{4}|\?))?/.exec(id);
  const number = m?.[1] ?? "01";
  const year = m?.[2] ? Number(m[2]) : null;
  const symbol = m?.[3] ?? "KH-UBND";
  const code = symbol.split("-")[0];
  const kind = ({ NĐ: "decree", QĐ: "decision", CT: "directive", KH: "plan", NQ: "resolution", TT: "circular" } as const)[code] ?? "document";
  const local = id.includes("~");
  const issuer: Issuer = local
    ? { code: "UBND", name: "Ủy ban nhân dân", level: "province", place: null }
    : { code: symbol.split("-")[1] ?? null, name: "Chính phủ", level: "central", place: null };
  return {
    start: 0,
    end: 10,
    raw: id,
    kind,
    kindText: null,
    form: "full",
    number,
    year,
    symbol,
    typeCode: code,
    style: "state",
    date: m?.[4] && m[4] !== "?" ? `${m[4]}-01-15` : null,
    issuer,
    id,
    numberStart: 0,
    numberEnd: 10,
    warnings: [],
    role,
    jurisdiction: local ? HAU_GIANG : CENTRAL,
    ...over,
  };
}

export function self(id: string, over: Partial<SelfDocument> = {}): SelfDocument {
  return {
    id,
    kind: "plan",
    title: null,
    number: null,
    year: null,
    symbol: null,
    style: null,
    date: null,
    issuer: { code: "UBND", name: "Ủy ban nhân dân tỉnh Hậu Giang", level: "province", place: "Hậu Giang" },
    jurisdiction: HAU_GIANG,
    promulgatedBy: null,
    ...over,
  };
}

export function rel(type: RelationType, from: string, to: string, start = 0, sentence = `${from} ${type} ${to}`): Relation {
  return { type, from, to, evidence: { start, end: start + 5, sentence } };
}

/**
 * An analysis of `path` whose own document is `selfId`, citing each target with its role, plus
 * extra relations between cited documents.
 */
export function analysis(
  path: string,
  selfId: string,
  cited: [string, RelationType][],
  extra: Relation[] = [],
  selfOver: Partial<SelfDocument> = {},
): Analysis {
  const citations = cited.map(([id, role], i) => cite(id, role, { start: 100 * i, end: 100 * i + 20 }));
  return {
    path,
    self: self(selfId, { path, ...selfOver }),
    citations,
    relations: [
      ...cited.map(([id, role], i) => rel(role, selfId, id, 100 * i)),
      ...extra,
    ],
    warnings: [],
  };
}
