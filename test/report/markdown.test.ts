import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/commands/check.js';
import type { LockEntry } from '../../src/check/locks.js';
import type { MigrationCheck } from '../../src/check/run.js';
import type { Finding } from '../../src/lint/types.js';
import type { PerformanceReport } from '../../src/check/performance.js';
import {
  COMMENT_MARKER,
  MAX_COMMENT_LENGTH,
  escapeHtml,
  escapeMarkdown,
  renderComment,
  renderNoMigrations,
  renderSummary,
  type LintOnly,
} from '../../src/report/markdown.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ctx = { repository: 'acme/shop', headSha: SHA };
const ZWJ = '\u200d';
/** Rule pages, as the Action links them (src/action/rule-docs.ts) for `uses: migration-guard/migration-guard@v1`. */
const RULES = 'https://github.com/migration-guard/migration-guard/blob/v1/rules';
const SAMPLE_HEADER = '<!-- A rendered sample of the PR comment, kept in sync by test/report/markdown.test.ts. -->\n\n';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'set-not-null',
    severity: 'error',
    file: 'db/migration/V2__users_email.sql',
    line: 3,
    column: 1,
    message: 'SET NOT NULL scans the whole table under ACCESS EXCLUSIVE',
    help: 'Add a CHECK (email IS NOT NULL) NOT VALID constraint first.',
    ...over,
  };
}

function migration(over: Partial<MigrationCheck> = {}): MigrationCheck {
  return {
    file: 'db/migration/V1__init.sql',
    kind: 'versioned',
    version: '1',
    isNew: false,
    applied: 'ok',
    durationMs: 12.4,
    rollback: 'none',
    locks: [],
    rewritten: [],
    dangerousLocks: 0,
    ...over,
  };
}

const lock: LockEntry = {
  relation: 'public.users',
  relkind: 'table',
  mode: 'ACCESS EXCLUSIVE',
  blocks: 'reads and writes',
  statement: { index: 1, line: 3, column: 1, text: 'ALTER TABLE users …', durationMs: 5, rewrote: [] },
  heldMs: 1500,
  heldWhile: [{ index: 2, line: 4, column: 1, text: 'UPDATE users …', durationMs: 1400, rewrote: [] }],
  rewritten: false,
  dangerous: true,
};

function checkResult(findings: Finding[], over: Partial<CheckResult> = {}): CheckResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const migrations = over.migrations ?? [
    migration(),
    migration({
      file: 'db/migration/V2__users_email.sql',
      version: '2',
      isNew: true,
      durationMs: 1530,
      rollback: 'verified',
      rollbackFile: 'db/migration/U2__users_email.sql',
      locks: [lock],
      dangerousLocks: 1,
    }),
  ];
  return {
    findings,
    disagreements: [],
    summary: {
      errors,
      warnings: findings.length - errors,
      files: 3,
      migrations: migrations.length,
      applied: migrations.filter((m) => m.applied === 'ok').length,
      failed: migrations.filter((m) => m.applied === 'failed').length,
      skipped: migrations.filter((m) => m.applied === 'skipped').length,
      rollbacksVerified: migrations.filter((m) => m.rollback === 'verified').length,
      rollbacksBroken: 0,
      dangerousLocks: findings.filter((f) => f.rule === 'dangerous-lock').length,
      durationMs: 2345,
    },
    migrations,
    schemaDiff: { added: [], changed: [], dropped: [] },
    schemaChanges: [
      { change: 'changed', kind: 'column', name: 'public.users.email', text: 'text → text NOT NULL' },
      { change: 'added', kind: 'index', name: 'public.users_email_idx', text: 'CREATE INDEX users_email_idx ON public.users USING btree (email)' },
    ],
    complete: true,
    postgres: { engine: 'postgres', version: '16.4', full: 'PostgreSQL 16.4', label: 'postgres://ci:***@localhost:5432/postgres' },
    config: {} as CheckResult['config'],
    ...over,
  };
}

/** Renders like a Markdown viewer would (raw HTML passed through, as GitHub's sanitizer sees it). */
const html = (md: string) => marked.parse(md, { async: false, gfm: true });

