import { defineRule } from '../src/lint/types.js';
import { endsTransaction, nonTransactional } from '../src/model/statements.js';
import type { SqlStatement } from '../src/parse/parser.js';

const HELP = 'Put it in a migration of its own without BEGIN/COMMIT (the runner then runs it outside a transaction).';

export default defineRule({
  meta: {
    id: 'cannot-run-in-transaction',
    description: 'A statement PostgreSQL refuses to run inside a transaction block or a function.',
    severity: 'error',
    help: HELP,
    appliesTo: ['versioned', 'repeatable', 'rollback'],
  },
  create(context) {
    const lookup = (key: string) => context.catalog.functions.get(key)?.origin.stmt;

    /** Statements in a body (and in DO blocks nested in it) that PostgreSQL never runs from a function. */
    const checkBody = (body: SqlStatement, what: string) => {
      for (const n of body.nested) {
        const reason = nonTransactional(n);
        if (reason) {
          context.report({
            stmt: n,
            message: `${reason} inside ${what}: PostgreSQL never runs it from a function or DO block ("… cannot be executed from a function", SQLSTATE 25001), so this fails every time it runs`,
            help: 'Run it as a top-level statement in a migration of its own, without BEGIN/COMMIT.',
          });
        }
        if (n.kind === 'DoStmt') checkBody(n, what);
      }
    };

    return {
      statement(stmt) {
        if (stmt.context.via !== 'top' || !context.inTransactionBlock(stmt)) return;
        const reason = nonTransactional(stmt);
        if (reason) {
          context.report({
            stmt,
            message: `${reason} cannot run inside a transaction block: PostgreSQL rejects it at run time (SQLSTATE 25001) and the migration fails`,
          });
          return;
        }
        const ends = endsTransaction(stmt, lookup);
        if (ends) {
          context.report({
            stmt,
            message: `${ends} inside a transaction block fails with "invalid transaction termination" (SQLSTATE 2D000): a procedure or DO block can only COMMIT when it is called outside any transaction block`,
            help: `Run ${stmt.kind === 'CallStmt' ? 'the CALL' : 'the batching DO block'} in a migration of its own, without BEGIN/COMMIT.`,
          });
        }
      },
      DoStmt(_node, stmt) {
        if (stmt.context.via === 'top') checkBody(stmt, 'a DO block');
      },
      CreateFunctionStmt(node, stmt) {
        const procedure = Boolean(node.is_procedure);
        checkBody(stmt, procedure ? 'a procedure' : 'a function');
        if (!procedure && stmt.body?.transactionControl) {
          context.report({
            stmt,
            message: 'a function that COMMITs or ROLLBACKs: a function can never end the transaction it runs in, so every call fails with "invalid transaction termination" (SQLSTATE 2D000)',
            help: 'Make it a procedure (CREATE PROCEDURE … ; CALL it outside a transaction block), or drop the COMMIT.',
          });
        }
      },
    };
  },
});
