import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { decodeSql, encodingName, LineIndex, Utf8Offsets, type DecodedText } from '../../src/load/text.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('decodeSql', () => {
  const notUtf8 = '(the file is not valid UTF-8; set encoding if it is another encoding)';
  const at = (d: DecodedText) => new LineIndex(d.text).position(d.problem!.offset);

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

  it('refuses the first invalid byte at its line and column, after multi-byte characters on the same line', () => {
    // Line 2: "-- café 😀 " then a Latin-1 "é" (0xE9), which is not UTF-8.
    const d = decodeSql(bytes('SELECT 1;\n-- café 😀 ', [0xe9], 'x;\nSELECT 2;'));
    expect(d.problem).toEqual({ offset: 21, message: `invalid UTF-8 byte sequence 0xe9 0x78 ${notUtf8}` });
    // Only the text before the problem, never a substituted U+FFFD.
    expect(d.text).toBe('SELECT 1;\n-- café 😀 ');
    // "-- caf" 6 + "é" 1 + " " 1 + "😀" 2 (UTF-16 units) + " " 1 = 11 units before it.
    expect(at(d)).toEqual({ line: 2, column: 12 });
  });

  it('counts the invalid offset after a BOM in the decoded text', () => {
    const d = decodeSql(bytes([0xef, 0xbb, 0xbf], 'ab', [0xff], 'c'));
    expect(d).toEqual({ text: 'ab', hadBom: true, problem: { offset: 2, message: `invalid UTF-8 byte sequence 0xff ${notUtf8}` } });
  });

  it.each([
    ['a lone continuation byte', [0x80], 'invalid UTF-8 byte sequence 0x80 '],
    ['an overlong "/"', [0xc0, 0xaf], 'invalid UTF-8 byte sequence 0xc0 '],
    ['an overlong 3-byte NUL', [0xe0, 0x80, 0x80], 'invalid UTF-8 byte sequence 0xe0 0x80 '],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 'invalid UTF-8 byte sequence 0xed 0xa0 '],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'invalid UTF-8 byte sequence 0xf4 0x90 '],
    ['a truncated 3-byte sequence', [0xe2, 0x82], 'invalid UTF-8 byte sequence 0xe2 0x82 0x3b '],
    ['a 2-byte lead followed by ASCII', [0xc3, 0x41], 'invalid UTF-8 byte sequence 0xc3 0x41 '],
  ])('refuses %s at its line and column', (_name, bad, message) => {
    const d = decodeSql(bytes('SELECT 1;\n-- ü ', bad, ';\nSELECT 2;\n'));
    expect(d.problem!.message).toBe(message + notUtf8);
    expect(d.text).toBe('SELECT 1;\n-- ü ');
    expect(at(d)).toEqual({ line: 2, column: 6 });
  });

  it('refuses a sequence cut off by the end of the file', () => {
    const d = decodeSql(bytes("SELECT '😀", [0xf0, 0x9f, 0x98]));
    expect(d.problem).toEqual({ offset: 10, message: `incomplete UTF-8 byte sequence 0xf0 0x9f 0x98 at the end of the file ${notUtf8}` });
    expect(at(d)).toEqual({ line: 1, column: 11 });
  });

  it('accepts valid 2-, 3- and 4-byte characters and a U+FFFD that is really in the file, not one it would substitute', () => {
    expect(decodeSql(utf8('é € 😀 \u{10ffff}')).problem).toBeUndefined();
    expect(decodeSql(utf8("SELECT '\ufffd';"))).toEqual({ text: "SELECT '\ufffd';", hadBom: false });
    const substituted = decodeSql(bytes("SELECT '", [0xef, 0xbf], "';"));
    expect(substituted.text).toBe("SELECT '");
    expect(substituted.problem!.message).toBe(`invalid UTF-8 byte sequence 0xef 0xbf 0x27 ${notUtf8}`);
  });

  it('refuses a NUL in the middle of the file; the text stops before it', () => {
    const d = decodeSql(bytes('BEGIN; CREATE TABLE nul_a (id int); COMMIT;', [0], 'BEGIN; CREATE TABLE nul_b (id int); COMMIT;'));
    expect(d.problem).toEqual({ offset: 43, message: 'NUL byte (0x00): PostgreSQL does not accept NUL in SQL text' });
    expect(d.text).toBe('BEGIN; CREATE TABLE nul_a (id int); COMMIT;');
    expect(at(d)).toEqual({ line: 1, column: 44 });
    const later = decodeSql(bytes('SELECT 1;\nSELECT ', [0], ' 2;\x00'));
    expect(at(later)).toEqual({ line: 2, column: 8 });
  });

  it('reports whichever comes first: a NUL or an invalid sequence', () => {
    expect(decodeSql(bytes('ab\n', [0], 'a', [0xfe])).problem).toMatchObject({ offset: 3, message: expect.stringMatching(/^NUL byte/) });
    expect(decodeSql(bytes('ab\n', [0xfe], 'a', [0])).problem).toMatchObject({ offset: 3, message: expect.stringMatching(/^invalid UTF-8 byte sequence 0xfe /) });
  });

  const sql = "BEGIN;\nCREATE TABLE café (id int);\nCOMMIT;\n";
  const utf16le = (s: string) => Buffer.from(s, 'utf16le');
  const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  const utf32 = (s: string, le: boolean) =>
    Uint8Array.from([...s].flatMap((c) => {
      const cp = c.codePointAt(0)!;
      const be = [cp >>> 24, (cp >>> 16) & 0xff, (cp >>> 8) & 0xff, cp & 0xff];
      return le ? be.reverse() : be;
    }));

  it.each([
    ['UTF-16BE', utf16be(sql), 'the file looks like UTF-16BE without a byte order mark (NUL bytes at every other position): save it as UTF-8, or set encoding: UTF-16BE'],
    ['UTF-16LE', utf16le(sql), 'the file looks like UTF-16LE without a byte order mark (NUL bytes at every other position): save it as UTF-8, or set encoding: UTF-16LE'],
    ['UTF-32BE', utf32(sql, false), 'the file looks like UTF-32BE without a byte order mark (three NUL bytes in every four): save it as UTF-8 (UTF-32 is not supported)'],
    ['UTF-32LE', utf32(sql, true), 'the file looks like UTF-32LE without a byte order mark (three NUL bytes in every four): save it as UTF-8 (UTF-32 is not supported)'],
  ])('refuses %s without a BOM at 1:1, naming the encoding', (_name, file, message) => {
    expect(decodeSql(file)).toEqual({ text: '', hadBom: false, problem: { offset: 0, message } });
  });

  it.each([
    ['UTF-16LE', [0xff, 0xfe], utf16le(sql), 'the file starts with a UTF-16LE byte order mark (0xff 0xfe) but the encoding is UTF-8: save it as UTF-8, or set encoding: UTF-16LE'],
    ['UTF-16BE', [0xfe, 0xff], utf16be(sql), 'the file starts with a UTF-16BE byte order mark (0xfe 0xff) but the encoding is UTF-8: save it as UTF-8, or set encoding: UTF-16BE'],
    ['UTF-32LE', [0xff, 0xfe, 0, 0], utf32(sql, true), 'the file starts with a UTF-32LE byte order mark (0xff 0xfe 0x00 0x00) but the encoding is UTF-8: save it as UTF-8 (UTF-32 is not supported)'],
  ])('refuses a %s byte order mark under UTF-8', (_name, bom, file, message) => {
    expect(decodeSql(bytes(bom, [...file]))).toEqual({ text: '', hadBom: false, problem: { offset: 0, message } });
  });

  it('decodes UTF-16 when the encoding says so, with or without its BOM', () => {
    expect(decodeSql(utf16le(sql), 'UTF-16LE')).toEqual({ text: sql, hadBom: false });
    expect(decodeSql(bytes([0xff, 0xfe], [...utf16le(sql)]), 'UTF-16LE')).toEqual({ text: sql, hadBom: true });
    expect(decodeSql(utf16be("SELECT '😀';"), 'UTF-16BE')).toEqual({ text: "SELECT '😀';", hadBom: false });
  });

  it('refuses UTF-16 of the other byte order, a lone surrogate and an odd last byte', () => {
    expect(decodeSql(utf16be(sql), 'UTF-16LE').problem).toEqual({
      offset: 0,
      message: 'the file looks like UTF-16BE without a byte order mark (NUL bytes at every other position): save it as UTF-16LE, or set encoding: UTF-16BE',
    });
    expect(decodeSql(bytes([0xfe, 0xff], [...utf16be(sql)]), 'UTF-16LE').problem!.message).toBe(
      'the file starts with a UTF-16BE byte order mark (0xfe 0xff) but the encoding is UTF-16LE: save it as UTF-16LE, or set encoding: UTF-16BE',
    );
    const lone = decodeSql(bytes([...utf16le('SELECT 1;\nSELECT ')], [0x00, 0xdc], [...utf16le("';")]), 'UTF-16LE');
    expect(lone.problem!.message).toBe('invalid UTF-16LE byte sequence 0x00 0xdc (the file is not valid UTF-16LE; set encoding if it is another encoding)');
    expect(at(lone)).toEqual({ line: 2, column: 8 });
    const odd = decodeSql(bytes([...utf16le('SELECT 1;')], [0x0a]), 'UTF-16LE');
    expect(odd.problem).toMatchObject({ offset: 9, message: expect.stringMatching(/^incomplete UTF-16LE byte sequence 0x0a at the end of the file/) });
    const nul = decodeSql(utf16le('SELECT 1;\n\0'), 'UTF-16LE');
    expect(nul.problem).toEqual({ offset: 10, message: 'NUL character (U+0000): PostgreSQL does not accept NUL in SQL text' });
  });

  it('decodes windows-1252 when the encoding says so, and refuses it under UTF-8', () => {
    const file = bytes("-- prix en ", [0x80], "\nINSERT INTO t VALUES ('caf", [0xe9], "');\n");
    expect(decodeSql(file, 'windows-1252')).toEqual({ text: "-- prix en €\nINSERT INTO t VALUES ('café');\n", hadBom: false });
    expect(decodeSql(file, 'ISO-8859-1').text).toBe("-- prix en €\nINSERT INTO t VALUES ('café');\n"); // WHATWG: ISO-8859-1 is windows-1252
    const d = decodeSql(file);
    expect(d.problem!.message).toBe(`invalid UTF-8 byte sequence 0x80 ${notUtf8}`);
    expect(at(d)).toEqual({ line: 1, column: 12 });
    expect(decodeSql(bytes([0xef, 0xbb, 0xbf], 'SELECT 1;'), 'windows-1252').problem!.message).toBe(
      'the file starts with a UTF-8 byte order mark (0xef 0xbb 0xbf) but the encoding is windows-1252: save it as windows-1252, or set encoding: UTF-8',
    );
  });

  it('names an unknown encoding as a usage error', () => {
    expect(() => decodeSql(utf8('SELECT 1;'), 'UTF-7')).toThrow(UsageError);
    expect(() => decodeSql(utf8('SELECT 1;'), 'UTF-32')).toThrow('unknown encoding "UTF-32"');
    expect(encodingName('latin1')).toBe('windows-1252');
    expect(encodingName('no-such-encoding')).toBeUndefined();
  });

  it('never substitutes U+FFFD: without a problem the text is the file, with one it is the text before it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.constantFrom('UTF-8', 'UTF-16LE', 'windows-1252'), (b, encoding) => {
        const d = decodeSql(b, encoding);
        const lossyDecoder = new TextDecoder(encoding, { ignoreBOM: true });
        // Streaming: Node's one-shot windows-1252 path is Latin-1 (nodejs/node#60888).
        const lossy = lossyDecoder.decode(b.subarray(d.hadBom ? (encoding === 'UTF-8' ? 3 : 2) : 0), { stream: true }) + lossyDecoder.decode();
        if (d.problem) {
          expect(d.problem.offset).toBe(d.text.length);
          expect(lossy.startsWith(d.text)).toBe(true);
        } else expect(d.text).toBe(lossy);
        // Every U+FFFD left is one the file really holds (EF BF BD in UTF-8, FD FF in UTF-16LE).
        const real = encoding === 'UTF-8' ? Buffer.from(b).toString('hex').match(/efbfbd/g)?.length ?? 0 : Infinity;
        expect(d.text.split('\ufffd').length - 1).toBeLessThanOrEqual(encoding === 'windows-1252' ? 0 : real);
      }),
      { numRuns: 2000, seed: 10 },
    );
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
