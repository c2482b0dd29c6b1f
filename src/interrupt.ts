/**
 * Clean-up on SIGINT (Ctrl-C) and SIGTERM (what a runner sends to a cancelled CI job): the
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
 * On SIGINT / SIGTERM: runs every registered task (each given at most `timeoutMs`), writes one
 * line, and exits with 128 + the signal number (130, 143), as a shell reports it.
 */
export function installInterruptHandlers(write: (s: string) => void, timeoutMs = 10_000): void {
  let stopping = false;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const all = [...tasks].map((t) => Promise.race([t().catch(() => undefined), new Promise((r) => setTimeout(r, timeoutMs))]));
      void Promise.allSettled(all).then(() => {
        write(`migration-guard: interrupted (${signal}); scratch databases dropped\n`);
        process.exit(code);
      });
    });
  }
}
