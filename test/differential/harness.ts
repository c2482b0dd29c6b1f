/**
 * Runs one form on a database and records what PostgreSQL did; reads what lint's messages claim
 * about the same form; compares the two.
 *
 * Observed, on the form's table (and its indexes, and every other user relation it locked):
 * - rewrite: pg_class.relfilenode of the table changed (a new heap file: ATRewriteTable,
 *   cluster.c's finish_heap_swap); index rebuild: an index of the same name has a new relfilenode;
 * - locks: pg_locks of the session's own backend (pg_backend_pid(), PGlite's only session) inside
 *   the transaction, after the form, before ROLLBACK;
 * - scan: pg_stat_user_tables.seq_scan went up. Every heap scan begun with SO_TYPE_SEQSCAN counts
 *   (heapam.c initscan → pgstat_count_heap_scan): a query's seq scan, ALTER TABLE's verification
 *   scan (ATRewriteTable), an index build's table scan. Counts of a rolled-back transaction are
 *   kept; pg_stat_force_next_flush() (PostgreSQL 15+) makes the backend publish them when idle.
 */
import { asDbError, type Db } from '../../src/db/engine.js';
import { LOCK_MODES, lockModeName, type LockMode } from '../../src/check/locks.js';
import { REWRITE_CLAIM } from '../../src/check/run.js';
import type { Finding } from '../../src/lint/types.js';
import type { Form } from './forms.js';

export interface Observation {
  /** PostgreSQL refused the form: its SQLSTATE and message. */
  error?: { code: string; message: string };
  rewrite: boolean;
  /** Indexes of the table (by name) that got a new relfilenode. */
  rebuilt: string[];
  /** The form's table. */
  table: string;
  /** Its indexes before the form. */
  indexes: string[];
  /**
   * Lock modes held, by relation name (the table, its indexes, a referenced table; an oid for a
   * relation the form dropped); undefined when not observable (autocommit form, error).
   */
  locks?: Map<string, LockMode[]>;
  /** seq_scan increments on the table. */
  scans: number;
}

interface RelRow {
  name: string;
  kind: string;
  node: string;
}

const strength = (m: LockMode) => LOCK_MODES.indexOf(m);
const strongest = (modes: LockMode[]) => [...modes].sort((a, b) => strength(b) - strength(a))[0];

async function relfilenodes(db: Db, oid: string): Promise<Map<string, string>> {
  const r = await db.query<RelRow>(
    `SELECT c.relname::text AS name, c.relkind::text AS kind, c.relfilenode::text AS node FROM pg_catalog.pg_class c
      WHERE c.oid = $1::oid OR c.oid IN (SELECT indexrelid FROM pg_catalog.pg_index WHERE indrelid = $1::oid)`,
    [oid],
  );
  return new Map(r.rows.map((x) => [x.kind === 'i' ? x.name : '', x.node]));
}

async function seqScans(db: Db, oid: string): Promise<number> {
  await db.query('SELECT pg_catalog.pg_stat_force_next_flush()');
  const r = await db.query<{ n: number }>('SELECT seq_scan::integer AS n FROM pg_catalog.pg_stat_user_tables WHERE relid = $1::oid', [oid]);
  return Number(r.rows[0]?.n ?? 0);
}

/** Modes held by this session, by relation name; the form's table under its name before the form (a RENAME keeps its oid). */
async function locks(db: Db, oid: string, table: string): Promise<Map<string, LockMode[]>> {
  const r = await db.query<{ rel: string; mode: string }>(
    `SELECT CASE WHEN l.relation = $1::oid THEN $2 ELSE coalesce(c.relname::text, l.relation::text) END AS rel, l.mode
       FROM pg_catalog.pg_locks l
       LEFT JOIN pg_catalog.pg_class c ON c.oid = l.relation
       LEFT JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
      WHERE l.locktype = 'relation' AND l.granted AND l.pid = pg_catalog.pg_backend_pid()
        AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())
        AND (s.nspname IS NULL OR s.nspname NOT IN ('pg_catalog', 'pg_toast', 'information_schema'))`,
    [oid, table],
  );
  const held = new Map<string, LockMode[]>();
  for (const { rel, mode } of r.rows) {
    const m = lockModeName(mode);
    if (m && !held.get(rel)?.includes(m)) held.set(rel, [...(held.get(rel) ?? []), m]);
  }
  return held;
}

