import { crc32 } from 'node:zlib';

/**
 * Flyway's checksum of a migration: CRC32 over the UTF-8 bytes of its lines with the line
 * terminators (\n, \r\n, \r) removed and a leading BOM stripped, as a signed 32-bit integer.
 * `text` is the decoded file content (BOM already removed by decodeSql).
 */
export function flywayChecksum(text: string): number {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // In chunks, chaining the CRC: removing the terminators of a 50 MB text at once costs two
  // more copies of it (a string and its UTF-8 bytes). Every \r and \n goes, so a \r\n split
  // between chunks is no problem; a surrogate pair must not be split (each half alone would
  // encode as U+FFFD).
  let crc = 0;
  for (let i = from; i < text.length; ) {
    let end = Math.min(text.length, i + CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    crc = crc32(text.slice(i, end).replace(/[\r\n]/g, ''), crc);
    i = end;
  }
  return crc | 0;
}

const CHUNK = 1 << 16;
