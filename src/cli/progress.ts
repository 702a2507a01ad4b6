/**
 * The progress line on stderr: files done / total, citations found, rate. Drawn only when stderr
 * is a terminal (a log file or CI must not fill with carriage returns), redrawn at most 10 times a
 * second, and cleared before any other stderr line so messages are never mixed into the bar.
 */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export class Progress {
  private done = 0;
  private citations = 0;
  private chars = 0;
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private shown = false;

  constructor(
    private readonly total: number,
    enabled: boolean,
  ) {
    if (enabled && total > 0) {
      this.timer = setInterval(() => this.draw(), REDRAW_MS);
      // The bar must never keep the process alive on its own.
      this.timer.unref();
    }
  }

  /** Whether to draw: asked for, and stderr is a terminal. */
  static wanted(requested: boolean): boolean {
    return requested && process.stderr.isTTY === true;
  }

  fileDone(citations: number, chars: number): void {
    this.done++;
    this.citations += citations;
    this.chars += chars;
  }

  /** Prints a line on stderr without tearing the bar. */
  log(line: string): void {
    this.clear();
    process.stderr.write(line + "\n");
  }

  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clear();
  }

  private clear(): void {
    if (!this.shown) return;
    process.stderr.write("\r\x1b[K");
    this.shown = false;
  }

  private draw(): void {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const filled = Math.round((this.done / this.total) * BAR_WIDTH);
    const bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
    const rate = `${(this.done / seconds).toFixed(1)} files/s, ${(this.chars / 1e6 / seconds).toFixed(1)} M chars/s`;
    const line = `[${bar}] ${this.done}/${this.total} files  ${this.citations} citations  ${rate}`;
    const width = process.stderr.columns || 80;
    process.stderr.write("\r\x1b[K" + line.slice(0, width - 1));
    this.shown = true;
  }
}
