/**
 * Where a table's rows live, as the replayed migrations tell it: its persistence (logged or
 * UNLOGGED), its tablespace and its table access method. table-rewrite asks it whether an
 * ALTER TABLE … SET LOGGED / SET UNLOGGED / SET TABLESPACE / SET ACCESS METHOD changes anything:
 * PostgreSQL copies the table only when it does (src/backend/commands/tablecmds.c:
 * ATPrepChangePersistence returns "nothing to do" for the persistence the table already has;
 * CheckRelationTableSpaceMove is false for the tablespace it is already in, the database's own
 * counting as the 0 pg_class.reltablespace stores; ATPrepSetAccessMethod returns when relam is
 * already the one asked for).
 *
 * Shapes: `{ persistence: 'logged' | 'unlogged', tablespace: 'pg_default' | name, accessMethod:
 * 'heap' | name }`, each undefined when unknown. A table no migration created is unknown in every
 * respect. Written nowhere, the tablespace is the database's default, named `pg_default` (a
 * database created in another tablespace is not modelled), and the access method is `heap`,
 * unless a statement seen so far names default_tablespace / default_table_access_method (SET,
 * ALTER DATABASE/ROLE … SET, set_config, a function's SET clause): from then on a tablespace
 * (access method) no clause wrote is unknown. ALTER … ALL IN TABLESPACE makes every table's
 * tablespace unknown.
 */
import type { RangeVar } from '@pgsql/types';
import type { AstNode, SqlStatement } from '../../parse/parser.js';
import { relationKey, walk } from '../ast.js';
import type { CatalogState, Origin } from './state.js';

export interface Storage {
  persistence?: 'logged' | 'unlogged';
  /** 'pg_default' for the database's default tablespace. */
  tablespace?: string;
  accessMethod?: string;
}

/** The tablespace PostgreSQL uses when none is written and default_tablespace is unset. */
export const DEFAULT_TABLESPACE = 'pg_default';
/** default_table_access_method's default (src/backend/utils/misc/guc_tables.c). */
export const DEFAULT_ACCESS_METHOD = 'heap';

const SETTINGS = ['default_tablespace', 'default_table_access_method'] as const;
/** The ALTER TABLE subcommands that change a table's storage (TableStorage.step). */
const STORAGE_SUBTYPES = new Set(['AT_SetLogged', 'AT_SetUnLogged', 'AT_SetTableSpace', 'AT_SetAccessMethod']);

/**
 * Part of the catalog (Catalog.storage): it is replayed with the migrations whether or not a rule
 * asks, so a catalog checkpoint (checkpoint.ts) holds it. Keyed by the relation's Origin, the
 * CREATE that made the table (a rename keeps it).
 */
export class TableStorage {
  /** Storage as ALTER TABLE left it, by the CREATE that made the table. */
  readonly altered = new Map<Origin, Storage>();
  /** The default_* settings some statement may have changed. */
  readonly changedDefaults = new Set<string>();

  constructor(private readonly catalog: CatalogState) {}

  /** Records what a statement that runs does to storage; the catalog calls it before it applies the statement. */
  note(stmt: SqlStatement): void {
    walk(stmt.node, (n) => {
      for (const s of SETTINGS) if (n['name'] === s || n['sval'] === s) this.changedDefaults.add(s);
    });
    // ALTER TABLE ALL IN TABLESPACE … SET TABLESPACE moves tables the catalog cannot list.
    if (stmt.kind === 'AlterTableMoveAllStmt') {
      for (const rel of this.catalog.relations.values()) {
        if (rel.kind === 'table') this.altered.set(rel.origin, { ...this.of(rel.key), tablespace: undefined });
      }
    }
    if (stmt.kind === 'AlterTableStmt' && stmt.node['objtype'] === 'OBJECT_TABLE') {
      const key = relationKey(stmt.node['relation'] as RangeVar | undefined);
      const rel = this.catalog.relation(key);
      const { after } = this.alter(key, stmt.node['cmds']);
      if (after && rel?.kind === 'table') this.altered.set(rel.origin, after);
    }
  }

