import { describe, expect, it } from 'vitest';
import { decodeSql, LineIndex, Utf8Offsets } from '../../src/load/text.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('decodeSql', () => {
  it('decodes plain UTF-8', () => {
    expect(decodeSql(utf8('SELECT 1;\n'))).toEqual({ text: 'SELECT 1;\n', hadBom: false });
  });

  it('strips a UTF-8 BOM and says so', () => {
    const d = decodeSql(bytes([0xef, 0xbb, 0xbf], 'SELECT 1;'));
    expect(d).toEqual({ text: 'SELECT 1;', hadBom: true });
    expect(d.text.charCodeAt(0)).toBe(0x53);
  });

  it('strips only the first BOM (a second one is content)', () => {
    const d = decodeSql(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x'));
    expect(d.text).toBe('\ufeffx');
  });

  it('decodes an empty file and a file holding only a BOM', () => {
    expect(decodeSql(new Uint8Array())).toEqual({ text: '', hadBom: false });
    expect(decodeSql(bytes([0xef, 0xbb, 0xbf]))).toEqual({ text: '', hadBom: true });
  });

  it('reports the first invalid byte by line and column, after multi-byte characters on the same line', () => {
    // Line 2: "-- café 😀 " then a Latin-1 "é" (0xE9), which is not UTF-8.
    const d = decodeSql(bytes('SELECT 1;\n-- café 😀 ', [0xe9], 'x;\nSELECT 2;'));
    expect(d.invalidUtf8At).toBe(21);
    expect(d.text.slice(21, 23)).toBe('\ufffdx');
    const pos = new LineIndex(d.text).position(d.invalidUtf8At!);
    // "-- caf" 6 + "é" 1 + " " 1 + "😀" 2 (UTF-16 units) + " " 1 = 11 units before it.
    expect(pos).toEqual({ line: 2, column: 12 });
  });

  it('counts the invalid offset after a BOM in the decoded text', () => {
    const d = decodeSql(bytes([0xef, 0xbb, 0xbf], 'ab', [0xff], 'c'));
    expect(d.hadBom).toBe(true);
    expect(d.invalidUtf8At).toBe(2);
    expect(d.text).toBe('ab\ufffdc');
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['an overlong 3-byte NUL', [0xe0, 0x80, 0x80]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated 3-byte sequence', [0xe2, 0x82]],
    ['a truncated 4-byte sequence at the end', [0xf0, 0x9f, 0x98]],
    ['a 2-byte lead followed by ASCII', [0xc3, 0x41]],
  ])('finds %s', (_name, bad) => {
    const d = decodeSql(bytes('ü;', bad, ';'));
    expect(d.invalidUtf8At).toBe(2);
  });

  it('accepts valid 2-, 3- and 4-byte characters', () => {
    expect(decodeSql(utf8('é € 😀 \u{10ffff}')).invalidUtf8At).toBeUndefined();
  });

  it('reports the first NUL character', () => {
    const d = decodeSql(bytes('SELECT 1;\nSELECT ', [0], ' 2;\x00'));
    expect(d.nulAt).toBe(17);
    expect(new LineIndex(d.text).position(d.nulAt!)).toEqual({ line: 2, column: 8 });
    expect(decodeSql(utf8('SELECT 1;')).nulAt).toBeUndefined();
  });

  it('reports invalid UTF-8 and NUL together', () => {
    const d = decodeSql(bytes([0], 'a', [0xfe]));
    expect(d.nulAt).toBe(0);
    expect(d.invalidUtf8At).toBe(2);
  });
});

