/**
 * The file-system methods fast-glob walks with: no symlink loops, no symlinks out of the walked
 * directory, and an unlistable directory walked as empty.
 */
import fs from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";

export function within(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * The file-system methods fast-glob walks with, wrapped so that (1) a symlink to a directory that
 * is one of its own ancestors is reported as broken instead of followed, and (2) a directory that
 * cannot be listed is recorded and walked as empty instead of aborting the whole walk.
 */
export class LoopSafeFs {
  readonly loops = new Set<string>();
  /** Symlinked directories that lead outside `root`, not followed. */
  readonly outside = new Set<string>();
  readonly failures = new Map<string, NodeJS.ErrnoException>();
  private readonly real = new Map<string, Promise<string | null>>();

  /** root: the walked directory's real path, outside which symlinks are not followed; null to follow them all. */
  constructor(private readonly root: string | null = null) {}

  methods(): Partial<fg.FileSystemAdapter> {
    const readdir = ((dir: string, opts: object, done: (e: Error | null, entries: unknown[]) => void) => {
      fs.readdir(dir, opts as { withFileTypes: true }, (error, entries) => {
        if (error) {
          this.failures.set(path.resolve(dir), error);
          done(null, []);
        } else done(null, entries);
      });
    }) as unknown as fg.FileSystemAdapter["readdir"];
    const statFollow = ((file: string, done: (e: Error | null, stats?: fs.Stats) => void) => {
      fs.stat(file, (error, stats) => {
        if (error || !stats.isDirectory()) return done(error, stats);
        const link = path.resolve(file);
        this.isLoop(link).then(async (loop) => {
          if (loop) {
            this.loops.add(link);
            return done(Object.assign(new Error(`symlink loop: ${file}`), { code: "ELOOP" }));
          }
          const target = this.root === null ? null : await this.realOf(link);
          if (this.root !== null && target !== null && !within(this.root, target)) {
            this.outside.add(link);
            return done(Object.assign(new Error(`symlink out of the walked directory: ${file}`), { code: "ELOOP" }));
          }
          done(null, stats);
        }, done);
      });
    }) as unknown as fg.FileSystemAdapter["stat"];
    return { readdir, stat: statFollow };
  }

  /**
   * Whether the directory `link` resolves to is also one of the directories on its own path (as
   * walked, symlinks included): following it would come back to where it is, for ever.
   */
  private async isLoop(link: string): Promise<boolean> {
    const target = await this.realOf(link);
    if (target === null) return false;
    for (let dir = path.dirname(link); ; dir = path.dirname(dir)) {
      if ((await this.realOf(dir)) === target) return true;
      if (dir === path.dirname(dir)) return false;
    }
  }

  private realOf(p: string): Promise<string | null> {
    let r = this.real.get(p);
    if (!r) {
      r = realpath(p).catch(() => null);
      this.real.set(p, r);
    }
    return r;
  }
}
