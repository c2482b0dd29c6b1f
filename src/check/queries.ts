/**
 * The critical queries of `performance.queries` (guide §8.2: test/performance/): every `.sql` file
 * of the folder is one query, named by its file. A file that is not exactly one query (SELECT,
 * WITH, VALUES, INSERT, UPDATE, DELETE or MERGE: what EXPLAIN plans) is a ConfigError at its
 * file:line:column, exit 2. Queries are only ever EXPLAINed, never run, so a DML query changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError } from '../errors.js';
import { isInside, realPathOf } from '../load/fs.js';
import { decodeSql, LineIndex } from '../load/text.js';
import { initParser, parseSql, type AstNode } from '../parse/parser.js';

export interface CriticalQuery {
  /** The file name without .sql: how reports name the query. */
  name: string;
  /** Path shown to users (relative to the working directory, "/" separators). */
  file: string;
  /** The statement, without its trailing semicolon. */
  sql: string;
}

/** Statement kinds EXPLAIN accepts and plans (PostgreSQL docs: EXPLAIN, "statement"). */
const PLANNABLE = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

const toPosix = (p: string) => p.split('\\').join('/');

/**
 * Reads `dir` (absolute): its `.sql` files in name order, each parsed. Throws ConfigError for a
 * folder that is missing or outside `baseDir`, and for a file that is empty, has a syntax error,
 * holds more than one statement, is not a query, or has a $n parameter (EXPLAIN needs values).
 */
export async function readCriticalQueries(dir: string, opts: { baseDir: string; cwd: string; encoding?: string }): Promise<CriticalQuery[]> {
  const shown = (p: string) => toPosix(relative(opts.cwd, p)) || '.';
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.sql'))
      .map((d) => d.name)
      .sort();
  } catch (e) {
    throw new ConfigError(`performance.queries: cannot read the folder ${shown(dir)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (!isInside(realPathOf(opts.baseDir), realPathOf(dir))) {
    throw new ConfigError(`performance.queries: ${shown(dir)} leaves the repository (${opts.baseDir}); point it at a folder inside it`);
  }
  await initParser();
  return names.map((name) => readQuery(join(dir, name), shown(join(dir, name)), name.replace(/\.sql$/i, ''), opts.encoding));
}

function readQuery(path: string, file: string, name: string, encoding?: string): CriticalQuery {
  const decoded = decodeSql(readFileSync(path), encoding);
  const lines = new LineIndex(decoded.text);
  const fail = (offset: number, message: string): never => {
    const pos = lines.position(offset);
    throw new ConfigError(message, file, pos.line, pos.column);
  };
  if (decoded.problem) fail(decoded.problem.offset, decoded.problem.message);
  const parsed = parseSql(decoded.text);
  const error = parsed.errors[0];
  if (error) fail(error.offset, `not a valid query: ${error.message}`);
  const [first, second] = parsed.statements;
  if (!first) fail(0, 'empty: a critical query file holds one query (SELECT …)');
  if (second) fail(second.start, `holds more than one statement: a critical query file holds exactly one query, named by its file`);
  if (!PLANNABLE.has(first!.kind)) {
    fail(first!.start, `is not a query (${first!.kind.replace(/Stmt$/, '')}): a critical query file holds one SELECT, INSERT, UPDATE, DELETE or MERGE`);
  }
  const param = findParam(first!.node);
  if (param !== undefined) {
    fail(first!.offsetOf(param), `has a parameter ($n): EXPLAIN needs the query with values, so write one typical value in its place`);
  }
  return { name, file, sql: decoded.text.slice(first!.start, first!.end) };
}

/** The location of the first ParamRef ($1) in a parse tree. */
function findParam(node: AstNode): number | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if ('ParamRef' in node) return (node['ParamRef'] as AstNode)['location'] ?? -1;
  for (const v of Object.values(node)) {
    const at = Array.isArray(v) ? v.map(findParam).find((x) => x !== undefined) : findParam(v as AstNode);
    if (at !== undefined) return at;
  }
  return undefined;
}
