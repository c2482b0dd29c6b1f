import { defineRule } from '../src/lint/types.js';
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
    reads: 'project',
  },
  create(context) {
    const { project } = context;
    return {
      project() {
        if (!project.base) return;
        // One entry per file: a goose/dbmate file's up section stands for it (the down is the same file).
        const head = new Map(project.files.filter((f) => f.section !== 'down').map((f) => [f.rel, f]));
        // New files already matched as the new name of a merged one.
        const claimed = new Set<MigrationFile>();
        const merged = [...project.base.values()]
          .filter((b) => b.kind === 'versioned' || b.kind === 'rollback')
          .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
        const gone: BaseFile[] = [];
        for (const b of merged) {
          const now = head.get(b.rel);
          if (!now) {
            gone.push(b);
            continue;
          }
          if (now.checksum === b.checksum) continue;
          context.report({
            file: now,
            position: { line: firstDifferentLine(b.text, now.decoded.text), column: 1 },
            message:
              b.kind === 'rollback'
                ? `${describe(b)} changed after its migration was merged: the rollback reviewed with the migration is replaced by one never tested against the databases that applied it`
                : project.layout
                  ? `${describe(b)} was already merged and was modified: databases that applied it keep the old version, and ${project.layout.modified}`
                  : `${describe(b)} was already merged and was modified: databases that applied it keep the old version, and Flyway's validate fails with a checksum mismatch (was ${b.checksum}, now ${now.checksum})`,
          });
        }
        // Renames: first the same version under a new name, then the same content under a new name.
        const renames = new Map<BaseFile, MigrationFile>();
        const candidates = project.files.filter((f) => f.isNew);
        for (const b of gone) {
          const f = candidates.find((c) => !claimed.has(c) && c.kind === b.kind && sameVersion(c, b));
          if (f) {
            renames.set(b, f);
            claimed.add(f);
          }
        }
        for (const b of gone) {
          if (renames.has(b)) continue;
          const f = candidates.find((c) => !claimed.has(c) && c.kind === b.kind && c.checksum === b.checksum);
          if (f) {
            renames.set(b, f);
            claimed.add(f);
          }
        }
        for (const b of gone) {
          const renamed = renames.get(b);
          if (renamed) {
            context.report({
              file: renamed,
              message:
                b.kind === 'rollback'
                  ? `${describe(b)} was renamed from ${b.path}: it no longer pairs with the merged migration it undoes`
                  : `${describe(b)} was renamed from ${b.path}: Flyway sees the applied ${b.path} as missing and ${renamed.path} as a different migration (description or version mismatch)`,
              help: 'Keep the merged file name; fix the name only in migrations that were never merged.',
            });
          } else {
            context.report({
              file: ghostFile(b.path, b.rel, b.kind),
              message:
                b.kind === 'rollback'
                  ? `${describe(b)} was deleted after its migration was merged: databases that applied the migration no longer have a tested way back`
                  : `${describe(b)} was deleted after it was merged: databases that applied it still have its changes, and Flyway's validate reports it as missing`,
              help:
                b.kind === 'rollback'
                  ? 'Restore the rollback script as it is on the base branch.'
                  : 'Restore the file; undo its effect with a new migration instead.',
            });
          }
        }
      },
    };
  },
});

function describe(b: BaseFile): string {
  const version = b.version?.raw;
  if (b.kind === 'rollback') return version ? `rollback script for version ${version}` : 'rollback script';
  return version ? `migration ${version}` : 'migration';
}

function sameVersion(f: MigrationFile, b: BaseFile): boolean {
  return f.version !== undefined && b.version !== undefined && versionKey(f.version) === versionKey(b.version);
}