describe('LineIndex', () => {
  it('counts lines and columns from 1', () => {
    const idx = new LineIndex('ab\ncd\n\nef');
    expect(idx.lineCount).toBe(4);
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(1)).toEqual({ line: 1, column: 2 });
    expect(idx.position(2)).toEqual({ line: 1, column: 3 }); // the "\n" itself
    expect(idx.position(3)).toEqual({ line: 2, column: 1 });
    expect(idx.position(6)).toEqual({ line: 3, column: 1 });
    expect(idx.position(8)).toEqual({ line: 4, column: 2 });
  });

  it('does not count "\\r" of CRLF line ends in columns', () => {
    const text = 'SELECT 1;\r\n  SELECT 2;\r\nSELECT 3;';
    const idx = new LineIndex(text);
    expect(idx.position(text.indexOf('SELECT 2'))).toEqual({ line: 2, column: 3 });
    expect(idx.position(text.indexOf('SELECT 3'))).toEqual({ line: 3, column: 1 });
    expect(idx.position(text.indexOf('3;'))).toEqual({ line: 3, column: 8 });
    expect(idx.lineText(1)).toBe('SELECT 1;');
    expect(idx.lineText(2)).toBe('  SELECT 2;');
    expect(idx.lineText(3)).toBe('SELECT 3;');
  });

  it('counts columns in UTF-16 code units', () => {
    const text = "-- é😀\nSELECT 'ü😀', x";
    const idx = new LineIndex(text);
    expect(idx.position(text.indexOf('x'))).toEqual({ line: 2, column: 15 });
  });

  it('clamps offsets outside the text', () => {
    const idx = new LineIndex('a\nb');
    expect(idx.position(-5)).toEqual({ line: 1, column: 1 });
    expect(idx.position(100)).toEqual({ line: 2, column: 2 });
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1 });
  });

  it('gives line starts and line texts', () => {
    const idx = new LineIndex('one\ntwo\n');
    expect(idx.lineStart(2)).toBe(4);
    expect(idx.lineText(2)).toBe('two');
    expect(idx.lineText(3)).toBe('');
    expect(idx.lineStart(99)).toBe(8);
  });
});

describe('Utf8Offsets', () => {
  const byteOf = (text: string, at: number) => utf8(text.slice(0, at)).length;

  it('is the identity for ASCII', () => {
    const o = new Utf8Offsets('SELECT 1;');
    expect(o.isAscii).toBe(true);
    expect(o.byteLength).toBe(9);
    expect(o.toStringOffset(7)).toBe(7);
    expect(o.fromCodePoints(7)).toBe(7);
  });

  it.each([
    ['2-byte', "SELECT 'é';\nCREATE INDEX i ON t (a);"],
    ['3-byte', "SELECT '€';\nCREATE INDEX i ON t (a);"],
    ['4-byte (emoji)', "SELECT '😀';\nCREATE INDEX i ON t (a);"],
    ['mixed', "-- é € 😀 ü 😀😀\nSELECT 'ß', '中文';\nCREATE INDEX i ON t (a);"],
  ])('maps byte offsets after %s characters back to string offsets', (_name, text) => {
    const o = new Utf8Offsets(text);
    expect(o.isAscii).toBe(false);
    expect(o.byteLength).toBe(utf8(text).length);
    for (const word of ['CREATE', 'INDEX', 'ON', '(a)', ';']) {
      const at = text.lastIndexOf(word);
      expect(o.toStringOffset(byteOf(text, at)), word).toBe(at);
    }
    // Every character start round-trips.
    for (let i = 0; i <= text.length; i++) {
      const code = text.charCodeAt(i - 1);
      if (code >= 0xd800 && code <= 0xdbff) continue; // the middle of a surrogate pair is no character start
      expect(o.toStringOffset(byteOf(text, i))).toBe(i);
    }
  });

  it('maps a byte inside a multi-byte character to that character', () => {
    const text = 'a😀b€c';
    const o = new Utf8Offsets(text);
    // bytes: a=0, 😀=1..4, b=5, €=6..8, c=9
    expect([1, 2, 3, 4].map((b) => o.toStringOffset(b))).toEqual([1, 1, 1, 1]);
    expect(o.toStringOffset(5)).toBe(3);
    expect([6, 7, 8].map((b) => o.toStringOffset(b))).toEqual([4, 4, 4]);
    expect(o.toStringOffset(9)).toBe(5);
    expect(o.toStringOffset(10)).toBe(6);
  });

  it('counts a lone surrogate as the 3 bytes of U+FFFD', () => {
    const text = 'a\ud800b';
    const o = new Utf8Offsets(text);
    expect(o.byteLength).toBe(utf8(text).length);
    expect(o.toStringOffset(4)).toBe(2);
  });

  it('converts code point offsets (PostgreSQL error cursors) to string offsets', () => {
    const text = "SELECT '😀', '😀😀', x";
    const o = new Utf8Offsets(text);
    expect(o.fromCodePoints(8)).toBe(8); // the first emoji
    expect(o.fromCodePoints(9)).toBe(10); // the quote after it
    expect(o.fromCodePoints([...text].indexOf('x'))).toBe(text.indexOf('x'));
    expect(new Utf8Offsets('é€x').fromCodePoints(2)).toBe(2);
  });
});
