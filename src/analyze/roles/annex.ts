/**
 * An annex after the signature is silent, unless its heading says what befalls the documents it lists
 * ("DANH MỤC VĂN BẢN … BỊ BÃI BỎ"): then its rows are read as the items of that act's list.
 */
import { phraseSource } from "../../vocab/phrases.js";
import type { Clause } from "../clauses.js";
import { ANNEX_NOT_DONE, ANNEX_REPEAL_WORDS } from "../../vocab/parts.js";
import { LIST_ITEM, TABLE_HEAD_ITEM } from "../reach.js";
import { POST_CUE } from "./post-cue.js";
import { RoleReading, SELF, binding } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** "DANH MỤC VĂN BẢN … BỊ BÃI BỎ" over an annex's rows; group 1 is a word that makes it a proposal ("ĐỀ NGHỊ BÃI BỎ"). */
const ANNEX_REPEALS = lazyRegExp(() => new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:(${phraseSource(ANNEX_NOT_DONE)})\s+)?(?:${phraseSource(ANNEX_REPEAL_WORDS)})(?![\p{L}\p{N}])`,
  "iu",
));
/** An annex's heading is read this far: it ends where the line saying what it is attached to does. */
const ANNEX_HEADING_CHARS = 400;
/**
 * Whether an annex's clause is read. An annex after the signature is silent, as the signature is,
 * unless its heading says what befalls the documents it lists ("PHỤ LỤC ⏎ DANH MỤC VĂN BẢN QUY PHẠM
 * PHÁP LUẬT BỊ BÃI BỎ ⏎ (Kèm theo Quyết định số …)"): then the rows or items under it are that
 * list, as under "Bãi bỏ các văn bản sau:", and are read until the list ends.
 */
export function readsAnnex(r: RoleReading, clause: Clause, previous: Clause | null): boolean {
  const { text } = r;
  if (previous === null || previous.part !== "annex" || previous.end < clause.start || ANNEX_START().test(text.slice(clause.start, clause.start + 40))) {
    // The annex's first clause: its heading, up to the line saying what it is attached to.
    const heading = text.slice(clause.start, clause.start + ANNEX_HEADING_CHARS);
    const stop = heading.search(/\n[ \t*_]*\(/);
    const m = ANNEX_REPEALS().exec(stop < 0 ? heading : heading.slice(0, stop));
    r.annexAct = m !== null && m[1] === undefined ? binding("repeals", SELF, POST_CUE, clause.start) : null;
    r.heading = null;
  }
  if (r.annexAct === null) return false;
  if (r.heading !== null) return true;
  const opening = text.slice(clause.start, clause.start + 24);
  // The heading's lines and what the annex is attached to come first; its act governs the table or list after them.
  if (!TABLE_HEAD_ITEM.test(opening) && !LIST_ITEM.test(opening)) return false;
  r.heading = r.annexAct;
  r.carried = null;
  r.inTableHead = r.inTable = false;
  return true;
}
/** A clause that opens an annex's heading again: a second annex right after the first. */
const ANNEX_START = lazyRegExp(() => /^\s*[*_#]*(?:PHỤ[ \t]+LỤC|DANH[ \t]+MỤC|Phụ[ \t]+lục|Danh[ \t]+mục)(?![\p{L}\p{N}])/u);
