/**
 * Clean-up on SIGINT (Ctrl-C), SIGTERM (what a runner sends to a cancelled CI job), SIGHUP and a
 * closed output pipe: the
 * scratch databases `check` creates on a server are dropped on every exit path, not left behind.
 * I/O at the edge: the CLI and the Action install the handlers; openScratch registers its task.
 */
const tasks = new Set<() => Promise<unknown>>();

/** Runs `task` if the process is interrupted; returns the function that unregisters it. */
export function onInterrupt(task: () => Promise<unknown>): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

/**
 * On SIGINT / SIGTERM / SIGHUP (a closed terminal), and when standard output or error is closed
 * under us (EPIPE: `check … | head`): runs every registered task (each given at most `timeoutMs`),
 * writes one line where it still can, and exits with 128 + the signal number (130, 143, 129; 141
 * for SIGPIPE), as a shell reports it.
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
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => stop(signal, code));
  }
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') stop(`${stream === process.stdout ? 'standard output' : 'standard error'} closed`, 141);
      else throw e;
    });
  }
}
