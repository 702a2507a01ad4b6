import { describe, it, expect } from "vitest";
import { MessageChannel, Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { THREAD_CODE } from "../../src/read/pdf-thread.js";

const PDF_WORKER = pathToFileURL(createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.worker.mjs")).href;

/** Starts the thread as pdfThread() does, with the flags given; settles with pdf.js's first message or the thread's error. */
function firstWord(execArgv: string[]): Promise<unknown> {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(THREAD_CODE, { eval: true, execArgv, workerData: { port: port2, module: PDF_WORKER }, transferList: [port2] });
  return new Promise<unknown>((resolve) => {
    port1.once("message", (data) => resolve(data));
    worker.once("error", (error) => resolve(error));
  }).finally(() => {
    port1.close();
    void worker.terminate();
  });
}

describe("pdf.js's thread", () => {
  // `node --input-type=module -e '…readDocument("a.pdf")…'` passes its flag to every eval'd thread:
  // the thread's code was CommonJS (`require`), and every PDF was a `corrupt` ReadError there.
  for (const execArgv of [[], ["--input-type=module"], ["--input-type=commonjs"]]) {
    it(`starts and serves pdf.js under ${JSON.stringify(execArgv)}`, async () => {
      const word = await firstWord(execArgv);
      expect(word).not.toBeInstanceOf(Error);
      expect(word).toMatchObject({ action: "ready" });
    }, 20_000);
  }
});
