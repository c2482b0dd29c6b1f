/**
 * Every rule has a doc page rules/<id>.md whose examples are checked here: each ```sql bad
 * block must trip the rule and each ```sql good block must not. Inside a block,
 * "-- file: NAME" starts another migration file and "-- base: NAME" a file at the base ref
 * (for the --base rules), "-- layout: NAME" reads the files as that runner's (goose, diesel, …);
 * without markers the block is one migration, V2__change.sql.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintSpec, type ProjectSpec } from '../helpers/rule-tester.js';
import type { LayoutName } from '../../src/load/layouts/index.js';

const FENCE = /```sql (bad|good)\n([\s\S]*?)```/g;

export function exampleToSpec(block: string): ProjectSpec {
  const files: Record<string, string> = {};
  const base: Record<string, string> = {};
  let target: Record<string, string> = files;
  let name = 'V2__change.sql';
  let lines: string[] = [];
  let layout: LayoutName | undefined;
  const flush = () => {
    if (lines.some((l) => l.trim())) target[name] = lines.join('\n');
    lines = [];
  };
  for (const line of block.split('\n')) {
    const l = /^-- layout: (\S+)\s*$/.exec(line);
    if (l) {
      layout = l[1] as LayoutName;
      continue;
    }
    const m = /^-- (file|base): (\S+)\s*$/.exec(line);
    if (m) {
      flush();
      target = m[1] === 'base' ? base : files;
      name = m[2]!;
    } else lines.push(line);
  }
  flush();
  const spec: ProjectSpec = Object.keys(base).length ? { files, base } : { files };
  return layout ? { ...spec, layout: { name: layout } } : spec;
}

describe('rule documentation', () => {
  for (const rule of rules) {
    describe(rule.meta.id, () => {
      const path = new URL(`../../rules/${rule.meta.id}.md`, import.meta.url);
      const doc = readFileSync(path, 'utf8');
      const examples = [...doc.matchAll(FENCE)].map((m) => ({ kind: m[1] as 'bad' | 'good', sql: m[2]! }));

      it('has a title, the problem, a bad and a good example', () => {
        expect(doc).toMatch(new RegExp(`^# ${rule.meta.id}\\b`, 'm'));
        expect(examples.some((e) => e.kind === 'bad')).toBe(true);
        expect(examples.some((e) => e.kind === 'good')).toBe(true);
      });

      examples.forEach((e, i) => {
        it(`${e.kind} example #${i + 1} ${e.kind === 'bad' ? 'is flagged' : 'passes'}`, () => {
          const found = lintSpec(exampleToSpec(e.sql), [rule]).filter((f) => f.rule === rule.meta.id);
          if (e.kind === 'bad') expect(found.length).toBeGreaterThan(0);
          else expect(found).toEqual([]);
        });
      });
    });
  }
});
