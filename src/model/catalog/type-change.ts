/**
 * What ALTER TABLE … ALTER COLUMN … TYPE does to the table and its indexes, from PostgreSQL's
 * facts (pg-facts.json) rather than a list of pairs:
 *
 * - ATColumnChangeRequiresRewrite (src/backend/commands/tablecmds.c): no rewrite when the
 *   conversion is only a relabeling — a binary-coercible cast (pg_cast.castmethod 'b') — or a
 *   length coercion whose support function says it changes nothing (varchar_support,
 *   numeric_support, timestamp_support, time_support, varbit_support: a larger or removed limit;
 *   numeric keeps its scale); timestamp ↔ timestamptz only when the session TimeZone is UTC.
 *   A domain with constraints is checked row by row: a rewrite; one without behaves as its base.
 * - CheckIndexCompatible (src/backend/commands/indexcmds.c): an index on the column is kept only
 *   when the new type's default operator class is the old one; otherwise the index is rebuilt
 *   even though the table is not. It compares the collations too: a COLLATE other than the
 *   column's current one rebuilds the indexes on the column, while the table is rewritten only if
 *   the type change itself needs it (varchar(20) → varchar(50) COLLATE "C": indexes only).
 *
 * Measured pair by pair on PostgreSQL 15 and PGlite 18: test/db/type-change-facts.test.ts.
 */
import type { TypeName } from '@pgsql/types';
import type { DomainFacts } from './domains.js';
import { castFact, typeFact, typnameOf } from './pg-facts.js';

export interface ColumnType {
  /** pg_type.typname (element type for arrays), or a user type's catalog key. */
  typname: string;
  mods: number[];
  array: boolean;
}

export type TypeChange =
  | { kind: 'none' }
  /** from/to: the operator classes when they differ; collation: a COLLATE the change names. */
  | { kind: 'indexes'; from?: string; to?: string; collation?: string }
  | { kind: 'rewrite'; domain?: string }
  | { kind: 'time zone' };

/** format_type names back to pg_type.typname. */
const TYPNAMES: Record<string, string> = {
  integer: 'int4', bigint: 'int8', smallint: 'int2', real: 'float4', 'double precision': 'float8', boolean: 'bool',
  'character varying': 'varchar', character: 'bpchar', 'bit varying': 'varbit',
  'timestamp with time zone': 'timestamptz', 'timestamp without time zone': 'timestamp',
  'time with time zone': 'timetz', 'time without time zone': 'time',
};

/** A catalog column type ("character varying(20)", "timestamp(3) with time zone", "integer[]", "zone_code"). */
export function parseColumnType(text: string): ColumnType {
  const array = text.endsWith('[]');
  const bare = text.replace(/(\[\])+$/, '');
  const m = /^([^(]*)\(([\d,]+)\)(.*)$/.exec(bare);
  const base = m ? `${m[1]}${m[3]}`.trim() : bare;
  return { typname: TYPNAMES[base] ?? base, mods: m ? m[2]!.split(',').map(Number) : [], array };
}

/** The same from a TypeName node. */
export function columnTypeOf(t: TypeName): ColumnType {
  const name = typnameOf(t as Record<string, unknown>) ?? '?';
  const mods = (t.typmods ?? []).map((m) => Number(('A_Const' in m ? (m.A_Const.ival as { ival?: number } | undefined)?.ival : undefined) ?? 0));
  return { typname: name.replace(/^_/, ''), mods, array: name.startsWith('_') };
}

/** Types whose length coercion has a support function that makes a larger limit a no-op. */
const GROWS = new Set(['varchar', 'varbit', 'timestamp', 'timestamptz', 'time', 'timetz']);

/** Looks up a domain by the type's name as written in the column ("zone_code", "app.code"). */
export type DomainLookup = (name: string) => { facts: DomainFacts; name: string } | undefined;

/** A domain stands for its base type; when asked, one with constraints stops the search (its values are checked). */
function resolve(t: ColumnType, domains: DomainLookup, stopAtConstraints: boolean): { type: ColumnType; constrained?: string } {
  for (let hops = 0; hops < 16 && !t.array; hops++) {
    const d = domains(t.typname);
    if (!d) break;
    if (stopAtConstraints && d.facts.constraints.size) return { type: t, constrained: d.name };
    t = columnTypeOf(d.facts.base);
  }
  return { type: t };
}

/** What changing a column from one type to the other does (without USING, COLLATE). */
export function typeChange(fromType: ColumnType, toType: ColumnType, domains: DomainLookup): TypeChange {
  const to = resolve(toType, domains, true);
  if (to.constrained) return { kind: 'rewrite', domain: to.constrained };
  const from = resolve(fromType, domains, false).type;
  const t = to.type;
  const same = from.typname === t.typname && from.array === t.array;
  if (same && from.mods.join() === t.mods.join()) return { kind: 'none' };
  // Arrays are converted element by element (ArrayCoerceExpr): always a rewrite.
  if (from.array || t.array) return { kind: 'rewrite' };
  if (same) {
    if (t.mods.length === 0) return GROWS.has(from.typname) || from.typname === 'numeric' ? { kind: 'none' } : { kind: 'rewrite' };
    if (from.mods.length === 0) return { kind: 'rewrite' };
    if (from.typname === 'numeric') return (from.mods[1] ?? 0) === (t.mods[1] ?? 0) && t.mods[0]! >= from.mods[0]! ? { kind: 'none' } : { kind: 'rewrite' };
    return GROWS.has(from.typname) && t.mods[0]! >= from.mods[0]! ? { kind: 'none' } : { kind: 'rewrite' };
  }
  const tz = ['timestamp', 'timestamptz'];
  if (tz.includes(from.typname) && tz.includes(t.typname)) return { kind: 'time zone' };
  const cast = castFact(from.typname, t.typname);
  // A relabeling, unless a new length limit must be applied to every value.
  if (cast?.method !== 'b' || t.mods.length) return { kind: 'rewrite' };
  const a = typeFact(from.typname)?.btreeOpclass;
  const b = typeFact(t.typname)?.btreeOpclass;
  return a === b ? { kind: 'none' } : { kind: 'indexes', from: a ?? 'none', to: b ?? 'none' };
}

/**
 * The same change with a COLLATE clause (`collation` as written, e.g. "C"): the indexes on the
 * column are rebuilt as well, unless the table is rewritten anyway. The catalog does not track a
 * column's current collation, so any COLLATE counts as a new one (naming the current collation
 * again rebuilds nothing).
 */
export function withCollation(change: TypeChange, collation: string | undefined): TypeChange {
  if (collation === undefined) return change;
  if (change.kind === 'none') return { kind: 'indexes', collation };
  if (change.kind === 'indexes') return { ...change, collation };
  return change;
}