describe('escaping', () => {
  it('escapes HTML, Markdown punctuation, pipes, mentions and issue references in text', () => {
    expect(escapeMarkdown('a <b> & `c` | *d* _e_ [f](g) @team #12 ~x~ $y$\\')).toBe(
      `a &lt;b&gt; &amp; \\\`c\\\` \\| \\*d\\* \\_e\\_ \\[f\\](g) @${ZWJ}team #\u206012 \\~x\\~ \\$y\\$\\\\`,
    );
    expect(escapeMarkdown('line one\nline two\r\nthree')).toBe('line one line two three');
  });

  it('escapes text inside raw HTML with entities only', () => {
    expect(escapeHtml('V1__<x>&"y"@org/team.sql')).toBe(`V1__&lt;x&gt;&amp;&quot;y&quot;@${ZWJ}org/team.sql`);
  });
});

describe('renderComment', () => {
  const findings = [
    finding(),
    finding({ rule: 'dangerous-lock', severity: 'warning', line: 4, column: 3, message: 'ACCESS EXCLUSIVE on public.users held while UPDATE runs', help: 'Keep the lock short.' }),
  ];

  // The sample shows a plan regression too: V2 also drops the index a critical query used.
  const planFinding = finding({
    rule: 'query-plan-regression',
    severity: 'warning',
    line: 6,
    column: 1,
    message:
      'after V2__users_email.sql, the critical query test/performance/user_by_email.sql plans worse: public.users: Index Scan using users_lower_email_idx → Seq Scan (index public.users_lower_email_idx is gone); estimated cost 8.44 → 4,334 (×513.5, more than costFactor 2)',
    help: 'Keep the index the query needs (or create its replacement before dropping it).',
  });
  const plans: PerformanceReport = {
    costFactor: 2,
    durationMs: 1900,
    notes: [],
    tables: [{ table: 'public.users', synthetic: 200000, fillMs: 1600 }],
    queries: [
      {
        name: 'orders_of_user',
        file: 'test/performance/orders_of_user.sql',
        before: { plan: { shape: 'Index Scan using orders_user_id_idx on public.orders', cost: 8.46, rows: 10, scans: [], text: ['Index Scan using orders_user_id_idx on orders  (cost=0.29..8.46 rows=10 width=14)', '  Index Cond: (user_id = 42)'] } },
        after: { after: 'V2__users_email.sql', plan: { shape: 'Index Scan using orders_user_id_idx on public.orders', cost: 8.46, rows: 10, scans: [], text: ['Index Scan using orders_user_id_idx on orders  (cost=0.29..8.46 rows=10 width=14)', '  Index Cond: (user_id = 42)'] } },
        changes: [],
      },
      {
        name: 'user_by_email',
        file: 'test/performance/user_by_email.sql',
        before: { plan: { shape: 'Index Scan using users_lower_email_idx on public.users', cost: 8.44, rows: 1, scans: [], text: ['Index Scan using users_lower_email_idx on users  (cost=0.42..8.44 rows=1 width=48)', "  Index Cond: (lower(email) = 'ann@example.com'::text)"] } },
        after: { after: 'V2__users_email.sql', plan: { shape: 'Seq Scan on public.users', cost: 4334, rows: 1000, scans: [], text: ['Seq Scan on users  (cost=0.00..4334.00 rows=1000 width=48)', "  Filter: (lower(email) = 'ann@example.com'::text)"] } },
        changes: [{ kind: 'seq-scan', relation: 'public.users', goneIndexes: ['public.users_lower_email_idx'], before: 'Index Scan using users_lower_email_idx', after: 'Seq Scan' }],
      },
    ],
  };
  const sampleChanges: CheckResult['schemaChanges'] = [
    { change: 'changed', kind: 'column', name: 'public.users.email', text: 'text → text NOT NULL' },
    { change: 'added', kind: 'index', name: 'public.users_email_idx', text: 'CREATE INDEX users_email_idx ON public.users USING btree (email)' },
    { change: 'dropped', kind: 'index', name: 'public.users_lower_email_idx', text: 'CREATE INDEX users_lower_email_idx ON public.users USING btree (lower(email))' },
  ];

  it('renders the whole report for a check result', () => {
    const body = renderComment(checkResult([...findings, planFinding], { performance: plans, schemaChanges: sampleChanges }), {
      ...ctx,
      changedFiles: ['db/migration/V2__users_email.sql', 'db/migration/U2__users_email.sql'],
      ruleUrl: (id) => `${RULES}/${id}.md`,
    });
    const url = `https://github.com/acme/shop/blob/${SHA}/db/migration/V2__users_email.sql`;
    expect(body).toBe(
      [
        COMMENT_MARKER,
        '## ❌ migration-guard: 1 error, 2 warnings',
        '',
        '1 changed migration · 2 of 2 migrations applied · 1 rollback verified · 1 dangerous lock',
        '',
        '| Migration | Lint | Applied | Rollback | Dangerous locks |',
        '|---|---|---|---|---|',
        `| [V2\\_\\_users\\_email.sql](${url}) | ❌ 1 ⚠️ 2 | ✓ 1.5 s | ✓ verified | ⚠️ ACCESS EXCLUSIVE on public.users |`,
        '',
        '### Findings',
        '',
        '<details open>',
        '<summary><b>db/migration/V2__users_email.sql</b> — 1 error, 2 warnings</summary>',
        '',
        `- ❌ [L3](${url}#L3) **[set-not-null](${RULES}/set-not-null.md)**: SET NOT NULL scans the whole table under ACCESS EXCLUSIVE<br>💡 Add a CHECK (email IS NOT NULL) NOT VALID constraint first.`,
        `- ⚠️ [L4](${url}#L4) **[dangerous-lock](${RULES}/dangerous-lock.md)**: ACCESS EXCLUSIVE on public.users held while UPDATE runs<br>💡 Keep the lock short.`,
        `- ⚠️ [L6](${url}#L6) **[query-plan-regression](${RULES}/query-plan-regression.md)**: after V2\\_\\_users\\_email.sql, the critical query test/performance/user\\_by\\_email.sql plans worse: public.users: Index Scan using users\\_lower\\_email\\_idx → Seq Scan (index public.users\\_lower\\_email\\_idx is gone); estimated cost 8.44 → 4,334 (×513.5, more than costFactor 2)<br>💡 Keep the index the query needs (or create its replacement before dropping it).`,
        '',
        '</details>',
        '',
        '### Query plans',
        '',
        'Critical queries planned before the change set and after it (EXPLAIN, estimated cost; costFactor 2).',
        '',
        '| | Query | Before | After |',
        '|---|---|---|---|',
        '| ✅ | orders\\_of\\_user | Index Scan using orders\\_user\\_id\\_idx on public.orders (cost 8.46) | Index Scan using orders\\_user\\_id\\_idx on public.orders (cost 8.46)<br><sub>after V2\\_\\_users\\_email.sql</sub> |',
        '| ⚠️ | user\\_by\\_email | Index Scan using users\\_lower\\_email\\_idx on public.users (cost 8.44) | Seq Scan on public.users (cost 4,334)<br><sub>after V2\\_\\_users\\_email.sql</sub> |',
        '',
        '<details>',
        '<summary>Full plans</summary>',
        '',
        '```',
        '-- test/performance/orders_of_user.sql, before the change set',
        'Index Scan using orders_user_id_idx on orders  (cost=0.29..8.46 rows=10 width=14)',
        '  Index Cond: (user_id = 42)',
        '',
        '-- test/performance/orders_of_user.sql, after V2__users_email.sql',
        'Index Scan using orders_user_id_idx on orders  (cost=0.29..8.46 rows=10 width=14)',
        '  Index Cond: (user_id = 42)',
        '',
        '-- test/performance/user_by_email.sql, before the change set',
        'Index Scan using users_lower_email_idx on users  (cost=0.42..8.44 rows=1 width=48)',
        `  Index Cond: (lower(email) = 'ann@${ZWJ}example.com'::text)`,
        '',
        '-- test/performance/user_by_email.sql, after V2__users_email.sql',
        'Seq Scan on users  (cost=0.00..4334.00 rows=1000 width=48)',
        `  Filter: (lower(email) = 'ann@${ZWJ}example.com'::text)`,
        '```',
        '',
        '</details>',
        '',
        'Rows: public.users: 200,000 synthetic rows (1,600 ms)',
        '',
        '### Schema changes',
        '',
        '<details open>',
        '<summary>3 changes (before the first new migration → after the last)</summary>',
        '',
        '```diff',
        '~ column public.users.email  text → text NOT NULL',
        '+ index public.users_email_idx  CREATE INDEX users_email_idx ON public.users USING btree (email)',
        '- index public.users_lower_email_idx  CREATE INDEX users_lower_email_idx ON public.users USING btree (lower(email))',
        '```',
        '',
        '</details>',
        '',
        `<sub>PostgreSQL 16.4 (postgres://ci:\\*\\*\\*@${ZWJ}localhost:5432/postgres) · checked in 2.3 s · commit 0123456</sub>`,
        '',
      ].join('\n'),
    );
    // The README's rendered sample is this comment: keep it true.
    expect(readFileSync(new URL('../../docs/pr-comment-sample.md', import.meta.url), 'utf8')).toBe(SAMPLE_HEADER + body);
    const rendered = html(body);
    expect(rendered).toContain(`<a href="${url}#L3">L3</a>`);
    expect(rendered).toMatch(/<td>✓ verified<\/td>/);
    // The plan table is a table (4 cells a row), the full plans folded.
    expect(rendered).toContain('<td>⚠️</td>\n<td>user_by_email</td>\n<td>Index Scan using users_lower_email_idx on public.users (cost 8.44)</td>\n<td>Seq Scan on public.users (cost 4,334)<br><sub>after V2__users_email.sql</sub></td>');
    expect(rendered).toContain('<details>\n<summary>Full plans</summary>');
  });

  it('a chain that stopped with its failure suppressed is never "no problems", and names what was not checked', () => {
    const result = checkResult([], {
      complete: false,
      migrations: [
        migration(),
        migration({ file: 'db/migration/V2__a.sql', isNew: true, applied: 'failed', durationMs: undefined }),
        migration({ file: 'db/migration/V3__b.sql', isNew: true, applied: 'skipped', durationMs: undefined }),
      ],
    });
    const body = renderComment(result, ctx);
    expect(body).toContain('## ⚠️ migration-guard: not every migration was checked\n\n1 of 3 migrations applied (1 failed, 1 not run)');
    expect(body).toContain('_Incomplete: not checked: V3\\_\\_b.sql, because V2\\_\\_a.sql failed to apply._');
  });

  it('without a repository or commit (run outside a runner) names files without links and leaves the commit out', () => {
    const body = renderComment(checkResult([finding()], { migrations: [migration()] }), { repository: '', headSha: '' });
    expect(body).not.toContain('](');
    expect(body).not.toContain('/blob/');
    expect(body).toMatch(/^\| V2\\_\\_users\\_email\.sql \|/m);
    expect(body).toMatch(/^- ❌ L3 \*\*set-not-null\*\*:/m);
    expect(body).not.toMatch(/commit\s*<\/sub>/);
  });

  it('shows every migration when changedFiles is undefined, and the other columns', () => {
    const result = checkResult([], {
      migrations: [
        migration(),
        migration({ file: 'db/migration/V2__a.sql', isNew: true, applied: 'failed', durationMs: undefined, rollback: 'incomplete' }),
        migration({ file: 'db/migration/V3__b.sql', isNew: true, applied: 'skipped', durationMs: undefined, rollback: 'missing', locks: [lock], rewritten: ['public.orders'] }),
      ],
    });
    const body = renderComment(result, { ...ctx, serverUrl: 'https://ghe.example.com/' });
    expect(body).toContain('## ✅ migration-guard: no problems\n\n1 of 3 migrations applied (1 failed, 1 not run) · 0 rollbacks verified\n');
    const rows = body.split('\n').filter((l) => l.startsWith('| ['));
    expect(rows).toEqual([
      `| [V1\\_\\_init.sql](https://ghe.example.com/acme/shop/blob/${SHA}/db/migration/V1__init.sql) | ✓ | ✓ 12 ms | – | – |`,
      `| [V2\\_\\_a.sql](https://ghe.example.com/acme/shop/blob/${SHA}/db/migration/V2__a.sql) | ✓ | ✗ failed | ✗ incomplete | – |`,
      `| [V3\\_\\_b.sql](https://ghe.example.com/acme/shop/blob/${SHA}/db/migration/V3__b.sql) | ✓ | – skipped | – missing | ACCESS EXCLUSIVE on public.users (suppressed); rewrites public.orders |`,
    ]);
    expect(body).not.toContain('### Findings');
  });

  it('neutralises hostile migration content', () => {
    const evil = 'V9__x|y`z`<b>@team.sql';
    const hostile = finding({
      file: `db/migration/${evil}`,
      line: 7,
      message: 'cc @team @org/admins see #123 </details><img src=x onerror=alert(1)> | col ``` `tick`',
      help: '<script>alert(1)</script> **bold** [link](javascript:alert(1)) ![img](http://x/y.png)',
    });
    const result = checkResult([hostile], {
      migrations: [migration({ file: `db/migration/${evil}`, isNew: true })],
      schemaChanges: [{ change: 'added', kind: 'table', name: 'public."```</details>@team"', text: '<img src=x> #1' }],
    });
    const body = renderComment(result, { ...ctx, changedFiles: [`db/migration/${evil}`] });
    // No raw HTML from the migration, no mention, no issue link.
    expect(body).not.toMatch(/<img src=x onerror|<script|<\/details><img/);
    expect(body).not.toMatch(/@team|@org|#123|#1/);
    expect(body).toContain(`@${ZWJ}team`);
    expect(body).toContain(`#\u2060123`);
    // The rendered HTML has exactly the elements the report creates.
    const rendered = html(body);
    expect(rendered).not.toMatch(/<img|<script|<b>@|href="javascript/);
    expect((rendered.match(/<details/g) ?? []).length).toBe(2);
    expect((rendered.match(/<\/details>/g) ?? []).length).toBe(2);
    // The table row still has five cells, the pipe inside the file name stayed in the first.
    const row = rendered.match(/<tbody><tr>([\s\S]*?)<\/tr>/)![1]!;
    expect((row.match(/<td>/g) ?? []).length).toBe(5);
    expect(row).toContain('V9__x|y`z`&lt;b&gt;@\u200dteam.sql');
    // The link to the file is percent-encoded and whole.
    expect(body).toContain(`/blob/${SHA}/db/migration/V9__x%7Cy%60z%60%3Cb%3E%40team.sql#L7)`);
    // The diff's code fence is longer than any backtick run in it, so it stays one code block.
    expect(body).toContain(`\`\`\`\`diff\n+ table public."\`\`\`</details>@${ZWJ}team"  <img src=x> #\u20601\n\`\`\`\``);
    expect(rendered).toContain(`<code class="language-diff">+ table public.&quot;\`\`\`&lt;/details&gt;@${ZWJ}team&quot;  &lt;img src=x&gt; #\u20601\n</code>`);
  });

  it('renders a lint-only result without the database columns', () => {
    const lint: LintOnly = { findings: [finding({ severity: 'warning' })], summary: { errors: 0, warnings: 1, files: 2, migrations: 2 } };
    const body = renderComment(lint, { ...ctx, changedFiles: ['db/migration/V2__users_email.sql', 'db/migration/V3__clean.sql'] });
    const url = `https://github.com/acme/shop/blob/${SHA}/db/migration`;
    expect(body.split('\n').slice(0, 9)).toEqual([
      COMMENT_MARKER,
      '## ⚠️ migration-guard: 1 warning',
      '',
      '2 migrations linted · no database check',
      '',
      '| Migration | Lint |',
      '|---|---|',
      `| [V2\\_\\_users\\_email.sql](${url}/V2__users_email.sql) | ⚠️ 1 |`,
      `| [V3\\_\\_clean.sql](${url}/V3__clean.sql) | ✓ |`,
    ]);
    expect(body).not.toContain('Schema changes');
    expect(body).not.toContain('PostgreSQL');
    expect(body.endsWith('<sub>commit 0123456</sub>\n')).toBe(true);
  });

  it('lists findings in files the PR does not change after the changed ones', () => {
    const other = finding({ rule: 'applied-migration-modified', file: 'db/migration/V1__init.sql', line: 1, message: 'edited' });
    const body = renderComment(checkResult([other, finding()]), { ...ctx, changedFiles: ['db/migration/V2__users_email.sql'] });
    const summaries = body.split('\n').filter((l) => l.startsWith('<summary><b>'));
    expect(summaries).toEqual([
      '<summary><b>db/migration/V2__users_email.sql</b> — 1 error</summary>',
      '<summary><b>db/migration/V1__init.sql</b> — 1 error</summary>',
    ]);
    expect(body).toContain('## ❌ migration-guard: 2 errors');
  });

  it('stays within 65,536 characters with 10,000 findings, truncating per file with a note', () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 10_000; i++) {
      findings.push(
        finding({
          file: `db/migration/V${i % 5}__file.sql`,
          line: i + 1,
          message: `finding ${i}: ${'x'.repeat(200)} @team </details>`,
          help: 'h'.repeat(150),
        }),
      );
    }
    const body = renderComment(checkResult(findings), ctx);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(body.startsWith(`${COMMENT_MARKER}\n## ❌ migration-guard: 10,000 errors\n`)).toBe(true);
    expect(body).toMatch(/- … 1,9\d\d more findings, see the job summary/);
    expect((body.match(/<details/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
    expect(body).not.toMatch(/@team|<\/details>@|> <\/details>/);
    // Sections and the footer survive the truncation.
    expect(body).toContain('### Schema changes');
    expect(body).toContain('<sub>PostgreSQL 16.4');
    // The job summary, with its larger limit, shows more of them.
    const summary = renderSummary(checkResult(findings), ctx);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1_000_000);
    expect(summary.startsWith('## ❌ migration-guard: 10,000 errors\n')).toBe(true);
    expect((summary.match(/^- ❌/gm) ?? []).length).toBeGreaterThan((body.match(/^- ❌/gm) ?? []).length);
  });

  it('stays within the limit for pathological input: huge messages, paths and many migrations', () => {
    const longPath = `db/${'deep/'.repeat(2000)}V1__x.sql`;
    const findings = [finding({ file: longPath, message: '<'.repeat(200_000), help: '@a '.repeat(50_000) })];
    const migrations = Array.from({ length: 3000 }, (_, i) => migration({ file: `${longPath.slice(0, -9)}V${i}__m.sql` }));
    const body = renderComment(checkResult(findings, { migrations, schemaChanges: [] }), ctx);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(body.startsWith(`${COMMENT_MARKER}\n## ❌ migration-guard: 1 error\n`)).toBe(true);
    // A tighter limit forces the last resort, which still carries the verdict.
    const tiny = renderComment(checkResult(findings, { migrations, schemaChanges: [] }), ctx, { maxLength: 2000 });
    expect(tiny.length).toBeLessThanOrEqual(2000);
    expect(tiny).toContain('## ❌ migration-guard: 1 error');
    expect(tiny).toContain('The full report is too large to show here; see the job summary.');
  });
});

describe('renderSummary and renderNoMigrations', () => {
  it('renders the same report without the marker', () => {
    const result = checkResult([finding()]);
    const comment = renderComment(result, ctx);
    expect(renderSummary(result, ctx)).toBe(comment.slice(COMMENT_MARKER.length + 1));
  });

  it('says so when the PR no longer touches migrations', () => {
    expect(renderNoMigrations({ headSha: SHA })).toBe(
      `${COMMENT_MARKER}\n## ✅ migration-guard: no migration changes\n\nThis pull request no longer changes any migration, so there is nothing to check.\n\n<sub>commit 0123456</sub>\n`,
    );
    expect(renderNoMigrations().startsWith(COMMENT_MARKER)).toBe(true);
  });
});
