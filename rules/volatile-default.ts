import { alterOfExistingTable } from '../src/lint/alter.js';
import { defineRule } from '../src/lint/types.js';
import { nameListKey, type Node } from '../src/model/ast.js';
import type { Catalog } from '../src/model/catalog.js';
import type { AstNode } from '../src/parse/parser.js';

const HELP =
  'Add the column without a default (or with a constant one), SET DEFAULT for new rows, backfill existing rows in batches, then add NOT NULL through a validated CHECK.';
const GENERATED_HELP =
  'Add a plain nullable column kept up to date by a BEFORE INSERT OR UPDATE trigger, backfill existing rows in batches (or use GENERATED … VIRTUAL on PostgreSQL 18).';

export default defineRule({
  meta: {
    id: 'volatile-default',
    description: 'ADD COLUMN with a volatile default or GENERATED … STORED on an existing table (table rewrite).',
    severity: 'error',
    help: HELP,
  },
  create(context) {
    const { catalog } = context;
    return {
      AlterTableStmt(node, stmt, file) {
        const alter = alterOfExistingTable(node, catalog, file);
        if (!alter) return;
        const { name } = alter;
        const rewrite = `rewrites the whole table under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until every row has been written again`;
        for (const c of alter.cmds) {
          const cmd = c as AstNode;
          if (cmd['subtype'] !== 'AT_AddColumn') continue;
          const def = cmd['def']?.['ColumnDef'] as AstNode | undefined;
          const column = def?.['colname'] as string | undefined;
          if (!def || !column) continue;
          const typeName = def['typeName'] as AstNode | undefined;
          const typeWord = String(typeName?.['names']?.at(-1)?.['String']?.['sval'] ?? '');
          if (SERIALS.has(typeWord) && !typeName?.['arrayBounds']) {
            context.report({
              stmt,
              node: typeName as { location?: number },
              message: `ADD COLUMN ${column} ${typeWord} on existing table ${name} fills every row from a sequence (nextval() is volatile), so it ${rewrite}`,
              help: `Add a nullable ${typeWord === 'bigserial' || typeWord === 'serial8' ? 'bigint' : 'integer'} column, then SET DEFAULT nextval(…) from a sequence you create, backfill existing rows in batches, and add NOT NULL through a validated CHECK.`,
            });
            continue;
          }
          const defaults: AstNode[] = def['raw_default'] ? [def['raw_default']] : [];
          for (const k of (def['constraints'] ?? []) as Node[]) {
            const con = ('Constraint' in k ? k.Constraint : {}) as AstNode;
            if (con['contype'] === 'CONSTR_DEFAULT' && con['raw_expr']) defaults.push(con['raw_expr']);
            else if (con['contype'] === 'CONSTR_GENERATED' && con['generated_kind'] !== 'v') {
              context.report({
                stmt,
                node: con as { location?: number },
                message: `ADD COLUMN ${column} … GENERATED ALWAYS AS (…) STORED on existing table ${name} computes the value for every row, so it ${rewrite}`,
                help: GENERATED_HELP,
              });
            } else if (con['contype'] === 'CONSTR_IDENTITY') {
              context.report({
                stmt,
                node: con as { location?: number },
                message: `ADD COLUMN ${column} … GENERATED AS IDENTITY on existing table ${name} numbers every row from a sequence, so it ${rewrite}`,
                help: 'Add a nullable column, attach a sequence (SET DEFAULT nextval(…), or ADD GENERATED … AS IDENTITY once it is filled), backfill existing rows in batches, then add NOT NULL through a validated CHECK.',
              });
            }
          }
          for (const expr of defaults) {
            const call = volatileCall(expr, catalog);
            if (!call) continue;
            context.report({
              stmt,
              node: call.node,
              message: `ADD COLUMN ${column} … DEFAULT ${call.name}(…) on existing table ${name}: ${call.known ? 'the default is volatile' : `${call.name}() is not known to be STABLE or IMMUTABLE`}, so PostgreSQL evaluates it for every row and ${rewrite}`,
              help: `Add the column without a default (or with a constant one), then SET DEFAULT ${call.name}() for new rows, backfill existing rows in batches, and add NOT NULL through a validated CHECK.`,
            });
          }
        }
      },
    };
  },
});

