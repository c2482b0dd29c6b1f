import { crc32 } from 'node:zlib';

/**
 * Flyway's checksum of a migration: CRC32 over the UTF-8 bytes of its lines with the line
 * terminators (\n, \r\n, \r) removed and a leading BOM stripped, as a signed 32-bit integer.
 * `text` is the decoded file content (BOM already removed by decodeSql).
 */
export function flywayChecksum(text: string): number {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return crc32(Buffer.from(body.replace(/\r\n|\r|\n/g, ''), 'utf8')) | 0;
}
