/**
 * Query plans for query-plan-regression: EXPLAIN without ANALYZE (the query is planned, never run,
 * so planning it after every migration is cheap and a DML query changes nothing), read from
 * `EXPLAIN (VERBOSE, FORMAT JSON)` (PostgreSQL docs: EXPLAIN; the JSON keys are those of
 * src/backend/commands/explain.c: "Node Type", "Relation Name", "Schema", "Index Name",
 * "Total Cost", "Plan Rows", "Plans"), and compared: an index or bitmap scan on a relation that
 * became a sequential scan, an index the plan used that is gone, and estimated total cost grown
 * by more than a factor.
 */
import { asDbError, type Db } from '../db/engine.js';

/** How a plan reads one relation. */
export interface PlanScan {
  /** schema.relation */
  relation: string;
  /** "Seq Scan", "Index Scan", "Index Only Scan", "Bitmap Heap Scan", … */
  node: string;
  /** The index, schema-qualified, for index scans (a bitmap heap scan: its bitmap index scans' indexes). */
  indexes: string[];
}

export interface QueryPlan {
  /** The plan tree on one line: "Hash Join (Seq Scan on public.orders; Hash → Seq Scan on public.customers)". */
  shape: string;
  /** The top node's estimated total cost (planner units: seq_page_cost = 1). */
  cost: number;
  /** The top node's estimated rows. */
  rows: number;
  scans: PlanScan[];
  /** EXPLAIN's text format, one line each. */
  text: string[];
}

/** A query's plan at one point of the run, or why PostgreSQL could not plan it. */
export type PlanOutcome = { plan: QueryPlan; error?: undefined } | { plan?: undefined; error: { sqlstate?: string; message: string } };

/** Index-based access: what query-plan-regression protects from turning into a Seq Scan. */
const INDEX_NODES = new Set(['Index Scan', 'Index Only Scan', 'Bitmap Heap Scan']);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = Record<string, any>;

/** EXPLAIN of `sql` on `db`: its plan, or the error PostgreSQL gave (never thrown). */
export async function explain(db: Db, sql: string): Promise<PlanOutcome> {
  try {
    const json = await db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (VERBOSE, FORMAT JSON) ${sql}`);
    const raw = json.rows[0]?.['QUERY PLAN'];
    const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: Node }[];
    const top = doc[0]!.Plan;
    const text = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`);
    const scans: PlanScan[] = [];
    collectScans(top, scans);
    return { plan: { shape: shapeOf(top), cost: Number(top['Total Cost']), rows: Number(top['Plan Rows']), scans, text: text.rows.map((r) => r['QUERY PLAN']) } };
  } catch (e) {
    const err = asDbError(e);
    if (!err) throw e;
    return { error: { sqlstate: err.code, message: err.message } };
  }
}

const relationOf = (n: Node) => (n['Relation Name'] ? `${n['Schema'] ? `${n['Schema']}.` : ''}${n['Relation Name']}` : undefined);
const indexOf = (n: Node) => (n['Index Name'] ? `${n['Schema'] ? `${n['Schema']}.` : ''}${n['Index Name']}` : undefined);

function collectScans(n: Node, out: PlanScan[]): void {
  const relation = relationOf(n);
  if (relation) {
    const own = indexOf(n);
    const bitmap: string[] = [];
    if (n['Node Type'] === 'Bitmap Heap Scan') collectBitmapIndexes(n, bitmap);
    out.push({ relation, node: String(n['Node Type']), indexes: own ? [own] : [...new Set(bitmap)] });
  }
  for (const child of (n['Plans'] as Node[] | undefined) ?? []) collectScans(child, out);
}

function collectBitmapIndexes(n: Node, out: string[]): void {
  for (const child of (n['Plans'] as Node[] | undefined) ?? []) {
    // The index of a Bitmap Index Scan is in the Bitmap Heap Scan's schema.
    if (child['Node Type'] === 'Bitmap Index Scan' && child['Index Name']) out.push(`${n['Schema'] ? `${n['Schema']}.` : ''}${child['Index Name']}`);
    collectBitmapIndexes(child, out);
  }
}

