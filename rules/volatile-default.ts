import { alterOfExistingTable } from '../src/lint/alter.js';
import { defineRule } from '../src/lint/types.js';
import type { TypeName } from '@pgsql/types';
import type { Node } from '../src/model/ast.js';
import { constrainedDomain } from '../src/model/catalog/domains.js';
import { volatilePart } from '../src/model/catalog/volatility.js';
import type { AstNode } from '../src/parse/parser.js';

const HELP =
  'Add the column without a default (or with a constant one), SET DEFAULT for new rows, backfill existing rows in batches, then add NOT NULL through a validated CHECK.';
const GENERATED_HELP =
  'Add a plain nullable column kept up to date by a BEFORE INSERT OR UPDATE trigger, backfill existing rows in batches (or use GENERATED … VIRTUAL on PostgreSQL 18).';

export default defineRule({
  meta: {
    id: 'volatile-default',
    description: 'ADD COLUMN with a volatile default, a constrained domain or GENERATED … STORED on an existing table (table rewrite).',
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
          let reported = def['constraints']?.some?.((k: AstNode) => ['CONSTR_GENERATED', 'CONSTR_IDENTITY'].includes(k['Constraint']?.['contype'])) === true;
          for (const expr of defaults) {
            const part = volatilePart(expr, (key) => catalog.functions.get(key));
            if (!part) continue;
            reported ||= part.certainty === 'volatile';
            const fn = part.what.endsWith('()') ? part.what.slice(0, -2) : undefined;
            const head = `ADD COLUMN ${column} … DEFAULT ${fn ? `${fn}(…)` : '…'} on existing table ${name}: ${part.what} ${part.reason}`;
            context.report({
              stmt,
              node: part.node,
              message:
                part.certainty === 'volatile'
                  ? `${head}, so PostgreSQL evaluates the default for every row and ${rewrite}`
                  : // Not a claim (check counts messages saying "rewrites" as claims): say what would happen.
                    `${head}; if it is volatile, PostgreSQL evaluates the default for every row and writes all of ${name} again under an ACCESS EXCLUSIVE lock`,
              help: `Add the column without a default (or with a constant one), then SET DEFAULT ${fn ? `${fn}()` : '…'} for new rows, backfill existing rows in batches, and add NOT NULL through a validated CHECK.`,
            });
          }
          const domain = constrainedDomain(typeName as TypeName | undefined, (key) => catalog.types.get(key)?.domain);
          // One rewrite, one finding: a volatile default already said it.
          if (domain && !reported) {
            context.report({
              stmt,
              node: typeName as { location?: number },
              message: `ADD COLUMN ${column} ${domain} on existing table ${name}: domain ${domain} has constraints, which PostgreSQL checks against every row's value (NULL or the default), so it ${rewrite}`,
              help: `Add the column as the domain's base type (or a domain without constraints), backfill in batches, then ALTER COLUMN … TYPE ${domain} in a maintenance window — or enforce the rule with a CHECK constraint added NOT VALID and validated later.`,
            });
          }
        }
      },
    };
  },
});

const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
