/**
 * A live status line for progress on a terminal: redrawn with its elapsed time until a final
 * line replaces it. Off a terminal nothing is redrawn and final lines are plain.
 */
export class LiveLine {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: (s: string) => void,
    readonly tty: boolean,
  ) {}

  /** Redraws `label(elapsedMs)` every 200 ms (terminal only). */
  start(label: (elapsedMs: number) => string): void {
    if (!this.tty) return;
    this.stop();
    const started = Date.now();
    const draw = (elapsed = Date.now() - started) => this.write(`\r\x1b[2K${label(elapsed)}`);
    // The first line is drawn at the start itself: 0 ms, even when the clock ticks meanwhile.
    draw(0);
    this.timer = setInterval(() => draw(), 200);
    this.timer.unref();
  }

  /** Replaces the live line with a permanent one. */
  finish(line: string): void {
    this.stop();
    this.write(`${this.tty ? '\r\x1b[2K' : ''}${line}\n`);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
