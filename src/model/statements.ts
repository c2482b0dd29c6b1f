/**
 * Facts about statements that several rules share.
 */
import type { SqlStatement } from '../parse/parser.js';
import { hasOption, nameListKey } from './ast.js';
import type { MigrationFile } from './project.js';

/**
 * Why a statement cannot run inside a transaction block (PostgreSQL raises
 * "… cannot run inside a transaction block", SQLSTATE 25001), or undefined when it can.
 */
export function nonTransactional(stmt: SqlStatement): string | undefined {
  const n = stmt.node;
  switch (stmt.kind) {
    case 'IndexStmt':
      return n['concurrent'] ? 'CREATE INDEX CONCURRENTLY' : undefined;
    case 'DropStmt':
      return n['concurrent'] ? 'DROP INDEX CONCURRENTLY' : undefined;
    case 'ReindexStmt': {
      if (hasOption(n['params'], 'concurrently')) return 'REINDEX CONCURRENTLY';
      const kind = String(n['kind']);
      if (kind === 'REINDEX_OBJECT_DATABASE' || kind === 'REINDEX_OBJECT_SYSTEM' || kind === 'REINDEX_OBJECT_SCHEMA') {
        return `REINDEX ${kind.replace('REINDEX_OBJECT_', '')}`;
      }
      return undefined;
    }
    case 'AlterTableStmt': {
      for (const c of n['cmds'] ?? []) {
        const cmd = c['AlterTableCmd'];
        if (cmd?.subtype === 'AT_DetachPartition' && cmd.def?.['PartitionCmd']?.concurrent) {
          return 'ALTER TABLE … DETACH PARTITION … CONCURRENTLY';
        }
      }
      return undefined;
    }
    case 'VacuumStmt':
      return n['is_vacuumcmd'] ? 'VACUUM' : undefined;
    case 'CreatedbStmt':
      return 'CREATE DATABASE';
    case 'DropdbStmt':
      return 'DROP DATABASE';
    case 'AlterSystemStmt':
      return 'ALTER SYSTEM';
    case 'CreateTableSpaceStmt':
      return 'CREATE TABLESPACE';
    case 'DropTableSpaceStmt':
      return 'DROP TABLESPACE';
    case 'ClusterStmt':
      return n['relation'] ? undefined : 'CLUSTER (of every table)';
    case 'CreateSubscriptionStmt':
      return hasOptionFalse(n['options'], 'create_slot') ? undefined : 'CREATE SUBSCRIPTION (creating a slot)';
    case 'DropSubscriptionStmt':
      return 'DROP SUBSCRIPTION (with a replication slot)';
    case 'AlterDatabaseStmt':
      return (n['options'] ?? []).some((o: { DefElem?: { defname?: string } }) => o.DefElem?.defname === 'tablespace')
        ? 'ALTER DATABASE … SET TABLESPACE'
        : undefined;
    case 'DiscardStmt':
      return n['target'] === 'DISCARD_ALL' ? 'DISCARD ALL' : undefined;
    case 'TransactionStmt':
      if (n['kind'] === 'TRANS_STMT_COMMIT_PREPARED') return 'COMMIT PREPARED';
      if (n['kind'] === 'TRANS_STMT_ROLLBACK_PREPARED') return 'ROLLBACK PREPARED';
      return undefined;
    default:
      return undefined;
  }
}

function hasOptionFalse(options: unknown, name: string): boolean {
  for (const o of (options ?? []) as { DefElem?: { defname?: string; arg?: Record<string, Record<string, unknown>> } }[]) {
    if (o.DefElem?.defname !== name) continue;
    const arg = o.DefElem.arg;
    const v = arg?.['String']?.['sval'] ?? arg?.['Boolean']?.['boolval'] ?? arg?.['Integer']?.['ival'];
    return v === false || v === 0 || /^(false|off|0)$/i.test(String(v));
  }
  return false;
}

