import { alterOfExistingTable } from '../src/lint/alter.js';
import { defineRule } from '../src/lint/types.js';
import type { MigrationFile } from '../src/model/project.js';
import { lexSql } from '../src/parse/lexer.js';
import type { AstNode, SqlStatement } from '../src/parse/parser.js';

const HELP =
  'Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the CHECK.';

export default defineRule({
  meta: {
    id: 'set-not-null',
    description: 'ALTER COLUMN … SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL).',
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
        for (const cmd of cmds) {
          let column: string | undefined;
          let what: string;
          if (cmd['subtype'] === 'AT_SetNotNull') {
            column = cmd['name'] as string | undefined;
            what = `ALTER COLUMN ${column} SET NOT NULL`;
          } else if (cmd['subtype'] === 'AT_AddConstraint' && cmd['def']?.['Constraint']?.['contype'] === 'CONSTR_NOTNULL') {
            // PostgreSQL 18: ADD CONSTRAINT … NOT NULL col scans like SET NOT NULL, unless NOT VALID.
            const con = cmd['def']['Constraint'] as AstNode;
            if (con['skip_validation']) continue;
            column = con['keys']?.[0]?.['String']?.['sval'] as string | undefined;
            what = `ADD CONSTRAINT … NOT NULL ${column}`;
          } else continue;
          if (!column) continue;
          // Already NOT NULL: PostgreSQL does nothing. A validated CHECK from an earlier migration lets it skip the scan.
          if (catalog.column(table, column)?.notNull) continue;
          if (catalog.hasValidatedNotNullCheck(table, column, file)) continue;
          const check = catalog.constraints(table).find((c) => c.kind === 'check' && c.notNullColumn === column);
          const because = !check
            ? ''
            : !check.validated
              ? ` (CHECK ${check.name} is still NOT VALID, so PostgreSQL cannot rely on it)`
              : ` (CHECK ${check.name} comes from this migration: the scan to validate it already ran under this migration's locks)`;
          const position = cmd['subtype'] === 'AT_SetNotNull' ? columnOffset(stmt, file, setNotNulls.indexOf(cmd)) : undefined;
          context.report({
            stmt,
            node: position === undefined ? node.relation : undefined,
            offset: position,
            message: `${what} on existing table ${name} takes an ACCESS EXCLUSIVE lock and scans the whole table for NULLs${because}: all reads and writes on ${name} wait until the scan finishes`,
            help: `Add CONSTRAINT … CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the CHECK.`,
          });
        }
      },
    };
  },
});

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
