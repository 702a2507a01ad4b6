import { describe, expect, it } from "vitest";
import { natives } from "../../helpers/v8-natives.js";
import { binding, moved, SELF } from "../../../src/analyze/roles/reading.js";
import { analyze } from "../../../src/index.js";
import type { Cue } from "../../../src/vocab/cues.js";

// V8's own test of an object's hidden class ("map"), allowed for this process only.
const { sameMap } = natives();

const AMENDS: Cue = { type: "amends", phrases: ["sửa đổi"], reach: "near" };
const AMENDED_BY: Cue = { type: "amends", phrases: ["được sửa đổi bởi"], reach: "near", passive: true };

describe("bindings of one shape", () => {
  // Code compiled for bindings of one map is thrown away when a binding of another reaches it: a
  // spread copy ({ ...b, actor, end }) had a map of its own, and settleClause, alsoActsOf and
  // proseActsOnNothing (then proseCarriesOutNothing) deoptimized on it ("wrong map") in every run over a few hundred texts.
  it("a moved binding has binding()'s map, and its act, cue and second act", () => {
    for (const cue of [AMENDS, AMENDED_BY]) {
      for (const also of [null, ["repeals"] as const]) {
        const b = binding(cue.type, 3, cue, 40, also);
        const m = moved(b, SELF, 57);
        expect(sameMap(b, m)).toBe(true);
        expect(sameMap(m, moved(m, 1, 60))).toBe(true);
        expect(m).toEqual({ ...b, actor: SELF, end: 57 });
      }
    }
  });
});

describe("\"kèm theo\" with a run of blanks between its words", () => {
  // fresh57b-006's amends of 01/2022/TT-BTNMT, its spaces doubled: "kèm  theo" was read as "theo" (a document acted
  // under), and the item's second replacement of wording became a reference.
  const circular = (link: string) =>
    analyze(
      "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 08/2025/TT-BNNMT\n\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 01/2022/TT-BTNMT\n\n" +
        "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 01/2022/TT-BTNMT\n1. Thay thế cụm từ “Bộ Tài nguyên và Môi trường” bằng cụm từ “Bộ Nông nghiệp và Môi trường” tại khoản 1 Điều 5 của Thông tư số 01/2022/TT-BTNMT; " +
        `cụm từ “Bộ Giao thông vận tải” bằng cụm từ “Bộ Xây dựng” mục II của Phụ lục I.2 ban hành ${link} Thông tư số 01/2022/TT-BTNMT.\n`,
    ).relations.map((r) => r.type);
  it.each(["kèm theo", "kèm  theo", "kèm\ttheo", "kèm \t theo"])("reads every act on the circular as amends after %j", (link) => {
    expect(new Set(circular(link))).toEqual(new Set(["amends"]));
  });
});
