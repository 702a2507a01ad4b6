import { readdirSync, readFileSync } from "node:fs";

/**
 * Prose from the fixtures, cut into sentence-like segments, with every segment that holds
 * something citation-shaped removed: the generator inserts the citations itself and must know
 * each one, so the prose between them has to be citation-free.
 */
const FIXTURES = new URL("../../fixtures/", import.meta.url);

/** Cut after sentence punctuation and the whitespace that follows it ("VP.UBND" is not cut). */
const SEGMENT_END = /(?<=[.;:!?]\s+)(?=\S)/;
/** A number followed by a slash or any dash and a non-digit: the shape of every ký hiệu. */
const CITATION_SHAPED = /[0-9]\s*[/\-\u2010-\u2015\u2212]\s*[^0-9\s]/;
/**
 * A segment must not start with a word the grammar would take as the continuation of the
 * citation just before it (a date, an issuer phrase, a list member).
 */
const CONTINUES_A_CITATION = /^\s*(ngày|của|và|số|năm|tháng|[,;:/\-\u2013])/i;

let cached = null;

/** Runs of consecutive clean segments ("passages"), so the prose keeps its local order. */
function passages() {
  if (cached) return cached;
  const out = [];
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (const f of files) {
    const text = readFileSync(new URL(f, FIXTURES), "utf8").normalize("NFC");
    let run = [];
    for (const seg of text.split(SEGMENT_END)) {
      // The text's last piece may lack the closing punctuation and whitespace: drop it.
      const clean = /[.;:!?]\s+$/.test(seg) && !CITATION_SHAPED.test(seg) && !CONTINUES_A_CITATION.test(seg);
      if (clean) run.push(seg);
      else if (run.length) {
        out.push(run);
        run = [];
      }
    }
    if (run.length) out.push(run);
  }
  cached = out.filter((r) => r.join("").length >= 40);
  return cached;
}

/** About `bytes` UTF-8 bytes of prose (whole segments, so never less than asked unless 0). */
export function prose(rng, bytes, nfdRate = 0) {
  const all = passages();
  let out = "";
  let n = 0;
  while (n < bytes) {
    const run = rng.pick(all);
    for (let i = rng.int(0, run.length - 1); i < run.length && n < bytes; i++) {
      const seg = nfdRate > 0 && rng.chance(nfdRate) ? run[i].normalize("NFD") : run[i];
      out += seg;
      n += Buffer.byteLength(seg);
    }
  }
  return out;
}
