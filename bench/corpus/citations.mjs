import { ISSUER_PHRASES, LAW_NAMES, LEADS, PROVINCES, QH_TERMS, SUBJECTS, TEMPLATES } from "./vocab.mjs";

/**
 * Writes citations the way real plans do (DOMAIN.md §1, §2, §5), each with what vncite must
 * report for it. Offsets are relative to the event's own text; corpus.mjs shifts them.
 */

/** Per-citation probability of each trap of DOMAIN.md §5. */
export const REALISTIC_MUTATIONS = Object.freeze({
  dropSo: 0.3,
  extraSpaces: 0.04,
  lineBreaks: 0.08,
  lowerCase: 0.05,
  eth: 0.03,
  enDash: 0.03,
  nfd: 0.01,
  wideGaps: 0.02,
});

export const NO_MUTATIONS = Object.freeze({
  dropSo: 0,
  extraSpaces: 0,
  lineBreaks: 0,
  lowerCase: 0,
  eth: 0,
  enDash: 0,
  nfd: 0,
  wideGaps: 0,
});

export const MUTATION_NAMES = Object.keys(NO_MUTATIONS);

const LINE_BREAKS = [" \n\n", "\n\n", "\n", " \n"];

/** The official form pads numbers below 10 to two digits. */
const official = (n) => String(n).padStart(2, "0");

/** Text built left to right, so every offset is known when it is written. */
class Writer {
  constructor() {
    this.text = "";
  }
  get at() {
    return this.text.length;
  }
  put(s) {
    this.text += s;
    return this;
  }
}

/** Which mutations hit this citation, drawn once so that all its parts agree. */
function drawMutations(rng, rates) {
  const m = {};
  for (const name of MUTATION_NAMES) m[name] = rng.chance(rates[name] ?? 0);
  return m;
}

/** A document to cite: template, number, year, ký hiệu parts, date, issuer code. */
function drawDocument(rng, tpl) {
  const issuerCode = rng.pick(tpl.issuers);
  let year = null;
  let dateYear;
  let parts;
  if (tpl.year === "term") {
    const [term, from, to] = rng.pick(QH_TERMS);
    year = rng.int(from, to);
    dateYear = year;
    parts = [`QH${term}`];
  } else {
    if (tpl.year === "always") year = rng.int(2008, 2024);
    dateYear = year ?? rng.int(2010, 2024);
    parts = tpl.type ? [tpl.type, ...issuerCode.split("-")] : issuerCode.split("-");
  }
  const n =
    tpl.style === "state"
      ? rng.weighted([
          [3, () => rng.int(1, 9)],
          [5, () => rng.int(10, 199)],
          [2, () => rng.int(200, 5999)],
        ])()
      : rng.int(1, 60);
  return {
    tpl,
    n,
    year,
    parts,
    issuerKey: parts.length && /^QH\d+$/.test(parts[0]) ? "QH" : issuerCode.split("-")[0],
    date: { y: dateYear, m: rng.int(1, 12), d: rng.int(1, 28) },
  };
}

/** What vncite must report: canonical symbol, official number, kind, style, ISO date. */
function expectation(doc, kind, hasDate) {
  const { tpl, parts } = doc;
  const party = tpl.style !== "state";
  const iso = `${doc.date.y}-${official(doc.date.m)}-${official(doc.date.d)}`;
  return {
    kind,
    number: official(doc.n),
    year: doc.year,
    symbol: party ? `${parts[0]}/${parts[1]}` : parts.join("-"),
    style: party ? "party" : "state",
    date: hasDate ? iso : null,
  };
}

/**
 * Writes one citation into `w`. `head` says whether it carries its own kind word (a list member
 * may not) and whether "số" may be written. Returns the citation's expected record.
 */
function writeCitation(w, rng, doc, mut, head) {
  const { tpl } = doc;
  const breaks = new Set();
  if (mut.lineBreaks) {
    const spots = ["kind", "so", "symbol", "date", "dateInner", "issuer", "issuerInner"];
    breaks.add(rng.pick(spots));
    if (rng.chance(0.3)) breaks.add(rng.pick(spots));
  }
  // Each chosen spot breaks once: a PDF wraps a line, it does not put every word on its own.
  // Justified text stretches every space of a line: "Thông tư        liên        tịch".
  const gap = (spot) => {
    if (breaks.delete(spot)) return rng.pick(LINE_BREAKS);
    if (mut.wideGaps) return " ".repeat(rng.int(6, 24));
    return mut.extraSpaces && rng.chance(0.3) ? "  " : " ";
  };
  const word = (s) => {
    let out = mut.lowerCase ? s.toLowerCase() : s;
    if (mut.eth) out = out.replace(/Đ/g, "\u00d0").replace(/đ/g, "\u00f0");
    return mut.nfd ? out.normalize("NFD") : out;
  };
  const prose = (s) => (mut.nfd ? s.normalize("NFD") : s);

  let start = null;
  let kindText = null;
  if (head.kindWord) {
    const written = rng.pick(tpl.words);
    start = w.at;
    kindText = word(written).replace(/ /g, () => gap("kind"));
    w.put(kindText);
    if (tpl.named) w.put(" " + prose(rng.pick(LAW_NAMES)));
  }
  // A named law's mention starts at "số", so it always has one.
  const so = tpl.named || (head.soAllowed && !mut.dropSo && rng.chance(0.85));
  if (head.kindWord) w.put(gap("kind"));
  if (so) {
    if (start === null || tpl.named) start = w.at;
    w.put(word("số")).put(gap("so"));
  }
  const numberStart = w.at;
  start ??= numberStart;
  writeNumberAndSymbol(w, rng, doc, mut, breaks, word);
  const numberEnd = w.at;

  let hasDate = false;
  if (rng.chance(head.dateRate ?? 0.7)) {
    hasDate = true;
    w.put(rng.chance(0.15) ? "," + gap("date") : gap("date"));
    w.put(prose(dateText(rng, doc.date, mut, () => gap("dateInner"))));
  }
  const phrases = ISSUER_PHRASES[doc.issuerKey];
  if (phrases && rng.chance(0.35)) {
    const phrase = rng.pick(phrases).replace("{P}", () => rng.pick(PROVINCES));
    w.put(gap("issuer")).put(prose("của")).put(" ");
    w.put(prose(phrase.replace(/ /g, () => gap("issuerInner"))));
  }
  return {
    start,
    end: w.at,
    numberStart,
    numberEnd,
    kindText: head.kindWord && !tpl.named ? kindText : null,
    ...expectation(doc, tpl.kind, hasDate),
  };
}

