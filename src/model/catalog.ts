/**
 * A small in-memory catalog replayed from the migrations in execution order: which relations
 * and functions exist, and which migration created them. Rules ask it whether a table
 * "existed before this change" (then locks and rewrites hurt) or was created in the change.
 * Where it cannot know (dynamic SQL), it knows nothing, and rules stay quiet or assume the
 * conservative answer documented with each rule.
 */
import type { Node, RangeVar } from '@pgsql/types';
import type { SqlStatement } from '../parse/parser.js';
import { nameListKey, relationKey } from './ast.js';
import type { MigrationFile, Project } from './project.js';

export type RelationKind = 'table' | 'index' | 'view' | 'materialized view' | 'sequence';

export interface Origin {
  file: MigrationFile;
  stmt: SqlStatement;
}

export interface RelationInfo {
  key: string;
  kind: RelationKind;
  origin: Origin;
  /** For indexes: the table's key. */
  table?: string;
  /** Tables declared PARTITION BY. */
  partitioned?: boolean;
  /** Primary key columns, when the CREATE TABLE declared them. */
  primaryKey?: string[];
}

export interface FunctionInfo {
  key: string;
  origin: Origin;
}

const DROP_KINDS: Record<string, RelationKind> = {
  OBJECT_TABLE: 'table',
  OBJECT_INDEX: 'index',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_SEQUENCE: 'sequence',
};

export interface ColumnInfo {
  name: string;
  /** Normalised type as PostgreSQL would print it: "character varying(255)", "numeric(12,4)", "text". */
  type: string;
  notNull: boolean;
  /** Has a DEFAULT. */
  hasDefault: boolean;
  origin: Origin;
}

export type ConstraintKind = 'check' | 'foreign key' | 'unique' | 'primary key' | 'exclusion';

export interface ConstraintInfo {
  name: string;
  kind: ConstraintKind;
  /** False while NOT VALID (until VALIDATE CONSTRAINT). */
  validated: boolean;
  /** For CHECK (col IS NOT NULL): that column. */
  notNullColumn?: string;
  columns?: string[];
  origin: Origin;
}

/** Views, materialized views, functions, procedures and types, for breaking-change rules. */
export type ObjectKind = 'view' | 'materialized view' | 'function' | 'procedure' | 'type';

export class Catalog {
  readonly relations = new Map<string, RelationInfo>();
  readonly functions = new Map<string, FunctionInfo>();
  /** Columns by table key (only for tables whose CREATE TABLE the catalog saw). */
  readonly columnsByTable = new Map<string, Map<string, ColumnInfo>>();
  /** Constraints by table key. */
  readonly constraintsByTable = new Map<string, ConstraintInfo[]>();
  /** Types (enums, composites, domains) by key, with where they were created. */
  readonly types = new Map<string, { key: string; origin: Origin }>();

  /** The table's columns, or undefined when the catalog does not know the table's columns. */
  columns(table: string | undefined): Map<string, ColumnInfo> | undefined {
    return table === undefined ? undefined : this.columnsByTable.get(table);
  }

  column(table: string | undefined, name: string): ColumnInfo | undefined {
    return this.columns(table)?.get(name);
  }

  /** Did the column exist before this change? Unknown columns of a pre-existing table did. */
  isColumnPreExisting(table: string | undefined, name: string, file: MigrationFile): boolean {
    if (!this.isPreExisting(table, file)) return false;
    const col = this.column(table, name);
    return col ? !this.isNewOrigin(col.origin, file) : true;
  }

  constraints(table: string | undefined): ConstraintInfo[] {
    return table === undefined ? [] : (this.constraintsByTable.get(table) ?? []);
  }

  /** A validated CHECK (col IS NOT NULL) created before this file (lets SET NOT NULL skip its scan, PG ≥ 12). */
  hasValidatedNotNullCheck(table: string | undefined, column: string, file: MigrationFile): boolean {
    return this.constraints(table).some((c) => c.kind === 'check' && c.validated && c.notNullColumn === column && c.origin.file !== file);
  }

  /** Did this view/function/type exist before the change (unknown ones did)? */
  isObjectPreExisting(kind: ObjectKind, key: string | undefined, file: MigrationFile): boolean {
    if (key === undefined) return true;
    if (kind === 'function' || kind === 'procedure') {
      const f = this.functions.get(key);
      return f ? !this.isNewOrigin(f.origin, file) : true;
    }
    if (kind === 'type') {
      const t = this.types.get(key);
      return t ? !this.isNewOrigin(t.origin, file) : true;
    }
    return this.isPreExisting(key, file);
  }

  constructor(private readonly project: Project) {}

  relation(key: string | undefined): RelationInfo | undefined {
    return key === undefined ? undefined : this.relations.get(key);
  }

  /**
   * Did this relation exist before the change being linted? Unknown relations (created outside
   * the migrations directory, or by dynamic SQL) count as pre-existing. Relations created earlier
   * in the same file are new; so are those created by another migration that is new in the
   * change set, when a base ref tells which migrations are new.
   */
  isPreExisting(key: string | undefined, file: MigrationFile): boolean {
    const rel = this.relation(key);
    if (!rel) return true;
    if (this.isNewOrigin(rel.origin, file)) return false;
    if (rel.kind === 'index' && rel.table) return this.isPreExisting(rel.table, file);
    return true;
  }

  private isNewOrigin(origin: Origin, file: MigrationFile): boolean {
    return origin.file === file || (this.project.base !== undefined && origin.file.isNew);
  }

