/**
 * Clean-up on SIGINT (Ctrl-C), SIGTERM (what a runner sends to a cancelled CI job), SIGHUP and a
 * closed output pipe: the
 * scratch databases `check` creates on a server are dropped on every exit path, not left behind.
 * I/O at the edge: the CLI and the Action install the handlers; openScratch registers its task.
 */
const tasks = new Set<() => Promise<unknown>>();
/** Listens for the signals while a task is registered (installInterruptHandlers sets it). */
let arm: ((on: boolean) => void) | undefined;

/** Runs `task` if the process is interrupted; returns the function that unregisters it. */
export function onInterrupt(task: () => Promise<unknown>): () => void {
  tasks.add(task);
  arm?.(true);
  return () => {
    tasks.delete(task);
    if (tasks.size === 0) arm?.(false);
  };
}

/**
 * On SIGINT / SIGTERM / SIGHUP (a closed terminal), and when standard output or error is closed
 * under us (EPIPE: `check … | head`): runs every registered task (each given at most `timeoutMs`),
 * writes one line where it still can, and exits with 128 + the signal number (130, 143, 129; 141
 * for SIGPIPE), as a shell reports it.
 *
 * The signals are listened for only while a task is registered. A listener runs only when the
 * event loop gets a turn, and a lint (synchronous from parse to report) gives it none: with a
 * listener, Ctrl-C during a lint was ignored until it had printed everything and exited 0. With
 * none, Node's default applies: the process ends at once, by the signal (a shell shows 130).
 */
export function installInterruptHandlers(write: (s: string) => void, timeoutMs = 10_000): void {
  let stopping = false;
  const stop = (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    const pending = tasks.size;
    const all = [...tasks].map((t) => Promise.race([t().catch(() => undefined), new Promise((r) => setTimeout(r, timeoutMs))]));
    void Promise.allSettled(all).then(() => {
      try {
        // Only what happened: a lint, or a check before its scratch database, had nothing to drop.
        write(`migration-guard: interrupted (${reason})${pending > 0 ? '; scratch databases dropped' : ''}\n`);
      } catch {
        /* the stream is gone */
      }
      process.exit(code);
    });
  };
  const listeners = (
    [
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const
  ).map(([signal, code]) => [signal, () => stop(signal, code)] as const);
  let armed = false;
  arm = (on) => {
    if (on === armed) return;
    armed = on;
    for (const [signal, listener] of listeners) {
      if (on) process.on(signal, listener);
      else process.off(signal, listener);
    }
  };
  if (tasks.size > 0) arm(true);
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') stop(`${stream === process.stdout ? 'standard output' : 'standard error'} closed`, 141);
      else throw e;
    });
  }
}
