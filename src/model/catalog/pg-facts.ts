/**
 * What PostgreSQL's own catalogs say about its built-in objects and those of the contrib
 * extensions PGlite ships: pg-facts.json, generated from embedded PostgreSQL 18 by
 * scripts/gen-pg-facts.mjs (the shapes are described there; test/model/pg-facts.test.ts
 * regenerates it and fails on any difference).
 */
import raw from './pg-facts.json' with { type: 'json' };

/** pg_proc.provolatile: immutable, stable, volatile. */
export type Volatility = 'i' | 's' | 'v';

interface FactSet {
  functions: Record<string, Record<string, string>>;
  operators: Record<string, Record<string, string>>;
  casts: Record<string, string>;
  types: Record<string, [string, string, number, string, string, string]>;
}

interface PgFacts extends FactSet {
  postgres: number;
  extensions: Record<string, FactSet>;
}

const facts = raw as unknown as PgFacts;
const sets: FactSet[] = [facts, ...Object.values(facts.extensions)];

/** The PostgreSQL version the facts come from (server_version_num). */
export const FACTS_VERSION = facts.postgres;

/** One overload: argument types (pg_type.typname) and volatility. */
export interface Overload {
  args: string[];
  volatility: Volatility;
}

function overloads(kind: 'functions' | 'operators', name: string, extensionsOnly = false): Overload[] {
  const out: Overload[] = [];
  for (const s of extensionsOnly ? sets.slice(1) : sets) {
    const byArgs = Object.hasOwn(s[kind], name) ? s[kind][name] : undefined;
    for (const [args, vol] of Object.entries(byArgs ?? {})) {
      out.push({ args: kind === 'operators' ? args.split(',') : args === '' ? [] : args.split(','), volatility: (vol || 'i') as Volatility });
    }
  }
  return out;
}

/**
 * Built-in (and contrib) functions of that name (pg_proc, prokind 'f'); [] when none. With
 * extensionsOnly, only the contrib extensions' (which live in whatever schema CREATE EXTENSION chose).
 */
export function builtinFunctions(name: string, extensionsOnly = false): Overload[] {
  return overloads('functions', name, extensionsOnly);
}

/** Built-in operators of that name: args are [left, right], "" for a prefix operator's left side. */
export function builtinOperators(name: string): Overload[] {
  return overloads('operators', name);
}

/** A pg_cast row: castmethod ('f' function, 'b' binary-coercible, 'i' I/O) and the function's volatility. */
export interface CastFact {
  method: 'f' | 'b' | 'i';
  volatility?: Volatility;
}

export function castFact(source: string, target: string): CastFact | undefined {
  for (const s of sets) {
    const f = s.casts[`${source},${target}`];
    if (f) return { method: f[0] as CastFact['method'], volatility: (f[1] as Volatility | undefined) || undefined };
  }
  return undefined;
}

/** Every pg_cast row whose target is this type. */
export function castsTo(target: string): CastFact[] {
  const out: CastFact[] = [];
  for (const s of sets) {
    for (const [key, f] of Object.entries(s.casts)) {
      if (key.slice(key.indexOf(',') + 1) === target) out.push({ method: f[0] as CastFact['method'], volatility: (f[1] as Volatility | undefined) || undefined });
    }
  }
  return out;
}

/** pg_type facts. */
export interface TypeFact {
  /** typtype: b base, c composite, d domain, e enum, p pseudo, r range, m multirange. */
  typtype: string;
  /** typcategory: N numeric, S string, D date/time, A array … */
  category: string;
  /** typlen (-1 varlena). */
  length: number;
  /** For domains: the base type. */
  base?: string;
  /** Volatility of the type's input and output functions (an I/O cast calls them). */
  input: Volatility;
  output: Volatility;
  /** The default btree operator class (GetDefaultOpClass), if any. */
  btreeOpclass?: string;
}

export function typeFact(name: string): TypeFact | undefined {
  for (const s of sets) {
    const t = Object.hasOwn(s.types, name) ? s.types[name] : undefined;
    if (t) {
      const [typtype, category, length, base, io, btree] = t;
      return { typtype, category, length, base: base || undefined, input: (io[0] ?? 'v') as Volatility, output: (io[1] ?? 'v') as Volatility, btreeOpclass: btree || undefined };
    }
  }
  return undefined;
}

/** The extensions whose objects the facts hold. */
export function factExtensions(): string[] {
  return Object.keys(facts.extensions);
}

/** pg_type.typname of a TypeName node: int4, varchar, _text (text[]); user types by their last name. */
export function typnameOf(t: Record<string, any> | undefined): string | undefined {
  const names = ((t?.['names'] ?? []) as Array<{ String?: { sval?: string } }>).map((n) => n.String?.sval ?? '');
  const last = names[names.length - 1];
  if (!last) return undefined;
  const base = ALIASES[last] && (names.length === 1 || names[0] === 'pg_catalog') ? ALIASES[last] : last;
  return t?.['arrayBounds'] ? `_${base}` : base;
}

/** Type names PostgreSQL accepts that are not pg_type.typname (parser.c leaves few of them). */
const ALIASES: Record<string, string> = { int: 'int4', integer: 'int4', smallint: 'int2', bigint: 'int8', real: 'float4', decimal: 'numeric', boolean: 'bool' };