  /** What the migrations tell of the table's storage ({} when the catalog does not know the table). */
  of(key: string | undefined): Storage {
    const rel = this.catalog.relation(key);
    if (!rel || rel.kind !== 'table') return {};
    return this.altered.get(rel.origin) ?? this.created(rel.origin.stmt);
  }

  /**
   * What an ALTER TABLE's subcommands do to the table's storage, one after the other, without
   * recording it (`note` does): per subcommand, whether it changes the storage (true: PostgreSQL
   * copies the table; false: it does nothing; undefined: not known or not a storage subcommand),
   * and the storage after them — undefined when none is a storage subcommand (then the table's
   * storage is not looked up: it may mean parsing the file of its CREATE, see LazyParsed).
   */
  alter(key: string | undefined, cmds: unknown): { changes: (boolean | undefined)[]; after: Storage | undefined } {
    let state: Storage | undefined;
    const changes = ((cmds ?? []) as AstNode[]).map((c) => {
      const cmd = c['AlterTableCmd'] as AstNode | undefined;
      if (!cmd || !STORAGE_SUBTYPES.has(String(cmd['subtype']))) return undefined;
      const step = this.step((state ??= this.of(key)), cmd);
      state = step.after;
      return step.changes;
    });
    return { changes, after: state };
  }

  /** One storage subcommand (STORAGE_SUBTYPES) applied to `before`. */
  private step(before: Storage, cmd: AstNode): { changes: boolean | undefined; after: Storage } {
    const after: Storage = { ...before };
    let changes: boolean | undefined;
    switch (String(cmd['subtype'])) {
      case 'AT_SetLogged':
      case 'AT_SetUnLogged': {
        after.persistence = cmd['subtype'] === 'AT_SetLogged' ? 'logged' : 'unlogged';
        changes = before.persistence && before.persistence !== after.persistence;
        break;
      }
      case 'AT_SetTableSpace': {
        after.tablespace = cmd['name'] as string | undefined;
        changes = before.tablespace && after.tablespace ? before.tablespace !== after.tablespace : undefined;
        break;
      }
      case 'AT_SetAccessMethod': {
        // SET ACCESS METHOD DEFAULT (PostgreSQL 17): default_table_access_method.
        after.accessMethod = (cmd['name'] as string | undefined) ?? this.defaultAccessMethod();
        changes = before.accessMethod && after.accessMethod ? before.accessMethod !== after.accessMethod : undefined;
        break;
      }
    }
    return { changes, after };
  }

  /** The storage a CREATE TABLE (AS, SELECT INTO) gave the table. */
  private created(stmt: SqlStatement): Storage {
    const n = stmt.node;
    let into: AstNode | undefined;
    if (stmt.kind === 'CreateStmt') into = { rel: n['relation'], tableSpaceName: n['tablespacename'], accessMethod: n['accessMethod'] };
    else if (stmt.kind === 'CreateTableAsStmt') into = n['into'] as AstNode | undefined;
    else if (stmt.kind === 'SelectStmt') into = n['intoClause'] as AstNode | undefined;
    if (!into) return {};
    const p = (into['rel'] as RangeVar | undefined)?.relpersistence;
    // A partition without its own clause takes its parent's tablespace (and, from PostgreSQL 17, access method).
    const partition = stmt.kind === 'CreateStmt' && n['partbound'] !== undefined;
    return {
      persistence: p === 'p' ? 'logged' : p === 'u' ? 'unlogged' : undefined,
      tablespace: (into['tableSpaceName'] as string | undefined) ?? (partition ? undefined : this.defaultTablespace()),
      accessMethod: (into['accessMethod'] as string | undefined) ?? (partition ? undefined : this.defaultAccessMethod()),
    };
  }

  private defaultTablespace(): string | undefined {
    return this.changedDefaults.has('default_tablespace') ? undefined : DEFAULT_TABLESPACE;
  }

  private defaultAccessMethod(): string | undefined {
    return this.changedDefaults.has('default_table_access_method') ? undefined : DEFAULT_ACCESS_METHOD;
  }
}
