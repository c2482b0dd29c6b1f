/**
 * Our own glue to libpg-query's WASM build of PostgreSQL's parser (libpg_query, PostgreSQL 18):
 * the same exported C functions libpg-query's JS wrapper calls (`wasm_parse_query_raw`,
 * `wasm_parse_plpgsql`, `wasm_scan`), with the text crossing the boundary through Node's native
 * UTF-8 code instead of Emscripten's JS loops.
 *
 * Why (issue #16 §3): libpg-query's wrapper copies a text into WASM memory with Emscripten's
 * `stringToUTF8` (a JS loop per character) and reads the result back with `UTF8ToString`, which
 * scans byte by byte in JS for the terminating NUL before decoding. On the bench corpus (4,005
 * files, 4.2 MB of SQL, 16.8 MB of JSON parse trees) those loops cost ~110 ms of a cold lint;
 * here `TextEncoder.encodeInto`, `Uint8Array.indexOf(0)` and `TextDecoder` do the same work in
 * native code. `JSON.parse` of the trees stays: the WASM build prints only JSON.
 *
 * The module instance is ours alone (libpg-query's own wrapper is never loaded, so its WASM is not
 * compiled twice). Layouts read from WASM memory: libpg_query's pg_query.h —
 * PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error } and
 * PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos;
 * char *context } (wasm32: 4-byte pointers and ints).
 */
// The Emscripten loader (CommonJS, no types): a factory resolving to the module instance.
// @ts-expect-error -- libpg-query ships no declarations for its loader
import PgQueryModule from 'libpg-query/wasm/libpg-query.js';

interface PgQueryWasm {
  /** Views of the WASM memory; replaced when the memory grows, so read them after every call. */
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  _malloc(bytes: number): number;
  _free(ptr: number): void;
  _wasm_parse_query_raw(text: number): number;
  _wasm_free_parse_result(result: number): void;
  _wasm_parse_plpgsql(text: number): number;
  _wasm_scan(text: number): number;
  _wasm_free_string(str: number): void;
}

/** A syntax error as PostgreSQL's parser reports it. */
export class PgSyntaxError extends Error {
  /**
   * 0-based character (code point) offset of PostgreSQL's error cursor in the parsed text (its
   * `cursorpos` is 1-based; 0 when the error has none).
   */
  readonly cursor: number;
  constructor(message: string, cursor: number) {
    super(message);
    this.name = 'PgSyntaxError';
    this.cursor = cursor;
  }
}

let wasm: PgQueryWasm | undefined;
let loading: Promise<void> | undefined;

/** Compiles and instantiates the WASM module once; every function below needs it (else throws "not initialized"). */
export function loadParserModule(): Promise<void> {
  loading ??= (PgQueryModule as () => Promise<PgQueryWasm>)().then((m) => {
    wasm = m;
  });
  return loading;
}

function module(): PgQueryWasm {
  if (!wasm) throw new Error('the SQL parser is not initialized: call initParser() first');
  return wasm;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Copies `text` into WASM memory as a NUL-terminated UTF-8 C string; the caller frees it. */
function toCString(m: PgQueryWasm, text: string): number {
  const bytes = Buffer.byteLength(text, 'utf8');
  const ptr = m._malloc(bytes + 1);
  if (!ptr) throw new Error(`the SQL parser could not allocate ${bytes + 1} bytes`);
  const heap = m.HEAPU8;
  encoder.encodeInto(text, heap.subarray(ptr, ptr + bytes));
  heap[ptr + bytes] = 0;
  return ptr;
}

/** The NUL-terminated UTF-8 C string at `ptr` ('' for a null pointer). */
function fromCString(m: PgQueryWasm, ptr: number): string {
  if (!ptr) return '';
  const heap = m.HEAPU8;
  const end = heap.indexOf(0, ptr);
  return decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
}

/**
 * PostgreSQL's raw parse of `text` (one or more statements) as libpg_query's JSON parse tree,
 * parsed: `{ version, stmts: [{ stmt, stmt_location?, stmt_len? }] }` with byte offsets.
 * Throws PgSyntaxError when PostgreSQL rejects the text.
 */
export function parseQuery(text: string): { version?: number; stmts?: Record<string, unknown>[] } {
  const m = module();
  const input = toCString(m, text);
  let result = 0;
  try {
    result = m._wasm_parse_query_raw(input);
    if (!result) throw new Error('the SQL parser ran out of memory');
    const u32 = m.HEAPU32;
    const tree = u32[result >> 2]!;
    const error = u32[(result >> 2) + 2]!;
    if (error) {
      const message = fromCString(m, m.HEAPU32[error >> 2]!) || 'unknown parser error';
      const cursorpos = m.HEAPU32[(error >> 2) + 4]! | 0;
      throw new PgSyntaxError(message, cursorpos > 0 ? cursorpos - 1 : 0);
    }
    if (!tree) throw new Error('the SQL parser returned no parse tree');
    return JSON.parse(fromCString(m, tree)) as { stmts?: Record<string, unknown>[] };
  } finally {
    m._free(input);
    if (result) m._wasm_free_parse_result(result);
  }
}

/** Calls a libpg_query function that returns a malloc'd string (JSON, or an error message). */
function stringCall(fn: (m: PgQueryWasm, input: number) => number, text: string): string {
  const m = module();
  const input = toCString(m, text);
  let result = 0;
  try {
    result = fn(m, input);
    return fromCString(m, result);
  } finally {
    m._free(input);
    if (result) m._wasm_free_string(result);
  }
}

/**
 * PL/pgSQL's compile of a CREATE FUNCTION / DO statement's text (libpg_query's
 * pg_query_parse_plpgsql), parsed: `{ plpgsql_funcs: [{ PLpgSQL_function: … }] }`. Throws an
 * Error whose message is PL/pgSQL's (for example `syntax error at or near "x"`).
 */
export function parsePlpgsql(text: string): Record<string, unknown> {
  const out = stringCall((m, p) => m._wasm_parse_plpgsql(p), text);
  // Success is a JSON object; anything else is the error message.
  if (!out.startsWith('{')) throw new Error(out);
  return JSON.parse(out) as Record<string, unknown>;
}

/** A token of PostgreSQL's scanner: byte offsets `[start, end)`, its grammar token name. */
export interface ScanToken {
  start: number;
  end: number;
  tokenName: string;
}

/** PostgreSQL's scanner over `text` (libpg_query's pg_query_scan). Throws when the text cannot be scanned. */
export function scanTokens(text: string): ScanToken[] {
  const out = stringCall((m, p) => m._wasm_scan(p), text);
  if (!out.startsWith('{')) throw new Error(out);
  return ((JSON.parse(out) as { tokens?: ScanToken[] }).tokens ?? []);
}