  /** Records what a statement that ran creates, drops or renames. */
  apply(stmt: SqlStatement, file: MigrationFile): void {
    const n = stmt.node;
    const origin = { file, stmt };
    switch (stmt.kind) {
      case 'CreateStmt': {
        const key = relationKey(n['relation'] as RangeVar);
        if (key && !this.relations.has(key)) {
          this.relations.set(key, {
            key,
            kind: 'table',
            origin,
            partitioned: n['partspec'] !== undefined,
            primaryKey: primaryKeyOf(n['tableElts'] as Node[] | undefined),
          });
        }
        break;
      }
      case 'SelectStmt': {
        // SELECT … INTO t creates a table, like CREATE TABLE t AS.
        const key = relationKey(n['intoClause']?.['rel'] as RangeVar | undefined);
        if (key && !this.relations.has(key)) this.relations.set(key, { key, kind: 'table', origin });
        break;
      }
      case 'CreateTableAsStmt': {
        const key = relationKey(n['into']?.['rel'] as RangeVar);
        const kind: RelationKind = n['objtype'] === 'OBJECT_MATVIEW' ? 'materialized view' : 'table';
        if (key && !this.relations.has(key)) this.relations.set(key, { key, kind, origin });
        break;
      }
      case 'ViewStmt': {
        const key = relationKey(n['view'] as RangeVar);
        if (key && (!this.relations.has(key) || n['replace'])) {
          const existing = this.relations.get(key);
          this.relations.set(key, existing ?? { key, kind: 'view', origin });
        }
        break;
      }
      case 'CreateSeqStmt': {
        const key = relationKey(n['sequence'] as RangeVar);
        if (key && !this.relations.has(key)) this.relations.set(key, { key, kind: 'sequence', origin });
        break;
      }
      case 'IndexStmt': {
        const table = relationKey(n['relation'] as RangeVar);
        const schema = (n['relation'] as RangeVar | undefined)?.schemaname ?? 'public';
        if (n['idxname']) {
          const key = `${schema}.${n['idxname']}`;
          if (!this.relations.has(key)) this.relations.set(key, { key, kind: 'index', origin, table });
        }
        break;
      }
      case 'DropStmt': {
        const kind = DROP_KINDS[String(n['removeType'])];
        if (!kind) {
          if (n['removeType'] === 'OBJECT_FUNCTION' || n['removeType'] === 'OBJECT_PROCEDURE') {
            for (const o of (n['objects'] ?? []) as Node[]) {
              const key = 'ObjectWithArgs' in o ? nameListKey(o.ObjectWithArgs.objname) : undefined;
              if (key) this.functions.delete(key);
            }
          }
          break;
        }
        for (const o of (n['objects'] ?? []) as Node[]) {
          const key = 'List' in o ? nameListKey(o.List.items) : undefined;
          if (!key) continue;
          this.relations.delete(key);
          if (kind === 'table') {
            for (const [k, r] of this.relations) if (r.table === key) this.relations.delete(k);
          }
        }
        break;
      }
      case 'RenameStmt': {
        const type = String(n['renameType']);
        if (![...RELATION_OBJECTS, 'OBJECT_INDEX'].includes(type)) break;
        const rv = n['relation'] as RangeVar | undefined;
        const from = relationKey(rv);
        if (!from || !n['newname']) break;
        this.move(from, `${rv?.schemaname ?? 'public'}.${n['newname']}`);
        break;
      }
      case 'AlterObjectSchemaStmt': {
        if (!RELATION_OBJECTS.includes(String(n['objectType'])) || !n['newschema']) break;
        const from = relationKey(n['relation'] as RangeVar | undefined);
        if (from) this.move(from, `${n['newschema']}.${from.slice(from.indexOf('.') + 1)}`);
        break;
      }
      case 'CreateFunctionStmt': {
        const key = nameListKey(n['funcname'] as Node[]);
        if (key) this.functions.set(key, { key, origin });
        break;
      }
    }
  }

  /**
   * A relation renamed or moved to another schema keeps its origin under the new key; its
   * indexes follow a table into its new schema. An unknown relation stays unknown under its new
   * name, which still counts as pre-existing.
   */
  private move(from: string, to: string): void {
    const info = this.relations.get(from);
    this.relations.delete(from);
    if (!info) return;
    this.relations.set(to, { ...info, key: to });
    const fromSchema = from.slice(0, from.indexOf('.'));
    const toSchema = to.slice(0, to.indexOf('.'));
    for (const r of [...this.relations.values()]) {
      if (r.table !== from) continue;
      r.table = to;
      if (r.kind === 'index' && fromSchema !== toSchema) {
        const moved = `${toSchema}.${r.key.slice(r.key.indexOf('.') + 1)}`;
        this.relations.delete(r.key);
        this.relations.set(moved, { ...r, key: moved });
      }
    }
  }
}

/** Object types of ALTER … RENAME / SET SCHEMA that name a table-like relation. */
const RELATION_OBJECTS = ['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE', 'OBJECT_FOREIGN_TABLE'];

function primaryKeyOf(elts: Node[] | undefined): string[] | undefined {
  for (const e of elts ?? []) {
    if ('ColumnDef' in e) {
      const pk = (e.ColumnDef.constraints ?? []).some((c) => 'Constraint' in c && c.Constraint.contype === 'CONSTR_PRIMARY');
      if (pk && e.ColumnDef.colname) return [e.ColumnDef.colname];
    } else if ('Constraint' in e && e.Constraint.contype === 'CONSTR_PRIMARY') {
      return (e.Constraint.keys ?? []).map((k) => ('String' in k ? k.String.sval ?? '' : ''));
    }
  }
  return undefined;
}
