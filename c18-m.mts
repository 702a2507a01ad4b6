import { makePdf } from "./test/hostile/make-files.ts";
import { readDocument } from "./src/read/index.ts";
await readDocument(makePdf(1), { path: "w.pdf" });
const flat = makePdf(20_000);
for (let i = 0; i < 3; i++) {
  let w0 = performance.now();
  await readDocument(flat, { path: "f.pdf", maxPages: 10 }).catch((e) => e.code);
  const a = performance.now() - w0; w0 = performance.now();
  await readDocument(flat, { path: "f.pdf", maxPages: 100_000, timeLimit: 100 }).catch((e) => e.code);
  console.log(a, performance.now() - w0);
}
