import { describe, expect, it } from 'vitest';
import { rules as allRules } from '../../rules/index.js';
import parseError from '../../rules/parse-error.js';
import requireConcurrentIndex from '../../rules/require-concurrent-index.js';
import rollbackMissing from '../../rules/rollback-missing.js';
import { lintProject, sortFindings } from '../../src/lint/engine.js';
import type { Finding, RuleModule, SeveritySetting } from '../../src/lint/types.js';
import { makeProject, type ProjectSpec } from '../helpers/rule-tester.js';

const RULES = [parseError, requireConcurrentIndex, rollbackMissing];

function run(spec: ProjectSpec, severities?: Record<string, SeveritySetting>, rules: RuleModule[] = RULES): Finding[] {
  return lintProject(makeProject(spec), rules, { settings: { transactions: 'explicit' }, severities });
}

const brief = (f: Finding) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}`;

const files = {
  'V10__b.sql': 'SELEC 1;\nCREATE INDEX idx_b ON orders (placed_at);',
  'V9__a.sql': 'SELECT 1; CREATE INDEX idx_a ON accounts (email);\nSELEC 2;',
  'rollback/V9__rollback.sql': 'SELEC 3;',
};

describe('order of findings', () => {
  it('sorted by file, then line, then column, whatever order the rules report in', () => {
    expect(run({ files }).map(brief)).toEqual([
      'migrations/V10__b.sql:1:1 error parse-error',
      'migrations/V10__b.sql:1:1 error rollback-missing',
      'migrations/V10__b.sql:2:23 error require-concurrent-index',
      'migrations/V9__a.sql:1:33 error require-concurrent-index',
      'migrations/V9__a.sql:2:1 error parse-error',
      'migrations/rollback/V9__rollback.sql:1:1 error parse-error',
    ]);
  });

  it('sortFindings orders columns numerically and breaks ties by rule id', () => {
    const f = (file: string, line: number, column: number, rule: string): Finding => ({
      rule, severity: 'error', file, line, column, message: '', help: '',
    });
    const sorted = sortFindings([f('b.sql', 1, 1, 'x'), f('a.sql', 10, 2, 'x'), f('a.sql', 2, 10, 'x'), f('a.sql', 2, 9, 'z'), f('a.sql', 2, 9, 'y')]);
    expect(sorted.map((x) => `${x.file}:${x.line}:${x.column}:${x.rule}`)).toEqual([
      'a.sql:2:9:y', 'a.sql:2:9:z', 'a.sql:2:10:x', 'a.sql:10:2:x', 'b.sql:1:1:x',
    ]);
  });

  it('every finding has a message and a help line', () => {
    for (const f of run({ files }, undefined, allRules)) {
      expect(f.message.length, f.rule).toBeGreaterThan(10);
      expect(f.help.length, f.rule).toBeGreaterThan(10);
    }
  });
});

describe('severities', () => {
  it('rules keep their default severity', () => {
    expect(run({ files: { 'V1__a.sql': 'SELECT 1;' } }, undefined, allRules).map((f) => [f.rule, f.severity])).toEqual([
      ['migration-documented', 'warning'],
      ['rollback-missing', 'error'],
      ['transaction-wrapping', 'error'],
    ]);
  });

  it("'warning' downgrades a rule", () => {
    expect(run({ files }, { 'parse-error': 'warning' }).map(brief)).toEqual([
      'migrations/V10__b.sql:1:1 warning parse-error',
      'migrations/V10__b.sql:1:1 error rollback-missing',
      'migrations/V10__b.sql:2:23 error require-concurrent-index',
      'migrations/V9__a.sql:1:33 error require-concurrent-index',
      'migrations/V9__a.sql:2:1 warning parse-error',
      'migrations/rollback/V9__rollback.sql:1:1 warning parse-error',
    ]);
  });

  it("'error' upgrades a warning rule", () => {
    const found = run({ files: { 'V1__a.sql': '-- nothing yet' } }, { 'empty-migration': 'error' }, allRules);
    expect(found.filter((f) => f.rule === 'empty-migration').map((f) => f.severity)).toEqual(['error']);
  });

  it("'off' disables a rule", () => {
    expect(run({ files }, { 'parse-error': 'off', 'rollback-missing': 'off' }).map(brief)).toEqual([
      'migrations/V10__b.sql:2:23 error require-concurrent-index',
      'migrations/V9__a.sql:1:33 error require-concurrent-index',
    ]);
  });

  it('a rule turned off is still a known rule for suppressions', () => {
    const found = run(
      { files: { 'V1__a.sql': '-- migration-guard-ignore-file rollback-missing: irreversible\nSELECT 1;' } },
      { 'rollback-missing': 'off' },
    );
    expect(found).toEqual([]);
  });

  it('invalid-suppression is a warning by default, and can be raised or turned off', () => {
    const spec = { files: { 'V1__a.sql': '-- migration-guard-ignore-file rollback-missing\nSELECT 1;' } };
    expect(run(spec).map(brief)).toEqual(['migrations/V1__a.sql:1:1 warning invalid-suppression']);
    expect(run(spec, { 'invalid-suppression': 'error' }).map(brief)).toEqual(['migrations/V1__a.sql:1:1 error invalid-suppression']);
    expect(run(spec, { 'invalid-suppression': 'off' })).toEqual([]);
  });
});

describe('targets', () => {
  it('only findings in the target files are reported', () => {
    expect(run({ files, targets: ['V9__a.sql', 'rollback/V9__rollback.sql'] }).map(brief)).toEqual([
      'migrations/V9__a.sql:1:33 error require-concurrent-index',
      'migrations/V9__a.sql:2:1 error parse-error',
      'migrations/rollback/V9__rollback.sql:1:1 error parse-error',
    ]);
  });

  it('files outside the targets still build the catalog', () => {
    const found = run({
      files: {
        'V1__init.sql': 'CREATE TABLE accounts (id int);\nCREATE INDEX idx_x ON legacy (id);',
        'V2__idx.sql': 'CREATE INDEX idx_a ON accounts (id);',
        'rollback/V1__rollback.sql': 'SELECT 1;',
        'rollback/V2__rollback.sql': 'SELECT 1;',
      },
      base: { 'V1__init.sql': 'CREATE TABLE accounts (id int);\nCREATE INDEX idx_x ON legacy (id);', 'rollback/V1__rollback.sql': 'SELECT 1;' },
      targets: ['V2__idx.sql'],
    });
    expect(found.map(brief)).toEqual(['migrations/V2__idx.sql:1:23 error require-concurrent-index']);
  });

  it('an empty target set reports nothing', () => {
    expect(run({ files, targets: [] })).toEqual([]);
  });

  it('suppression warnings follow the targets too', () => {
    const spec = {
      files: {
        'V1__a.sql': '-- migration-guard-ignore nope: x\nSELECT 1;',
        'V2__b.sql': '-- migration-guard-ignore nope: x\nSELECT 1;',
      },
      targets: ['V2__b.sql'],
    };
    expect(run(spec, { 'rollback-missing': 'off' }).map(brief)).toEqual(['migrations/V2__b.sql:1:1 warning invalid-suppression']);
  });
});

describe('whole project', () => {
  it('one bad file does not stop the others from being linted', () => {
    const found = run({
      files: {
        'V1__bin.sql': new Uint8Array([0x53, 0x45, 0x4c, 0xff, 0x00, 0x01, 0x02]),
        'V2__idx.sql': 'CREATE INDEX idx_a ON accounts (email);',
      },
    }, { 'rollback-missing': 'off' });
    // V1 is not UTF-8: one finding at the first bad byte, and nothing of it is parsed.
    expect(found.map(brief)).toEqual([
      'migrations/V1__bin.sql:1:4 error parse-error',
      'migrations/V2__idx.sql:1:23 error require-concurrent-index',
    ]);
  });
});
