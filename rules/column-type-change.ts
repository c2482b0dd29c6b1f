import { alterOfExistingTable } from '../src/lint/alter.js';
import { defineRule } from '../src/lint/types.js';
import type { Node } from '../src/model/ast.js';
import { typeNameText } from '../src/model/catalog.js';
import type { AstNode } from '../src/parse/parser.js';

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
          const verdict = from === undefined ? 'unknown' : judge(from, to, def, column);
          if (verdict === 'no rewrite') continue;
          const change = from === undefined ? `to ${to}` : `from ${from} to ${to}`;
          const lock = `under an ACCESS EXCLUSIVE lock: all reads and writes on ${name} wait until the table and its indexes are rebuilt`;
          let message: string;
          if (verdict === 'unknown') {
            message = `ALTER COLUMN ${column} TYPE ${to} on existing table ${name}: the old type of ${column} is unknown (no earlier migration declares it), so assume it rewrites the whole table ${lock}`;
          } else if (verdict === 'time zone') {
            message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} rewrites the whole table ${lock} (it is skipped only when the session TimeZone is UTC, PostgreSQL 12+)`;
          } else if (verdict === 'using') {
            message = `ALTER COLUMN ${column} TYPE ${change} … USING an expression on existing table ${name} rewrites the whole table ${lock}`;
          } else {
            message = `ALTER COLUMN ${column} TYPE ${change} on existing table ${name} rewrites the whole table ${lock}`;
          }
          context.report({
            stmt,
            node: def['typeName'] as { location?: number },
            message,
            help:
              verdict === 'time zone'
                ? `Run SET TimeZone = 'UTC' earlier in the migration (PostgreSQL 12+ then skips the rewrite), or expand and contract: add a ${to} column, backfill it in batches, switch over, drop the old one.`
                : HELP,
          });
        }
      },
    };
  },
});

type Verdict = 'no rewrite' | 'rewrite' | 'unknown' | 'time zone' | 'using';

interface ParsedType {
  base: string;
  mods: number[];
  array: boolean;
}

/** Splits a catalog type name ("character varying(20)", "timestamp(3) with time zone", "integer[]"). */
function parseType(text: string): ParsedType {
  const array = text.endsWith('[]');
  const bare = text.replace(/(\[\])+$/, '');
  const m = /^([^(]*)\(([\d,]+)\)(.*)$/.exec(bare);
  if (!m) return { base: bare, mods: [], array };
  return { base: `${m[1]}${m[3]}`.trim(), mods: m[2]!.split(',').map(Number), array };
}

/** Types whose length or precision can grow without a rewrite (PostgreSQL's *_support functions). */
const GROWABLE = new Set([
  'character varying',
  'bit varying',
  'timestamp without time zone',
  'timestamp with time zone',
  'time without time zone',
  'time with time zone',
]);

/**
 * Whether PostgreSQL rewrites the table for this type change. Conservative: only the changes its
 * ALTER TABLE code is known to do in place count as no rewrite (checked against PostgreSQL 15:
 * pg_class.relfilenode stays the same).
 */
function judge(fromText: string, toText: string, def: AstNode, column: string): Verdict {
  const using = def['raw_default'] as AstNode | undefined;
  // A USING that only names the column (or casts it to the new type) is the default conversion.
  if (using && !isPlainConversion(using, column, toText)) return 'using';
  // A new collation rebuilds the column's indexes; treat it as a rewrite.
  if (def['collClause']) return 'rewrite';
  if (fromText === toText) return 'no rewrite';
  const from = parseType(fromText);
  const to = parseType(toText);
  if (from.array || to.array) return 'rewrite';
  // Binary-coercible pairs.
  if (from.base === 'character varying' && to.base === 'text') return 'no rewrite';
  if (from.base === 'text' && to.base === 'character varying' && to.mods.length === 0) return 'no rewrite';
  if (from.base === 'cidr' && to.base === 'inet') return 'no rewrite';
  const tz = ['timestamp without time zone', 'timestamp with time zone'];
  if (tz.includes(from.base) && tz.includes(to.base) && from.base !== to.base) return 'time zone';
  if (from.base !== to.base) return 'rewrite';
  // Same type, new length/precision: unconstrained or at least as large.
  if (to.mods.length === 0) return from.base === 'numeric' || GROWABLE.has(from.base) ? 'no rewrite' : 'rewrite';
  if (from.mods.length === 0) return 'rewrite';
  if (from.base === 'numeric') {
    const [p1, s1] = from.mods as [number, number];
    const [p2, s2] = to.mods as [number, number];
    return s1 === s2 && p2 >= p1 ? 'no rewrite' : 'rewrite';
  }
  if (GROWABLE.has(from.base)) return to.mods[0]! >= from.mods[0]! ? 'no rewrite' : 'rewrite';
  return 'rewrite';
}

function isPlainConversion(expr: AstNode, column: string, to: string): boolean {
  const cast = expr['TypeCast'] as AstNode | undefined;
  if (cast && typeNameText(cast['typeName']) !== to) return false;
  const inner = (cast?.['arg'] ?? expr) as AstNode;
  const fields = (inner['ColumnRef'] as AstNode | undefined)?.['fields'] as Node[] | undefined;
  const last = fields?.[fields.length - 1];
  return !!last && 'String' in last && last.String.sval === column;
}
