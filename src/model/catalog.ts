/**
 * A small in-memory catalog replayed from the migrations in execution order: which relations,
 * columns, constraints, types and functions exist, and which migration created them. Rules ask it
 * whether a table "existed before this change" (then locks and rewrites hurt) or was created in the
 * change. Where it cannot know (dynamic SQL), it knows nothing, and rules stay quiet or assume the
 * conservative answer documented with each rule.
 *
 * One module per kind of object under catalog/: state.ts (the maps and shared navigation),
 * tables.ts, constraints.ts, relations.ts, user-types.ts (+ domains.ts), routines.ts
 * (+ functions.ts, volatility.ts), and the facts of PostgreSQL's own catalogs (pg-facts.ts,
 * type-change.ts, storage.ts, names.ts).
 */
import type { SqlStatement } from '../parse/parser.js';
import { makeObjectName, typeNameText } from './catalog/names.js';
import { checkpointOf, restoreCatalog } from './catalog/checkpoint.js';
import { recordRelations } from './catalog/relations.js';
import { recordRoutines } from './catalog/routines.js';
import { CatalogState, type ObjectKind, type Origin } from './catalog/state.js';
import { TableStorage } from './catalog/storage.js';
import { recordTables } from './catalog/tables.js';
import { recordTypes } from './catalog/user-types.js';
import type { MigrationFile, Project } from './project.js';

export { makeObjectName, typeNameText };
export type {
  ColumnInfo,
  ConstraintInfo,
  ConstraintKind,
  FunctionInfo,
  ObjectKind,
  Origin,
  RelationInfo,
  RelationKind,
  TypeInfo,
  TypeKind,
} from './catalog/state.js';

export class Catalog extends CatalogState {
  /** Persistence, tablespace and access method of the tables (storage.ts), replayed with the migrations. */
  readonly storage = new TableStorage(this);

  constructor(private readonly project: Project) {
    super();
  }

  /** Did the column exist before this change? Unknown columns of a pre-existing table did. */
  isColumnPreExisting(table: string | undefined, name: string, file: MigrationFile): boolean {
    if (!this.isPreExisting(table, file)) return false;
    const col = this.column(table, name);
    return col ? !this.isNewOrigin(col.origin, file) : true;
  }

  /**
   * Was the column given its current name by this change (a RENAME COLUMN in this file, or in a
   * migration new in the change set)? The running application does not know it by that name.
   */
  isColumnNameFromChange(table: string | undefined, name: string, file: MigrationFile): boolean {
    const renamedIn = this.column(table, name)?.renamedIn;
    return renamedIn !== undefined && this.isNewOrigin(renamedIn, file);
  }

  /**
   * A validated CHECK (col IS NOT NULL) created by an earlier migration (lets SET NOT NULL skip its
   * scan, PG ≥ 12); VALIDATE CONSTRAINT may have run earlier in this file. PostgreSQL 18's
   * NOT NULL constraints added NOT VALID and validated since count too.
   */
  hasValidatedNotNullCheck(table: string | undefined, column: string, file: MigrationFile): boolean {
    return this.constraints(table).some(
      (c) => (c.kind === 'check' || c.kind === 'not null') && c.validated && c.notNullColumn === column && c.origin.file !== file,
    );
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

  /**
   * The catalog as bytes, to start a later run from (checkpoint.ts; the lint cache keeps them).
   * Every Origin's statement must be in a parsed migration of the project.
   */
  checkpoint(): Uint8Array {
    return checkpointOf(this, this.project);
  }

  /** Fills this (new, empty) catalog from `checkpoint()`'s bytes; throws CheckpointMismatch when they do not fit the project. */
  restore(bytes: Uint8Array): void {
    restoreCatalog(this, this.project, bytes);
  }

  /** Records what a statement that ran creates, alters, drops or renames, kind by kind. */
  apply(stmt: SqlStatement, file: MigrationFile): void {
    const origin = { file, stmt };
    this.storage.note(stmt);
    recordTables(this, stmt, origin);
    recordRelations(this, stmt, origin);
    recordTypes(this, stmt, origin);
    recordRoutines(this, stmt, origin);
  }
}