/** "61/2018/NĐ-CP", "103 /KH-UBND", "18 - nq/tw", "221 – QĐ/TW", "05/CT-TU", "TT-⏎⏎BTC". */
function writeNumberAndSymbol(w, rng, doc, mut, breaks, word) {
  const { tpl, parts } = doc;
  const num = doc.n < 10 && rng.chance(0.7) ? official(doc.n) : String(doc.n);
  const stray = () => (mut.extraSpaces ? rng.pick(["", " ", "  "]) : "");
  let before = stray();
  const after = stray();
  if (mut.extraSpaces && before === "" && after === "") before = " ";
  const innerDash = () => (mut.enDash && rng.chance(0.5) ? "\u2013" : "-");
  if (tpl.style === "party") {
    const dash = mut.enDash ? "\u2013" : "-";
    w.put(num + before + dash + after + word(parts[0]) + "/" + word(parts[1]));
    return;
  }
  w.put(num + before + "/" + after);
  if (doc.year !== null) w.put(`${doc.year}/`);
  w.put(word(parts[0]));
  for (let i = 1; i < parts.length; i++) {
    w.put(innerDash());
    // A PDF line break falls after the dash: "TT-⏎⏎BTC".
    if (i === 1 && breaks.has("symbol")) w.put(rng.pick(LINE_BREAKS));
    w.put(word(parts[i]));
  }
}

/** "ngày 23 tháng 4 năm 2018", "ngày 08/4/2022", "ngày 19 /01/2022". */
function dateText(rng, { y, m, d }, mut, gap) {
  const pad = (n) => (n < 10 && rng.chance(0.6) ? official(n) : String(n));
  if (rng.chance(0.55)) {
    return ["ngày", pad(d), "tháng", pad(m), "năm", String(y)].map((s, i) => (i ? gap() : "") + s).join("");
  }
  const slash = mut.extraSpaces && rng.chance(0.5) ? " /" : "/";
  return `ngày${gap()}${pad(d)}${slash}${pad(m)}/${y}`;
}

const pickTemplate = (rng) => rng.weighted(TEMPLATES.map((t) => [t.w, t]));

/**
 * One "event": a cue, a citation or a list of them ("Thông tư số 61/2017/TT-BTC và
 * 90/2018/TT-BTC"), and a tail that ends the mention for certain. Returns its text and the
 * citations in it, offsets relative to the text.
 */
export function citationEvent(rng, rates) {
  const w = new Writer();
  w.put(rng.pick(LEADS)).put(rng.chance(0.1) ? rng.pick(LINE_BREAKS) : " ");
  const tpl = pickTemplate(rng);
  const members = tpl.named ? 1 : rng.weighted([[88, 1], [9, 2], [3, 3]]);
  const citations = [];
  for (let i = 0; i < members; i++) {
    if (i > 0) w.put(rng.pick([" và ", ", "]));
    const own = i === 0 || rng.chance(0.3);
    const mut = drawMutations(rng, rates);
    const head = {
      kindWord: own,
      soAllowed: own || rng.chance(0.2),
      dateRate: i === 0 && members === 1 ? 0.7 : 0.4,
    };
    citations.push(writeCitation(w, rng, drawDocument(rng, tpl), mut, head));
  }
  writeTail(w, rng);
  return { text: w.text, citations };
}

/** "Số: 103/KH-UBND" under a document's heading: its own number, a citation all the same. */
export function ownNumber(rng, typeCode) {
  const w = new Writer();
  const start = w.at;
  w.put("Số: ");
  const n = rng.int(1, 400);
  const numberStart = w.at;
  w.put(`${n}/${typeCode}-UBND`);
  const kind = { KH: "plan", QĐ: "decision", BC: "report" }[typeCode];
  return {
    text: w.text,
    citation: {
      start,
      end: w.at,
      numberStart,
      numberEnd: w.at,
      kindText: null,
      kind,
      number: official(n),
      year: null,
      symbol: `${typeCode}-UBND`,
      style: "state",
      date: null,
    },
  };
}

function writeTail(w, rng) {
  const ending = rng.pick([". ", "; ", ", ", ". \n\n", ";\n"]);
  if (rng.chance(0.5)) w.put(" về " + rng.pick(SUBJECTS) + ending);
  else w.put(ending);
}
