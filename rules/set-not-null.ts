import { alterOfExistingTable } from '../src/lint/alter.js';
import { defineRule } from '../src/lint/types.js';
import type { Catalog, ConstraintInfo } from '../src/model/catalog.js';
import { checkProvesNotNull } from '../src/model/predtest.js';
import type { MigrationFile } from '../src/model/project.js';
import { lexSql } from '../src/parse/lexer.js';
import type { AstNode, SqlStatement } from '../src/parse/parser.js';

const HELP =
  'Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the CHECK.';

export default defineRule({
  meta: {
    id: 'set-not-null',
    description: 'ALTER COLUMN … SET NOT NULL (or ADD PRIMARY KEY on a nullable column) on an existing table without a validated CHECK that proves the column NOT NULL.',
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
        const cmds = alter.cmds as AstNode[];
        const setNotNulls = cmds.filter((c) => c['subtype'] === 'AT_SetNotNull');
        const scanMessage = (subject: string, because: string) =>
          `${subject} takes an ACCESS EXCLUSIVE lock and scans the whole table for NULLs${because}: all reads and writes on ${name} wait until the scan finishes`;
        for (const cmd of cmds) {
          const con = cmd['subtype'] === 'AT_AddConstraint' ? (cmd['def']?.['Constraint'] as AstNode | undefined) : undefined;
          if (con?.['contype'] === 'CONSTR_PRIMARY') {
            // PRIMARY KEY (…) and PRIMARY KEY USING INDEX set their nullable columns NOT NULL first
            // (parse_utilcmd.c transformIndexConstraint queues AT_SetNotNull): the same scan, unless proven.
            // Only columns the catalog knows to be nullable: an unknown key column is usually NOT NULL already.
            // (USING INDEX on a partitioned table fails: unique-constraint-without-index says so.)
            if (con['indexname'] && catalog.relation(table)?.partitioned) continue;
            const keys = primaryKeyColumns(con, table, catalog);
            const setHere = new Set(setNotNulls.map((c) => c['name'] as string | undefined)); // reported below
            const open = keys.filter((k) => !setHere.has(k) && catalog.column(table, k)?.notNull === false && !proof(catalog, table, k, file).proven);
            if (open.length === 0) continue;
            const what = con['indexname'] ? 'ADD PRIMARY KEY USING INDEX' : 'ADD PRIMARY KEY';
            const cols = open.length > 1 ? `columns ${open.join(', ')}` : `column ${open[0]}`;
            context.report({
              stmt,
              node: con,
              message: scanMessage(`${what} on existing table ${name} sets nullable ${cols} NOT NULL, which`, proof(catalog, table, open[0]!, file).because),
              help: `Make ${open.join(', ')} NOT NULL first: ADD CONSTRAINT … CHECK (${open.map((c) => `${c} IS NOT NULL`).join(' AND ')}) NOT VALID, VALIDATE CONSTRAINT in a later migration; the PRIMARY KEY then skips the scan (PostgreSQL 12+).`,
            });
            continue;
          }
          let column: string | undefined;
          let what: string;
          if (cmd['subtype'] === 'AT_SetNotNull') {
            column = cmd['name'] as string | undefined;
            what = `ALTER COLUMN ${column} SET NOT NULL`;
          } else if (con?.['contype'] === 'CONSTR_NOTNULL') {
            // PostgreSQL 18: ADD CONSTRAINT … NOT NULL col scans like SET NOT NULL, unless NOT VALID.
            if (con['skip_validation']) continue;
            column = con['keys']?.[0]?.['String']?.['sval'] as string | undefined;
            what = `ADD CONSTRAINT … NOT NULL ${column}`;
          } else continue;
          if (!column) continue;
          // Already NOT NULL: PostgreSQL does nothing. A validated CHECK from an earlier migration lets it skip the scan.
          if (catalog.column(table, column)?.notNull) continue;
          const { proven, because } = proof(catalog, table, column, file);
          if (proven) continue;
          const position = cmd['subtype'] === 'AT_SetNotNull' ? columnOffset(stmt, file, setNotNulls.indexOf(cmd)) : undefined;
          context.report({
            stmt,
            node: position === undefined ? node.relation : undefined,
            offset: position,
            message: scanMessage(`${what} on existing table ${name}`, because),
            help: `Add CONSTRAINT … CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the CHECK.`,
          });
        }
      },
    };
  },
});

