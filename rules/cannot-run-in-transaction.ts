import { defineRule } from '../src/lint/types.js';
import { endsTransaction, nonTransactional } from '../src/model/statements.js';
import type { SqlStatement } from '../src/parse/parser.js';
import { addedEnumValue, usesEnumValue } from '../src/lint/enum-values.js';

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

    /** Enum values added in the file, with the transaction that added them (not yet committed there). */
    let added: { value: { type: string; label: string }; stmt: SqlStatement; tx: number }[] = [];
    const line = (s: SqlStatement) => context.project.files.find((f) => f.parsed.statements.includes(s))?.position(s.start).line;

    /** A use of a value ADD VALUE added in the same, still open, transaction: 55P04. */
    const checkEnumUse = (stmt: SqlStatement) => {
      const tx = context.transaction(stmt)?.tx;
      const value = addedEnumValue(stmt);
      if (value && tx && tx.kind !== 'statement') {
        added.push({ value, stmt, tx: tx.id });
        return;
      }
      if (!tx || tx.kind === 'statement' || added.length === 0) return;
      const hit = added.find((a) => a.tx === tx.id && usesEnumValue(stmt, a.value, context.catalog));
      if (!hit) return;
      context.report({
        stmt,
        message: `uses the enum value '${hit.value.label}' that ALTER TYPE ${hit.value.type} ADD VALUE (line ${line(hit.stmt)}) added in the same transaction: PostgreSQL refuses it until that transaction commits ("unsafe use of new value", SQLSTATE 55P04) and the migration fails`,
        help: 'Put ALTER TYPE … ADD VALUE in a migration of its own (the runner commits between migrations), and use the new value in the next one.',
      });
    };

    return {
      file() {
        added = [];
      },
      statement(stmt) {
        checkEnumUse(stmt);
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
