import { describe, expect, it } from 'vitest';
import { decodeSql } from '../../src/load/text.js';
import { flywayChecksum } from '../../src/model/checksum.js';

const fromBytes = (s: string, bom = false) =>
  flywayChecksum(decodeSql(Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(s)])).text);

describe('flywayChecksum', () => {
  it('matches Flyway for known files', () => {
    expect(flywayChecksum('SELECT 1;\n')).toBe(78787420);
    expect(flywayChecksum('SELECT 8;')).toBe(-714045419);
    expect(flywayChecksum('')).toBe(0);
  });

  it('is a signed 32-bit integer', () => {
    const c = flywayChecksum('SELECT 8;');
    expect(Number.isInteger(c)).toBe(true);
    expect(c).toBeLessThan(0);
    expect(c | 0).toBe(c);
  });

  it('ignores line terminators: LF, CRLF and CR give the same checksum', () => {
    const lf = flywayChecksum('SELECT 1;\nSELECT 2;\n');
    expect(flywayChecksum('SELECT 1;\r\nSELECT 2;\r\n')).toBe(lf);
    expect(flywayChecksum('SELECT 1;\rSELECT 2;\r')).toBe(lf);
    expect(flywayChecksum('SELECT 1;\nSELECT 2;')).toBe(lf);
    expect(flywayChecksum('SELECT 1;\n\n\nSELECT 2;\n\n')).toBe(lf);
    expect(flywayChecksum('SELECT 1;SELECT 2;')).toBe(lf);
  });

  it('ignores a BOM, decoded or not', () => {
    expect(fromBytes('SELECT 1;\n', true)).toBe(78787420);
    expect(flywayChecksum('\ufeffSELECT 1;\n')).toBe(78787420);
    expect(fromBytes('SELECT 1;\r\n', true)).toBe(78787420);
  });

  it('changes with any other change', () => {
    const base = flywayChecksum('SELECT 1;\n');
    expect(flywayChecksum('SELECT  1;\n')).not.toBe(base);
    expect(flywayChecksum('select 1;\n')).not.toBe(base);
    expect(flywayChecksum(' SELECT 1;\n')).not.toBe(base);
  });

  it('gives the same checksum for long texts, whatever falls on the 64 KiB chunk boundaries', () => {
    const oneShot = (t: string) => referenceCrc32(new TextEncoder().encode(t.replace(/\r\n|\r|\n/g, '')));
    for (const at of [65_535, 65_536, 65_537, 131_071]) {
      // A surrogate pair, a CRLF and a multi-byte character across the boundary at `at`.
      for (const piece of ['😀', '\r\n', 'é€']) {
        const text = `${'x'.repeat(at - 1)}${piece}${'SELECT 1;\r\n'.repeat(20_000)}`;
        expect(flywayChecksum(text)).toBe(oneShot(text));
      }
    }
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    // CRC-32 of C3 A9 (UTF-8 "é") is 0x0E048D3E; of Latin-1 E9 it would be 0x0BD4B551.
    expect(flywayChecksum('é')).toBe(0x0e048d3e);
    const text = "-- ü € 😀\r\nCOMMENT ON TABLE t IS 'naïve';\r\n";
    expect(flywayChecksum(text)).toBe(referenceCrc32(new TextEncoder().encode(text.replace(/\r\n/g, ''))));
  });
});

/** Bit-by-bit CRC-32 (IEEE 802.3, as java.util.zip.CRC32), signed like Java's (int) cast. */
function referenceCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) | 0;
}