/**
 * Whether the table's constraints let PostgreSQL skip the NULL scan for `column`: a validated
 * CHECK that proves it (predtest.ts, as tablecmds.c NotNullImpliedByRelConstraints), or a
 * validated PostgreSQL 18 NOT NULL constraint, added by an earlier migration (one added in this
 * migration was checked under this migration's locks: nothing gained). `because` explains why a
 * constraint that would prove it does not help.
 */
function proof(catalog: Catalog, table: string | undefined, column: string, file: MigrationFile): { proven: boolean; because: string } {
  const type = catalog.column(table, column)?.type;
  const composite = isComposite(catalog, type);
  const proves = (c: ConstraintInfo) => {
    if (c.kind === 'not null') return c.notNullColumn === column;
    if (c.kind !== 'check') return false;
    // Not found in its statement (inherited from a parent): the catalog's exact CHECK (col IS NOT NULL).
    return checkProvesNotNull(c, column, { type, composite }) ?? (c.notNullColumn === column && !composite);
  };
  const proving = catalog.constraints(table).filter(proves);
  if (proving.some((c) => c.validated && c.origin.file !== file)) return { proven: true, because: '' };
  const c = proving[0];
  const because = !c
    ? ''
    : !c.validated
      ? ` (CHECK ${c.name} is still NOT VALID, so PostgreSQL cannot rely on it)`
      : ` (CHECK ${c.name} comes from this migration: the scan to validate it already ran under this migration's locks)`;
  return { proven: false, because };
}

/** A composite type (CREATE TYPE … AS, or a table's row type) the catalog knows. */
function isComposite(catalog: Catalog, type: string | undefined): boolean {
  if (!type) return false;
  const key = type.includes('.') ? type : `public.${type}`;
  const rel = catalog.relation(key)?.kind;
  return catalog.types.get(key)?.kind === 'composite' || rel === 'table' || rel === 'view' || rel === 'materialized view';
}

/** Key columns of ADD PRIMARY KEY (…), or of the index named by USING INDEX when the catalog saw its CREATE INDEX. */
function primaryKeyColumns(con: AstNode, table: string | undefined, catalog: Catalog): string[] {
  const names = (list: unknown) => ((list ?? []) as AstNode[]).map((k) => (k['String']?.['sval'] ?? k['IndexElem']?.['name']) as string | undefined);
  if (!con['indexname']) return names(con['keys']).filter((k): k is string => k !== undefined);
  const schema = table?.slice(0, table.indexOf('.')) ?? 'public';
  const index = catalog.relation(`${schema}.${con['indexname'] as string}`);
  const created = index?.kind === 'index' && index.origin.stmt.kind === 'IndexStmt' ? index.origin.stmt.node : undefined;
  const keys = names(created?.['indexParams']);
  return keys.every((k) => k !== undefined) ? (keys as string[]) : [];
}

/**
 * Offset of the column name in the n-th "… <column> SET NOT NULL" of the statement (the AST
 * gives ALTER TABLE commands no location). Undefined for statements of function bodies called
 * from elsewhere, whose text is in another file.
 */
function columnOffset(stmt: SqlStatement, file: MigrationFile, n: number): number | undefined {
  if (stmt.context.callSite || n < 0) return undefined;
  const words = lexSql(file.text.slice(stmt.start, stmt.end)).filter((t) => t.kind !== 'comment');
  let seen = 0;
  for (let i = 1; i + 2 < words.length; i++) {
    const [set, not, nul] = [words[i], words[i + 1], words[i + 2]].map((t) => t!.text.toUpperCase());
    if (set !== 'SET' || not !== 'NOT' || nul !== 'NULL') continue;
    if (seen++ === n) return stmt.start + words[i - 1]!.start;
  }
  return undefined;
}
