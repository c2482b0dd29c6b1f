/**
 * A checkpoint of the replayed catalog: what it knows after some migrations, as bytes, so that a
 * later run can start from there instead of parsing and replaying those migrations again (the
 * lint cache, src/lint/cache.ts).
 *
 * Everything in the catalog is plain data (Maps, Sets, records, parse-tree fragments) except the
 * Origins, which point at a MigrationFile and at one of its statements. A checkpoint stores an
 * Origin as the file's (location, rel, section) and the statement's path in that file's parse (top-level
 * index, then indexes into `nested`); `restoreCatalog` gives back Origins whose `file` is the
 * current project's file of that name and whose `stmt` is found in its parse only when a rule
 * reads it (the file is parsed then, and not before). The bytes are Node's v8.serialize (the
 * structured-clone format): it keeps Maps, Sets and objects shared between entries shared (a
 * function's `facts` is also its overload's entry, and ALTER FUNCTION changes both), which JSON
 * would not.
 *
 * A checkpoint is only meaningful for a project whose migrations up to that point are the same
 * files with the same texts (the cache's key says so); a name it does not find throws
 * CheckpointMismatch.
 */
import { deserialize, serialize } from 'node:v8';
import { LazyParsed, type SqlStatement } from '../../parse/parser.js';
import type { MigrationFile, Project } from '../project.js';
import type { Catalog } from '../catalog.js';
import type { CatalogState, Origin } from './state.js';
import type { Storage } from './storage.js';

/** The catalog's fields a checkpoint holds (every field of CatalogState and of TableStorage). */
interface Snapshot {
  relations: CatalogState['relations'];
  functions: CatalogState['functions'];
  columnsByTable: CatalogState['columnsByTable'];
  constraintsByTable: CatalogState['constraintsByTable'];
  types: CatalogState['types'];
  partialColumns: CatalogState['partialColumns'];
  children: CatalogState['children'];
  altered: [StoredOrigin, Storage][];
  changedDefaults: Catalog['storage']['changedDefaults'];
}

/** How a stored Origin names its statement: [file index, top-level index, nested index, …]. */
type StatementRef = number[];
interface StoredOrigin {
  $origin: number;
}

export class CheckpointMismatch extends Error {}

/** 2: files named by location too (two locations may hold the same rel). */
const FORMAT = 2;

/** An Origin restored from a checkpoint: `stmt` is looked up when first read. */
class RestoredOrigin implements Origin {
  private found?: SqlStatement;
  constructor(
    readonly file: MigrationFile,
    /** The file whose parse holds the statement (a function body: the file that defined it). */
    readonly holder: MigrationFile,
    readonly path: number[],
  ) {}
  get stmt(): SqlStatement {
    if (!this.found) {
      let list = this.holder.parsed.statements;
      let s: SqlStatement | undefined;
      for (const i of this.path) {
        s = list[i];
        if (!s) throw new CheckpointMismatch(`${this.holder.rel} has no statement at ${this.path.join('.')}`);
        list = s.nested;
      }
      this.found = s;
    }
    return this.found!;
  }
}

/**
 * The catalog as bytes (see the module comment). Statements are found by identity, or by their
 * parse-tree node (a function body the engine ran for a call is a copy of the defining file's
 * statement with another context), in the files parsed so far. Throws when an Origin's statement
 * is in no file of the project (a bug: every statement the catalog records comes from one).
 */
export function checkpointOf(catalog: Catalog, project: Project): Uint8Array {
  const files: [string, string, string][] = [];
  const fileIndex = new Map<MigrationFile, number>();
  const indexOfFile = (f: MigrationFile) => {
    let i = fileIndex.get(f);
    if (i === undefined) {
      fileIndex.set(f, (i = files.length));
      files.push([f.location, f.rel, f.section ?? '']);
    }
    return i;
  };
  const origins: [number, StatementRef][] = [];
  const originIndex = new Map<Origin, number>();
  const paths = new StatementPaths(project);
  const storeOrigin = (o: Origin): StoredOrigin => {
    let i = originIndex.get(o);
    if (i === undefined) {
      let ref: StatementRef;
      if (o instanceof RestoredOrigin) ref = [indexOfFile(o.holder), ...o.path];
      else {
        const at = paths.find(o.file, o.stmt);
        if (!at) throw new Error(`catalog checkpoint: a statement of ${o.file.rel} is in no parsed migration`);
        ref = [indexOfFile(at.file), ...at.path];
      }
      originIndex.set(o, (i = origins.length));
      origins.push([indexOfFile(o.file), ref]);
    }
    return { $origin: i };
  };
  // Shallow copies of the records with their Origins as indexes; everything else (Maps of facts,
  // parse-tree fragments) is serialized as it is, shared where it is shared.
  const o = storeOrigin;
  const maybe = (x: Origin | undefined) => (x ? o(x) : undefined);
  const snapshot = {
    relations: mapValues(catalog.relations, (r) => ({ ...r, origin: o(r.origin) })),
    functions: mapValues(catalog.functions, (f) => ({ ...f, origin: o(f.origin) })),
    columnsByTable: mapValues(catalog.columnsByTable, (cols) => mapValues(cols, (c) => ({ ...c, origin: o(c.origin), renamedIn: maybe(c.renamedIn) }))),
    constraintsByTable: mapValues(catalog.constraintsByTable, (list) => list.map((c) => ({ ...c, origin: o(c.origin), validatedIn: maybe(c.validatedIn) }))),
    types: mapValues(catalog.types, (t) => ({ ...t, origin: o(t.origin) })),
    partialColumns: catalog.partialColumns,
    children: catalog.children,
    altered: [...catalog.storage.altered].map(([k, v]) => [o(k), v]),
    changedDefaults: catalog.storage.changedDefaults,
  };
  return serialize({ format: FORMAT, files, origins, data: snapshot });
}