const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

/** Functions PostgreSQL marks VOLATILE that migrations use as defaults. */
const VOLATILE = new Set(['gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7', 'random', 'random_normal', 'clock_timestamp', 'timeofday', 'nextval', 'setval', 'gen_random_bytes']);

/**
 * Built-in functions PostgreSQL marks STABLE or IMMUTABLE (pg_proc.provolatile 's' or 'i'): a
 * default using them is evaluated once and stored as the "missing" value, without a rewrite
 * (PostgreSQL 11+). txid_current() and pg_current_xact_id() are STABLE too.
 */
const NOT_VOLATILE = new Set([
  'now', 'statement_timestamp', 'transaction_timestamp', 'current_setting', 'current_database', 'current_schema',
  'txid_current', 'pg_current_xact_id',
  'lower', 'upper', 'initcap', 'btrim', 'ltrim', 'rtrim', 'length', 'char_length', 'character_length', 'octet_length',
  'concat', 'concat_ws', 'format', 'replace', 'substring', 'substr', 'left', 'right', 'lpad', 'rpad', 'repeat',
  'split_part', 'md5', 'sha256', 'encode', 'decode', 'abs', 'round', 'floor', 'ceil', 'ceiling', 'trunc',
  'make_date', 'make_time', 'make_interval', 'make_timestamp', 'make_timestamptz', 'date_trunc', 'date_part',
  'extract', 'to_char', 'to_date', 'to_timestamp', 'to_number', 'timezone', 'to_json', 'to_jsonb',
  'json_build_object', 'json_build_array', 'jsonb_build_object', 'jsonb_build_array', 'array_fill', 'array_append',
  'array_prepend', 'array_cat', 'array_remove',
]);

interface Call {
  name: string;
  node: { location?: number };
  /** A function PostgreSQL documents as volatile (rather than one the rule does not know). */
  known: boolean;
}

/**
 * The first call in a DEFAULT expression that may be volatile: a known volatile built-in, or any
 * function that is neither a known STABLE/IMMUTABLE built-in nor a function an earlier migration
 * declared STABLE or IMMUTABLE. Constants, casts, operators and CURRENT_TIMESTAMP-style keywords
 * are fine.
 */
function volatileCall(expr: unknown, catalog: Catalog): Call | undefined {
  if (Array.isArray(expr)) {
    for (const e of expr) {
      const found = volatileCall(e, catalog);
      if (found) return found;
    }
    return undefined;
  }
  if (!expr || typeof expr !== 'object') return undefined;
  const node = expr as AstNode;
  const call = node['FuncCall'] as AstNode | undefined;
  if (call) {
    const names = ((call['funcname'] ?? []) as Node[]).map((n) => ('String' in n ? (n.String.sval ?? '') : ''));
    const name = names[names.length - 1] ?? '?';
    const builtin = names.length === 1 || names[0] === 'pg_catalog';
    const display = names.filter((n) => n !== 'pg_catalog').join('.');
    if (builtin && VOLATILE.has(name)) return { name: display, node: call, known: true };
    if (!(builtin && NOT_VOLATILE.has(name)) && !declaredStable(nameListKey(call['funcname']), catalog)) {
      return { name: display, node: call, known: false };
    }
  }
  for (const v of Object.values(node)) {
    if (v && typeof v === 'object') {
      const found = volatileCall(v, catalog);
      if (found) return found;
    }
  }
  return undefined;
}

/** A function created by an earlier migration as STABLE or IMMUTABLE. */
function declaredStable(key: string | undefined, catalog: Catalog): boolean {
  const fn = key ? catalog.functions.get(key) : undefined;
  if (!fn) return false;
  return ((fn.origin.stmt.node['options'] ?? []) as Node[]).some(
    (o) => 'DefElem' in o && o.DefElem.defname === 'volatility' && ['immutable', 'stable'].includes(String((o.DefElem.arg as AstNode | undefined)?.['String']?.['sval'])),
  );
}
