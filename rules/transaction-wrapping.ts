import { defineRule } from '../src/lint/types.js';
import { isNeutral, mustRunOutsideTransaction } from '../src/model/statements.js';
import type { SqlStatement } from '../src/parse/parser.js';
import { boundaryOf, mixedStatement, type Transaction } from '../src/model/transactions.js';
import { flywayTransactionProblem } from '../src/load/flyway/transactional.js';
import { runnerTransactionProblems } from '../src/lint/runner-transactions.js';
import { isAddEnumValue, SPLIT_ADD_VALUE } from '../src/lint/enum-values.js';

const WRAP_HELP = 'Wrap the whole migration in one BEGIN; … COMMIT; (or set `transactions: runner` if your runner wraps each migration).';

const RUNNER_EFFECT: Record<string, string> = {
  begin: 'PostgreSQL only warns "there is already a transaction in progress" and ignores it',
  commit: "commits the runner's transaction early: the statements after it, and the schema-history row, are no longer atomic with the changes before it",
  rollback: 'undoes the statements before it, yet the runner records the migration as applied',
};


export default defineRule({
  meta: {
    id: 'transaction-wrapping',
    description: "A versioned migration that is not atomic: not in one transaction (its own BEGIN … COMMIT, or the runner's under `transactions: runner` and Flyway), or one that migrate refuses.",
    severity: 'error',
    help: WRAP_HELP,
    // Rollbacks only under another runner's layout, which runs them as it runs migrations.
    appliesTo: ['versioned', 'rollback'],
  },
  create(context) {
    const runner = context.settings.transactions === 'runner';
    const lookup = (key: string) => context.catalog.functions.get(key)?.origin.stmt;
    const line = (file: { position(o: number): { line: number } }, s: SqlStatement) => file.position(s.start).line;
    return {
      // At the end of the file, so that procedures the file defines are known when it CALLs them.
      fileExit(file) {
        if (file.kind === 'rollback' && !file.execution) return;
        const stmts = file.parsed.statements;
        const work = stmts.filter((s) => !boundaryOf(s) && !isNeutral(s));
        if (work.length === 0) return;
        // Why each top-level statement cannot run in a transaction block, if it cannot (once per statement).
        const outsideOf = new Map(stmts.map((s) => [s, mustRunOutsideTransaction(s, lookup)]));
        // Another runner's layout: its own way of sending the file (src/lint/runner-transactions.ts).
        if (file.execution) {
          // goose's NO TRANSACTION is file-wide: what the other direction needs counts too.
          const sibling = file.section ? context.project.files.find((f) => f.rel === file.rel && f !== file && f.section)?.parsed.statements : undefined;
          const outside = (s: SqlStatement) => outsideOf.get(s) ?? mustRunOutsideTransaction(s, lookup);
          const found = runnerTransactionProblems(file.execution, stmts, { outsideOf: outside, line: (s) => line(file, s), model: context.fileTransactions(), ...(sibling ? { sibling } : {}) });
          for (const d of found) context.report(d);
          return;
        }
        if (context.settings.runner === 'flyway') {
          const problem = flywayTransactionProblem(stmts, {
            mixed: context.settings.mixed ?? false,
            line: (s) => line(file, s),
            mustRunOutside: (s) => outsideOf.get(s),
            inOwnBlock: (s) => context.inTransactionBlock(s),
          });
          if (problem) return context.report(problem);
        }

        if (context.settings.runner !== 'flyway' && !(context.settings.mixed ?? false)) {
          // Our runner applies Flyway's mixed = false rule (db/plan.ts): the file is refused whole.
          const planned = stmts.map((stmt) => ({ stmt, outside: outsideOf.get(stmt) }));
          const offending = mixedStatement(planned);
          // One inside the file's own BEGIN … COMMIT: cannot-run-in-transaction reports that.
          if (offending && !planned.some((p) => p.outside && context.inTransactionBlock(p.stmt))) {
            const outside = planned.find((p) => p.outside)!;
            const inside = planned.find((p) => !p.outside)!;
            return context.report({
              stmt: offending.stmt,
              message: `migrate refuses this migration before running anything: ${outside.outside} (line ${line(file, outside.stmt)}) cannot run in a transaction, and line ${line(file, inside.stmt)} is a statement that can — with \`mixed: false\` (Flyway's default) a migration must not have both (Flyway: "Detected both transactional and non-transactional statements within the same migration")`,
              help: `Move ${outside.outside} into a migration of its own with nothing else in it (not even SET), or set \`mixed: true\` (the file then runs statement by statement without a transaction, so a failure leaves it half applied).`,
            });
          }
        }

        const outsideOnly = work.filter((s) => outsideOf.get(s));
        if (outsideOnly.length > 0) {
          const tx = work.filter((s) => !outsideOf.get(s));
          if (tx.length === 0) return; // such a migration runs unwrapped, as it must
          // Inside BEGIN … COMMIT, cannot-run-in-transaction already reports the failure.
          const first = outsideOnly.find((s) => !context.inTransactionBlock(s));
          if (first) {
            const what = outsideOf.get(first)!;
            context.report({
              stmt: first,
              message: `${what} cannot run inside a transaction, but this migration also has statements that must be atomic (line ${line(file, tx[0]!)}): wrapped in BEGIN … COMMIT it fails, unwrapped a failure leaves the migration half applied (Flyway refuses such mixed migrations)`,
              help: `Move ${what} (and the other statements that cannot run in a transaction) into a migration of its own, without BEGIN/COMMIT.`,
            });
            return;
          }
        }

        if (runner) {
          for (const [i, s] of stmts.entries()) {
            const tc = boundaryOf(s)?.kind;
            if (tc === 'begin' || tc === 'commit' || tc === 'rollback') {
              // A COMMIT after ALTER TYPE … ADD VALUE is usually there so that later statements can
              // use the new value (PostgreSQL: "unsafe use of new value" until it is committed).
              const addsValue = tc === 'commit' && stmts.slice(0, i).some(isAddEnumValue);
              context.report({
                stmt: s,
                message: `explicit ${boundaryOf(s)!.word} with \`transactions: runner\`: the runner already wraps the migration in a transaction, so this ${RUNNER_EFFECT[tc]}`,
                help: addsValue
                  ? SPLIT_ADD_VALUE
                  : 'Remove BEGIN/COMMIT from the file (the runner wraps it), or set `transactions: explicit`.',
              });
            }
          }
          return;
        }

        // Explicit transactions: what the file's own boundaries do (src/model/transactions.ts).
        const model = context.fileTransactions();
        let blocks = 0;
        let strayCommit: SqlStatement | undefined;
        let inRun = false; // inside a run of statements outside any block (reported once per run)
        const outside: { stmt: SqlStatement; after: SqlStatement | undefined }[] = [];
        const opened = (tx: Transaction) =>
          tx.opener && boundaryOf(tx.opener)?.kind === 'begin'
            ? `opened on line ${line(file, tx.opener)}`
            : `started by the ${boundaryOf(tx.opener!)?.word ?? 'COMMIT AND CHAIN'} on line ${line(file, tx.opener!)}`;
        stmts.forEach((s, i) => {
          const st = model.statements[i]!;
          const b = st.boundary;
          if (b) inRun = false;
          if (st.effect?.kind === 'fails' && b && b.kind !== 'commit-prepared' && b.kind !== 'rollback-prepared') {
            context.report({
              stmt: s,
              message: `${b.word} outside a transaction block fails: PostgreSQL raises "${st.effect.error}" (SQLSTATE ${st.effect.sqlstate}) and the migration stops there`,
              help: `Put it between BEGIN and COMMIT${b.chain ? ', or use a plain COMMIT' : ''}.`,
            });
            return;
          }
          if (b?.kind === 'begin') {
            if (st.effect) {
              context.report({
                stmt: s,
                message: `${b.word} inside the transaction ${opened(st.tx)}: PostgreSQL only warns "there is already a transaction in progress", and the first COMMIT ends both`,
                help: 'Use a single BEGIN … COMMIT; use SAVEPOINT for nested steps.',
              });
              return;
            }
            if (blocks > 0 && st.lastEnd) {
              context.report({
                stmt: s,
                message: `a second transaction block (the first one was committed on line ${line(file, st.lastEnd.stmt)}): if this one fails, the first stays committed and the migration is half applied`,
                help: 'Use one BEGIN … COMMIT around all statements, or split the migration in two files.',
              });
            }
            blocks++;
          } else if (b?.kind === 'commit' || b?.kind === 'rollback' || b?.kind === 'prepare') {
            if ((b.kind === 'rollback' || b.kind === 'prepare') && st.inBlock) {
              context.report({
                stmt: s,
                message:
                  b.kind === 'rollback'
                    ? `${b.word} in a migration: everything before it in the transaction is undone, yet the migration is recorded as applied`
                    : 'PREPARE TRANSACTION in a migration: its changes stay uncommitted, holding their locks, until someone runs COMMIT PREPARED, yet the migration is recorded as applied',
                help: 'End the migration with COMMIT; raise an exception (RAISE EXCEPTION in a DO block) to make it fail instead.',
              });
            } else if (st.effect && blocks === 0) {
              strayCommit ??= s;
            } else if (st.effect) {
              context.report({
                stmt: s,
                message: `${b.word} with no transaction open (the block was already ended on line ${line(file, st.lastEnd!.stmt)}): PostgreSQL only warns "there is no transaction in progress", and the statements since then each committed on their own`,
                help: 'Keep exactly one BEGIN … COMMIT around all statements.',
              });
            } else if (b.chain) {
              context.report({
                stmt: s,
                message: `${b.word} commits the transaction ${opened(st.tx)} and at once starts a new one (same isolation level and access mode) for the statements after it: if one of them fails, what was committed here stays and the migration is half applied`,
                help: 'Use one BEGIN … COMMIT around all statements, or split the migration in two files.',
              });
            }
            if (b.chain && !st.effect) blocks++;
          } else if (!b && !st.inBlock) {
            if (isNeutral(s)) {
              if (s.kind === 'VariableSetStmt' && s.node['is_local']) {
                context.report({
                  stmt: s,
                  message: 'SET LOCAL outside a transaction block has no effect: PostgreSQL warns "SET LOCAL can only be used in transaction blocks" and the setting is gone before the next statement',
                  help: 'Put SET LOCAL after BEGIN (or use SET before BEGIN).',
                });
              }
            } else if (!inRun) {
              inRun = true;
              outside.push({ stmt: s, after: st.lastEnd?.stmt });
            }
          }
        });
        if (model.open?.opener) {
          const b = boundaryOf(model.open.opener)!;
          context.report({
            stmt: model.open.opener,
            message:
              b.kind === 'begin'
                ? 'BEGIN without COMMIT: the transaction stays open until the session ends and is then rolled back, or the runner commits it with whatever comes next'
                : `${b.word} starts a new transaction that no COMMIT ends: it stays open until the session ends and is then rolled back, or the runner commits it with whatever comes next`,
            help: 'End the migration with COMMIT;',
          });
        }
        if (strayCommit && blocks > 0) {
          context.report({
            stmt: strayCommit,
            message: `${boundaryOf(strayCommit)!.word} without a BEGIN: PostgreSQL only warns "there is no transaction in progress", and the statements before it each committed on their own`,
            help: 'Keep exactly one BEGIN … COMMIT around all statements.',
          });
        }
        if (blocks === 0) {
          context.report({
            stmt: work[0],
            message:
              'the migration is not wrapped in a transaction: each statement commits on its own, so if a later one fails the earlier ones stay applied and the schema is left half migrated' +
              (strayCommit ? ` (the ${boundaryOf(strayCommit)!.word} on line ${line(file, strayCommit)} has no BEGIN: PostgreSQL only warns "there is no transaction in progress")` : ''),
          });
          return;
        }
        for (const o of outside) {
          context.report({
            stmt: o.stmt,
            message: o.after
              ? `statement after the ${boundaryOf(o.after)!.word} on line ${line(file, o.after)} runs outside the transaction: if it fails, the migration is half applied`
              : 'statement before BEGIN runs outside the transaction: it stays applied if the transaction fails',
            help: 'Move it between BEGIN and COMMIT.',
          });
        }
      },
    };
  },
});
