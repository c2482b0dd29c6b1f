/**
 * Is an expression volatile, as PostgreSQL's contain_volatile_functions would say after
 * expression_planner (src/backend/optimizer/util/clauses.c)? Built-in functions, operators and
 * casts take their volatility from PostgreSQL's catalogs (pg-facts.json: pg_proc.provolatile,
 * the operator's oprcode, the cast's castfunc or the types' I/O functions); user functions from
 * the replayed CREATE / ALTER FUNCTION (catalog/functions.ts), LANGUAGE sql ones that PostgreSQL
 * inlines from their body. Where the overloads a call could resolve to disagree, or a function
 * or operator is unknown, the answer is "may", never "volatile".
 *
 * Arguments are typed only where the raw parse tree says so (literals and casts); PostgreSQL's
 * overload resolution is not redone.
 */
import type { Node } from '@pgsql/types';
import type { AstNode } from '../../parse/parser.js';
import { nameListKey } from '../ast.js';
import { inlinable, type FunctionFacts } from './functions.js';
import { builtinFunctions, builtinOperators, castFact, castsTo, typeFact, typnameOf, type Overload, type Volatility } from './pg-facts.js';

export interface VolatilePart {
  /** volatile: PostgreSQL will find the expression volatile; may: some reading of it is. */
  certainty: 'volatile' | 'may';
  /** The node to point at. */
  node: { location?: number };
  /** What is (or may be) volatile: "gen_random_uuid()", "operator +", "the cast to text". */
  what: string;
  /** Why, in a few words: "is VOLATILE", "is not known to be STABLE or IMMUTABLE" … */
  reason: string;
}

/** Looks up a user function by catalog key ("public.f"). */
export type FunctionLookup = (key: string) => { overloads: Map<string, FunctionFacts> } | undefined;

const named = (list: unknown): string[] => ((list ?? []) as Node[]).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));

/** The type of an argument when the raw tree says it: literals and casts; 'unknown' for a string literal. */
function argType(e: AstNode | undefined): string | undefined {
  const c = e?.['A_Const'] as AstNode | undefined;
  if (c) {
    if (c['isnull'] || 'sval' in c) return 'unknown';
    if ('ival' in c) return 'int4';
    if ('fval' in c) return 'numeric';
    if ('boolval' in c) return 'bool';
    if ('bsval' in c) return 'bit';
  }
  const cast = e?.['TypeCast'] as AstNode | undefined;
  return cast ? typnameOf(cast['typeName']) : undefined;
}

/** The volatilities of the overloads the call can resolve to (by arity, then by the argument types known). */
function candidates(all: Overload[], args: Array<AstNode | undefined>): Set<Volatility> {
  const byArity = all.filter((o) => o.args.length === args.length);
  let pool = byArity.length ? byArity : all;
  const types = args.map(argType);
  const typed = pool.filter((o) => types.every((t, i) => t === undefined || t === 'unknown' || o.args[i] === undefined || o.args[i] === t || o.args[i]!.startsWith('any')));
  if (typed.length) pool = typed;
  return new Set(pool.map((o) => o.volatility));
}

function verdict(vols: Set<Volatility>, node: AstNode, what: string): VolatilePart | undefined {
  if (!vols.has('v')) return undefined;
  if (vols.size === 1) return { certainty: 'volatile', node, what, reason: 'is VOLATILE' };
  return { certainty: 'may', node, what, reason: 'has VOLATILE and non-volatile overloads, and which one applies is not known here' };
}

class Walker {
  private first: VolatilePart | undefined;
  constructor(
    private readonly lookup: FunctionLookup,
    private readonly depth = 0,
  ) {}

  result(): VolatilePart | undefined {
    return this.first;
  }

  private found(part: VolatilePart | undefined): boolean {
    if (!part) return false;
    if (!this.first || (this.first.certainty === 'may' && part.certainty === 'volatile')) this.first = part;
    return part.certainty === 'volatile';
  }

