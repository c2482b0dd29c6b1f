import { defineRule } from '../src/lint/types.js';
import { isNeutral, nonTransactional, transactionControl } from '../src/model/statements.js';
import type { SqlStatement } from '../src/parse/parser.js';

const WRAP_HELP = 'Wrap the whole migration in one BEGIN; … COMMIT; (or set `transactions: runner` if your runner wraps each migration).';

export default defineRule({
  meta: {
    id: 'transaction-wrapping',
    description: 'A versioned migration that is not atomic (one BEGIN … COMMIT around all statements).',
    severity: 'error',
    help: WRAP_HELP,
    appliesTo: ['versioned'],
  },
  create(context) {
    const runner = context.settings.transactions === 'runner';
    return {
      file(file) {
        const stmts = file.parsed.statements;
        const work = stmts.filter((s) => !transactionControl(s) && !isNeutral(s));
        if (work.length === 0) return;

        const nonTx = work.filter((s) => nonTransactional(s));
        if (nonTx.length > 0) {
          const tx = work.filter((s) => !nonTransactional(s));
          if (tx.length > 0) {
            const first = nonTx[0]!;
            const other = tx[0]!;
            context.report({
              stmt: first,
              message: `${nonTransactional(first)} cannot run in a transaction, but this migration also has transactional statements (line ${file.position(other.start).line}): it can neither be wrapped in BEGIN … COMMIT nor run atomically without it`,
              help: `Move ${nonTransactional(first)} (and the other statements that cannot run in a transaction) into a migration of its own, without BEGIN/COMMIT.`,
            });
          }
          return; // a migration of non-transactional statements runs unwrapped, as it must
        }

        if (runner) {
          for (const s of stmts) {
            const tc = transactionControl(s);
            if (tc === 'begin' || tc === 'commit' || tc === 'rollback') {
              context.report({
                stmt: s,
                message: `explicit ${tc.toUpperCase()} with \`transactions: runner\`: the runner already wraps the migration, so this ends or nests its transaction and the history row is no longer written atomically with the changes`,
                help: 'Remove BEGIN/COMMIT from the file (the runner wraps it), or set `transactions: explicit`.',
              });
            }
          }
          return;
        }

        let open: SqlStatement | undefined;
        let blocks = 0;
        let outside: { stmt: SqlStatement; after: boolean } | undefined;
        for (const s of stmts) {
          const tc = transactionControl(s);
          if (tc === 'begin') {
            if (open) {
              context.report({
                stmt: s,
                message: `BEGIN inside a transaction already open since line ${file.position(open.start).line}: PostgreSQL only warns, and the first COMMIT ends both`,
                help: 'Use a single BEGIN … COMMIT; use SAVEPOINT for nested steps.',
              });
              continue;
            }
            if (blocks > 0) {
              context.report({
                stmt: s,
                message: 'a second transaction block: if it fails, the first one stays committed and the migration is half applied',
                help: 'Use one BEGIN … COMMIT around all statements, or split the migration in two files.',
              });
            }
            open = s;
            blocks++;
          } else if (tc === 'commit') {
            if (!open) {
              context.report({
                stmt: s,
                message: 'COMMIT without a BEGIN: the statements before it ran one by one, each committed on its own',
              });
            }
            open = undefined;
          } else if (tc === 'rollback') {
            context.report({
              stmt: s,
              message: 'ROLLBACK in a migration: everything before it in the transaction is undone, yet the migration is recorded as applied',
              help: 'End the migration with COMMIT; raise an exception (RAISE EXCEPTION in a DO block) to make it fail instead.',
            });
            open = undefined;
          } else if (tc === undefined && !isNeutral(s) && !open && !outside) {
            outside = { stmt: s, after: blocks > 0 };
          }
        }
        if (open) {
          context.report({
            stmt: open,
            message: 'BEGIN without COMMIT: the transaction stays open until the session ends and is then rolled back, or the runner commits it with whatever comes next',
            help: 'End the migration with COMMIT;',
          });
        }
        if (blocks === 0) {
          context.report({
            stmt: work[0],
            message: 'the migration is not wrapped in a transaction: if a later statement fails, the statements before it stay applied and the schema is left half migrated',
          });
        } else if (outside) {
          context.report({
            stmt: outside.stmt,
            message: outside.after
              ? 'statement after COMMIT runs outside the transaction: if it fails, the migration is half applied'
              : 'statement before BEGIN runs outside the transaction: it stays applied if the transaction fails',
            help: 'Move it between BEGIN and COMMIT.',
          });
        }
      },
    };
  },
});
