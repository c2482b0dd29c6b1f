/**
 * What the replayed catalog holds, kind by kind, and the navigation every kind's module shares
 * (a table's columns and constraints, its partitions and inheriting tables). The modules beside
 * this one (tables.ts, constraints.ts, relations.ts, user-types.ts, routines.ts) each record one
 * kind of object from the statements that create, alter, rename and drop it; catalog.ts asks them.
 */
import type { SqlStatement } from '../../parse/parser.js';
import type { MigrationFile } from '../project.js';
import type { DomainFacts } from './domains.js';
import type { FunctionFacts } from './functions.js';

/** pg_class.relkind as the rules need it. */
export type RelationKind = 'table' | 'index' | 'view' | 'materialized view' | 'sequence';

/** The statement (and its migration) that created an object. */
export interface Origin {
  file: MigrationFile;
  stmt: SqlStatement;
}

export interface RelationInfo {
  /** "schema.name"; unqualified names are taken to be in public. */
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
  /** Volatility and inlining facts (functions.ts) of the overload created last, as ALTER FUNCTION left them. */
  facts: FunctionFacts;
  /** Every overload's facts by input argument types ("int4,text"). */
  overloads: Map<string, FunctionFacts>;
}

export interface ColumnInfo {
  name: string;
  /** Normalised type as PostgreSQL would print it: "character varying(255)", "numeric(12,4)", "text". */
  type: string;
  notNull: boolean;
  /** Has a DEFAULT. */
  hasDefault: boolean;
  /** GENERATED ALWAYS AS (…) STORED / VIRTUAL. */
  generated?: 'stored' | 'virtual';
  /** GENERATED … AS IDENTITY. */
  identity?: boolean;
  origin: Origin;
  /** The RENAME COLUMN that gave the column its current name, if one did. */
  renamedIn?: Origin;
}

/** pg_constraint.contype, in words. */
export type ConstraintKind = 'check' | 'foreign key' | 'unique' | 'primary key' | 'exclusion' | 'not null';

export interface ConstraintInfo {
  name: string;
  kind: ConstraintKind;
  /** False while NOT VALID (until VALIDATE CONSTRAINT). */
  validated: boolean;
  /** For CHECK (col IS NOT NULL), and for PostgreSQL 18's named NOT NULL constraints: that column. */
  notNullColumn?: string;
  /** Key columns (PRIMARY KEY, UNIQUE, FOREIGN KEY, EXCLUSION), or the columns a CHECK refers to. */
  columns?: string[];
  /** For foreign keys: the referenced table's key. */
  references?: string;
  origin: Origin;
  /** Where VALIDATE CONSTRAINT ran, for a constraint added NOT VALID. */
  validatedIn?: Origin;
}

/** pg_type.typtype, in words. */
export type TypeKind = 'enum' | 'composite' | 'domain' | 'range' | 'base';

export interface TypeInfo {
  key: string;
  kind: TypeKind;
  origin: Origin;
  /** For domains: base type and constraints (domains.ts). */
  domain?: DomainFacts;
}

/** Views, materialized views, functions, procedures and types, for breaking-change rules. */
export type ObjectKind = 'view' | 'materialized view' | 'function' | 'procedure' | 'type';

/** The catalog's maps, filled by the kind modules, read by catalog.ts's questions. */
export class CatalogState {
  readonly relations = new Map<string, RelationInfo>();
  readonly functions = new Map<string, FunctionInfo>();
  /** Columns by table key (only for tables whose CREATE TABLE the catalog saw). */
  readonly columnsByTable = new Map<string, Map<string, ColumnInfo>>();
  /** Constraints by table key. */
  readonly constraintsByTable = new Map<string, ConstraintInfo[]>();
  /** Types (enums, composites, domains) by key, with where they were created. */
  readonly types = new Map<string, TypeInfo>();
  /**
   * Tables whose column list the catalog only knows in part (a table no migration created, or
   * one created with LIKE / AS SELECT): columnsByTable holds the columns added since.
   */
  readonly partialColumns = new Set<string>();
  /** Direct children of a table: its partitions and the tables that INHERIT it. */
  readonly children = new Map<string, Set<string>>();

  /** The table's columns, or undefined when the catalog does not know all of the table's columns. */
  columns(table: string | undefined): Map<string, ColumnInfo> | undefined {
    if (table === undefined || this.partialColumns.has(table)) return undefined;
    return this.columnsByTable.get(table);
  }

  /** A column the catalog knows (its type, nullability, default), or undefined. */
  column(table: string | undefined, name: string): ColumnInfo | undefined {
    return table === undefined ? undefined : this.columnsByTable.get(table)?.get(name);
  }

  constraints(table: string | undefined): ConstraintInfo[] {
    return table === undefined ? [] : (this.constraintsByTable.get(table) ?? []);
  }

  /** A constraint of the table by name, or undefined. */
  constraint(table: string | undefined, name: string): ConstraintInfo | undefined {
    return this.constraints(table).find((c) => c.name === name);
  }

  relation(key: string | undefined): RelationInfo | undefined {
    return key === undefined ? undefined : this.relations.get(key);
  }

  /** The set of a table's direct children, created on first use. */
  childrenOf(table: string): Set<string> {
    let set = this.children.get(table);
    if (!set) this.children.set(table, (set = new Set()));
    return set;
  }

  /** Partitions and inheriting tables, all the way down (each once, whatever the graph). */
  descendants(table: string): string[] {
    const out: string[] = [];
    const seen = new Set([table]);
    const visit = (t: string) => {
      for (const c of this.children.get(t) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        out.push(c);
        visit(c);
      }
    };
    visit(table);
    return out;
  }

  /** Forgets what the catalog knows of a table's columns, constraints and place in a hierarchy. */
  forgetTable(key: string): void {
    this.columnsByTable.delete(key);
    this.constraintsByTable.delete(key);
    this.partialColumns.delete(key);
    this.children.delete(key);
    for (const set of this.children.values()) set.delete(key);
  }
}
