/**
 * Parses many SQL texts, on worker threads when there is enough SQL to repay starting them.
 *
 * Files parse independently, so batches of them go to workers (dist/parse-worker.js, each with
 * its own copy of the parser's WASM) while the main thread takes in what comes back, as JSON
 * text (see parsedToJson), so the results are the same as parsing in-process — which is what happens below the size threshold,
 * when the worker script is not next to this module (running from source, e.g. in tests) or
 * when a worker cannot start or dies (its batches are then parsed here).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parsedFromJson, parseSql, type ParsedSql } from './parser.js';

/** Below this much SQL, starting a worker (~40 ms to load the parser) costs more than it saves. */
export const MIN_PARALLEL_CHARS = 512 * 1024;
/**
 * Fewer CPUs than this: no workers by default. A parse costs about half as much again to cross
 * threads (JSON.stringify in the worker, JSON.parse here: 23 MB of JSON for the 4 MB bench
 * corpus, ~330 ms against ~670 ms of parsing), and V8's own background threads (GC, JIT, WASM
 * tier-up) want a core too: measured on 2 CPUs, the main thread plus one worker was slower
 * than the main thread alone.
 */
const MIN_CPUS = 4;
/** Texts per message: large enough to keep message overhead low, small enough to balance the load. */
const BATCH_CHARS = 96 * 1024;
/** Worker threads at most. */
const MAX_WORKERS = 4;

export interface ParseAllOptions {
  /**
   * Worker threads: 0 parses in-process; N > 0: N workers parse while the main thread only takes
   * their results in; undefined picks from the CPUs and the amount of SQL, and the main thread
   * parses too.
   */
  workers?: number;
  /** The worker script; default: parse-worker.js next to this module (the bundle's dist/). */
  workerFile?: string;
}

function defaultWorkerFile(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'parse-worker.js');
}

/** How many workers to use for `chars` characters of SQL. */
export function workerCount(chars: number, requested?: number): number {
  if (requested !== undefined) return requested;
  if (chars < MIN_PARALLEL_CHARS || availableParallelism() < MIN_CPUS) return 0;
  // The main thread parses too: one worker per other CPU.
  return Math.max(0, Math.min(MAX_WORKERS, availableParallelism() - 1, Math.ceil(chars / MIN_PARALLEL_CHARS)));
}

export async function parseAll(texts: string[], opts: ParseAllOptions = {}): Promise<ParsedSql[]> {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const file = opts.workerFile ?? defaultWorkerFile();
  const n = Math.min(workerCount(chars, opts.workers), texts.length);
  if (n === 0 || !existsSync(file)) return texts.map(parseSql);

  // Batches of consecutive texts, largest first so that no worker is left with a big one at the end.
  const batches: number[][] = [];
  let current: number[] = [];
  let size = 0;
  texts.forEach((t, i) => {
    current.push(i);
    size += t.length;
    if (size >= BATCH_CHARS) {
      batches.push(current);
      current = [];
      size = 0;
    }
  });
  if (current.length) batches.push(current);
  const weight = (b: number[]) => b.reduce((w, i) => w + texts[i]!.length, 0);
  batches.sort((a, b) => weight(b) - weight(a));

  const results: ParsedSql[] = new Array(texts.length);
  const local = (b: number[]) => {
    for (const i of b) results[i] = parseSql(texts[i]!);
  };
  let next = 0;
  const workersDone = new Promise<void>((resolve, reject) => {
    let running = n;
    const finished = () => {
      if (--running === 0) resolve();
    };
    for (let w = 0; w < n; w++) {
      let worker: Worker;
      try {
        worker = new Worker(file);
      } catch {
        finished();
        continue;
      }
      worker.unref();
      let batch: number[] | undefined;
      let done = false;
      const stop = () => {
        if (done) return;
        done = true;
        void worker.terminate();
        finished();
      };
      const feed = () => {
        batch = batches[next++];
        if (!batch) return stop();
        worker.postMessage({ id: 0, texts: batch.map((i) => texts[i]!) });
      };
      worker.on('message', (m: { ready?: boolean; results?: string[]; error?: string }) => {
        if (m.ready) return feed();
        if (!batch) return;
        try {
          if (m.results) m.results.forEach((r, k) => (results[batch![k]!] = parsedFromJson(r)));
          else local(batch); // the worker failed on it: parse here, where an error surfaces as usual
        } catch (e) {
          done = true;
          void worker.terminate();
          reject(e);
          return;
        }
        feed();
      });
      // A worker that dies (out of memory, killed): its batch and the rest are parsed in-process.
      const died = () => {
        if (done) return;
        done = true;
        if (batch) batches.push(batch);
        finished();
      };
      worker.on('error', died);
      worker.on('exit', died);
    }
  });
  // Chosen automatically, the main thread takes batches too, letting the workers' results in
  // between. Either way it parses whatever no worker took (none started, or they died).
  while (opts.workers === undefined && next < batches.length) {
    local(batches[next++]!);
    await new Promise((r) => setImmediate(r));
  }
  await workersDone;
  while (next < batches.length) local(batches[next++]!);
  return results;
}
