import { sentencesAt, type Sentence } from "./sentences.js";

const SEMICOLON = 59;

/**
 * Where the clause holding an offset opens: the start of its sentence, or just after the last ";"
 * at or before it, whichever is later. Asked at offsets in increasing order (each "Kế hoạch" of a
 * text), each answer starts from the last one: the sentence is kept while the offsets stay in it,
 * and the scan for ";" goes back only to the last offset asked. Asked afresh each time, one long
 * sentence of thousands of "ban hành Kế hoạch thực hiện Đề án …" was read once for each of them
 * (quadratic; bench/README, session 32, helper hostile32).
 */
export function clauseOpenings(text: string): (x: number) => number {
  let sentence: Sentence | null = null;
  let asked = -1;
  // text.lastIndexOf(";", asked): -1 when none is.
  let semicolon = -1;
  return (x) => {
    if (sentence === null || x < sentence.start || x >= sentence.end) sentence = sentencesAt(text, [x])[0];
    if (x < asked) semicolon = text.lastIndexOf(";", x);
    else {
      for (let p = Math.min(x, text.length - 1); p > asked; p--) {
        if (text.charCodeAt(p) === SEMICOLON) {
          semicolon = p;
          break;
        }
      }
    }
    asked = x;
    return Math.max(sentence.start, semicolon + 1);
  };
}
