import { defineRule } from '../src/lint/types.js';
import { displayName, findAll, nameListKey, relationKey, hasOption, type Node, type RangeVar } from '../src/model/ast.js';
import type { Catalog } from '../src/model/catalog.js';
import type { MigrationFile } from '../src/model/project.js';
import type { AstNode, SqlStatement } from '../src/parse/parser.js';
import { topLevelStatement } from '../src/model/statements.js';

const HELP =
  "Put SET LOCAL lock_timeout = '5s'; right after BEGIN (SET lock_timeout = '5s'; in a migration without a transaction block), and retry the migration when it times out.";

/** The table locks that matter here, weakest first (PostgreSQL's lock modes 6, 7 and 8). */
type Mode = 'SHARE ROW EXCLUSIVE' | 'EXCLUSIVE' | 'ACCESS EXCLUSIVE';
const STRENGTH: Record<Mode, number> = { 'SHARE ROW EXCLUSIVE': 6, EXCLUSIVE: 7, 'ACCESS EXCLUSIVE': 8 };
const LOCK_MODES: Record<number, Mode> = { 6: 'SHARE ROW EXCLUSIVE', 7: 'EXCLUSIVE', 8: 'ACCESS EXCLUSIVE' };

/** One strong lock a statement takes on one relation. */
interface Lock {
  mode: Mode;
  /** Catalog key of the locked relation (an index stands for its table); undefined: many tables at once. */
  key: string | undefined;
  /** Where to point (a RangeVar with a location). */
  node?: RangeVar | undefined;
  /** What is locked, for the message ("table orders", "every table in the database"). */
  target?: string;
  /** The key names an index (its table's queries need it). */
  index?: boolean;
  /** What the key names when the catalog does not know it (default: a table). */
  kind?: string;
  /**
   * REINDEX: the ACCESS EXCLUSIVE lock is on indexes only, the table itself gets SHARE
   * (measured in test/db/reindex-locks.test.ts). 'indexes': the key is a table, every index of it
   * is locked; 'index': the key is the one index. A SELECT on the table waits too, even one whose
   * plan uses no index: the planner opens every index of the table (plancat.c: get_relation_info).
   */
  reindex?: 'indexes' | 'index';
}

/**
 * Where lock_timeout stands: the session value, and a SET LOCAL value until the transaction it
 * was set in ends (src/model/transactions.ts: a COMMIT AND CHAIN starts a new one, and the SET
 * LOCAL value is gone there too — measured in test/model/transactions.test.ts).
 */
interface TimeoutState {
  session: boolean;
  /** `scope`: the transaction (or, in a body that COMMITs, the top-level statement) it lasts for. */
  local?: { on: boolean; scope: object };
}

