/**
 * A small in-memory catalog replayed from the migrations in execution order: which relations
 * and functions exist, and which migration created them. Rules ask it whether a table
 * "existed before this change" (then locks and rewrites hurt) or was created in the change.
 * Where it cannot know (dynamic SQL), it knows nothing, and rules stay quiet or assume the
 * conservative answer documented with each rule.
 */
import type { Node, RangeVar, TypeName } from '@pgsql/types';
import type { AstNode, SqlStatement } from '../parse/parser.js';
import { nameListKey, relationKey, walk } from './ast.js';
import { lastName, makeObjectName, nameAddition, typeNameText } from './catalog/names.js';
import { alterDomain, domainFacts, renameDomainConstraint, type DomainFacts } from './catalog/domains.js';
import { alterFunctionFacts, alterSignature, createSignature, functionFacts, type FunctionFacts } from './catalog/functions.js';
import type { MigrationFile, Project } from './project.js';

export { makeObjectName, typeNameText };

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
  /** Volatility and inlining facts (catalog/functions.ts) of the overload created last, as ALTER FUNCTION left them. */
  facts: FunctionFacts;
  /** Every overload's facts by input argument types ("int4,text"). */
  overloads: Map<string, FunctionFacts>;
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
  /** GENERATED ALWAYS AS (…) STORED / VIRTUAL. */
  generated?: 'stored' | 'virtual';
  /** GENERATED … AS IDENTITY. */
  identity?: boolean;
  origin: Origin;
}

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

export type TypeKind = 'enum' | 'composite' | 'domain' | 'range' | 'base';

export interface TypeInfo {
  key: string;
  kind: TypeKind;
  origin: Origin;
  /** For domains: base type and constraints (catalog/domains.ts). */
  domain?: DomainFacts;
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
  readonly types = new Map<string, TypeInfo>();
  /**
   * Tables whose column list the catalog only knows in part (a table no migration created, or
   * one created with LIKE / AS SELECT): columnsByTable holds the columns added since.
   */
  private readonly partialColumns = new Set<string>();
  /** Direct children of a table: its partitions and the tables that INHERIT it. */
  private readonly children = new Map<string, Set<string>>();

  /** The table's columns, or undefined when the catalog does not know all of the table's columns. */
  columns(table: string | undefined): Map<string, ColumnInfo> | undefined {
    if (table === undefined || this.partialColumns.has(table)) return undefined;
    return this.columnsByTable.get(table);
  }

  /** A column the catalog knows (its type, nullability, default), or undefined. */
  column(table: string | undefined, name: string): ColumnInfo | undefined {
    return table === undefined ? undefined : this.columnsByTable.get(table)?.get(name);
  }

