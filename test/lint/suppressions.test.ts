import { describe, expect, it } from 'vitest';
import parseError from '../../rules/parse-error.js';
import requireConcurrentIndex from '../../rules/require-concurrent-index.js';
import rollbackMissing from '../../rules/rollback-missing.js';
import unknownPlaceholder from '../../rules/unknown-placeholder.js';
import { parseSuppressions } from '../../src/lint/suppressions.js';
import { lintSpec, makeProject } from '../helpers/rule-tester.js';

const RULES = [parseError, requireConcurrentIndex, rollbackMissing, unknownPlaceholder];

/** Findings of a single file V2__change.sql (which has its rollback), as [rule, line, column]. */
function lint(sql: string): [string, number, number][] {
  return lintSpec({ files: { 'V2__change.sql': sql, 'rollback/V2__rollback.sql': 'SELECT 1;' } }, RULES)
    .filter((f) => f.file === 'migrations/V2__change.sql')
    .map((f) => [f.rule, f.line, f.column]);
}

function messages(sql: string): string[] {
  return lintSpec({ files: { 'V2__change.sql': sql, 'rollback/V2__rollback.sql': 'SELECT 1;' } }, RULES)
    .filter((f) => f.rule === 'invalid-suppression')
    .map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`);
}

function suppressionsOf(sql: string) {
  const project = makeProject({ files: { 'V2__change.sql': sql } });
  return parseSuppressions(project.files[0]!);
}

const IDX_A = 'CREATE INDEX idx_a ON accounts (email);';
const IDX_B = 'CREATE INDEX idx_b ON orders (placed_at);';

describe('statement-level suppression', () => {
  it('on the line before a statement excuses that statement only', () => {
    expect(lint(`-- migration-guard-ignore require-concurrent-index: accounts has 40 rows\n${IDX_A}\n${IDX_B}`)).toEqual([
      ['require-concurrent-index', 3, 23],
    ]);
  });

  it('without it, both statements are reported (the table above is not vacuous)', () => {
    expect(lint(`${IDX_A}\n${IDX_B}`)).toEqual([
      ['require-concurrent-index', 1, 23],
      ['require-concurrent-index', 2, 23],
    ]);
  });

  it('excuses a multi-line statement wherever in it the finding points', () => {
    expect(lint(`-- migration-guard-ignore require-concurrent-index: tiny table\nCREATE INDEX idx_a\n  ON accounts (email);`)).toEqual([]);
  });

  it('names several rules, separated by commas', () => {
    const sql = `-- migration-guard-ignore unknown-placeholder, require-concurrent-index: set by the deploy job\nCREATE INDEX idx_a ON accounts (email) WHERE note <> '\${marker}';`;
    expect(lint(sql)).toEqual([]);
    expect(messages(sql)).toEqual([]);
    expect(lint(sql.replace(/^.*\n/, '')).map(([rule]) => rule)).toEqual(['require-concurrent-index', 'unknown-placeholder']);
  });

  it('names only some of the rules that fire', () => {
    expect(lint(`-- migration-guard-ignore unknown-placeholder: set by the deploy job\nCREATE INDEX idx_a ON accounts (email) WHERE note <> '\${marker}';`)).toEqual([
      ['require-concurrent-index', 2, 23],
    ]);
  });

  it('a trailing comment on a statement line excuses that statement, not the next (see suppressions-trailing.test.ts)', () => {
    expect(lint(`SELECT 1; -- migration-guard-ignore require-concurrent-index: small\n${IDX_A}`)).toEqual([['require-concurrent-index', 2, 23]]);
    expect(lint(`${IDX_A} -- migration-guard-ignore require-concurrent-index: small\n${IDX_B}`)).toEqual([['require-concurrent-index', 2, 23]]);
  });

  it('other comment lines may sit between the directive and the statement', () => {
    expect(lint(`-- migration-guard-ignore require-concurrent-index: small\n-- accounts has a few hundred rows\n\n${IDX_A}`)).toEqual([]);
  });

  it('inside a statement, between clauses, it excuses that statement', () => {
    expect(lint(`CREATE INDEX idx_a\n  -- migration-guard-ignore require-concurrent-index: small\n  ON accounts (email);\n${IDX_B}`)).toEqual([
      ['require-concurrent-index', 4, 23],
    ]);
  });

  it('excuses a parse error in the next statement', () => {
    expect(lint('SELECT 1;\n-- migration-guard-ignore parse-error: PostgreSQL 19 syntax\nSELEC 2;\nSELEC 3;')).toEqual([['parse-error', 4, 1]]);
  });

  it('works in CRLF files', () => {
    expect(lint(`-- migration-guard-ignore require-concurrent-index: small\r\n${IDX_A}\r\n`)).toEqual([]);
    expect(suppressionsOf('-- migration-guard-ignore a, b: why\r\nSELECT 1;')[0]).toMatchObject({ rules: ['a', 'b'], reason: 'why' });
  });
});

describe('file-level suppression', () => {
  it('excuses the rule everywhere in the file, wherever it is written', () => {
    expect(lint(`${IDX_A}\n-- migration-guard-ignore-file require-concurrent-index: small tables\n${IDX_B}`)).toEqual([]);
  });

  it('excuses whole-file findings (rollback-missing)', () => {
    const found = lintSpec({ files: { 'V3__x.sql': '-- migration-guard-ignore-file rollback-missing: irreversible data fix\nSELECT 1;' } }, RULES);
    expect(found).toEqual([]);
  });

  it('does not excuse other rules or other files', () => {
    const found = lintSpec(
      {
        files: {
          'V3__x.sql': `-- migration-guard-ignore-file rollback-missing: irreversible\n${IDX_A}`,
          'V4__y.sql': 'SELECT 1;',
        },
      },
      RULES,
    ).map((f) => [f.file, f.rule, f.line, f.column]);
    expect(found).toEqual([
      ['migrations/V3__x.sql', 'require-concurrent-index', 2, 23],
      ['migrations/V4__y.sql', 'rollback-missing', 1, 1],
    ]);
  });
});

describe('inside DO blocks and functions', () => {
  const doBlock = (directive: string) =>
    `DO $$\nBEGIN\n  ${directive}\n  CREATE INDEX idx_a ON accounts (email);\n  CREATE INDEX idx_b ON orders (placed_at);\nEND $$;`;

  it('a directive before a nested statement excuses that statement', () => {
    expect(lint(doBlock('-- migration-guard-ignore require-concurrent-index: small'))).toEqual([['require-concurrent-index', 5, 25]]);
  });

  it('the same block without a directive reports both', () => {
    expect(lint(doBlock('-- nothing to see'))).toEqual([
      ['require-concurrent-index', 4, 25],
      ['require-concurrent-index', 5, 25],
    ]);
  });

  it('a directive before the DO statement excuses everything in it', () => {
    expect(lint(`-- migration-guard-ignore require-concurrent-index: small\n${doBlock('NULL;')}`)).toEqual([]);
  });

  it('in a single-quoted body too', () => {
    const sql = "DO '\nBEGIN\n  -- migration-guard-ignore require-concurrent-index: small\n  CREATE INDEX idx_a ON accounts (email);\n  CREATE INDEX idx_b ON orders (placed_at);\nEND';";
    expect(lint(sql)).toEqual([['require-concurrent-index', 5, 25]]);
  });

  it('a directive at the end of a body with nothing after it is reported', () => {
    const sql = 'DO $$\nBEGIN\n  PERFORM 1;\n  -- migration-guard-ignore require-concurrent-index: late\nEND $$;';
    expect(messages(sql)).toEqual(['4:3 warning suppression is not followed by a statement']);
  });
});

describe('what is not a directive', () => {
  it('the text inside a string literal', () => {
    const sql = `SELECT '-- migration-guard-ignore require-concurrent-index: nope';\n${IDX_A}`;
    expect(suppressionsOf(sql)).toEqual([]);
    expect(lint(sql)).toEqual([['require-concurrent-index', 2, 23]]);
  });

  it('the text inside a string literal inside a DO body', () => {
    const sql = `DO $$\nBEGIN\n  RAISE NOTICE '-- migration-guard-ignore require-concurrent-index: nope';\n  CREATE INDEX idx_a ON accounts (email);\nEND $$;`;
    expect(suppressionsOf(sql)).toEqual([]);
    expect(lint(sql)).toEqual([['require-concurrent-index', 4, 25]]);
  });

  it('a file-level directive inside a string literal', () => {
    const sql = `COMMENT ON TABLE accounts IS '\n-- migration-guard-ignore-file require-concurrent-index: nope';\n${IDX_A}`;
    expect(lint(sql)).toEqual([['require-concurrent-index', 3, 23]]);
  });

  it('the text inside a block comment or a quoted identifier', () => {
    const sql = `/*\n-- migration-guard-ignore require-concurrent-index: nope\n*/\nCREATE INDEX "-- migration-guard-ignore x" ON accounts (email);`;
    expect(suppressionsOf(sql)).toEqual([]);
  });

  it('a longer word that starts the same way', () => {
    expect(suppressionsOf('-- migration-guard-ignored require-concurrent-index: nope\nSELECT 1;')).toEqual([]);
    expect(suppressionsOf('-- migration-guard-ignore-filex a: nope\nSELECT 1;')).toEqual([]);
  });

  it('text after an unterminated string', () => {
    expect(suppressionsOf("SELECT 'oops;\n-- migration-guard-ignore a: b\nSELECT 1;")).toEqual([]);
  });
});

describe('parsed form', () => {
  it('scope, rules, reason and the statement it covers', () => {
    const sql = `SELECT 1;\n-- migration-guard-ignore  a ,b:  because  \n${IDX_A}\n-- migration-guard-ignore-file c: all of it`;
    const [stmt, file] = suppressionsOf(sql);
    const at = sql.indexOf('CREATE');
    expect(stmt).toEqual({ scope: 'statement', rules: ['a', 'b'], reason: 'because', at: 10, start: at, end: at + IDX_A.length - 1 });
    expect(file).toMatchObject({ scope: 'file', rules: ['c'], reason: 'all of it' });
  });
});

describe('invalid-suppression', () => {
  it('a suppression without a reason is a warning at the comment', () => {
    expect(messages(`SELECT 1;\n  -- migration-guard-ignore require-concurrent-index\n${IDX_A}`)).toEqual([
      '2:3 warning suppression without a reason',
    ]);
  });

  it('an empty reason after the colon too', () => {
    expect(messages(`-- migration-guard-ignore-file require-concurrent-index:   \n${IDX_A}`)).toEqual(['1:1 warning suppression without a reason']);
  });

  it('a suppression without a reason still suppresses', () => {
    expect(lint(`-- migration-guard-ignore require-concurrent-index\n${IDX_A}`)).toEqual([['invalid-suppression', 1, 1]]);
  });

  it('an unknown rule is a warning', () => {
    expect(messages(`-- migration-guard-ignore require-concurrent-indexes: typo\n${IDX_A}`)).toEqual([
      '1:1 warning suppression names unknown rule require-concurrent-indexes',
    ]);
    expect(messages(`-- migration-guard-ignore-file foo, require-concurrent-index, bar: typos\n${IDX_A}`)).toEqual([
      '1:1 warning suppression names unknown rules foo, bar',
    ]);
  });

  it('invalid-suppression itself is a known rule name', () => {
    expect(messages(`-- migration-guard-ignore invalid-suppression: fine\nSELECT 1;`)).toEqual([]);
  });

  it('a suppression naming no rule', () => {
    expect(messages(`-- migration-guard-ignore: because\n${IDX_A}`)).toEqual(['1:1 warning suppression names no rule']);
  });

  it('a bare directive', () => {
    expect(messages(`-- migration-guard-ignore\n${IDX_A}`)).toEqual(['1:1 warning suppression names no rule']);
  });

  it('a suppression with no following statement', () => {
    expect(messages(`${IDX_A}\n-- migration-guard-ignore require-concurrent-index: too late\n`)).toEqual([
      '2:1 warning suppression is not followed by a statement',
    ]);
  });

  it('in seeds and rollbacks too', () => {
    const found = lintSpec({ files: { 'seeds/dev.sql': '-- migration-guard-ignore nope: x\nSELECT 1;' } }, RULES);
    expect(found.map((f) => [f.file, f.rule, f.line, f.column])).toEqual([['migrations/seeds/dev.sql', 'invalid-suppression', 1, 1]]);
  });
});