/** Tables, columns, constraints and indexes: what a form must leave as it found it. */
export async function fingerprint(db: Db): Promise<string> {
  const r = await db.query<{ f: string }>(
    `SELECT string_agg(x, E'\\n' ORDER BY x) AS f FROM (
       SELECT c.relname || ' ' || c.relpersistence::text || ' ' || coalesce(array_to_string(c.reloptions, ','), '') AS x
         FROM pg_catalog.pg_class c WHERE c.relnamespace = 'public'::regnamespace
       UNION ALL
       SELECT a.attrelid::regclass::text || '.' || a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod) || ' '
              || a.attnotnull || ' ' || a.attidentity::text || ' ' || coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid), '')
         FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
         LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
       UNION ALL
       SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_catalog.pg_get_constraintdef(oid) || ' ' || convalidated
         FROM pg_catalog.pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
       UNION ALL
       SELECT pg_catalog.pg_get_indexdef(indexrelid) || ' ' || indisvalid FROM pg_catalog.pg_index i
         JOIN pg_catalog.pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = 'public'::regnamespace) q`,
  );
  return r.rows[0]!.f;
}

/**
 * Runs the form: its setup migrations committed, then the form inside BEGIN … ROLLBACK (alone
 * when it cannot run in a transaction block), then its teardown.
 */
export async function observe(db: Db, form: Form): Promise<Observation> {
  const table = form.table ?? 't';
  for (const s of form.setup ?? []) await db.exec(s);
  const oid = (await db.query<{ oid: string }>('SELECT $1::regclass::oid::text AS oid', [table])).rows[0]!.oid;
  const before = await relfilenodes(db, oid);
  const scansBefore = await seqScans(db, oid);
  const obs: Observation = { table, indexes: [...before.keys()].filter(Boolean), rewrite: false, rebuilt: [], scans: 0 };
  const compare = (after: Map<string, string>) => {
    obs.rewrite = after.get('') !== before.get('');
    obs.rebuilt = [...before].filter(([name, node]) => name && after.has(name) && after.get(name) !== node).map(([name]) => name);
  };
  /** Runs statements of the migration; false (and obs.error) when PostgreSQL refuses them. */
  const run = async (sql: string): Promise<boolean> => {
    try {
      await db.exec(sql);
      return true;
    } catch (e) {
      const err = asDbError(e);
      if (!err) throw e;
      obs.error = { code: err.code ?? '?', message: err.message };
      return false;
    }
  };
  if (form.autocommit) {
    if (await run(form.sql)) compare(await relfilenodes(db, oid));
  } else {
    await db.exec('BEGIN');
    try {
      if ((!form.pre || (await run(form.pre))) && (await run(form.sql))) {
        obs.locks = await locks(db, oid, table);
        compare(await relfilenodes(db, oid));
      }
    } finally {
      await db.exec('ROLLBACK');
    }
  }
  obs.scans = (await seqScans(db, oid)) - scansBefore;
  if (form.teardown) await db.exec(form.teardown);
  return obs;
}

/** What one finding's message says PostgreSQL does. */
export interface Claims {
  rule: string;
  message: string;
  rewrite: boolean;
  /**
   * The rewrite is claimed on a condition lint cannot know (timestamp ↔ timestamptz: "unless the
   * session TimeZone is UTC"): either outcome is consistent with it, the index rebuild included.
   */
  conditional: boolean;
  indexRebuild: boolean;
  scan: boolean;
  failure: boolean;
  locks: LockMode[];
}

