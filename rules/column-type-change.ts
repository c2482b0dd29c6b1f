import { alterOfExistingTable } from '../src/lint/alter.js';
import { defineRule, type RuleContext } from '../src/lint/types.js';
import { displayName, walk, type Node } from '../src/model/ast.js';
import { typeNameText, type Catalog } from '../src/model/catalog.js';
import { columnTypeOf, parseColumnType, typeChange, withCollation, type DomainLookup, type TypeChange } from '../src/model/catalog/type-change.js';
import type { AstNode, SqlStatement } from '../src/parse/parser.js';

const HELP =
  'Expand and contract: add a new column of the new type, backfill it in batches, switch the application to it, then drop the old column in a later migration.';

export default defineRule({
  meta: {
    id: 'column-type-change',
    description: 'ALTER COLUMN … TYPE that rewrites the table under ACCESS EXCLUSIVE.',
    severity: 'error',
    help: HELP,
  },
  create(context) {
    const { catalog } = context;
    return {
      AlterTableStmt(node, stmt, file) {
        const alter = alterOfExistingTable(node, catalog, file);
        if (!alter) return;
        const { table, name } = alter;
        for (const c of alter.cmds) {
          const cmd = c as AstNode;
          if (cmd['subtype'] !== 'AT_AlterColumnType') continue;
          const column = cmd['name'] as string | undefined;
          const def = cmd['def']?.['ColumnDef'] as AstNode | undefined;
          if (!column || !def?.['typeName']) continue;
          const to = typeNameText(def['typeName']);
          const from = catalog.column(table, column)?.type;
          const verdict = from === undefined ? ({ kind: 'unknown' } as const) : judge(from, def, column, (name) => domainOf(catalog, name));
          if (verdict.kind === 'none') continue;
          // timestamp ↔ timestamptz under a TimeZone the file itself set to UTC: no table rewrite.
          const utcSet = verdict.kind === 'time zone' ? utcSetBefore(context, file.parsed.statements, stmt) : undefined;
          const utcAt = utcSet ? file.position(utcSet.start).line : undefined;
          if (utcAt !== undefined && !mayBeIndexed(catalog, table, column)) continue;
          if (verdict.kind === 'indexes' && !mayBeIndexed(catalog, table, column)) continue;
          const change = from === undefined ? `to ${to}` : `from ${from} to ${to}`;
          const lock = `under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until the table and its indexes are rebuilt`;
          let message: string;
          if (verdict.kind === 'unknown') {
            message = `ALTER COLUMN ${column} TYPE ${to} on existing table ${name}: the old type of ${column} is unknown (no earlier migration declares it), so assume it rewrites the whole table ${lock}`;
          } else if (verdict.kind === 'time zone' && utcAt !== undefined) {
            message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} keeps the table's data file (the session TimeZone is UTC, set at line ${utcAt}: PostgreSQL 12+ needs no rewrite) but rebuilds the indexes on ${column} under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until they are rebuilt`;
          } else if (verdict.kind === 'time zone') {
            message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} rewrites the whole table ${lock} (unless the session TimeZone is UTC, PostgreSQL 12+: then only the indexes on ${column} are rebuilt)`;
          } else if (verdict.kind === 'using') {
            message = `ALTER COLUMN ${column} TYPE ${change} … USING an expression on existing table ${name} rewrites the whole table ${lock}`;
          } else if (verdict.kind === 'indexes') {
            const why = [
              ...(verdict.from !== undefined ? [`operator class ${verdict.from} becomes ${verdict.to}`] : []),
              ...(verdict.collation !== undefined ? [`the collation becomes "${verdict.collation}", unless it already is`] : []),
            ].join('; ');
            const kept = verdict.from !== undefined ? 'the cast is binary-coercible' : 'the type change needs no rewrite';
            message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} keeps the table's data file (${kept}) but rebuilds the indexes on ${column} (${why}) under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until they are rebuilt`;
          } else if (verdict.domain) {
            message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name}: domain ${verdict.domain} has constraints, checked against every row, so it rewrites the whole table ${lock}`;
          } else {
            message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} rewrites the whole table ${lock}`;
          }
          context.report({
            stmt,
            node: def['typeName'] as { location?: number },
            message,
            help:
              verdict.kind === 'time zone' && utcAt === undefined
                ? `Run SET TimeZone = 'UTC' earlier in the migration (PostgreSQL 12+ then skips the rewrite), or expand and contract: add a ${to} column, backfill it in batches, switch over, drop the old one.`
                : HELP,
          });
        }
      },
    };
  },
});

type Verdict = TypeChange | { kind: 'unknown' } | { kind: 'using' };

/** A domain the history created, by the column's type name ("zone_code" is public.zone_code). */
function domainOf(catalog: Catalog, name: string) {
  const key = name.includes('.') ? name : `public.${name}`;
  const facts = catalog.types.get(key)?.domain;
  return facts ? { facts, name: displayName(key) } : undefined;
}

