/**
 * User functions as the replayed history declares them: their volatility (CREATE [OR REPLACE]
 * FUNCTION, default VOLATILE; ALTER FUNCTION … IMMUTABLE | STABLE | VOLATILE) and what decides
 * whether PostgreSQL may inline a LANGUAGE sql function into the expression that calls it
 * (inline_function in src/backend/optimizer/util/clauses.c). ALTER TABLE … ADD COLUMN plans its
 * default with expression_planner, which inlines: a VOLATILE `SELECT 7` function is replaced by 7
 * and the table is not rewritten (measured on PostgreSQL 15 and PGlite 18, test/rules/volatile-default.test.ts).
 */
import type { Node } from '@pgsql/types';
import type { AstNode, SqlStatement } from '../../parse/parser.js';
import { typnameOf, type Volatility } from './pg-facts.js';

export interface FunctionFacts {
  /** pg_proc.provolatile as declared; VOLATILE unless the statement says otherwise. */
  volatility: Volatility;
  language?: string;
  securityDefiner: boolean;
  strict: boolean;
  /** Has SET configuration_parameter (proconfig). */
  hasConfig: boolean;
  /** Returns SETOF. */
  returnsSet: boolean;
  /** For LANGUAGE sql: the single expression of `SELECT expr` or `RETURN expr`, when the body is only that. */
  bodyExpression?: AstNode;
}

const VOLATILITY: Record<string, Volatility> = { immutable: 'i', stable: 's', volatile: 'v' };

function defElems(options: unknown): Array<{ name: string; arg: AstNode | undefined }> {
  return ((options ?? []) as Node[]).flatMap((o) => ('DefElem' in o ? [{ name: String(o.DefElem.defname), arg: o.DefElem.arg as AstNode | undefined }] : []));
}

/** Applies CREATE FUNCTION options or ALTER FUNCTION actions to the facts. */
function applyOptions(facts: FunctionFacts, options: unknown): void {
  for (const { name, arg } of defElems(options)) {
    if (name === 'volatility') facts.volatility = VOLATILITY[String(arg?.['String']?.['sval'])] ?? facts.volatility;
    else if (name === 'language') facts.language = String(arg?.['String']?.['sval'] ?? '').toLowerCase();
    else if (name === 'security') facts.securityDefiner = arg?.['Boolean']?.['boolval'] === true;
    else if (name === 'strict') facts.strict = arg?.['Boolean']?.['boolval'] === true;
    else if (name === 'set') facts.hasConfig = arg?.['VariableSetStmt']?.['kind'] !== 'VAR_RESET_ALL' && arg?.['VariableSetStmt']?.['kind'] !== 'VAR_RESET' ? true : facts.hasConfig;
    else if (name === 'reset') facts.hasConfig = false;
  }
}

/** The one expression of a body that is only `SELECT expr` (no FROM, WHERE …) or `RETURN expr`. */
function singleExpression(stmt: SqlStatement): AstNode | undefined {
  const n = stmt.node;
  const ret = n['sql_body']?.['ReturnStmt']?.['returnval'] as AstNode | undefined;
  if (ret) return ret;
  if (stmt.nested.length !== 1) return undefined;
  const body = stmt.nested[0]!;
  if (body.kind !== 'SelectStmt') return undefined;
  const s = body.node;
  const clauses = ['fromClause', 'whereClause', 'groupClause', 'havingClause', 'windowClause', 'sortClause', 'limitCount', 'limitOffset', 'distinctClause', 'withClause', 'valuesLists', 'intoClause', 'larg', 'lockingClause'];
  if (clauses.some((c) => s[c] !== undefined)) return undefined;
  const targets = (s['targetList'] ?? []) as Node[];
  if (targets.length !== 1) return undefined;
  const t = targets[0]!;
  return 'ResTarget' in t ? (t.ResTarget.val as AstNode | undefined) : undefined;
}

/** The facts a CREATE [OR REPLACE] FUNCTION declares. */
export function functionFacts(stmt: SqlStatement): FunctionFacts {
  const facts: FunctionFacts = { volatility: 'v', securityDefiner: false, strict: false, hasConfig: false, returnsSet: stmt.node['returnType']?.['setof'] === true };
  applyOptions(facts, stmt.node['options']);
  if (facts.language === 'sql' || stmt.node['sql_body']) facts.bodyExpression = singleExpression(stmt);
  return facts;
}

/** The input argument types of CREATE FUNCTION ("int4,text"): an overload's identity (OUT and TABLE columns excluded). */
export function createSignature(stmt: SqlStatement): string {
  return ((stmt.node['parameters'] ?? []) as Node[])
    .flatMap((p) => ('FunctionParameter' in p && !['FUNC_PARAM_OUT', 'FUNC_PARAM_TABLE'].includes(String(p.FunctionParameter.mode)) ? [typnameOf(p.FunctionParameter.argType as AstNode) ?? '?'] : []))
    .join(',');
}

/** The overload ALTER FUNCTION names ("int4,text"), or undefined for `ALTER FUNCTION f` without arguments (the only one). */
export function alterSignature(stmt: SqlStatement): string | undefined {
  const func = stmt.node['func'] as AstNode | undefined;
  if (!func || func['args_unspecified']) return undefined;
  return ((func['objargs'] ?? []) as Node[]).map((t) => ('TypeName' in t ? typnameOf(t.TypeName as AstNode) ?? '?' : '?')).join(',');
}

/** ALTER FUNCTION … IMMUTABLE | STABLE | VOLATILE | [NOT] SECURITY DEFINER | STRICT | SET … */
export function alterFunctionFacts(facts: FunctionFacts, stmt: SqlStatement): void {
  applyOptions(facts, stmt.node['actions']);
}

/**
 * Whether inline_function could replace a call of this function by its body: LANGUAGE sql, not
 * SECURITY DEFINER, no SET, not SETOF, not STRICT (a STRICT one is inlined only when its body is
 * strict too; we do not judge that), and a body that is a single expression.
 */
export function inlinable(facts: FunctionFacts): boolean {
  return facts.language === 'sql' && !facts.securityDefiner && !facts.hasConfig && !facts.returnsSet && !facts.strict && facts.bodyExpression !== undefined;
}