export default defineRule({
  meta: {
    id: 'lock-timeout-missing',
    description: 'A statement taking ACCESS EXCLUSIVE or SHARE ROW EXCLUSIVE on an existing table with no lock_timeout set.',
    severity: 'warning',
    help: HELP,
  },
  create(context) {
    const { catalog, settings } = context;
    const runnerSetsTimeout = !isZero(settings.runnerLockTimeout ?? '');
    let state: TimeoutState = { session: false };
    let first: { stmt: SqlStatement; lock: Lock; label: string; inTx: boolean; byRunner: boolean; on: string; users: string } | undefined;
    let more = 0;

    const inTransaction = (stmt: SqlStatement) => context.transaction(stmt)?.inBlock ?? false;
    /** The transaction a SET LOCAL of this statement lasts for. */
    const scopeOf = (stmt: SqlStatement): object => context.transaction(stmt)?.tx ?? topLevelStatement(stmt);

    const covered = (stmt: SqlStatement): boolean => {
      const local = state.local;
      if (local && local.scope === scopeOf(stmt)) return local.on;
      return state.session;
    };

    const setTimeout = (stmt: SqlStatement, on: boolean, isLocal: boolean) => {
      // SET LOCAL outside a transaction block only lasts for the statement's own transaction.
      if (isLocal) state.local = { on, scope: scopeOf(stmt) };
      // A plain SET also replaces a SET LOCAL value of the current transaction.
      else state = { session: on };
    };

    return {
      file() {
        state = { session: false };
        first = undefined;
        more = 0;
      },
      statement(stmt, file) {
        if (runnerSetsTimeout) return;
        const n = stmt.node;
        // Where each transaction ends is the model's business (covered() compares transactions).
        if (stmt.kind === 'TransactionStmt') return;
        if (stmt.kind === 'VariableSetStmt') {
          const kind = String(n['kind']);
          if (kind === 'VAR_RESET_ALL') state = { session: false };
          else if (n['name'] === 'lock_timeout') {
            const on = kind === 'VAR_SET_VALUE' && !isZero(constText((n['args'] as AstNode[] | undefined)?.[0]));
            setTimeout(stmt, on, Boolean(n['is_local']));
          }
          return;
        }
        // SELECT set_config('lock_timeout', '5s', is_local)
        for (const call of findAll(n, 'FuncCall')) {
          const name = nameListKey(call.funcname);
          const args = (call.args ?? []) as AstNode[];
          if (name !== 'public.set_config' && name !== 'pg_catalog.set_config') continue;
          if (constText(args[0]) !== 'lock_timeout' || args.length < 2) continue;
          const value = constText(args[1]);
          if (value === undefined) continue;
          setTimeout(stmt, !isZero(value), args[2]?.['A_Const']?.['boolval']?.['boolval'] === true);
        }
        if (covered(stmt)) return;
        const found = locksOf(stmt, catalog, file);
        if (!found) return;
        const lock = found.locks
          .filter((l) => l.key === undefined || catalog.isPreExisting(l.key, file))
          .sort((a, b) => STRENGTH[b.mode] - STRENGTH[a.mode])[0];
        if (!lock) return;
        if (first) more++;
        // Named now: by the end of the file the catalog may have dropped or renamed it.
        else first = { stmt, lock, label: found.label, inTx: inTransaction(stmt), byRunner: context.transaction(stmt)?.tx.kind === 'runner', ...subject(catalog, lock) };
      },
      fileExit() {
        if (!first) return;
        const { stmt, lock, label, inTx, byRunner, on, users } = first;
        const many = lock.key === undefined;
        const waiting = lock.reindex
          ? `every later INSERT, UPDATE and DELETE on ${users} queues behind it, and so does every SELECT (the planner opens each index of the table, even for a sequential scan)`
          : lock.mode === 'ACCESS EXCLUSIVE'
            ? `every later query on ${users}, SELECT included, queues behind it`
            : `every later INSERT, UPDATE and DELETE on ${users} queues behind it (reads go on)`;
        const takes = lock.reindex === 'indexes'
          ? `a SHARE lock on ${on} and an ACCESS EXCLUSIVE lock on each of ${many ? 'their indexes (one table at a time)' : 'its indexes'}`
          : lock.reindex === 'index'
            ? `an ACCESS EXCLUSIVE lock on ${on} and a SHARE lock on the table`
            : `${article(lock.mode)} ${lock.mode} lock on ${on}`;
        const others = more ? ` (${more} later statement${more > 1 ? 's' : ''} in this migration take${more > 1 ? '' : 's'} such locks too)` : '';
        context.report({
          stmt,
          node: lock.node,
          message: `${label} takes ${takes} and no lock_timeout is set: while it waits for ${lock.reindex ? 'these locks' : 'the lock'} behind any open transaction that used ${users}, ${waiting}, an outage on a busy table${others}`,
          help: byRunner
            ? "Put SET LOCAL lock_timeout = '5s'; at the top of the migration (the runner's transaction wraps the file), and retry the migration when it times out."
            : inTx
            ? "Put SET LOCAL lock_timeout = '5s'; at the top of the transaction (right after BEGIN), and retry the migration when it times out."
            : "Put SET lock_timeout = '5s'; at the top of the migration (it has no transaction block, so SET LOCAL would not last), and retry when it times out.",
        });
      },
    };
  },
});


const article = (mode: Mode) => (mode === 'SHARE ROW EXCLUSIVE' ? 'a' : 'an');

/**
 * What the lock is on ("existing table orders", "index idx_a of an existing table") and whose
 * queries queue behind it ("orders", "its table").
 */
function subject(catalog: Catalog, lock: Lock): { on: string; users: string } {
  if (lock.key === undefined) return { on: lock.target ?? 'many tables', users: 'them' };
  const info = catalog.relation(lock.key);
  if (info?.kind === 'index' || lock.index) {
    if (info?.table) {
      const table = displayName(info.table);
      return { on: `index ${displayName(lock.key)} of existing table ${table}`, users: table };
    }
    return { on: `index ${displayName(lock.key)} of an existing table`, users: 'its table' };
  }
  const name = displayName(lock.key);
  return { on: `existing ${info?.kind ?? lock.kind ?? 'table'} ${name}`, users: name };
}

