/**
 * The database engines every database test runs on: embedded PGlite and a real PostgreSQL
 * server (TEST_DATABASE_URL, set by .ci/run; by default the local server these machines run).
 */
import { describe } from 'vitest';
import { openScratch, type Scratch } from '../../src/db/engine.js';

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** URL for commands that take --database-url (undefined: embedded PGlite). */
  url?: string;
  /** A fresh empty database; dispose() it when done. */
  scratch(): Promise<Scratch>;
}

export const engines: TestEngine[] = [
  { name: 'pglite', scratch: () => openScratch() },
  { name: 'postgres', url: TEST_DATABASE_URL, scratch: () => openScratch(TEST_DATABASE_URL) },
];

/** describe() once per engine: "title [pglite]", "title [postgres]". */
export function describeEachEngine(title: string, fn: (engine: TestEngine) => void): void {
  for (const engine of engines) describe(`${title} [${engine.name}]`, () => fn(engine));
}
