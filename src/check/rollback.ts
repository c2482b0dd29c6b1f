/**
 * Verifying a migration's rollback without disturbing the forward chain (issue #11): right after
 * `m` was applied on the scratch database, its rollback runs, the schema is compared with the
 * snapshot taken before `m`, and `m` runs again (up → down → up) — on a state that is thrown away
 * afterwards, so a rollback that is broken, incomplete or deliberately irreversible never stops
 * the migrations after it from being applied and checked.
 *
 * - Both files atomic (transactional, or one BEGIN … COMMIT block): inside one transaction on the
 *   scratch database — the rollback, the snapshot, a SAVEPOINT, `m` again — then ROLLBACK. Cheap,
 *   and PostgreSQL's own transaction is the copy. (A file's own BEGIN and COMMIT are left out.)
 * - Otherwise (CONCURRENTLY, several transaction blocks, a COMMITting DO block): on a copy of the
 *   scratch database (Scratch.copy: CREATE DATABASE … TEMPLATE on a server; on PGlite the
 *   instance itself, checkpointed and restored from its data directory afterwards).
 * - Without a copy: in place, as before; a failure there is reported as disturbing the chain.
 *
 * Each step starts from a reset session (RESET_SESSION), as the runner runs each file: what the
 * migration SET in its session does not carry into its rollback.
 */
import { ApplyError, applyFile, applyInside, planFile, type ApplyHooks, type ApplyPlan } from '../db/apply.js';
import type { Db, Scratch } from '../db/engine.js';
import { RESET_SESSION } from '../db/executor.js';
import type { RoutineLookup } from '../model/statements.js';
import type { MigrationFile } from '../model/project.js';
import { diffSnapshots, type SchemaDiff } from './diff.js';
import type { Snapshot } from './snapshot.js';

export interface RollbackVerdict {
  /** Where the rollback ran: a transaction rolled back afterwards, a copy, or the chain itself. */
  how: 'transaction' | 'copy' | 'in-place';
  /** The rollback itself failed (rollback-failed). */
  failure?: ApplyError;
  /** The schema after the rollback, against before the migration (undefined when the rollback failed). */
  diff?: SchemaDiff;
  /** Applying the migration again after its rollback failed. */
  reapplyError?: ApplyError;
  downMs?: number;
  /** In place only: the chain's database is no longer in the state after `m`. */
  disturbed: boolean;
}

export interface VerifyContext {
  db: Db;
  /** A copy of the scratch database as it is now; absent: verify in place. */
  copy?: () => Promise<Scratch>;
  snapshot: (db: Db) => Promise<Snapshot>;
  routine?: RoutineLookup;
  /** Statements not to send, per file (check's guard against cluster-wide statements on a server). */
  skip?: (file: MigrationFile) => ApplyHooks['skip'];
  /** When the run started (ms since the epoch): time literals PostgreSQL folded since then are not differences. */
  foldedSince?: number;
  /** Called as the phases start and end, for progress lines. */
  phase?: (name: 'rollback' | 'reapply') => (ok: boolean) => void;
}

const now = () => performance.now();

export async function verifyRollback(ctx: VerifyContext, m: MigrationFile, rollback: MigrationFile, before: Snapshot): Promise<RollbackVerdict> {
  let rbPlan: ApplyPlan;
  let mPlan: ApplyPlan;
  try {
    rbPlan = planFile(rollback, ctx.routine);
  } catch (e) {
    if (!(e instanceof ApplyError)) throw e;
    return { how: 'transaction', failure: e, disturbed: false };
  }
  try {
    mPlan = planFile(m, ctx.routine);
  } catch (e) {
    if (!(e instanceof ApplyError)) throw e;
    return { how: 'transaction', reapplyError: e, disturbed: false };
  }
  if (rbPlan.atomic && mPlan.atomic) return inTransaction(ctx, m, mPlan, rollback, rbPlan, before);
  if (ctx.copy) {
    const copy = await ctx.copy();
    try {
      return { ...(await upDownUp(ctx, copy.db, m, mPlan, rollback, rbPlan, before)), how: 'copy', disturbed: false };
    } finally {
      await copy.dispose();
    }
  }
  const v = await upDownUp(ctx, ctx.db, m, mPlan, rollback, rbPlan, before);
  return { ...v, how: 'in-place', disturbed: v.failure !== undefined || v.reapplyError !== undefined };
}

async function inTransaction(ctx: VerifyContext, m: MigrationFile, mPlan: ApplyPlan, rollback: MigrationFile, rbPlan: ApplyPlan, before: Snapshot): Promise<RollbackVerdict> {
  const { db } = ctx;
  await db.exec('BEGIN');
  try {
    const run = (file: MigrationFile, plan: ApplyPlan) => applyInside(db, file, plan, ctx.skip?.(file));
    return { ...(await downUp(ctx, db, run, m, mPlan, rollback, rbPlan, before)), how: 'transaction', disturbed: false };
  } finally {
    await db.exec('ROLLBACK');
  }
}

function upDownUp(ctx: VerifyContext, db: Db, m: MigrationFile, mPlan: ApplyPlan, rollback: MigrationFile, rbPlan: ApplyPlan, before: Snapshot) {
  const run = async (file: MigrationFile, plan: ApplyPlan) => {
    await applyFile(db, file, { routine: ctx.routine, skip: ctx.skip?.(file) }, plan);
  };
  return downUp(ctx, db, run, m, mPlan, rollback, rbPlan, before);
}

/** The rollback, the comparison with `before`, the migration again: each step run by `run`. */
async function downUp(
  ctx: VerifyContext,
  db: Db,
  run: (file: MigrationFile, plan: ApplyPlan) => Promise<void>,
  m: MigrationFile,
  mPlan: ApplyPlan,
  rollback: MigrationFile,
  rbPlan: ApplyPlan,
  before: Snapshot,
): Promise<Omit<RollbackVerdict, 'how' | 'disturbed'>> {
  const step = async (name: 'rollback' | 'reapply', file: MigrationFile, plan: ApplyPlan): Promise<ApplyError | undefined> => {
    const done = ctx.phase?.(name);
    try {
      await db.exec(RESET_SESSION);
      await run(file, plan);
      done?.(true);
      return undefined;
    } catch (e) {
      if (!(e instanceof ApplyError)) throw e;
      done?.(false);
      return e;
    }
  };
  const started = now();
  const failure = await step('rollback', rollback, rbPlan);
  if (failure) return { failure };
  const downMs = now() - started;
  const diff = diffSnapshots(before, await ctx.snapshot(db), ctx.foldedSince);
  const reapplyError = await step('reapply', m, mPlan);
  return reapplyError ? { downMs, diff, reapplyError } : { downMs, diff };
}