/** Finds the CREATE PROCEDURE / CREATE FUNCTION statement that defines a routine, by catalog key. */
export type RoutineLookup = (key: string) => SqlStatement | undefined;

/**
 * Why a statement ends the transaction it runs in (a DO block or a called procedure that
 * COMMITs or ROLLBACKs), or undefined. Inside a transaction block, or from a function, this fails
 * with "invalid transaction termination" (SQLSTATE 2D000); at top level, outside a block, it works.
 */
export function endsTransaction(stmt: SqlStatement, lookup?: RoutineLookup, seen = new Set<string>()): string | undefined {
  if (stmt.kind === 'DoStmt') {
    if (stmt.body?.transactionControl) return 'a DO block that COMMITs or ROLLBACKs';
    for (const n of stmt.nested) {
      const inner = endsTransaction(n, lookup, seen);
      if (inner) return `a DO block that runs ${inner}`;
    }
    return undefined;
  }
  if (stmt.kind !== 'CallStmt' || !lookup) return undefined;
  const key = nameListKey(stmt.node['funccall']?.['funcname']);
  if (!key || seen.has(key)) return undefined;
  const proc = lookup(key);
  if (!proc) return undefined;
  const name = key.replace(/^public\./, '');
  if (proc.body?.transactionControl) return `CALL ${name}(), a procedure that COMMITs or ROLLBACKs`;
  seen.add(key);
  try {
    for (const n of proc.nested) {
      const inner = endsTransaction(n, lookup, seen);
      if (inner) return `CALL ${name}(), which runs ${inner}`;
    }
  } finally {
    seen.delete(key);
  }
  return undefined;
}

/** A statement that must run at top level outside a transaction block, and why. */
export function mustRunOutsideTransaction(stmt: SqlStatement, lookup?: RoutineLookup): string | undefined {
  return nonTransactional(stmt) ?? endsTransaction(stmt, lookup);
}

/** Statements that neither need nor break atomicity: session settings and ANALYZE. */
export function isNeutral(stmt: SqlStatement): boolean {
  if (stmt.kind === 'VariableSetStmt' || stmt.kind === 'VariableShowStmt') return true;
  return stmt.kind === 'VacuumStmt' && !stmt.node['is_vacuumcmd'];
}

/** The top-level statement a nested one runs in (through DO blocks and called functions). */
export function topLevelStatement(stmt: SqlStatement): SqlStatement {
  let s = stmt;
  while (s.context.callSite || s.context.parent) s = s.context.callSite ?? s.context.parent!;
  return s;
}

/** File offset of the first match of a global pattern inside the statement, at or after `from`. */
export function clauseOffset(file: MigrationFile, stmt: SqlStatement, from: number, pattern: RegExp): number | undefined {
  pattern.lastIndex = Math.max(from, stmt.start);
  const m = pattern.exec(file.text.slice(0, stmt.end));
  return m ? m.index : undefined;
}

/** What a cluster-wide statement acts on. */
export type ClusterObject = 'role' | 'database' | 'tablespace' | 'server configuration';

const RENAMED: Record<string, ClusterObject> = { OBJECT_ROLE: 'role', OBJECT_DATABASE: 'database', OBJECT_TABLESPACE: 'tablespace' };

/**
 * A statement that acts on the whole PostgreSQL cluster rather than the database it runs in
 * (roles, databases, tablespaces and ALTER SYSTEM are shared by every database of a server:
 * PostgreSQL docs, "Database Roles", "Managing Databases", "Tablespaces"), with its verb, e.g.
 * { object: 'database', verb: 'DROP DATABASE' }; undefined for every other statement.
 */
