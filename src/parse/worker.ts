/**
 * Entry of dist/parse-worker.js: a worker thread that parses SQL texts for the main thread
 * (see pool.ts). Messages in: `{ id, texts }`; out: `{ id, results }` (each parse as JSON text,
 * see parsedToJson) or `{ id, error }`.
 */
import '../wasm-location.js';
import { parentPort } from 'node:worker_threads';
import { initParser, parsedToJson, parseSql } from './parser.js';

export interface ParseRequest {
  id: number;
  texts: string[];
}

await initParser();
const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread');
port.on('message', ({ id, texts }: ParseRequest) => {
  try {
    port.postMessage({ id, results: texts.map((t) => parsedToJson(parseSql(t))) });
  } catch (e) {
    port.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
port.postMessage({ ready: true });
