/**
 * In the ncc bundle, libpg-query's Emscripten loader looks for libpg-query.wasm next to
 * `__dirname`, which ES modules do not define. Point it at the bundle's directory, where the
 * build copies the .wasm. Must be imported before anything that loads libpg-query.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as { __dirname?: string };
g.__dirname ??= dirname(fileURLToPath(import.meta.url));