/**
 * Whether an index may cover the column: an index or PRIMARY KEY / UNIQUE / EXCLUDE constraint
 * the history created on it, or a table whose indexes the catalog does not all know.
 */
function mayBeIndexed(catalog: Catalog, table: string | undefined, column: string): boolean {
  if (!catalog.relation(table)) return true;
  const keyed = catalog.constraints(table).some((c) => ['primary key', 'unique', 'exclusion'].includes(c.kind) && c.columns?.includes(column));
  if (keyed) return true;
  for (const r of catalog.relations.values()) {
    if (r.kind !== 'index' || r.table !== table) continue;
    let uses = false;
    walk(r.origin.stmt.node['indexParams'], (n) => {
      const elem = n['IndexElem'] as AstNode | undefined;
      if (elem?.['name'] === column) uses = true;
      const fields = (n['ColumnRef'] as AstNode | undefined)?.['fields'] as Node[] | undefined;
      const last = fields?.[fields.length - 1];
      if (last && 'String' in last && last.String.sval === column) uses = true;
    });
    if (uses) return true;
  }
  return false;
}

/**
 * Whether PostgreSQL rewrites the table (or only rebuilds the column's indexes) for this type
 * change: the facts are in src/model/catalog/type-change.ts.
 */
function judge(fromText: string, def: AstNode, column: string, domains: DomainLookup): Verdict {
  const using = def['raw_default'] as AstNode | undefined;
  const toText = typeNameText(def['typeName']);
  // A USING that only names the column (or casts it to the new type) is the default conversion.
  if (using && !isPlainConversion(using, column, toText)) return { kind: 'using' };
  // COLLATE keeps the table when the type change does, but rebuilds the column's indexes.
  const collation = collationOf(def['collClause'] as AstNode | undefined);
  if (fromText === toText) return withCollation({ kind: 'none' }, collation);
  return withCollation(typeChange(parseColumnType(fromText), columnTypeOf(def['typeName']), domains), collation);
}

/** A ColumnDef's collClause ({ collname: [{ String: { sval } }…] }) as a name ("C", "pg_catalog.C"). */
function collationOf(clause: AstNode | undefined): string | undefined {
  if (!clause) return undefined;
  const names = (clause['collname'] ?? []) as Node[];
  return names.map((n) => ('String' in n ? n.String.sval : '?')).join('.') || '?';
}

function isPlainConversion(expr: AstNode, column: string, to: string): boolean {
  const cast = expr['TypeCast'] as AstNode | undefined;
  if (cast && typeNameText(cast['typeName']) !== to) return false;
  const inner = (cast?.['arg'] ?? expr) as AstNode;
  const fields = (inner['ColumnRef'] as AstNode | undefined)?.['fields'] as Node[] | undefined;
  const last = fields?.[fields.length - 1];
  return !!last && 'String' in last && last.String.sval === column;
}

/**
 * Time zones with a constant offset of 0, for which PostgreSQL 12+ changes timestamp ↔ timestamptz
 * without a rewrite (tablecmds.c ATColumnChangeRequiresRewrite → TimestampTimestampTzRequiresRewrite:
 * the session zone's offset is 0 and fixed). UTC and GMT measured (test/differential).
 */
const UTC_ZONES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'uct', 'etc/uct', 'zulu', 'etc/zulu', 'universal', 'etc/universal', 'gmt0', 'etc/gmt0', 'greenwich', 'etc/greenwich']);

/**
 * The `SET [LOCAL] TimeZone` (or `SET TIME ZONE`) to a UTC zone in effect at `stmt`, from
 * this file only (the runner resets the session before each file): a session SET earlier in the file,
 * or a SET LOCAL in the same transaction (src/model/transactions.ts), not undone or replaced since.
 */
function utcSetBefore(context: Pick<RuleContext, 'transaction'>, statements: SqlStatement[], stmt: SqlStatement): SqlStatement | undefined {
  const tx = context.transaction(stmt)?.tx;
  let at: SqlStatement | undefined;
  for (const s of statements.slice(0, statements.indexOf(stmt))) {
    if (s.kind !== 'VariableSetStmt') continue;
    const n = s.node as { kind?: string; name?: string; is_local?: boolean; args?: { A_Const?: { sval?: { sval?: string } } }[] };
    if (n.kind === 'VAR_RESET_ALL' || (n.name ?? '').toLowerCase() === 'timezone') {
      if (n.is_local && context.transaction(s)?.tx !== tx) continue;
      const value = n.kind === 'VAR_SET_VALUE' ? n.args?.[0]?.A_Const?.sval?.sval : undefined;
      at = value !== undefined && UTC_ZONES.has(value.toLowerCase()) ? s : undefined;
    }
  }
  return at;
}
