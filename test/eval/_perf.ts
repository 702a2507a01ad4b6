import { analyze, extract } from "../../src/index.js";
const make = (n: number) => "Thực hiện " + ("chỉ đạo ".repeat(100) + "Quyết định số 12/QĐ-UBND ").repeat(n);
const t = make(1600);
for (let k = 0; k < 3; k++) {
  let s = performance.now(); extract(t); const e = performance.now() - s;
  s = performance.now(); analyze(t); const a = performance.now() - s;
  console.log(`${(t.length/1e6).toFixed(2)} MB extract ${e.toFixed(0)} ms analyze ${a.toFixed(0)} ms`);
}