/** Text of a constant: '5s' → "5s", 5000 → "5000", 0 → "0". */
function constText(n: AstNode | undefined): string | undefined {
  const c = n?.['A_Const'];
  if (!c) return undefined;
  if (c['sval']) return String(c['sval']['sval'] ?? '');
  if (c['ival']) return String(c['ival']['ival'] ?? 0);
  if (c['fval']) return String(c['fval']['fval'] ?? '0');
  return undefined;
}

/** '', 0, '0', '0s', '0ms': no timeout. An unknown value (a parameter) counts as set. */
function isZero(value: string | undefined): boolean {
  if (value === undefined) return false;
  return /^\s*(0+(\.0*)?\s*(us|ms|s|min|h|d)?)?\s*$/i.test(value);
}

const SHARE_UPDATE_EXCLUSIVE_COMMANDS = new Set([
  'AT_SetStatistics',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_ValidateConstraint',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_DetachPartitionFinalize',
]);
const TRIGGER_COMMANDS = new Set([
  'AT_EnableTrig',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
  'AT_DisableTrig',
  'AT_EnableTrigAll',
  'AT_DisableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrigUser',
]);
/** Storage parameters PostgreSQL changes under SHARE UPDATE EXCLUSIVE (others, e.g. user_catalog_table, need ACCESS EXCLUSIVE). */
const WEAK_RELOPTION = /^(fillfactor|autovacuum_.*|toast\..*|toast_tuple_target|parallel_workers|vacuum_index_cleanup|vacuum_truncate|log_autovacuum_min_duration|deduplicate_items|pages_per_range|autosummarize)$/;

/** Relation kinds of ALTER TABLE / ALTER INDEX / … that name a table or something queries depend on. */
const ALTER_LABELS: Record<string, string> = {
  OBJECT_TABLE: 'ALTER TABLE',
  OBJECT_FOREIGN_TABLE: 'ALTER FOREIGN TABLE',
  OBJECT_INDEX: 'ALTER INDEX',
  OBJECT_VIEW: 'ALTER VIEW',
  OBJECT_MATVIEW: 'ALTER MATERIALIZED VIEW',
};
const DROP_LABELS: Record<string, string> = {
  OBJECT_TABLE: 'DROP TABLE',
  OBJECT_FOREIGN_TABLE: 'DROP FOREIGN TABLE',
  OBJECT_INDEX: 'DROP INDEX',
  OBJECT_VIEW: 'DROP VIEW',
  OBJECT_MATVIEW: 'DROP MATERIALIZED VIEW',
};
/** DROP TRIGGER / POLICY / RULE … ON table: the objects are [schema.]table.name. */
const DROP_ON_TABLE: Record<string, string> = { OBJECT_TRIGGER: 'DROP TRIGGER', OBJECT_POLICY: 'DROP POLICY', OBJECT_RULE: 'DROP RULE' };
const RENAME_ON_RELATION = new Set([
  'OBJECT_TABLE',
  'OBJECT_FOREIGN_TABLE',
  'OBJECT_VIEW',
  'OBJECT_MATVIEW',
  'OBJECT_TABCONSTRAINT',
  'OBJECT_TRIGGER',
  'OBJECT_POLICY',
  'OBJECT_RULE',
]);

const rv = (n: unknown): RangeVar | undefined => n as RangeVar | undefined;
const relationsOf = (list: unknown): RangeVar[] => ((list ?? []) as Node[]).flatMap((r) => ('RangeVar' in r ? [r.RangeVar] : []));

/** FOREIGN KEY constraints in a list of column definitions and constraints: SHARE ROW EXCLUSIVE on each referenced table. */
function foreignKeyLocks(tree: unknown): Lock[] {
  return findAll(tree, 'Constraint')
    .filter((c) => c.contype === 'CONSTR_FOREIGN' && c.pktable)
    .map((c) => ({ mode: 'SHARE ROW EXCLUSIVE' as Mode, key: relationKey(c.pktable), node: c.pktable }));
}

/**
 * The locks of mode SHARE ROW EXCLUSIVE or stronger that a statement takes, as PostgreSQL's
 * AlterTableGetLockLevel and friends decide them (checked against pg_locks on PostgreSQL 15).
 */