const MODE_WORDS = new RegExp(`\\b(${[...LOCK_MODES].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

export function claimsOf(f: Finding): Claims {
  const m = f.message;
  return {
    rule: f.rule,
    message: m,
    rewrite: REWRITE_CLAIM.test(m),
    conditional: /\bunless the session TimeZone is UTC\b/.test(m),
    indexRebuild: /\bindexes are rebuilt\b|\bwhile it rebuilds\b|\brebuilds the indexes\b/.test(m),
    scan: /\bscans\b|\bscanned\b|\bvalidation scan\b|\bchecks every\b|\bfor every row\b/.test(m),
    failure: /\bPostgreSQL rejects\b|\bthen fails\b|\bthe migration fails\b/.test(m),
    locks: [...new Set([...m.matchAll(MODE_WORDS)].map((x) => x[1] as LockMode))],
  };
}

export type Outcome = 'agree' | 'disagree' | 'n/a';

export interface Judgement {
  outcome: Outcome;
  /** Why not "agree": each difference between lint's claims and the observation. */
  reasons: string[];
}

/**
 * What this test compares are claims about locks, rewrites, index rebuilds and scans. A statement
 * that fails on the populated table — an integrity violation (class 23: `ADD COLUMN x int
 * DEFAULT 1 UNIQUE` meets 2,000 rows), a data exception (class 22), a refusal — is compared only
 * when lint predicts the failure (then it must happen); otherwise it is not comparable, and the
 * table shows PostgreSQL's error.
 */
/** `generated`: a form of the DIFF_FORMS matrix, whose failures come from the rows it happens to meet (not comparable). */
export function judge(claims: Claims[], obs: Observation, generated = false): Judgement {
  const reasons: string[] = [];
  const by = (pick: (c: Claims) => boolean) => claims.filter(pick).map((c) => c.rule).join(', ');
  const failing = by((c) => c.failure);
  if (obs.error) {
    if (failing) return { outcome: 'agree', reasons: [] };
    return { outcome: 'n/a', reasons: [`PostgreSQL failed (${obs.error.code} ${obs.error.message})${generated ? ' on the rows this generated form met' : ''}`] };
  }
  if (failing) reasons.push(`${failing} says PostgreSQL fails; it applied the statement`);
  const rewriting = by((c) => c.rewrite && !c.conditional);
  const mayRewrite = by((c) => c.rewrite && c.conditional);
  if (rewriting && !obs.rewrite) reasons.push(`${rewriting} says the table is rewritten; its relfilenode did not change`);
  if (!rewriting && !mayRewrite && obs.rewrite) reasons.push('the table was rewritten (new relfilenode); no finding says so');
  const rebuilding = by((c) => c.indexRebuild && !c.conditional);
  if (rebuilding && !obs.rebuilt.length && !obs.rewrite) reasons.push(`${rebuilding} says indexes are rebuilt; none got a new relfilenode`);
  const tableModes = obs.locks?.get(obs.table) ?? [];
  const blocking = tableModes.some((m) => strength(m) >= strength('SHARE'));
  if (obs.rebuilt.length && blocking && !rewriting && !mayRewrite && !by((c) => c.indexRebuild)) {
    reasons.push(`index${obs.rebuilt.length > 1 ? 'es' : ''} ${obs.rebuilt.join(', ')} rebuilt under a blocking lock; no finding says so`);
  }
  const scanning = by((c) => c.scan);
  if (scanning && obs.scans === 0 && !obs.rewrite) reasons.push(`${scanning} says the table is scanned; seq_scan did not move`);
  let unobservable = false;
  for (const c of claims.filter((x) => x.locks.length)) {
    const held = obs.locks;
    if (!held) {
      unobservable = true;
      continue;
    }
    // A mode must be held on a relation the message is about: the form's table, one it names, its indexes if it speaks of them.
    const indexes = /\bindex(es)?\b/.test(c.message);
    const about = [...held.keys()].filter((rel) => rel === obs.table || (indexes && obs.indexes.includes(rel)) || new RegExp(`(^|[^\\w])${rel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`).test(c.message));
    const missing = c.locks.filter((m) => !about.some((rel) => held.get(rel)!.includes(m)));
    const top = strongest(tableModes);
    if (missing.length) {
      reasons.push(`${c.rule} names ${missing.join(', ')}; held: ${about.map((rel) => `${held.get(rel)!.join('+')} on ${rel}`).join(', ') || 'nothing'}`);
    } else if (top && c.locks.every((m) => strength(m) < strength(top))) {
      reasons.push(`${c.rule} names ${c.locks.join(', ')}; ${obs.table} was held in ${top}`);
    }
  }
  if (reasons.length) return { outcome: 'disagree', reasons };
  if (unobservable && !claims.some((c) => c.rewrite || c.scan || c.indexRebuild || c.failure)) {
    return { outcome: 'n/a', reasons: ['locks not observable outside a transaction block'] };
  }
  return { outcome: 'agree', reasons: [] };
}

export function describeObservation(obs: Observation): string {
  if (obs.error) return `error ${obs.error.code}`;
  const parts: string[] = [];
  if (obs.rewrite) parts.push('rewrite');
  if (obs.rebuilt.length) parts.push(`rebuilt ${obs.rebuilt.join('+')}`);
  if (!obs.locks) parts.push('lock n/a');
  else {
    const top = strongest(obs.locks.get(obs.table) ?? []);
    parts.push(top ?? 'no lock');
    // Relations held more strongly than the table (the indexes of a REINDEX).
    for (const [rel, modes] of obs.locks) {
      const m = strongest(modes)!;
      if (rel !== obs.table && (!top || strength(m) > strength(top))) parts.push(`${m} on ${rel}`);
    }
  }
  if (obs.scans) parts.push(`scan×${obs.scans}`);
  return parts.join(', ');
}

export function describeClaims(claims: Claims[]): string {
  if (!claims.length) return 'quiet';
  return claims
    .map((c) => {
      const said = [c.rewrite && 'rewrite', c.indexRebuild && 'index rebuild', c.scan && 'scan', c.failure && 'fails', ...c.locks].filter(Boolean);
      return said.length ? `${c.rule} (${said.join(', ')})` : c.rule;
    })
    .join('; ');
}
