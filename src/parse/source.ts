/**
 * Where the characters of a text handed to libpg-query sit in the file (a verbatim slice, a
 * string constant's content through its escapes, a PL/pgSQL query matched token by token), and
 * PostgreSQL's parse errors with their cursor.
 */
import { Utf8Offsets } from '../load/text.js';
import { PgSyntaxError } from './wasm.js';

/** Where the characters of a text sit in the file. */
export interface Mapping {
  /** File string offset of the character at string offset `o`. */
  toFile(o: number): number;
  /** File string offset just past the text that ends at (exclusive) string offset `o`. */
  toFileEnd(o: number): number;
  /** Set when both are `o + delta` for every offset: the text is a verbatim piece of the file. */
  delta?: number;
}

export interface Source extends Mapping {
  /** The parsed text. */
  text: string;
  utf8: Utf8Offsets;
}

export function sourceOf(text: string, map: Mapping): Source {
  return { text, utf8: new Utf8Offsets(text), toFile: map.toFile, toFileEnd: map.toFileEnd, delta: map.delta };
}

/** A verbatim slice of the file starting at `base`. */
export function sliceSource(text: string, base: number): Source {
  const toFile = (o: number) => base + o;
  return sourceOf(text, { toFile, toFileEnd: toFile, delta: base });
}

/** Every offset maps to one file offset (a text that could not be found in the file). */
export function fixedMapping(at: number): Mapping {
  return { toFile: () => at, toFileEnd: () => at };
}

/** File offset of a byte offset (an AST location) in the source. */
export function locate(src: Source, byteOffset: number): number {
  return src.toFile(src.utf8.toStringOffset(byteOffset));
}

/** File offset just past the character before `local` (for exclusive ends). */
export function endOf(src: Source, local: number, localStart: number): number {
  return local > localStart ? src.toFileEnd(local) : src.toFile(localStart);
}

export interface PgError {
  message: string;
  /** 0-based character (code point) offset of PostgreSQL's error cursor. */
  cursor: number;
}

export function sqlErrorOf(e: unknown): PgError | undefined {
  if (e instanceof PgSyntaxError) return { message: e.message, cursor: e.cursor };
  return undefined;
}

/** Errors PostgreSQL's parser raises without a cursor (e.g. "memory exhausted") still name a problem. */
export function anyErrorOf(e: unknown): PgError {
  const err = sqlErrorOf(e);
  if (err) return err;
  const message = e instanceof Error ? e.message : String(e);
  if (/not initialized/i.test(message)) throw e;
  return { message, cursor: 0 };
}

/** "… at or near "<the rest of the file>"" after an unterminated token: keep the message short. */
export function shortenMessage(message: string): string {
  return message.replace(/( at or near ")([\s\S]*)"$/, (_m, lead: string, near: string) => {
    const firstLine = near.split(/\r?\n/)[0]!;
    const cut = firstLine.length > 40 ? firstLine.slice(0, 40) : firstLine;
    return `${lead}${cut}${cut.length < near.length ? '…' : ''}"`;
  });
}
