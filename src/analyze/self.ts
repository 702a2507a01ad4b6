import type { Citation, Jurisdiction, SelfDocument, Warning } from "../types.js";
import { documentId, officialNumber } from "../identify/id.js";
import { readSymbol } from "../identify/symbol.js";
import { issuerByCode, issuerByPhrase } from "../vocab/issuers.js";
import { findProvince, fullName } from "../vocab/provinces.js";
import { slugify } from "../identify/slug.js";
import type { Header } from "./header.js";

/** The citing document's identity from its header and the citations that turned out to be itself. */
export function buildSelf(
  header: Header,
  jurisdiction: Jurisdiction,
  selfCitation: Citation | null,
  promulgatedBy: Citation | null,
  path: string | undefined,
): { self: SelfDocument; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const fromHeader = header.numberLine;
  const symbolReading = fromHeader ? readSymbol(fromHeader.symbolParts, "slash-first") : null;
  const number = selfCitation?.number ?? (fromHeader?.number ? officialNumber(fromHeader.number) : null);
  const symbol = selfCitation?.symbol ?? symbolReading?.symbol ?? null;
  const style = selfCitation?.style ?? symbolReading?.style ?? null;
  const date = header.date ?? selfCitation?.date ?? null;
  const year = selfCitation?.year ?? null;
  const issuerCode = selfCitation?.issuer?.code ?? symbolReading?.issuerCode ?? null;
  const entry =
    header.issuerLines.map((l) => issuerByPhrase(l)).find((e) => e !== null) ??
    (issuerCode ? issuerByCode(issuerCode) : null) ??
    issuerByPhrase("UBND");
  const province = jurisdiction.province ? findProvince(jurisdiction.province) : null;
  const place = jurisdiction.district ?? jurisdiction.province;
  const placeTitle = jurisdiction.district ?? (province ? (entry?.party ? province.name : fullName(province)) : null);
  const issuer = entry
    ? { code: entry.code, name: [entry.name, placeTitle].filter(Boolean).join(" "), level: jurisdiction.level, place }
    : null;
  let id = `file:${path ?? "-"}`;
  if (number && symbol) {
    id = documentId({
      number,
      year,
      symbol,
      party: style === "party",
      dateYear: date ? Number(date.slice(0, 4)) : null,
      local: entry?.local ?? true,
      provinceSlug: province?.slug ?? null,
      districtSlug: jurisdiction.district ? slugify(jurisdiction.district) : null,
    });
  } else if (number === null) {
    warnings.push({ code: "no-own-number", message: "the document's own number is not stated; it is identified by its path" });
  }
  return {
    self: {
      id,
      kind: header.kind,
      title: header.title,
      number,
      year,
      symbol,
      style,
      date,
      issuer,
      jurisdiction,
      promulgatedBy,
      ...(path !== undefined ? { path } : {}),
    },
    warnings,
  };
}