export function clusterWide(stmt: SqlStatement): { object: ClusterObject; verb: string } | undefined {
  const n = stmt.node;
  switch (stmt.kind) {
    case 'CreateRoleStmt':
      return { object: 'role', verb: 'CREATE ROLE' };
    case 'AlterRoleStmt':
    case 'AlterRoleSetStmt':
      return { object: 'role', verb: 'ALTER ROLE' };
    case 'DropRoleStmt':
      return { object: 'role', verb: 'DROP ROLE' };
    case 'GrantRoleStmt':
      return { object: 'role', verb: n['is_grant'] ? 'GRANT role membership' : 'REVOKE role membership' };
    case 'CreatedbStmt':
      return { object: 'database', verb: 'CREATE DATABASE' };
    case 'DropdbStmt':
      return { object: 'database', verb: 'DROP DATABASE' };
    case 'AlterDatabaseStmt':
    case 'AlterDatabaseSetStmt':
    case 'AlterDatabaseRefreshCollStmt':
      return { object: 'database', verb: 'ALTER DATABASE' };
    case 'CreateTableSpaceStmt':
      return { object: 'tablespace', verb: 'CREATE TABLESPACE' };
    case 'DropTableSpaceStmt':
      return { object: 'tablespace', verb: 'DROP TABLESPACE' };
    case 'AlterTableSpaceOptionsStmt':
      return { object: 'tablespace', verb: 'ALTER TABLESPACE' };
    case 'AlterSystemStmt':
      return { object: 'server configuration', verb: 'ALTER SYSTEM' };
    case 'RenameStmt': {
      const object = RENAMED[String(n['renameType'])];
      return object ? { object, verb: `ALTER ${object.toUpperCase()} … RENAME` } : undefined;
    }
    case 'AlterOwnerStmt': {
      const object = RENAMED[String(n['objectType'])];
      return object ? { object, verb: `ALTER ${object.toUpperCase()} … OWNER` } : undefined;
    }
    default:
      return undefined;
  }
}

/** Role names a role statement names (CREATE/ALTER/DROP ROLE, GRANT/REVOKE membership, RENAME). */
export function rolesNamed(stmt: SqlStatement): string[] {
  const n = stmt.node;
  const spec = (r: { RoleSpec?: { rolename?: string } } | undefined) => r?.RoleSpec?.rolename;
  const out: (string | undefined)[] = [];
  switch (stmt.kind) {
    case 'CreateRoleStmt':
      out.push(n['role']);
      break;
    case 'AlterRoleStmt':
    case 'AlterRoleSetStmt':
      out.push(n['role']?.rolename ?? spec(n['role']));
      break;
    case 'DropRoleStmt':
      for (const r of n['roles'] ?? []) out.push(spec(r));
      break;
    case 'GrantRoleStmt':
      for (const r of n['granted_roles'] ?? []) out.push(r?.AccessPriv?.priv_name);
      for (const r of n['grantee_roles'] ?? []) out.push(spec(r));
      break;
    case 'RenameStmt':
      out.push(n['subname'], n['newname']);
      break;
  }
  return out.filter((x): x is string => typeof x === 'string');
}

/** Every statement of the files, top-level and nested (DO blocks, function bodies), in order. */
export function eachStatement(files: MigrationFile[], fn: (stmt: SqlStatement) => void): void {
  const visit = (s: SqlStatement) => {
    fn(s);
    for (const n of s.nested) visit(n);
  };
  for (const f of files) for (const s of f.parsed.statements) visit(s);
}

/** Roles the files create (CREATE ROLE/USER/GROUP, also inside DO blocks), by name. */
export function rolesCreatedBy(files: MigrationFile[]): string[] {
  const names = new Set<string>();
  eachStatement(files, (s) => {
    if (s.kind === 'CreateRoleStmt') for (const r of rolesNamed(s)) names.add(r);
  });
  return [...names];
}

/**
 * Whether a text may hold CREATE FUNCTION / CREATE PROCEDURE: both keywords must be written out
 * (a keyword cannot be quoted or cut by a comment), so a text naming neither word holds none, and
 * need not be parsed to look for routines (check's state cache leaves such files unparsed).
 */
export function mayCreateRoutine(text: string): boolean {
  return /function|procedure/i.test(text);
}