const mapValues = <K, V, W>(m: Map<K, V>, f: (v: V) => W): Map<K, W> => {
  const out = new Map<K, W>();
  for (const [k, v] of m) out.set(k, f(v));
  return out;
};

/**
 * Fills `catalog` (new, empty, of `project`) from a checkpoint. Throws CheckpointMismatch when the
 * bytes are not a checkpoint of this format or name a file the project does not have.
 */
export function restoreCatalog(catalog: Catalog, project: Project, bytes: Uint8Array): void {
  let stored: { format?: number; files: [string, string, string][]; origins: [number, StatementRef][]; data: Snapshot };
  try {
    stored = deserialize(bytes) as typeof stored;
  } catch (e) {
    throw new CheckpointMismatch(`not a catalog checkpoint: ${(e as Error).message}`);
  }
  if (stored?.format !== FORMAT) throw new CheckpointMismatch('not a catalog checkpoint of this format');
  const byName = new Map(project.migrations.map((f) => [`${f.location}\0${f.rel}\0${f.section ?? ''}`, f]));
  const files = stored.files.map(([location, rel, section]) => {
    const f = byName.get(`${location}\0${rel}\0${section}`);
    if (!f) throw new CheckpointMismatch(`the checkpoint names ${rel}, which the project does not run`);
    return f;
  });
  const origins = stored.origins.map(([file, [holder, ...path]]) => new RestoredOrigin(files[file]!, files[holder!]!, path));
  const o = (i: unknown): Origin => {
    const origin = origins[(i as StoredOrigin).$origin];
    if (!origin) throw new CheckpointMismatch('the checkpoint names an origin it does not hold');
    return origin;
  };
  const maybe = (i: unknown) => (i === undefined ? undefined : o(i));
  const data = stored.data;
  for (const r of data.relations.values()) r.origin = o(r.origin);
  for (const f of data.functions.values()) f.origin = o(f.origin);
  for (const cols of data.columnsByTable.values()) {
    for (const c of cols.values()) {
      c.origin = o(c.origin);
      const renamed = maybe(c.renamedIn);
      if (renamed) c.renamedIn = renamed;
      else delete c.renamedIn;
    }
  }
  for (const list of data.constraintsByTable.values()) {
    for (const c of list) {
      c.origin = o(c.origin);
      const validated = maybe(c.validatedIn);
      if (validated) c.validatedIn = validated;
      else delete c.validatedIn;
    }
  }
  for (const t of data.types.values()) t.origin = o(t.origin);
  const fill = <K, V>(to: Map<K, V>, from: Map<K, V>) => from.forEach((v, k) => to.set(k, v));
  fill(catalog.relations, data.relations);
  fill(catalog.functions, data.functions);
  fill(catalog.columnsByTable, data.columnsByTable);
  fill(catalog.constraintsByTable, data.constraintsByTable);
  fill(catalog.types, data.types);
  fill(catalog.children, data.children);
  for (const [k, v] of data.altered) catalog.storage.altered.set(o(k), v);
  data.partialColumns.forEach((t) => catalog.partialColumns.add(t));
  data.changedDefaults.forEach((x) => catalog.storage.changedDefaults.add(x));
}

/** Where statements sit in the migrations' parses: by identity, else by parse-tree node. */
class StatementPaths {
  private readonly byFile = new Map<MigrationFile, Map<object, number[]>>();
  constructor(private readonly project: Project) {}

  find(file: MigrationFile, stmt: SqlStatement): { file: MigrationFile; path: number[] } | undefined {
    const own = this.index(file).get(stmt) ?? this.index(file).get(stmt.node);
    if (own) return { file, path: own };
    // A function body run for a call: the statement belongs to the file that defined the function.
    for (const f of this.project.migrations) {
      if (f === file || !isParsed(f)) continue;
      const path = this.index(f).get(stmt.node);
      if (path) return { file: f, path };
    }
    return undefined;
  }

  private index(file: MigrationFile): Map<object, number[]> {
    let m = this.byFile.get(file);
    if (!m) {
      m = new Map();
      const add = (list: SqlStatement[], prefix: number[]) =>
        list.forEach((s, i) => {
          const path = [...prefix, i];
          m!.set(s, path);
          m!.set(s.node, path);
          add(s.nested, path);
        });
      add(file.parsed.statements, []);
      this.byFile.set(file, m);
    }
    return m;
  }
}

/** Whether a file's text has been parsed in this run (LazyParsed, src/parse/parser.ts). */
function isParsed(file: MigrationFile): boolean {
  return !(file.parsed instanceof LazyParsed && file.parsed.pending);
}
