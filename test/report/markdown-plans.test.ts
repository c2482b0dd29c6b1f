import { marked } from 'marked';
import { expect, it } from 'vitest';
import type { CheckResult } from '../../src/commands/check.js';
import type { PerformanceReport } from '../../src/check/performance.js';
import { renderComment, renderSummary } from '../../src/report/markdown.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

function result(performance: PerformanceReport): CheckResult {
  return {
    findings: [],
    disagreements: [],
    summary: { errors: 0, warnings: 0, files: 1, migrations: 1, applied: 1, failed: 0, skipped: 0, rollbacksVerified: 0, rollbacksBroken: 0, dangerousLocks: 0, durationMs: 10 },
    migrations: [{ file: 'db/V2__x.sql', kind: 'versioned', isNew: true, applied: 'ok', durationMs: 3, rollback: 'none', locks: [], rewritten: [], dangerousLocks: 0 }],
    schemaDiff: { added: [], changed: [], dropped: [] },
    schemaChanges: [],
    complete: true,
    postgres: { engine: 'pglite', version: '18.1', full: '', label: 'embedded PGlite' },
    config: {} as CheckResult['config'],
    performance,
  };
}

const plan = (shape: string, cost: number, text: string[]) => ({ shape, cost, rows: 1, scans: [], text });

it('a query that fails after, a query that never planned, the notes: rendered, escaped, a table of four cells', () => {
  const perf: PerformanceReport = {
    costFactor: 2,
    durationMs: 5,
    tables: [{ table: 'public.orders', synthetic: 5000, fillMs: 40, statistics: true }],
    notes: ['performance.statistics: not imported: needs PostgreSQL 18 <b>@team</b>'],
    queries: [
      {
        name: 'by_customer',
        file: 'q/by_customer.sql',
        before: { plan: plan('Index Scan using i on public.orders', 8.46, ['Index Scan using i on orders  (cost=0.29..8.46 rows=10 width=14)']) },
        after: { after: 'V2__x.sql', error: { sqlstate: '42703', message: 'column "customer_id" does not exist' } },
        changes: [{ kind: 'fails', goneIndexes: [], before: 'Index Scan using i on public.orders (cost 8.46)', after: 'column "customer_id" does not exist' }],
      },
      { name: 'never|planned', file: 'q/never|planned.sql', after: { after: 'V2__x.sql', error: { message: 'relation "nowhere" does not exist' } }, changes: [] },
    ],
  };
  const body = renderComment(result(perf), { repository: 'acme/shop', headSha: SHA });
  expect(body).toContain('| ❌ | by\\_customer | Index Scan using i on public.orders (cost 8.46) | fails: column "customer\\_id" does not exist<br><sub>after V2\\_\\_x.sql</sub> |');
  expect(body).toContain('| – | never\\|planned | not planned | fails: relation "nowhere" does not exist<br><sub>after V2\\_\\_x.sql</sub> |');
  expect(body).toContain('-- q/by_customer.sql, after V2__x.sql\nERROR: column "customer_id" does not exist\n```');
  expect(body).toContain('Rows: public.orders: 5,000 synthetic rows (40 ms), production statistics imported');
  expect(body).toContain('> performance.statistics: not imported: needs PostgreSQL 18 &lt;b&gt;@\u200dteam&lt;/b&gt;');
  const html = marked.parse(body, { async: false, gfm: true });
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1]!.match(/<t[dh]>/g) ?? []).length);
  // The migrations table (5 cells a row) and the plans table (4 cells, the pipe in the name kept in its cell).
  expect(rows).toEqual([5, 5, 4, 4, 4]);
  expect(html).not.toContain('<b>@team');
  expect(renderSummary(result(perf), { repository: 'acme/shop', headSha: SHA })).toContain('### Query plans');
});
