import { expect, it } from 'vitest';
import { comparePlans, shapeOf, type PlanOutcome } from '../../src/check/plans.js';

// Plans as EXPLAIN (VERBOSE, FORMAT JSON) gives them (the keys of src/backend/commands/explain.c), reduced to what is read.
const scan = (node: string, relation: string, index?: string) => ({ 'Node Type': node, Schema: 'public', 'Relation Name': relation, ...(index ? { 'Index Name': index } : {}) });
const outcome = (cost: number, ...scans: { 'Node Type': string; 'Relation Name': string; 'Index Name'?: string }[]): PlanOutcome => ({
  plan: {
    shape: '',
    cost,
    rows: 1,
    text: [],
    scans: scans.map((s) => ({ relation: `public.${s['Relation Name']}`, node: s['Node Type'], indexes: s['Index Name'] ? [`public.${s['Index Name']}`] : [] })),
  },
});

it('an index that is gone while another index still serves the relation: index-gone only when the plan costs more', () => {
  const before = outcome(8.46, scan('Index Only Scan', 'orders', 'orders_cover_idx'));
  const gone = (i: string) => i !== 'public.orders_cover_idx';
  expect(comparePlans(before, outcome(8.46, scan('Index Scan', 'orders', 'orders_customer_id_idx')), 2, gone)).toEqual([]);
  expect(comparePlans(before, outcome(12.5, scan('Index Scan', 'orders', 'orders_customer_id_idx')), 2, gone)).toEqual([
    { kind: 'index-gone', relation: 'public.orders', goneIndexes: ['public.orders_cover_idx'], before: 'Index Only Scan using orders_cover_idx', after: 'Index Scan using orders_customer_id_idx' },
  ]);
  // The index still exists, the plan chose another: only the cost can say it is worse.
  expect(comparePlans(before, outcome(12.5, scan('Index Scan', 'orders', 'orders_customer_id_idx')), 2, () => true)).toEqual([]);
});

it('a relation read by an index in one place and a Seq Scan in another (a self-join) is no seq-scan regression', () => {
  const before = outcome(20, scan('Index Scan', 'orders', 'orders_pkey'), scan('Seq Scan', 'orders'));
  expect(comparePlans(before, outcome(20, scan('Seq Scan', 'orders'), scan('Index Scan', 'orders', 'orders_pkey')), 2, () => true)).toEqual([]);
  expect(comparePlans(before, outcome(30, scan('Seq Scan', 'orders'), scan('Seq Scan', 'orders')), 2, () => true).map((c) => c.kind)).toEqual(['seq-scan']);
});

it('the plan tree on one line', () => {
  const tree = { 'Node Type': 'Hash Join', Plans: [scan('Seq Scan', 'orders'), { 'Node Type': 'Hash', Plans: [scan('Index Scan', 'customers', 'customers_pkey')] }] };
  expect(shapeOf(tree)).toBe('Hash Join (Seq Scan on public.orders; Hash → Index Scan using customers_pkey on public.customers)');
});
