import { defineRule } from '../src/lint/types.js';
import { decodeSql } from '../src/load/text.js';
import { versionKey } from '../src/load/version.js';
import { ghostFile, type BaseFile, type MigrationFile } from '../src/model/project.js';

const HELP = 'Restore the file as it is on the base branch and make the change in a new migration (forward-only).';

/** First line (1-based) where two texts differ, ignoring line terminators as Flyway's checksum does. */
function firstDifferentLine(a: string, b: string): number {
  const la = a.split(/\r\n|\r|\n/);
  const lb = b.split(/\r\n|\r|\n/);
  const n = Math.max(la.length, lb.length);
  for (let i = 0; i < n; i++) if (la[i] !== lb[i]) return Math.min(i + 1, Math.max(1, lb.length));
  return 1;
}

export default defineRule({
  meta: {
    id: 'applied-migration-modified',
    description: 'With --base: a versioned migration (or its rollback) that exists at the base and was modified, deleted or renamed.',
    severity: 'error',
    help: HELP,
    appliesTo: ['versioned', 'rollback'],
  },
  create(context) {
    const { project } = context;
    return {
      project() {
        if (!project.base) return;
        const head = new Map(project.files.map((f) => [f.rel, f]));
        const byVersion = new Map<string, MigrationFile>();
        for (const f of project.files) if (f.kind === 'versioned' && f.version) byVersion.set(versionKey(f.version), f);
        for (const b of project.base.values()) {
          if (b.kind !== 'versioned' && b.kind !== 'rollback') continue;
          const now = head.get(b.rel);
          const what = b.kind === 'rollback' ? 'rollback script' : `migration ${b.version?.raw ?? ''}`.trim();
          if (now) {
            if (now.checksum === b.checksum) continue;
            context.report({
              file: now,
              position: { line: firstDifferentLine(decodeSql(b.bytes).text, now.decoded.text), column: 1 },
              message:
                b.kind === 'rollback'
                  ? `rollback script changed after its migration was merged: the rollback tested and reviewed with the migration is not the one that will run`
                  : `${what} was already merged and was modified: databases that applied it keep the old version, and Flyway's validate fails with a checksum mismatch (was ${b.checksum}, now ${now.checksum})`,
            });
            continue;
          }
          const renamed = renamedTo(b, project.files, byVersion);
          if (renamed) {
            context.report({
              file: renamed,
              message: `${what} was renamed from ${b.path}: Flyway sees the applied ${b.path} as missing and ${renamed.path} as a different migration (description or version mismatch)`,
              help: 'Keep the merged file name; fix the name only in migrations that were never merged.',
            });
          } else {
            context.report({
              file: ghostFile(b.path, b.rel, b.kind),
              message: `${what} was deleted after it was merged: databases that applied it still have its changes, and Flyway's validate reports it as missing`,
              help: 'Restore the file; undo its effect with a new migration instead.',
            });
          }
        }
      },
    };
  },
});

function renamedTo(b: BaseFile, files: MigrationFile[], byVersion: Map<string, MigrationFile>): MigrationFile | undefined {
  const sameContent = files.find((f) => f.isNew && f.checksum === b.checksum && f.kind === b.kind);
  if (sameContent) return sameContent;
  if (b.kind === 'versioned' && b.version) {
    const same = byVersion.get(versionKey(b.version));
    if (same?.isNew) return same;
  }
  return undefined;
}
