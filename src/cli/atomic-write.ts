/**
 * -o files are written to a temporary file next to the target and renamed over it at the end, so
 * the target is either the old file or the complete new one: never half a graph. An interrupted
 * run (Ctrl-C, SIGTERM, a fatal error) removes its temporary file; only SIGKILL can leave one
 * behind, named ".<target>.<pid>-<random>.tmp", and never in the target's place. A target that is a
 * symbolic link is written through: the file it links to is replaced, the link kept.
 */
import { unlinkSync, writeSync } from "node:fs";
import { lstat, open, readlink, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { Utf8Buffer } from "./batches.js";
import type { Writable } from "./output.js";

/** Temporary files not yet renamed, removed if the process is interrupted. */
const pending = new Set<string>();

export class AtomicFile implements Writable {
  private readonly buffered = new Utf8Buffer((bytes) => {
    for (let at = 0; at < bytes.length; ) at += writeSync(this.handle.fd, bytes, at, bytes.length - at);
  });

  private constructor(
    readonly target: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
    /** The file renamed over: the target, or the file it links to (linkedFile). */
    private readonly written: string,
  ) {}

  static async create(target: string): Promise<AtomicFile> {
    // "-o current.json" where current.json is a link to the file a user keeps elsewhere: the file the
    // link names is written (atomically, next to it) and the link stays, as an editor or `cp` writes
    // through one; renamed over the link, the link became a file and the kept file went stale.
    const written = await linkedFile(target).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`cannot write ${target} (${error.code ?? error.message})`);
    });
    // Same directory as the file written: rename is atomic only within one file system.
    const temp = path.join(path.dirname(written), `.${path.basename(written)}.${process.pid}-${tempSuffix()}.tmp`);
    const handle = await open(temp, "wx", 0o666).catch(async (error: NodeJS.ErrnoException) => {
      throw new Error(`cannot write ${target} (${error.code ?? error.message}${await missingFolder(error, path.dirname(written))})`);
    });
    pending.add(temp);
    return new AtomicFile(target, temp, handle, written);
  }

  /**
   * Written synchronously: a file's output comes in parts of a few KB, and an asynchronous write
   * per part (a trip through libuv's pool and a promise) cost the main thread more than the write
   * itself (0.66 -> 0.61 s of its CPU on 2,000 plans, with no buffer held as batching would).
   * The parts are gathered as UTF-8 in a buffer of 256 KB and written when it fills (see append).
   */
  async write(text: string): Promise<void> {
    this.append(text);
  }

  /** write() without the promise, for a writer with many small pieces (a graph's nodes and edges). */
  append(text: string): void {
    this.buffered.add(text);
  }

  /** Flushes to disk and puts the file in place, with the mode the old file had (a 0444 file stays 0444). */
  async commit(): Promise<void> {
    try {
      this.buffered.flush();
      const old = await stat(this.written).catch(() => null);
      if (old?.isFile()) await this.handle.chmod(old.mode & 0o7777);
      await this.handle.sync();
      await this.handle.close();
      await rename(this.temp, this.written);
      pending.delete(this.temp);
    } catch (error) {
      await this.abort();
      throw new Error(`cannot write ${this.target} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }

  /** Drops the temporary file; the target is left as it was. */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => {});
    await unlink(this.temp).catch(() => {});
    pending.delete(this.temp);
  }
}

/**
 * Eight hex digits that keep two runs' temporary files apart (with the pid; "wx" refuses a name
 * taken all the same). Not node:crypto's randomBytes: its first call starts OpenSSL, 53 M
 * instructions in `node -e` (33 M of a one-file `vncite extract -o`, where NODE_EXTRA_CA_CERTS had
 * started part of it) for four bytes no one needs to be secret (bench/README.md, Session 66).
 */
function tempSuffix(): string {
  return Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, "0");
}

/**
 * ": the folder <dir> does not exist; make it first" where the temporary file could not be made because its
 * folder is missing ("-o out/graph.json" before out/ is made): "(ENOENT)" alone named no file (audit54).
 */
async function missingFolder(error: NodeJS.ErrnoException, dir: string): Promise<string> {
  if (error.code !== "ENOENT") return "";
  const there = await stat(dir).then(
    () => true,
    () => false,
  );
  return there ? "" : `: the folder ${dir} does not exist; make it first`;
}

/** As the kernel allows (ELOOP past 40 links). */
const MAX_LINKS = 40;

/**
 * The file a write to `target` should replace: `target` itself unless it is a symbolic link, else
 * the file at the end of its links (each read relative to its link's folder), which need not exist
 * yet (a link to a file not written so far). ELOOP for a loop.
 */
async function linkedFile(target: string): Promise<string> {
  let at = target;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const info = await lstat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (info === null || !info.isSymbolicLink()) return at;
    at = path.resolve(path.dirname(at), await readlink(at));
  }
  throw Object.assign(new Error("too many symbolic links"), { code: "ELOOP" });
}

/**
 * Removes pending temporary files when the process ends before renaming them: on SIGINT, SIGTERM
 * and SIGHUP (then exits as the signal would have), and on any other exit (process.exit, an
 * uncaught exception).
 */
export function removeTempFilesOnExit(): void {
  process.once("exit", removePending);
  const codes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      removePending();
      process.exit(code);
    });
  }
}

function removePending(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone: nothing to clean.
    }
  }
  pending.clear();
}
