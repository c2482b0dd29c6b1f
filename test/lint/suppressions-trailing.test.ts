/**
 * Issue #12, item 6: a statement-level suppression written after a statement on the same line
 * (`ALTER TABLE a …; -- migration-guard-ignore …`) belongs to that statement. It used to excuse
 * the next statement instead, silently, and leave the one it follows reported.
 */
import { describe, expect, it } from 'vitest';
import breakingDrop from '../../rules/breaking-drop.js';
import requireConcurrentIndex from '../../rules/require-concurrent-index.js';
import rollbackMissing from '../../rules/rollback-missing.js';
import { parseSuppressions } from '../../src/lint/suppressions.js';
import { lintSpec, makeProject } from '../helpers/rule-tester.js';

const RULES = [breakingDrop, requireConcurrentIndex, rollbackMissing];

function findings(sql: string) {
  return lintSpec({ files: { 'V2__change.sql': sql, 'rollback/V2__rollback.sql': 'SELECT 1;' } }, RULES).filter(
    (f) => f.file === 'migrations/V2__change.sql',
  );
}

/** Findings of V2__change.sql as [rule, line, column]. */
const lint = (sql: string) => findings(sql).map((f) => [f.rule, f.line, f.column]);

/** invalid-suppression findings of V2__change.sql as "line:column message". */
const invalid = (sql: string) =>
  findings(sql)
    .filter((f) => f.rule === 'invalid-suppression')
    .map((f) => `${f.line}:${f.column} ${f.message}`);

const suppressionsOf = (sql: string) => parseSuppressions(makeProject({ files: { 'V2__change.sql': sql } }).files[0]!);

const IDX_A = 'CREATE INDEX idx_a ON accounts (email);';
const IDX_B = 'CREATE INDEX idx_b ON orders (placed_at);';
const IDX_C = 'CREATE INDEX idx_c ON items (sku);';
const RCI = '-- migration-guard-ignore require-concurrent-index: the table has a few hundred rows';

describe('a suppression after a statement on the same line', () => {
  it('excuses that statement, not the next one (the example of the issue)', () => {
    const sql = 'ALTER TABLE a DROP COLUMN x; -- migration-guard-ignore breaking-drop: dropped by release 4.2\nALTER TABLE b DROP COLUMN y;';
    expect(lint(sql)).toEqual([['breaking-drop', 2, 15]]);
    // Without it both are reported: the expectation above is not vacuous.
    expect(lint(sql.replace(/ --.*/, ''))).toEqual([
      ['breaking-drop', 1, 15],
      ['breaking-drop', 2, 15],
    ]);
  });

  it('after the last statement of the file: excuses it, and is not "not followed by a statement"', () => {
    expect(lint(`${IDX_B}\n${IDX_A} ${RCI}`)).toEqual([['require-concurrent-index', 1, 23]]);
    expect(lint(`${IDX_A} ${RCI}\n`)).toEqual([]);
    // On a line of its own after the last statement, it still excuses nothing and is reported.
    expect(invalid(`${IDX_A}\n${RCI}\n`)).toEqual(['2:1 suppression is not followed by a statement']);
  });

  it('after the final `;` of a statement spanning several lines: excuses that statement', () => {
    expect(lint(`CREATE INDEX idx_a\n  ON accounts (email); ${RCI}\n${IDX_B}`)).toEqual([['require-concurrent-index', 3, 23]]);
  });

  it('after two statements on one line: excuses both, and neither the line before nor the line after', () => {
    expect(lint(`${IDX_A}\n${IDX_B} ${IDX_C} ${RCI}\nCREATE INDEX idx_d ON items (name);`)).toEqual([
      ['require-concurrent-index', 1, 23],
      ['require-concurrent-index', 3, 23],
    ]);
    // Every statement whose last token is on the line: one that started on the line before too.
    expect(lint(`CREATE INDEX idx_a\n  ON accounts (email); ${IDX_B} ${RCI}\n${IDX_C}`)).toEqual([['require-concurrent-index', 3, 23]]);
    const sql = `SELECT 1;\n${IDX_A} ${IDX_B} ${RCI}\n${IDX_C}`;
    expect(suppressionsOf(sql)[0]).toMatchObject({ start: sql.indexOf('CREATE'), end: sql.indexOf(IDX_B) + IDX_B.length - 1 });
  });

  it('on a line where one statement ends and the next starts: inside the next one it excuses only that one', () => {
    // After the first statement's `;`, inside the second statement (between its clauses).
    const inside = `ALTER TABLE a DROP COLUMN x; CREATE INDEX idx_a -- migration-guard-ignore breaking-drop, require-concurrent-index: small\n  ON accounts (email);\n${IDX_B}`;
    expect(lint(inside)).toEqual([
      ['breaking-drop', 1, 15],
      ['require-concurrent-index', 3, 23],
    ]);
    // After the second statement's `;` too: both end on the line.
    const after = `ALTER TABLE a DROP COLUMN x; ${IDX_A} -- migration-guard-ignore breaking-drop, require-concurrent-index: small\n${IDX_B}`;
    expect(lint(after)).toEqual([['require-concurrent-index', 2, 23]]);
  });

  it('a comment on its own line before a statement still excuses the next statement, even after a block comment', () => {
    expect(lint(`${IDX_A}\n${RCI}\n${IDX_B}`)).toEqual([['require-concurrent-index', 1, 23]]);
    expect(lint(`${IDX_A}\n/* note */ ${RCI}\n${IDX_B}`)).toEqual([['require-concurrent-index', 1, 23]]);
    // Contrast: after the statement on the same line it excuses that one.
    expect(lint(`${IDX_A} ${RCI}\n${IDX_B}`)).toEqual([['require-concurrent-index', 2, 23]]);
  });

  it('a file-level directive after a statement still excuses the whole file', () => {
    expect(lint(`${IDX_A} -- migration-guard-ignore-file require-concurrent-index: small tables\n${IDX_B}`)).toEqual([]);
    expect(suppressionsOf(`${IDX_A} ${RCI}\n${IDX_B}`)[0]).toMatchObject({ scope: 'statement', start: 0, end: IDX_A.length - 1 });
  });
});

describe('in the body of a DO block', () => {
  const body = (...lines: string[]) => `DO $$\nBEGIN\n${lines.map((l) => `  ${l}`).join('\n')}\nEND $$;`;

  it('after a statement of the body on the same line: excuses that statement, not the next', () => {
    expect(lint(body(`${IDX_A} ${RCI}`, IDX_B))).toEqual([['require-concurrent-index', 4, 25]]);
  });

  it('after the last statement of the body: excuses it', () => {
    const sql = body('PERFORM 1;', `${IDX_A} ${RCI}`);
    expect(lint(sql)).toEqual([]);
  });

  it('inside a statement of the body (between its clauses): excuses that statement, not the next', () => {
    expect(lint(body('CREATE INDEX idx_a', RCI, '  ON accounts (email);', IDX_B))).toEqual([['require-concurrent-index', 6, 25]]);
  });
});
