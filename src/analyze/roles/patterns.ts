/** Phrases and reaches that several parts of the role reading use. */
import { DRAFT_WORDS, HEAD_WORDS, ISSUING_SUBJECTS, MEETING_QUALIFIER_WORDS, MEETING_WORDS, NOUN_BEFORE_CUE, NTH_PERIOD_WORDS, ORDINAL_WORDS, OTHER_BODY_WORDS, OWN_VOICE_WORDS, PLAIN_PROMULGATION, PROPOSED_BEFORE_ACT, REVIEW_WORK_WORDS, RULE_NAME_WORDS, TOLD_BODY_WORDS, WORK_LIST_NOUNS, WORK_LIST_WORDS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { BULLET_CLASS } from "../../vocab/bullets.js";
import { ARTICLE_WORD, CHAPTER_WORD, ISSUER_SUBJECTS } from "../../vocab/parts.js";
import { KIND_WORDS } from "../reach.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

// A chapter's number ("Chương I", "CHƯƠNG 2") heads its clause as an article's does ("Điều 1.").
export const LIST_MARKER = String.raw`(?:[a-zđ][ \t]*\)|[IVXLC]+[ \t]*\.|\d+(?:\.\d+)*[ \t]*[.)]|[${BULLET_CLASS}*#(]|Điều\s+\d+(?:[ \t]*[.:])?|${CHAPTER_WORD}[ \t]+(?:[IVXLC]+|\d+)(?![\p{L}\p{N}])(?:[ \t]*[.:])?)`;
/**
 * Space before a clause's first words, and a line holding only a bar: a page that prints its heading's
 * table cells one a line puts "|" between the last cell ("Kính gửi: …") and the body ("Nhằm thực hiện
 * …", "Thực hiện …"); the bar is layout, as a blank line would be. A bar inside a line is not.
 */
export const LEAD = String.raw`(?:[\s,]|(?<=\n[ \t]*)\|(?=[ \t]*\n))*`;
/** Nothing but list markers, an article number and HEAD_WORDS before the cue: the document itself acts. */
export const AT_HEAD = lazyRegExp(() => new RegExp(String.raw`^${LEAD}(?:${LIST_MARKER}[\s,]*)*(?:(?:${phraseSource(HEAD_WORDS)})(?![\p{L}\p{N}])[\s,]*)*$`, "iu"));
/**
 * The enacting formula at the end of a preamble names the issuer, then what it does: "Bộ Tài
 * chính hướng dẫn ... như sau:", "Liên tịch Bộ Tài nguyên và Môi trường - Bộ Tài chính hướng dẫn".
 */
export const ISSUER_SUBJECT = lazyRegExp(() => new RegExp(String.raw`^[\s,]*(?:${phraseSource(ISSUER_SUBJECTS, { keepCase: true })})(?![\p{L}\p{N}])`, "u"));
/**
 * A body named as the subject of a clause, as written (ISSUING_SUBJECTS: "Ủy ban nhân dân", "Sở", "Ban Chỉ đạo"): the
 * one alternation the patterns of others' acts told (retold.ts, settle.ts, after-citation.ts) open their subject with.
 */
export const ISSUING_SUBJECT = String.raw`(?:${phraseSource(ISSUING_SUBJECTS, { keepCase: true })})`;
/** "các" less its first letter: every match of OTHER_BODIES holds it (speaker.ts asks for it before the regex). */
export const OTHER_BODIES_TAIL = "ác";
/**
 * Bodies named as many, "các" and a body's word (OTHER_BODY_WORDS): "các sở, ban, ngành", "Các cơ quan, đơn vị", "các
 * cấp": others who act, the subject of others' work told (retold.ts) or the agencies a plan directs (reach-limits.ts AGENCIES).
 */
export const OTHER_BODIES = String.raw`[Cc]${OTHER_BODIES_TAIL}[ \t\r\n]+(?:${phraseSource(OTHER_BODY_WORDS, { anyCase: true })})`;
/** A named body as a told clause's subject (ISSUING_SUBJECTS, TOLD_BODY_WORDS), capitalised as a name is. */
export const NAMED_BODY = String.raw`(?:${phraseSource([...ISSUING_SUBJECTS, ...TOLD_BODY_WORDS], { keepCase: true })})`;
/** How far past a sentence a body's own request may stand: the next paragraph's "Để …, Sở … đề nghị …" and more. */
const OWN_VOICE_CHARS = 400;
export const OWN_VOICE = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(OWN_VOICE_WORDS, { anyCase: true })})(?![\p{L}\p{M}])`, "iu"));
/**
 * Whether a text that tells a named body's act speaks as that body (OWN_VOICE_WORDS) in `told` or within
 * OWN_VOICE_CHARS after `after`: a body's own letter printed without its heading asks or reports; a page that only
 * tells of the act does not (CONVENTIONS.md §13; retold.ts tellsOneBodysAct, news-event.ts datesOneBodysAct).
 */
export const speaksAsItself = (text: string, told: string, after: number): boolean => OWN_VOICE().test(told) || OWN_VOICE().test(text.slice(after, after + OWN_VOICE_CHARS));
/**
 * A noun right before the cue (NOUN_BEFORE_CUE), or a year counted as the Nth of carrying a document out
 * ("năm thứ 3", "năm học thứ hai": NTH_PERIOD_WORDS and an ordinal, digits or ORDINAL_WORDS), or the last of a
 * list of works after "trong" ("trong công tác chỉ đạo, triển khai thực hiện …": WORK_LIST_NOUNS, WORK_LIST_WORDS).
 * The list's works are whole phrases each followed by "," or "và": one reading per step, at most WORK_LIST_MAX.
 */
const WORK_LIST_MAX = 4;
const WORK_WORD = `(?:${phraseSource(WORK_LIST_WORDS)})`;
export const ENDS_WITH_NOUN = lazyRegExp(() => new RegExp(
  String.raw`(?:^|[\s,])(?:${phraseSource(NOUN_BEFORE_CUE)}` +
    String.raw`|(?:${phraseSource(NTH_PERIOD_WORDS)})[ \t\r\n]+thứ[ \t\r\n]+(?:\p{N}{1,2}|${phraseSource(ORDINAL_WORDS)})` +
    String.raw`|trong[ \t\r\n]+(?:(?:${phraseSource(WORK_LIST_NOUNS)})[ \t\r\n]+)?(?:${WORK_WORD}[ \t\r\n]*(?:,|và)[ \t\r\n]*){1,${WORK_LIST_MAX}})\s*$`,
  "iu",
));
/**
 * A subject line opening with its own kind word and issuer, then "về việc" or "v/v" right before the cue:
 * "Quyết định của Bộ trưởng Bộ Khoa học và Công nghệ Về việc sửa đổi, bổ sung Quyết định số …", "Công văn
 * của Tổng cục Hải quan về việc thực hiện Quyết định số …" (the customs portal's records, listing52 rows 10
 * and 102). "việc" there marks the subject, not a noun of the work (ENDS_WITH_NOUN): the kind word opening
 * the line is the row's own, no number between. Only the kinds that head their own cue (HEAD_WORDS:
 * "Quyết định về việc …" acts, "Báo cáo về việc thực hiện …" tells of the work): as without the issuer.
 * Bounded words, one anchor: linear.
 */
const WHOLE_KIND_WORD = new RegExp(String.raw`^(?:${KIND_WORDS})$`, "iu");
export const KIND_ISSUER_SUBJECT = new RegExp(
  String.raw`^${LEAD}(?:${phraseSource(HEAD_WORDS.filter((w) => WHOLE_KIND_WORD.test(w)))})[ \t]+của[ \t]+[^\d\n,;.:]{1,80}?[ \t](?:về[ \t]+việc|v[ \t]*\/[ \t]*v)[ \t]*$`,
  "iu",
);
/** "… tại Hội nghị toàn quốc " right before a cue: the cue names the meeting (MEETING_WORDS). Bounded words: linear. */
export const NAMES_A_MEETING = new RegExp(String.raw`(?:^|[\s,])(?:${phraseSource(MEETING_WORDS)})(?:\s+[^\s,.;:]+){0,${MEETING_QUALIFIER_WORDS}}\s*$`, "iu");
export const NAMES_A_DRAFT = lazyRegExp(() => new RegExp(String.raw`(?:^|[\s,/])(?:${phraseSource(DRAFT_WORDS)})(?![\p{L}\p{N}])`, "iu"));
export const ENDS_WITH_PROPOSAL = new RegExp(String.raw`(?:^|[\s,])(?:${phraseSource(PROPOSED_BEFORE_ACT)})\s*$`, "iu");
/**
 * "Thực hiện theo Nghị định số ..." is to act as a document says, not to carry it out; so "lập hóa
 * đơn thay thế theo Nghị định số …" replaces an invoice as the decree says, not the decree.
 */
export const THEO_NEXT = lazyRegExp(() => /^\s*theo(?![\p{L}\p{N}])/iu);
/**
 * "thực hiện (việc) rà soát …" (REVIEW_WORK_WORDS): "thực hiện" is a light verb before the review it names, and
 * the documents after it are what is reviewed, not carried out. Bounded words, one anchor: linear.
 */
export const REVIEW_NEXT = lazyRegExp(() => new RegExp(String.raw`^\s*(?:việc\s+)?(?:${phraseSource(REVIEW_WORK_WORDS)})(?![\p{L}\p{N}])`, "iu"));
/** Nothing but white space. */
export const BLANK = /^\s*$/;
/** A sentence's full stop: before white space (not "12.4.2012"). A line end alone is none: copies wrap lines inside a sentence. */
export const SENTENCE_STOP = /\.(?=\s)/u;

/** The prefix of a clause is read only this far back: a head is short, and long text stays linear. */
export const HEAD_REACH = 240;
/** Words a subject may take before its verb ("Bộ Tài chính hướng dẫn", "Quyết định này có hiệu lực ... và thay thế"). */
export const SUBJECT_WORDS = 16;
/** NOUN_BEFORE_CUE phrases are short: this much before a cue holds one. */
export const NOUN_REACH = 24;

/** "… như sau:": the document's own words follow (read at a clause's end, or anywhere in a main clause). */
export const CONTENT_FOLLOWS_SOURCE = String.raw`(?:^|\s)như\s+sau\s*:`;
/** How far before the issued document its subject and verb are looked for. */
export const ISSUED_REACH = 120;
/** An act's object named by its kind alone, without a number: "… một số điều của các thông tư". */
export const ACTED_ON_UNNAMED = new RegExp(String.raw`(?:^|\s)(?:các|những|một\s+số)\s+(?:${KIND_WORDS})\s*$`, "iu");
/** "ban hành theo" (PLAIN_PROMULGATION) at the end of the words before a document. */
export const ENDS_PLAIN_PROMULGATION = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(PLAIN_PROMULGATION)})\s*$`, "iu");
/**
 * The regulation's name may stand in quotation marks, its kind word right after the opening one: "thay thế
 * “Quy định về quản lý văn bằng, chứng chỉ tại Đại học Quốc gia Hà Nội” được ban hành theo Quyết định số
 * 3086/QĐ-ĐHQGHN" (fresh41c-013), "bãi bỏ “Quy chế …” ban hành theo Quyết định số X". Without the mark among
 * the name's openers, the act's reach ran out at a long quoted name and X was only referenced.
 */
const RULE_NAMED = lazyRegExp(() => new RegExp(String.raw`(?:^|[\s,("“‘'])(?:${phraseSource(RULE_NAME_WORDS)})(?![\p{L}\p{N}])`, "iu"));
/** Whether `name` (the words an act's verb has before "ban hành theo") names a regulation (RULE_NAME_WORDS). */
export const namesRule = (name: string): boolean => RULE_NAMED().test(name);

/**
 * The next article's heading at a line's start ("\nĐiều 3.", "\n**Điều 12:"): where the article an amending
 * heading or a scope article opens ends (wording-series.ts, scope-guides.ts). A quoted new article opens with
 * its quote mark, so it is not one.
 */
export const NEXT_ARTICLE_HEADING = String.raw`\n[ \t*#_]*${ARTICLE_WORD}[ \t]+\d{1,3}[ \t]*[.:]`;