  /** A constraint of the table by name, or undefined. */
  constraint(table: string | undefined, name: string): ConstraintInfo | undefined {
    return this.constraints(table).find((c) => c.name === name);
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
          this.createColumns(key, n, origin);
        }
        break;
      }
      case 'AlterTableStmt': {
        if (n['objtype'] !== 'OBJECT_TABLE' && n['objtype'] !== 'OBJECT_FOREIGN_TABLE') break;
        const rv = n['relation'] as RangeVar | undefined;
        const key = relationKey(rv);
        if (!key) break;
        for (const c of (n['cmds'] ?? []) as Node[]) {
          if (!('AlterTableCmd' in c)) continue;
          const cmd = c.AlterTableCmd as AstNode;
          // Column changes reach partitions and inheriting tables too, unless ONLY.
          const targets = rv?.inh && RECURSING.has(String(cmd['subtype'])) ? [key, ...this.descendants(key)] : [key];
          for (const t of targets) this.alterTable(t, cmd, origin);
        }
        break;
      }
      case 'CreateEnumStmt':
      case 'CompositeTypeStmt':
      case 'CreateDomainStmt':
      case 'CreateRangeStmt':
      case 'DefineStmt': {
        const found = typeCreated(stmt.kind, n);
        if (found && !this.types.has(found.key)) {
          const domain = stmt.kind === 'CreateDomainStmt' ? domainFacts(n, found.key.slice(found.key.indexOf('.') + 1)) : undefined;
          this.types.set(found.key, { ...found, origin, ...(domain ? { domain } : {}) });
        }
        break;
      }
      case 'AlterDomainStmt': {
        const key = nameListKey(n['typeName'] as Node[] | undefined);
        const domain = key ? this.types.get(key)?.domain : undefined;
        if (key && domain) alterDomain(domain, n, key.slice(key.indexOf('.') + 1));
        break;
      }
      case 'SelectStmt': {
        // SELECT … INTO t creates a table, like CREATE TABLE t AS.
        const key = relationKey(n['intoClause']?.['rel'] as RangeVar | undefined);
        if (key && !this.relations.has(key)) {
          this.relations.set(key, { key, kind: 'table', origin });
          this.forgetTable(key);
          this.partialColumns.add(key);
        }
        break;
      }
      case 'CreateTableAsStmt': {
        const key = relationKey(n['into']?.['rel'] as RangeVar);
        const kind: RelationKind = n['objtype'] === 'OBJECT_MATVIEW' ? 'materialized view' : 'table';
        if (key && !this.relations.has(key)) {
          this.relations.set(key, { key, kind, origin });
          this.forgetTable(key);
          this.partialColumns.add(key);
        }
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
        if (n['removeType'] === 'OBJECT_TYPE' || n['removeType'] === 'OBJECT_DOMAIN') {
          for (const o of (n['objects'] ?? []) as Node[]) {
            const key = 'TypeName' in o ? nameListKey(o.TypeName.names) : undefined;
            if (key) this.types.delete(key);
          }
          break;
        }
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
          // Partitions go with their table; inheriting tables only with CASCADE.
          const also = kind === 'table' && (this.relations.get(key)?.partitioned || n['behavior'] === 'DROP_CASCADE') ? this.descendants(key) : [];
          for (const k of [key, ...also]) {
            this.relations.delete(k);
            this.forgetTable(k);
            if (kind === 'table') {
              for (const [i, r] of this.relations) if (r.table === k) this.relations.delete(i);
            }
          }
        }
        break;
      }
      case 'RenameStmt': {
        const type = String(n['renameType']);
        if (type === 'OBJECT_COLUMN' || type === 'OBJECT_TABCONSTRAINT') {
          const table = relationKey(n['relation'] as RangeVar | undefined);
          const { subname, newname } = n as { subname?: string; newname?: string };
          if (!table || !subname || !newname) break;
          if (type === 'OBJECT_COLUMN') {
            const rv = n['relation'] as RangeVar | undefined;
            for (const t of [table, ...(rv?.inh ? this.descendants(table) : [])]) this.renameColumn(t, subname, newname);
          } else {
            const c = this.constraint(table, subname);
            if (c) c.name = newname;
          }
          break;
        }
        if (type === 'OBJECT_DOMCONSTRAINT') {
          const domain = this.types.get(nameListKey(n['object']?.['List']?.['items'] as Node[] | undefined) ?? '')?.domain;
          if (domain && n['subname'] && n['newname']) renameDomainConstraint(domain, String(n['subname']), String(n['newname']));
          break;
        }
        if (type === 'OBJECT_TYPE' || type === 'OBJECT_DOMAIN') {
          const from = nameListKey(n['object']?.['List']?.['items'] as Node[] | undefined);
          if (from && n['newname']) this.moveType(from, `${from.slice(0, from.indexOf('.'))}.${n['newname']}`);
          break;
        }
        if (![...RELATION_OBJECTS, 'OBJECT_INDEX'].includes(type)) break;
        const rv = n['relation'] as RangeVar | undefined;
        const from = relationKey(rv);
        if (!from || !n['newname']) break;
        this.move(from, `${rv?.schemaname ?? 'public'}.${n['newname']}`);
        break;
      }
      case 'AlterObjectSchemaStmt': {
        if ((n['objectType'] === 'OBJECT_TYPE' || n['objectType'] === 'OBJECT_DOMAIN') && n['newschema']) {
          const from = nameListKey(n['object']?.['List']?.['items'] as Node[] | undefined);
          if (from) this.moveType(from, `${n['newschema']}.${from.slice(from.indexOf('.') + 1)}`);
          break;
        }
        if (!RELATION_OBJECTS.includes(String(n['objectType'])) || !n['newschema']) break;
        const from = relationKey(n['relation'] as RangeVar | undefined);
        if (from) this.move(from, `${n['newschema']}.${from.slice(from.indexOf('.') + 1)}`);
        break;
      }
      case 'CreateFunctionStmt': {
        const key = nameListKey(n['funcname'] as Node[]);
        if (!key) break;
        const facts = functionFacts(stmt);
        const overloads = new Map(this.functions.get(key)?.overloads ?? []).set(createSignature(stmt), facts);
        this.functions.set(key, { key, origin, facts, overloads });
        break;
      }
      case 'AlterFunctionStmt': {
        const fn = this.functions.get(nameListKey(n['func']?.['objname'] as Node[] | undefined) ?? '');
        const sig = alterSignature(stmt);
        for (const [s, facts] of fn?.overloads ?? []) if (sig === undefined || s === sig) alterFunctionFacts(facts, stmt);
        break;
      }
    }
  }

  /** Columns and constraints of a CREATE TABLE (including PARTITION OF, INHERITS and LIKE). */
  private createColumns(table: string, n: AstNode, origin: Origin): void {
    this.forgetTable(table);
    const columns = new Map<string, ColumnInfo>();
    const constraints: ConstraintInfo[] = [];
    this.columnsByTable.set(table, columns);
    this.constraintsByTable.set(table, constraints);
    // Inherited columns come first, as in PostgreSQL; a parent whose columns are unknown leaves them unknown.
    const parents = ((n['inhRelations'] ?? []) as Node[]).map((p) => ('RangeVar' in p ? relationKey(p.RangeVar) : undefined));
    for (const parent of parents) {
      if (parent) this.childrenOf(parent).add(table);
      const known = parent ? this.columns(parent) : undefined;
      if (!known) this.partialColumns.add(table);
      for (const c of known?.values() ?? []) columns.set(c.name, { ...c, origin });
      // CHECK constraints are inherited (NOT VALID ones too, validated on the child's creation).
      for (const c of this.constraints(parent)) if (c.kind === 'check' || c.kind === 'not null') constraints.push({ ...c, validated: true, origin });
    }
    for (const e of (n['tableElts'] ?? []) as Node[]) {
      if ('TableLikeClause' in e) {
        const source = this.columns(relationKey(e.TableLikeClause.relation));
        if (!source) this.partialColumns.add(table);
        // LIKE copies names, types and NOT NULL; defaults only with INCLUDING DEFAULTS (or ALL).
        const withDefaults = ((e.TableLikeClause.options ?? 0) & (LIKE_DEFAULTS | LIKE_ALL)) !== 0;
        for (const c of source?.values() ?? []) columns.set(c.name, { name: c.name, type: c.type, notNull: c.notNull, hasDefault: withDefaults && c.hasDefault, origin });
      } else if ('ColumnDef' in e) {
        const def = e.ColumnDef as AstNode;
        const name = def['colname'] as string | undefined;
        if (!name) continue;
        const existing = columns.get(name);
        const col: ColumnInfo = existing
          ? { ...existing, origin }
          : { name, type: def['typeName'] ? typeNameText(def['typeName'] as TypeName) : '?', notNull: false, hasDefault: false, origin };
        columns.set(name, col);
        this.columnDef(table, col, def, origin);
      } else if ('Constraint' in e) {
        this.addConstraint(table, e.Constraint as AstNode, origin, true);
      }
    }
  }

  /** Applies a column definition's type-implied properties and constraints to `col`. */
  private columnDef(table: string, col: ColumnInfo, def: AstNode, origin: Origin, created = true): void {
    const typeName = def['typeName'] as TypeName | undefined;
    if (typeName && SERIALS.has(lastName(typeName) ?? '') && !typeName.arrayBounds) {
      col.notNull = true;
      col.hasDefault = true;
    }
    if (def['is_not_null']) col.notNull = true;
    if (def['raw_default']) col.hasDefault = true;
    for (const c of (def['constraints'] ?? []) as Node[]) {
      if (!('Constraint' in c)) continue;
      const con = c.Constraint as AstNode;
      switch (con['contype']) {
        case 'CONSTR_NOTNULL':
          col.notNull = true;
          break;
        case 'CONSTR_NULL':
          col.notNull = false;
          break;
        case 'CONSTR_DEFAULT':
          col.hasDefault = true;
          break;
        case 'CONSTR_IDENTITY':
          col.identity = true;
          col.notNull = true;
          break;
        case 'CONSTR_GENERATED':
          col.generated = con['generated_kind'] === 'v' ? 'virtual' : 'stored';
          break;
        default:
          this.addConstraint(table, con, origin, created, col.name);
      }
    }
  }

  private alterTable(table: string, cmd: AstNode, origin: Origin): void {
    const name = cmd['name'] as string | undefined;
    const col = name ? this.column(table, name) : undefined;
    switch (cmd['subtype']) {
      case 'AT_AddColumn': {
        const def = cmd['def']?.['ColumnDef'] as AstNode | undefined;
        const colname = def?.['colname'] as string | undefined;
        if (!def || !colname) break;
        let columns = this.columnsByTable.get(table);
        if (!columns) {
          columns = new Map();
          this.columnsByTable.set(table, columns);
          this.partialColumns.add(table);
        }
        if (columns.has(colname)) break;
        // ADD COLUMN IF NOT EXISTS on a table whose columns are not all known may be a no-op.
        if (cmd['missing_ok'] && this.partialColumns.has(table)) break;
        const info: ColumnInfo = { name: colname, type: def['typeName'] ? typeNameText(def['typeName'] as TypeName) : '?', notNull: false, hasDefault: false, origin };
        columns.set(colname, info);
        this.columnDef(table, info, def, origin, false);
        break;
      }
      case 'AT_DropColumn':
        if (name) this.dropColumn(table, name);
        break;
      case 'AT_AlterColumnType': {
        const typeName = cmd['def']?.['ColumnDef']?.['typeName'] as TypeName | undefined;
        if (col && typeName) col.type = typeNameText(typeName);
        break;
      }
      case 'AT_SetNotNull':
        if (col) col.notNull = true;
        break;
      case 'AT_DropNotNull':
        if (col) col.notNull = false;
        for (const c of this.constraints(table)) if (c.kind === 'not null' && c.notNullColumn === name) this.dropConstraint(table, c.name);
        break;
      case 'AT_ColumnDefault':
        if (col) col.hasDefault = cmd['def'] !== undefined;
        break;
      case 'AT_AddIdentity':
        if (col) col.identity = true;
        break;
      case 'AT_DropIdentity':
        if (col) col.identity = false;
        break;
      case 'AT_DropExpression':
        if (col) delete col.generated;
        break;
      case 'AT_AddConstraint': {
        const con = cmd['def']?.['Constraint'] as AstNode | undefined;
        if (con) this.addConstraint(table, con, origin, false);
        break;
      }
      case 'AT_ValidateConstraint': {
        const c = name ? this.constraint(table, name) : undefined;
        if (c && !c.validated) {
          c.validated = true;
          c.validatedIn = origin;
          if (c.kind === 'not null' && c.notNullColumn) {
            const target = this.column(table, c.notNullColumn);
            if (target) target.notNull = true;
          }
        }
        break;
      }
      case 'AT_DropConstraint':
        if (name) this.dropConstraint(table, name);
        break;
      case 'AT_AttachPartition':
      case 'AT_DetachPartition': {
        const child = relationKey(cmd['def']?.['PartitionCmd']?.['name'] as RangeVar | undefined);
        if (!child) break;
        if (cmd['subtype'] === 'AT_AttachPartition') this.childrenOf(table).add(child);
        else this.children.get(table)?.delete(child);
        break;
      }
      case 'AT_AddInherit':
      case 'AT_DropInherit': {
        const parent = relationKey(cmd['def']?.['RangeVar'] as RangeVar | undefined);
        if (!parent) break;
        if (cmd['subtype'] === 'AT_AddInherit') this.childrenOf(parent).add(table);
        else this.children.get(parent)?.delete(table);
        break;
      }
    }
  }

  private childrenOf(table: string): Set<string> {
    let set = this.children.get(table);
    if (!set) this.children.set(table, (set = new Set()));
    return set;
  }

  /** Partitions and inheriting tables, all the way down (each once, whatever the graph). */
  private descendants(table: string): string[] {
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

  /**
   * Records a constraint. In CREATE TABLE, PostgreSQL marks CHECK and FOREIGN KEY constraints
   * valid even when written NOT VALID (the new table is empty); ALTER TABLE … ADD … NOT VALID
   * leaves them unvalidated.
   */
  private addConstraint(table: string, con: AstNode, origin: Origin, created: boolean, column?: string): void {
    const kind = CONSTRAINT_KINDS[String(con['contype'])];
    if (!kind) return;
    const names = (list: unknown) => ((list ?? []) as Node[]).map((k) => ('String' in k ? (k.String.sval ?? '') : '')).filter(Boolean);
    let columns: string[] | undefined;
    let notNullColumn: string | undefined;
    if (kind === 'check') {
      notNullColumn = notNullTestColumn(con['raw_expr']);
      const refs = new Set<string>();
      walk(con['raw_expr'], (node) => {
        const f = (node['ColumnRef'] as AstNode | undefined)?.['fields'] as Node[] | undefined;
        const last = f?.[f.length - 1];
        if (last && 'String' in last && last.String.sval) refs.add(last.String.sval);
      });
      columns = [...refs];
    } else if (kind === 'exclusion') {
      columns = ((con['exclusions'] ?? []) as Node[][]).flatMap((pair) => {
        const elem = (pair[0] as AstNode | undefined)?.['IndexElem'] as AstNode | undefined;
        return elem?.['name'] ? [elem['name'] as string] : [];
      });
    } else if (kind === 'not null') {
      notNullColumn = column ?? names(con['keys'])[0];
      columns = notNullColumn ? [notNullColumn] : undefined;
    } else {
      const keys = names(kind === 'foreign key' ? con['fk_attrs'] : con['keys']);
      columns = keys.length ? keys : column ? [column] : undefined;
    }
    const validated = created || !con['skip_validation'];
    if (kind === 'primary key' || (kind === 'not null' && validated)) {
      for (const c of columns ?? []) {
        const info = this.column(table, c);
        if (info) info.notNull = true;
      }
    }
    let list = this.constraintsByTable.get(table);
    if (!list) this.constraintsByTable.set(table, (list = []));
    const info: ConstraintInfo = {
      name: (con['conname'] as string | undefined) ?? this.constraintName(table, kind, columns ?? []),
      kind,
      validated,
      origin,
    };
    if (notNullColumn) info.notNullColumn = notNullColumn;
    if (columns) info.columns = columns;
    if (kind === 'foreign key') {
      const ref = relationKey(con['pktable'] as RangeVar | undefined);
      if (ref) info.references = ref;
    }
    list.push(info);
  }

  /**
   * The name PostgreSQL chooses for an unnamed constraint: users_pkey, users_email_key,
   * orders_customer_id_fkey, … cut to 63 bytes as PostgreSQL cuts it, numbered on a clash.
   */
  private constraintName(table: string, kind: ConstraintKind, columns: string[]): string {
    const rel = table.slice(table.indexOf('.') + 1);
    const label = { check: 'check', 'foreign key': 'fkey', unique: 'key', 'primary key': 'pkey', exclusion: 'excl', 'not null': 'not_null' }[kind];
    // A CHECK is named after its column only when its expression uses exactly one.
    const named = kind === 'primary key' ? [] : kind === 'check' ? (columns.length === 1 ? columns : []) : columns;
    const addition = named.length ? nameAddition(named) : undefined;
    const taken = new Set(this.constraints(table).map((c) => c.name));
    for (let pass = 0; ; pass++) {
      const name = makeObjectName(rel, addition, pass ? `${label}${pass}` : label);
      if (!taken.has(name)) return name;
    }
  }

  private dropConstraint(table: string, name: string): void {
    const list = this.constraintsByTable.get(table);
    if (!list) return;
    const i = list.findIndex((c) => c.name === name);
    if (i < 0) return;
    // Dropping a primary key leaves its columns NOT NULL; nullability stays as it is.
    list.splice(i, 1);
  }

  /** DROP COLUMN drops the constraints and indexes that involve the column (CASCADE or not). */
  private dropColumn(table: string, name: string): void {
    this.columnsByTable.get(table)?.delete(name);
    const list = this.constraintsByTable.get(table);
    if (list) this.constraintsByTable.set(table, list.filter((c) => !(c.columns ?? []).includes(name) && c.notNullColumn !== name));
  }

  private renameColumn(table: string, from: string, to: string): void {
    const columns = this.columnsByTable.get(table);
    const col = columns?.get(from);
    if (columns && col) {
      columns.delete(from);
      columns.set(to, { ...col, name: to });
    }
    for (const c of this.constraints(table)) {
      if (c.notNullColumn === from) c.notNullColumn = to;
      if (c.columns) c.columns = c.columns.map((x) => (x === from ? to : x));
    }
    // Foreign keys of other tables that reference the renamed column keep pointing at it; they name no columns here.
  }

  /** Forgets what the catalog knows of a table's columns and constraints. */
  private forgetTable(key: string): void {
    this.columnsByTable.delete(key);
    this.constraintsByTable.delete(key);
    this.partialColumns.delete(key);
    this.children.delete(key);
    for (const set of this.children.values()) set.delete(key);
  }

  private moveType(from: string, to: string): void {
    const info = this.types.get(from);
    this.types.delete(from);
    if (info) this.types.set(to, { ...info, key: to });
  }

  /**
   * A relation renamed or moved to another schema keeps its origin under the new key; its
   * indexes follow a table into its new schema. An unknown relation stays unknown under its new
   * name, which still counts as pre-existing.
   */
  private move(from: string, to: string): void {
    if (from === to) return;
    const info = this.relations.get(from);
    this.relations.delete(from);
    this.forgetTable(to);
    const columns = this.columnsByTable.get(from);
    if (columns) this.columnsByTable.set(to, columns);
    const constraints = this.constraintsByTable.get(from);
    if (constraints) this.constraintsByTable.set(to, constraints);
    if (this.partialColumns.has(from)) this.partialColumns.add(to);
    const kids = this.children.get(from);
    const parents = [...this.children].filter(([, set]) => set.has(from)).map(([p]) => p);
    this.forgetTable(from);
    if (kids) this.children.set(to, kids);
    for (const p of parents) this.childrenOf(p).add(to);
    for (const list of this.constraintsByTable.values()) for (const c of list) if (c.references === from) c.references = to;
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

/**
 * ALTER TABLE subcommands PostgreSQL applies to partitions and inheriting tables as well
 * (unless ALTER TABLE ONLY). Constraints are left out: they reach children under names of
 * their own (foreign keys of partitions) or not at all (NO INHERIT).
 */
const RECURSING = new Set(['AT_AddColumn', 'AT_DropColumn', 'AT_AlterColumnType', 'AT_SetNotNull', 'AT_DropNotNull', 'AT_ColumnDefault']);

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

const CONSTRAINT_KINDS: Record<string, ConstraintKind> = {
  CONSTR_CHECK: 'check',
  CONSTR_FOREIGN: 'foreign key',
  CONSTR_UNIQUE: 'unique',
  CONSTR_PRIMARY: 'primary key',
  CONSTR_EXCLUSION: 'exclusion',
  CONSTR_NOTNULL: 'not null',
};

/** TableLikeOption bits (CREATE_TABLE_LIKE_DEFAULTS, CREATE_TABLE_LIKE_ALL). */
const LIKE_DEFAULTS = 1 << 3;
const LIKE_ALL = 0x7fffffff;

const SERIALS = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

/** For CHECK (col IS NOT NULL): the column. */
function notNullTestColumn(expr: AstNode | undefined): string | undefined {
  const test = expr?.['NullTest'] as AstNode | undefined;
  if (!test || test['nulltesttype'] !== 'IS_NOT_NULL' || test['argisrow']) return undefined;
  const fields = test['arg']?.['ColumnRef']?.['fields'] as Node[] | undefined;
  if (fields?.length !== 1) return undefined;
  const f = fields[0]!;
  return 'String' in f ? f.String.sval : undefined;
}

/** The type a CREATE TYPE / CREATE DOMAIN statement creates. */
function typeCreated(kind: string, n: AstNode): { key: string; kind: TypeKind } | undefined {
  switch (kind) {
    case 'CreateEnumStmt': {
      const key = nameListKey(n['typeName'] as Node[]);
      return key ? { key, kind: 'enum' } : undefined;
    }
    case 'CompositeTypeStmt': {
      const key = relationKey(n['typevar'] as RangeVar | undefined);
      return key ? { key, kind: 'composite' } : undefined;
    }
    case 'CreateDomainStmt': {
      const key = nameListKey(n['domainname'] as Node[]);
      return key ? { key, kind: 'domain' } : undefined;
    }
    case 'CreateRangeStmt': {
      const key = nameListKey(n['typeName'] as Node[]);
      return key ? { key, kind: 'range' } : undefined;
    }
    case 'DefineStmt': {
      if (n['kind'] !== 'OBJECT_TYPE') return undefined;
      const key = nameListKey(n['defnames'] as Node[]);
      return key ? { key, kind: 'base' } : undefined;
    }
  }
  return undefined;
}
