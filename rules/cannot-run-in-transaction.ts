import { defineRule } from '../src/lint/types.js';
import { nameListKey } from '../src/model/ast.js';
import { nonTransactional } from '../src/model/statements.js';
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
    const checkBodies = (fn: SqlStatement, what: string) => {
      for (const n of fn.nested) {
        const reason = nonTransactional(n);
        if (reason) {
          context.report({
            stmt: n,
            message: `${reason} inside ${what}: PostgreSQL rejects it ("cannot be executed from a function" / "cannot run inside a transaction block") every time this runs`,
            help: 'Run it as a top-level statement in a migration of its own, without BEGIN/COMMIT.',
          });
        }
      }
    };
    return {
      statement(stmt) {
        if (stmt.context.via !== 'top') return;
        const reason = nonTransactional(stmt);
        if (reason && context.inTransactionBlock(stmt)) {
          context.report({
            stmt,
            message: `${reason} cannot run inside a transaction block: PostgreSQL rejects it at run time (SQLSTATE 25001) and the migration fails`,
          });
        }
      },
      DoStmt(_node, stmt) {
        if (stmt.context.via !== 'top') return;
        checkBodies(stmt, 'a DO block');
        if (stmt.body?.transactionControl && context.inTransactionBlock(stmt)) {
          context.report({
            stmt,
            message: 'a DO block that COMMITs or ROLLBACKs inside a transaction block fails with "invalid transaction termination"',
            help: 'Run the batching DO block in a migration of its own, without BEGIN/COMMIT.',
          });
        }
      },
      CreateFunctionStmt(_node, stmt) {
        checkBodies(stmt, stmt.node['is_procedure'] ? 'a procedure' : 'a function');
      },
      CallStmt(node, stmt) {
        if (stmt.context.via !== 'top' || !context.inTransactionBlock(stmt)) return;
        const key = nameListKey(node.funccall?.funcname);
        const proc = key ? context.catalog.functions.get(key) : undefined;
        if (proc?.origin.stmt.body?.transactionControl) {
          context.report({
            stmt,
            message: `procedure ${key?.replace(/^public\./, '')} COMMITs or ROLLBACKs; CALL inside a transaction block fails with "invalid transaction termination"`,
            help: 'CALL it from a migration of its own, without BEGIN/COMMIT.',
          });
        }
      },
    };
  },
});
