/**
 * Parses many SQL texts, in-process or — when asked (MIGRATION_GUARD_WORKERS) — on worker threads.
 *
 * Files parse independently, so batches of them can go to workers (dist/parse-worker.js, each
 * with its own copy of the parser's WASM) while the main thread takes in what comes back, as
 * JSON text (see parsedToJson): the results are the same as parsing in-process. That is also
 * what happens when the worker script is not next to this module (running from source, e.g. in
 * tests) and, for their batches, when workers cannot start, die or fail.
 *
 * Not the default, because it does not pay on the machines measured: a parse costs about half
 * as much again to cross threads (JSON.stringify there, JSON.parse here: 23 MB of JSON for the
 * 4 MB bench corpus, ~330 ms against ~670 ms of parsing), and V8's own background threads (GC,
 * JIT, WASM tier-up) want a core too. On 2 CPUs, the main thread plus one worker took 1.05× the
 * time of the main thread alone, one worker 1.5× and two workers 1.2×.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parsedFromJson, parseSql, type ParsedSql } from './parser.js';

/** Texts per message: large enough to keep message overhead low, small enough to balance the load. */
const BATCH_CHARS = 96 * 1024;

export interface ParseAllOptions {
  /** Worker threads that parse while the main thread takes their results in; 0 or none: in-process. */
  workers?: number;
  /** The worker script; default: parse-worker.js next to this module (the bundle's dist/). */
  workerFile?: string;
}

function defaultWorkerFile(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'parse-worker.js');
}

export async function parseAll(texts: string[], opts: ParseAllOptions = {}): Promise<ParsedSql[]> {
  const file = opts.workerFile ?? defaultWorkerFile();
  // More workers than CPUs only costs memory (each holds its own parser heap).
  const n = Math.min(opts.workers ?? 0, texts.length, availableParallelism());
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
  const started: Worker[] = [];
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
      started.push(worker);
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
        worker.postMessage({ texts: batch.map((i) => texts[i]!) });
      };
      worker.on('message', (m: { ready?: boolean; results?: string[]; error?: string }) => {
        if (m.ready) return feed();
        if (!batch) return;
        try {
          if (m.results) m.results.forEach((r, k) => (results[batch![k]!] = parsedFromJson(r)));
          else local(batch); // the worker failed on it: parse here, where an error surfaces as usual
        } catch (e) {
          done = true;
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
  try {
    await workersDone;
  } finally {
    // Each worker is stopped once it runs out of batches; on an error, the rest are too.
    await Promise.all(started.map((w) => w.terminate()));
  }
  // Whatever no worker took (none started, or they died): parse here.
  while (next < batches.length) local(batches[next++]!);
  return results;
}
