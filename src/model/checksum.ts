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

/** Flyway's two checksums of a SQL migration (ResolvedMigrationImpl's checksum and equivalentChecksum). */
export interface MigrationChecksums {
  /** What Flyway writes to the schema history. */
  checksum: number;
  /** Repeatables only: the checksum of the file as written, which Flyway also accepts as a match. */
  equivalentChecksum?: number;
}

/**
 * The checksums Flyway gives a SQL migration (SqlMigrationResolver.getChecksumForLoadableResource
 * and getEquivalentChecksumForLoadableResource, since Flyway 6.3.0, "Fix #2177: Repeatable
 * Migration not executed after changing Placeholder Value"; the native-connectors path, flyway-nc
 * MigrationScannerManager, applies the same rule):
 * - versioned: ChecksumCalculator over the file as written; placeholder values do not count.
 * - repeatable with placeholder replacement on: ChecksumCalculator over the text after placeholder
 *   replacement (a PlaceholderReplacingReader around the file, ${flyway:filename} set first), so a
 *   new value re-applies it; the checksum of the file as written is its equivalentChecksum.
 * - repeatable with placeholder replacement off: the file as written, and the same equivalentChecksum.
 * `written` is the decoded file, `replaced` the same text after substitutePlaceholders (or `written`
 * when replacement is off). Both are hashed by flywayChecksum: lines without terminators, BOM dropped.
 */
export function migrationChecksums(repeatable: boolean, written: string, replaced: string): MigrationChecksums {
  const asWritten = flywayChecksum(written);
  if (!repeatable) return { checksum: asWritten };
  return { checksum: replaced === written ? asWritten : flywayChecksum(replaced), equivalentChecksum: asWritten };
}

/**
 * Whether a schema history checksum matches a migration: Flyway's ResolvedMigrationImpl.checksumMatches
 * (the checksum, or for a repeatable its equivalentChecksum: a row written before Flyway 6.3, or by
 * a tool that ignored placeholder values, still counts as applied).
 */
export function checksumMatches(m: MigrationChecksums, applied: number | null): boolean {
  return applied === m.checksum || (m.equivalentChecksum !== undefined && applied === m.equivalentChecksum);
}
