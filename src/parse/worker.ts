/**
 * Entry of dist/parse-worker.js: a worker thread that parses SQL texts for the main thread
 * (see pool.ts). First out: `{ ready }`; then for each `{ texts }` in, one `{ results }` out (each
 * parse as JSON text, see parsedToJson) or `{ error }`.
 */
import '../wasm-location.js';
import { parentPort } from 'node:worker_threads';
import { initParser, parsedToJson, parseSql } from './parser.js';

export interface ParseRequest {
  texts: string[];
}

await initParser();
const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread');
port.on('message', ({ texts }: ParseRequest) => {
  try {
    port.postMessage({ results: texts.map((t) => parsedToJson(parseSql(t))) });
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
port.postMessage({ ready: true });
