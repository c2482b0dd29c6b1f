/**
 * src/model/catalog/pg-facts.json is what scripts/gen-pg-facts.mjs reads from the embedded
 * PostgreSQL (PGlite) this project runs: regenerated here, it must be identical.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without type declarations
import { formatFacts, generateFacts } from '../../scripts/gen-pg-facts.mjs';
import { builtinFunctions, castFact, typeFact } from '../../src/model/catalog/pg-facts.js';

it('pg-facts.json is what PGlite says today (run node scripts/gen-pg-facts.mjs after upgrading it)', async () => {
  const committed = readFileSync(new URL('../../src/model/catalog/pg-facts.json', import.meta.url), 'utf8');
  const fresh = formatFacts(await generateFacts()) as string;
  expect(fresh.split('\n')).toEqual(committed.split('\n'));
}, 120_000);

it('the loader reads the facts the rules use', () => {
  expect(new Set(builtinFunctions('gen_random_uuid').map((o) => o.volatility))).toEqual(new Set(['v']));
  expect(new Set(builtinFunctions('sqrt').map((o) => o.volatility))).toEqual(new Set(['i']));
  expect(castFact('varchar', 'text')).toEqual({ method: 'b', volatility: undefined });
  expect(castFact('int4', 'int8')?.method).toBe('f');
  expect(typeFact('varchar')?.btreeOpclass).toBe('text_ops');
  // contrib extensions' objects are there too
  expect(builtinFunctions('uuid_generate_v4')).toEqual([{ args: [], volatility: 'v' }]);
  expect(castFact('text', 'citext')?.method).toBe('b');
});