  /** Walks the tree; stops at the first part that is certainly volatile. */
  walk(tree: unknown): boolean {
    if (Array.isArray(tree)) return tree.some((t) => this.walk(t));
    if (!tree || typeof tree !== 'object') return false;
    const node = tree as AstNode;
    if (node['FuncCall'] && (this.walk(node['FuncCall']['args']) || this.found(this.call(node['FuncCall'])))) return true;
    if (node['A_Expr'] && this.found(this.operator(node['A_Expr']))) return true;
    if (node['TypeCast'] && this.found(this.cast(node['TypeCast']))) return true;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'FuncCall' ? this.walk((v as AstNode)['agg_filter']) : v && typeof v === 'object' && this.walk(v)) return true;
    }
    return false;
  }

  private call(call: AstNode): VolatilePart | undefined {
    const names = named(call['funcname']);
    const name = names[names.length - 1] ?? '?';
    const builtin = names.length === 1 || names[0] === 'pg_catalog';
    const what = `${names.filter((n) => n !== 'pg_catalog').join('.')}()`;
    const args = (call['args'] ?? []) as AstNode[];
    const vols = new Set<Volatility>();
    let user: VolatilePart | undefined;
    const key = nameListKey(call['funcname']);
    const fn = key && names[0] !== 'pg_catalog' ? this.lookup(key) : undefined;
    if (fn) {
      // The overloads with as many arguments as the call (all of them when none has).
      const all = [...fn.overloads].map(([sig, facts]) => ({ n: sig === '' ? 0 : sig.split(',').length, facts }));
      const fit = all.filter((o) => o.n === args.length);
      const parts = (fit.length ? fit : all).map((o) => this.userFunction(o.facts, call, what));
      const volatile = parts.filter((p) => p?.certainty === 'volatile');
      user = volatile.length === parts.length ? volatile[0] : parts.find((p) => p !== undefined);
      if (user && volatile.length !== parts.length) user = { ...user, certainty: 'may', reason: parts.length > 1 ? 'has overloads of different volatility, and which one applies is not known here' : user.reason };
      // Shadowing a built-in of the same name: which one is called is not resolved here.
      vols.add(user ? 'v' : 'i');
    }
    // A schema-qualified call may name a contrib extension's function (public.uuid_generate_v4()).
    const builtins = builtin ? builtinFunctions(name) : fn ? [] : builtinFunctions(name, true);
    if (builtins.length) for (const v of candidates(builtins, args)) vols.add(v);
    if (!fn && !builtins.length) return { certainty: 'may', node: call, what, reason: 'is not known to be STABLE or IMMUTABLE' };
    if (fn && !builtins.length) return user;
    return verdict(vols, call, what);
  }

  /** A user function: its declared volatility, or for an inlinable VOLATILE SQL function, its body's. */
  private userFunction(facts: FunctionFacts, call: AstNode, what: string): VolatilePart | undefined {
    if (facts.volatility !== 'v') return undefined;
    if (inlinable(facts) && this.depth < 8) {
      const body = new Walker(this.lookup, this.depth + 1);
      body.walk(facts.bodyExpression);
      const inner = body.result();
      if (!inner) return undefined;
      return { certainty: inner.certainty, node: call, what, reason: `is a LANGUAGE sql function PostgreSQL inlines, and its body's ${inner.what} ${inner.reason}` };
    }
    return { certainty: 'volatile', node: call, what, reason: 'is declared VOLATILE (the default of CREATE FUNCTION)' };
  }

  private operator(e: AstNode): VolatilePart | undefined {
    const kind = String(e['kind']);
    const name = named(e['name']).at(-1) ?? '?';
    const ops = kind.startsWith('AEXPR_BETWEEN') || kind.startsWith('AEXPR_NOT_BETWEEN') ? ['>=', '<='] : kind === 'AEXPR_DISTINCT' || kind === 'AEXPR_NOT_DISTINCT' || kind === 'AEXPR_NULLIF' ? ['='] : [name];
    const right = kind === 'AEXPR_OP' ? (e['rexpr'] as AstNode | undefined) : undefined;
    for (const op of ops) {
      const all = builtinOperators(op).filter((o) => (o.args[0] === '') === (e['lexpr'] === undefined));
      if (all.length === 0) return { certainty: 'may', node: e, what: `operator ${op}`, reason: 'is not a built-in operator, so its volatility is not known here' };
      const part = verdict(candidates(all, [e['lexpr'], right]), e, `operator ${op}`);
      if (part) return part;
    }
    return undefined;
  }

  private cast(c: AstNode): VolatilePart | undefined {
    const arg = c['arg'] as AstNode | undefined;
    // A literal is converted by the type's input function while parsing: a constant.
    if (!arg || arg['A_Const']) return undefined;
    const target = typnameOf(c['typeName']);
    const to = target ? typeFact(target) : undefined;
    if (!target || !to) return undefined; // a user type: its casts are not tracked; say nothing
    const what = `the cast to ${named(c['typeName']?.['names']).filter((n) => n !== 'pg_catalog').join('.')}`;
    const source = argType(arg);
    const vols = new Set<Volatility>();
    if (source && source !== 'unknown') {
      if (source === target) return undefined;
      const fact = castFact(source, target);
      if (fact) vols.add(fact.volatility ?? 'i');
      else vols.add(maxVolatility(typeFact(source)?.output ?? 'i', to.input)); // CoerceViaIO
    } else {
      for (const f of castsTo(target)) vols.add(f.volatility ?? 'i');
      vols.add(to.input);
    }
    return verdict(vols, c, what);
  }
}

function maxVolatility(a: Volatility, b: Volatility): Volatility {
  return a === 'v' || b === 'v' ? 'v' : a === 's' || b === 's' ? 's' : 'i';
}

/** The first part of the expression that is (or, failing that, may be) volatile; undefined when none. */
export function volatilePart(expr: unknown, lookup: FunctionLookup): VolatilePart | undefined {
  const w = new Walker(lookup);
  w.walk(expr);
  return w.result();
}