function locksOf(stmt: SqlStatement, catalog: Catalog, file: MigrationFile): { label: string; locks: Lock[] } | undefined {
  const n = stmt.node;
  const one = (label: string, mode: Mode, relation: RangeVar | undefined) => ({ label, locks: [{ mode, key: relationKey(relation), node: relation }] });
  switch (stmt.kind) {
    case 'AlterTableStmt': {
      const label = ALTER_LABELS[String(n['objtype'])];
      if (!label) return undefined;
      const relation = rv(n['relation']);
      const key = relationKey(relation);
      const locks: Lock[] = [];
      for (const c of (n['cmds'] ?? []) as Node[]) {
        if (!('AlterTableCmd' in c)) continue;
        const cmd = c.AlterTableCmd as AstNode;
        const subtype = String(cmd['subtype']);
        const here = (mode: Mode) => locks.push({ mode, key, node: relation, index: n['objtype'] === 'OBJECT_INDEX' });
        if (SHARE_UPDATE_EXCLUSIVE_COMMANDS.has(subtype)) continue;
        if (TRIGGER_COMMANDS.has(subtype)) here('SHARE ROW EXCLUSIVE');
        else if (subtype === 'AT_SetRelOptions' || subtype === 'AT_ResetRelOptions') {
          const names = findAll(cmd['def'], 'DefElem').map((d) => `${d.defnamespace ? `${d.defnamespace}.` : ''}${d.defname}`);
          const weak = n['objtype'] !== 'OBJECT_VIEW' && names.every((x) => WEAK_RELOPTION.test(x));
          if (!weak) here('ACCESS EXCLUSIVE');
        } else if (subtype === 'AT_AttachPartition') {
          // The parent gets SHARE UPDATE EXCLUSIVE; the partition (or partition index) ACCESS EXCLUSIVE.
          const part = rv(cmd['def']?.['PartitionCmd']?.['name']);
          locks.push({ mode: 'ACCESS EXCLUSIVE', key: relationKey(part), node: part, index: n['objtype'] === 'OBJECT_INDEX' });
        } else if (subtype === 'AT_DetachPartition') {
          if (cmd['def']?.['PartitionCmd']?.['concurrent']) continue;
          const part = rv(cmd['def']?.['PartitionCmd']?.['name']);
          here('ACCESS EXCLUSIVE');
          locks.push({ mode: 'ACCESS EXCLUSIVE', key: relationKey(part), node: part });
        } else if (subtype === 'AT_AddConstraint' && cmd['def']?.['Constraint']?.['contype'] === 'CONSTR_FOREIGN') {
          here('SHARE ROW EXCLUSIVE');
          locks.push(...foreignKeyLocks(cmd['def']));
        } else {
          here('ACCESS EXCLUSIVE');
          // ADD COLUMN … REFERENCES also locks the referenced table.
          if (subtype === 'AT_AddColumn') locks.push(...foreignKeyLocks(cmd['def']));
        }
      }
      return { label, locks };
    }
    case 'AlterTableMoveAllStmt':
      return { label: 'ALTER … ALL IN TABLESPACE', locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target: `every ${String(n['objtype']) === 'OBJECT_INDEX' ? 'index' : 'table'} in tablespace ${n['orig_tablespacename']}` }] };
    case 'RenameStmt': {
      const type = String(n['renameType']);
      const relType = String(n['relationType']);
      if (RENAME_ON_RELATION.has(type) || (type === 'OBJECT_COLUMN' && relType !== 'OBJECT_TYPE')) {
        return one('ALTER … RENAME', 'ACCESS EXCLUSIVE', rv(n['relation']));
      }
      return undefined;
    }
    case 'AlterObjectSchemaStmt':
      if (!['OBJECT_TABLE', 'OBJECT_FOREIGN_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW'].includes(String(n['objectType']))) return undefined;
      return one('ALTER … SET SCHEMA', 'ACCESS EXCLUSIVE', rv(n['relation']));
    case 'DropStmt': {
      const type = String(n['removeType']);
      const objects = ((n['objects'] ?? []) as Node[]).map((o) => ('List' in o ? (o.List.items ?? []) : []));
      if (DROP_LABELS[type]) {
        if (type === 'OBJECT_INDEX' && n['concurrent']) return undefined;
        const locks = objects.map((items) => ({ mode: 'ACCESS EXCLUSIVE' as Mode, key: nameListKey(items), index: type === 'OBJECT_INDEX' }));
        return { label: DROP_LABELS[type]!, locks };
      }
      if (DROP_ON_TABLE[type]) {
        const locks = objects.map((items) => ({ mode: 'ACCESS EXCLUSIVE' as Mode, key: nameListKey(items.slice(0, -1)) }));
        return { label: DROP_ON_TABLE[type]!, locks };
      }
      return undefined;
    }
    case 'TruncateStmt':
      return { label: 'TRUNCATE', locks: relationsOf(n['relations']).map((r) => ({ mode: 'ACCESS EXCLUSIVE' as Mode, key: relationKey(r), node: r })) };
    case 'LockStmt': {
      const mode = LOCK_MODES[Number(n['mode'] ?? 8)];
      if (!mode) return undefined;
      return { label: 'LOCK TABLE', locks: relationsOf(n['relations']).map((r) => ({ mode, key: relationKey(r), node: r })) };
    }
    case 'CreateTrigStmt':
      return one(n['replace'] ? 'CREATE OR REPLACE TRIGGER' : 'CREATE TRIGGER', 'SHARE ROW EXCLUSIVE', rv(n['relation']));
    case 'CreatePolicyStmt':
      return one('CREATE POLICY', 'ACCESS EXCLUSIVE', rv(n['table']));
    case 'AlterPolicyStmt':
      return one('ALTER POLICY', 'ACCESS EXCLUSIVE', rv(n['table']));
    case 'RuleStmt':
      return one('CREATE RULE', 'ACCESS EXCLUSIVE', rv(n['relation']));
    case 'CreateStmt': {
      const locks = foreignKeyLocks(n['tableElts']);
      let label = 'CREATE TABLE … REFERENCES';
      if (n['partbound']) {
        // PARTITION OF takes ACCESS EXCLUSIVE on the parent.
        for (const p of (n['inhRelations'] ?? []) as Node[]) {
          if ('RangeVar' in p) locks.unshift({ mode: 'ACCESS EXCLUSIVE', key: relationKey(p.RangeVar), node: p.RangeVar });
        }
        label = 'CREATE TABLE … PARTITION OF';
      }
      return { label, locks };
    }
    case 'ViewStmt': {
      // CREATE OR REPLACE VIEW of a view that exists. In a versioned migration, only a view the catalog knows.
      const key = relationKey(rv(n['view']));
      if (!n['replace'] || (file.kind !== 'repeatable' && !catalog.relation(key))) return undefined;
      return { label: 'CREATE OR REPLACE VIEW', locks: [{ mode: 'ACCESS EXCLUSIVE', key, node: rv(n['view']), kind: 'view' }] };
    }
    case 'RefreshMatViewStmt':
      if (n['concurrent']) return undefined;
      return { label: 'REFRESH MATERIALIZED VIEW', locks: [{ mode: 'ACCESS EXCLUSIVE', key: relationKey(rv(n['relation'])), node: rv(n['relation']), kind: 'materialized view' }] };
    case 'ReindexStmt': {
      // SHARE on the table, ACCESS EXCLUSIVE on the indexes rebuilt (indexcmds.c: ReindexTable,
      // ReindexIndex; reindex_index). SCHEMA / DATABASE / SYSTEM: the same, table by table, each
      // in a transaction of its own (ReindexMultipleTables).
      if (hasOption(n['params'], 'concurrently')) return undefined;
      const kind = String(n['kind']);
      const what = kind.replace('REINDEX_OBJECT_', '');
      const label = `REINDEX ${what}`;
      if (kind === 'REINDEX_OBJECT_TABLE' || kind === 'REINDEX_OBJECT_INDEX') {
        const relation = rv(n['relation']);
        const index = kind === 'REINDEX_OBJECT_INDEX';
        return { label, locks: [{ mode: 'ACCESS EXCLUSIVE', key: relationKey(relation), node: relation, index, reindex: index ? 'index' : 'indexes' }] };
      }
      const target = kind === 'REINDEX_OBJECT_SYSTEM' ? 'every system catalog' : `every table in ${what.toLowerCase()} ${n['name'] ?? ''}`.trim();
      return { label, locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target, reindex: 'indexes' }] };
    }
    case 'ClusterStmt':
      if (!n['relation']) return { label: 'CLUSTER', locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target: 'every table clustered before' }] };
      return one('CLUSTER', 'ACCESS EXCLUSIVE', rv(n['relation']));
    case 'VacuumStmt': {
      if (!n['is_vacuumcmd'] || !hasOption(n['options'], 'full')) return undefined;
      const rels = findAll(n['rels'], 'VacuumRelation').map((r) => r.relation);
      if (rels.length === 0) return { label: 'VACUUM FULL', locks: [{ mode: 'ACCESS EXCLUSIVE', key: undefined, target: 'every table in the database, one at a time' }] };
      return { label: 'VACUUM FULL', locks: rels.map((r) => ({ mode: 'ACCESS EXCLUSIVE' as Mode, key: relationKey(r), node: r })) };
    }
    default:
      return undefined;
  }
}
