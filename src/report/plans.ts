/**
 * The critical queries' plans (query-plan-regression) as people read them, for the text report
 * and the Markdown one: per query, its plan before the change set and after it, each as its shape
 * and estimated cost on one line; where the planner's rows came from; the notes.
 */
import { fmtCost } from '../check/plans.js';
import type { PerformanceReport, PlanAt, QueryReport } from '../check/performance.js';

/** "Index Scan using i on public.orders (cost 8.46)", "fails: column "x" does not exist", "not planned". */
export function planAtLine(p: PlanAt | undefined): string {
  if (!p) return 'not planned';
  if (p.plan) return `${p.plan.shape} (cost ${fmtCost(p.plan.cost)})`;
  return `fails: ${p.error?.message ?? 'no plan'}`;
}

/** ⚠ got worse, ✗ fails after, ✓ no worse; "–" when there was nothing to compare. */
export function verdictOf(q: QueryReport): 'worse' | 'fails' | 'ok' | 'none' {
  if (q.changes.some((c) => c.kind === 'fails')) return 'fails';
  if (q.changes.length) return 'worse';
  return q.before?.plan && q.after?.plan ? 'ok' : 'none';
}

/** Where the before/after points are: "before V3__x.sql" / "after V1__y.sql". */
export function pointName(p: PlanAt | undefined): string {
  return p?.after ? `after ${p.after}` : 'before the change set';
}

/** "public.orders: 200,000 synthetic rows, production statistics" per table. */
export function volumeLines(r: PerformanceReport): string[] {
  return r.tables.map((t) => {
    const parts = [
      t.synthetic !== undefined ? `${t.synthetic.toLocaleString('en-US')} synthetic rows${t.fillMs !== undefined ? ` (${t.fillMs.toLocaleString('en-US')} ms)` : ''}` : '',
      t.statistics ? 'production statistics imported' : '',
      t.synthetic === undefined && !t.statistics && t.plannerRows !== undefined ? (t.plannerRows < 0 ? 'never analysed' : `${Math.round(t.plannerRows).toLocaleString('en-US')} rows from the migrations`) : '',
    ].filter(Boolean);
    return `${t.table}: ${parts.join(', ')}`;
  });
}
