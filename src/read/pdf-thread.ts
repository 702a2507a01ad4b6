/**
 * pdf.js's worker half in a thread of its own, so that reading a PDF can be stopped: pdf.js
 * parses in that thread (its xref, its page tree, each page's content), and a parse that runs
 * past the time limit without yielding (opening a flat tree of 100,000 pages takes seconds) is
 * ended by terminating the thread, which no check inside one thread can do. pdf.js itself runs
 * no worker thread on Node; it takes a port to one, and this gives it a MessagePort.
 *
 * Threads are kept for the next PDF (starting one and loading pdf.js into it costs ~0.2 s); one
 * that was stopped is never reused.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";

/**
 * The thread's code: load pdf.js's worker module and serve the port it is given. Only dynamic
 * import(), which CommonJS and ESM both have: an eval'd thread inherits the process's flags, and
 * under `node --input-type=module` (a script given with -e or on standard input) its code is an
 * ES module, where `require` is not defined: every PDF was then a `corrupt` ReadError.
 */
export const THREAD_CODE = `
import("node:worker_threads").then(({ workerData }) => {
  const port = workerData.port;
  return import(workerData.module).then((pdfjs) => [port, pdfjs]);
}).then(([port, { WorkerMessageHandler }]) => {
  WorkerMessageHandler.initializeFromPort({
    postMessage: (data, transfer) => port.postMessage(data, transfer),
    addEventListener: (type, listener, options) => {
      const handler = (data) => listener({ data });
      port.on(type, handler);
      options?.signal?.addEventListener("abort", () => port.off(type, handler));
    },
    removeEventListener: () => {},
  });
});
`;

/** What pdf.js's MessageHandler needs of a port, over a Node MessagePort. */
interface PdfPort {
  postMessage(data: unknown, transfer?: Transferable[]): void;
  addEventListener(type: string, listener: (event: { data: unknown }) => void, options?: { signal?: AbortSignal }): void;
  removeEventListener(): void;
}

export interface PdfThread {
  port: PdfPort;
  /** pdf.js's handle on this thread (a PDFWorker), made once per thread by the caller. */
  pdfWorker?: unknown;
  /** Back to the pool, for the next PDF. */
  release(): void;
  /** Stops the thread whatever it is doing; it is not reused. */
  stop(): void;
  /** Settles with the reason if the thread ends without being stopped (out of memory, say). */
  lost: Promise<Error>;
}

const idle: PdfThread[] = [];
/** Threads kept waiting for the next PDF; more would only hold memory. */
const KEEP = 2;

export function pdfThread(): PdfThread {
  const reused = idle.pop();
  if (reused) {
    (reused as Held).hold();
    return reused;
  }
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(THREAD_CODE, {
    eval: true,
    workerData: { port: port2, module: workerModuleUrl() },
    transferList: [port2],
  });
  let stopped = false;
  let lose!: (reason: Error) => void;
  const thread: Held = {
    lost: new Promise<Error>((resolve) => (lose = resolve)),
    port: messagePort(port1),
    hold() {
      worker.ref();
      port1.ref();
    },
    release() {
      if (stopped) return;
      if (idle.length >= KEEP) return thread.stop();
      // An idle thread must not keep the process alive.
      worker.unref();
      port1.unref();
      idle.push(thread);
    },
    stop() {
      stopped = true;
      const at = idle.indexOf(thread);
      if (at !== -1) idle.splice(at, 1);
      port1.close();
      void worker.terminate();
    },
  };
  // A thread that dies would leave pdf.js waiting for ever.
  worker.on("error", (error) => {
    if (!stopped) lose(error);
    thread.stop();
  });
  worker.on("exit", (code) => {
    if (!stopped) lose(new Error(`pdf.js's thread exited with code ${code}`));
    thread.stop();
  });
  return thread;
}

interface Held extends PdfThread {
  hold(): void;
}

function messagePort(port: MessagePort): PdfPort {
  return {
    postMessage: (data, transfer) => port.postMessage(data, transfer as never),
    addEventListener: (type, listener, options) => {
      const handler = (data: unknown) => listener({ data });
      port.on(type as "message", handler);
      options?.signal?.addEventListener("abort", () => port.off(type as "message", handler));
    },
    removeEventListener: () => {},
  };
}

function workerModuleUrl(): string {
  // __filename in the CommonJS bundle, import.meta.url in ESM.
  const require = createRequire(typeof __filename === "string" ? __filename : import.meta.url);
  return pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs")).href;
}
