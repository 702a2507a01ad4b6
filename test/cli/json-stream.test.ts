/** The streamed JSON writer must give JSON.stringify(value, null, 2)'s exact bytes. */
import { describe, expect, it } from "vitest";
import { prettyJSON, writePieces } from "../../src/cli/json-stream.js";

const SAMPLES: unknown[] = [
  { options: { type: "directed", multi: true }, attributes: {}, nodes: [], edges: [] },
  { nodes: [{ key: "103/KH-UBND@2021~tra-vinh", attributes: { files: ["a.txt"], title: "Kế hoạch\n\"trích\"", n: 1.5, x: null } }], e: [[1, [2, {}]], []] },
  { skipped: undefined, f: () => 1, list: [undefined, () => 1, "ok", 0, false], deep: { a: { b: { c: [1, { d: "đ" }] } } } },
  [1, "two", { three: [3] }, [], {}],
  "just a string",
  42,
  null,
];

describe("prettyJSON", () => {
  it("equals JSON.stringify(value, null, 2) for every depth of walking", async () => {
    for (const value of SAMPLES) {
      for (const levels of [0, 1, 2, 5]) {
        let text = "";
        await writePieces(prettyJSON(value, levels), async (t) => void (text += t), 8);
        expect(text).toBe(JSON.stringify(value, null, 2));
      }
    }
  });
});
