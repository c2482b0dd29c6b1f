/**
 * action.yml declares every input the Action reads and every output it sets (src/action/*.ts),
 * and nothing it does not: the names a workflow uses are the names the code knows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, it } from 'vitest';

const dir = new URL('../../src/action/', import.meta.url);
const source = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');
const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const names = (re: RegExp) => [...new Set([...source.matchAll(re)].map((m) => m[1]!))].sort();

it('declares exactly the inputs the code reads', () => {
  expect(Object.keys(action.inputs).sort()).toEqual(names(/\b(?:input|boolInput)\('([a-z-]+)'\)/g));
});

it('declares exactly the outputs the code sets', () => {
  expect(Object.keys(action.outputs).sort()).toEqual(names(/core\.setOutput\('([a-z-]+)'/g));
});