function label(n: Node): string {
  const index = n['Index Name'] ? ` using ${n['Index Name']}` : '';
  const relation = relationOf(n);
  return `${n['Node Type']}${index}${relation ? ` on ${relation}` : ''}`;
}

/** The plan tree on one line: a node with one child "A → B", with several "A (B; C)". */
export function shapeOf(n: Node): string {
  const children = ((n['Plans'] as Node[] | undefined) ?? []).map(shapeOf);
  if (children.length === 0) return label(n);
  if (children.length === 1) return `${label(n)} → ${children[0]}`;
  return `${label(n)} (${children.join('; ')})`;
}

/** One way a plan got worse between two points. */
export interface PlanChange {
  kind: 'seq-scan' | 'index-gone' | 'cost' | 'fails';
  /** The relation it is about (seq-scan, index-gone). */
  relation?: string;
  /** Indexes the earlier plan used on the relation that no longer exist. */
  goneIndexes: string[];
  /** What it was and what it is, for people: "Index Scan using orders_customer_idx" → "Seq Scan". */
  before: string;
  after: string;
}

/** A stable key for a change, to find the migration after which it first appears. */
export const changeKey = (c: PlanChange) => `${c.kind}:${c.relation ?? ''}`;

const fmtCost = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));

/** How `relation` is read in a plan, for messages: "Index Scan using i", "Seq Scan". */
function access(plan: QueryPlan, relation: string): string {
  const on = plan.scans.filter((s) => s.relation === relation);
  return [...new Set(on.map((s) => `${s.node}${s.indexes.length ? ` using ${s.indexes.map((i) => i.slice(i.indexOf('.') + 1)).join(', ')}` : ''}`))].join(', ');
}

/**
 * How `after` is worse than `before`. `exists(index)` says whether an index (schema-qualified)
 * still exists at the point of `after`. A relation read by an index before and by a Seq Scan only
 * after is seq-scan (naming the indexes that are gone); an index that is gone while the relation is
 * still read by another index is index-gone only when the cost grew (an equivalent replacement is
 * no regression); cost: after > before × costFactor. A query that planned before and fails after: fails.
 */
export function comparePlans(before: PlanOutcome, after: PlanOutcome, costFactor: number, exists: (index: string) => boolean): PlanChange[] {
  if (!before.plan) return [];
  if (!after.plan) return [{ kind: 'fails', goneIndexes: [], before: `${before.plan.shape} (cost ${fmtCost(before.plan.cost)})`, after: after.error.message }];
  const b = before.plan;
  const a = after.plan;
  const out: PlanChange[] = [];
  for (const relation of [...new Set(b.scans.map((s) => s.relation))]) {
    const used = b.scans.filter((s) => s.relation === relation && INDEX_NODES.has(s.node));
    if (used.length === 0) continue;
    const gone = [...new Set(used.flatMap((s) => s.indexes))].filter((i) => !exists(i));
    const now = a.scans.filter((s) => s.relation === relation);
    const seqOnly = now.length > 0 && now.every((s) => !INDEX_NODES.has(s.node)) && now.some((s) => s.node === 'Seq Scan');
    if (seqOnly) out.push({ kind: 'seq-scan', relation, goneIndexes: gone, before: access(b, relation), after: access(a, relation) });
    else if (gone.length && now.length && a.cost > b.cost * 1.01) out.push({ kind: 'index-gone', relation, goneIndexes: gone, before: access(b, relation), after: access(a, relation) });
  }
  if (a.cost > b.cost * costFactor) out.push({ kind: 'cost', goneIndexes: [], before: fmtCost(b.cost), after: fmtCost(a.cost) });
  return out;
}

export { fmtCost };
