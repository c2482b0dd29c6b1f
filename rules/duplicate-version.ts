import { defineRule } from '../src/lint/types.js';
import { classifyBaseName } from '../src/load/naming.js';
import { versionKey } from '../src/load/version.js';
import type { MigrationFile } from '../src/model/project.js';

export default defineRule({
  meta: {
    id: 'duplicate-version',
    description: 'Two versioned migrations with the same version (or two repeatables with the same description).',
    severity: 'error',
    help: 'Give each migration its own version (the next free one above the highest).',
    reads: 'project',
  },
  create(context) {
    const { project } = context;
    /**
     * Flyway scans its locations recursively and reads every file by its base name
     * (ResourceNameParser): a rollback or seed file inside a location named like a migration —
     * the guide's rollback/V1__rollback.sql — is to Flyway one more versioned migration.
     */
    const reportRollbacksFlywayRuns = () => {
      for (const f of project.files) {
        if (f.kind !== 'rollback' && f.kind !== 'seed') continue;
        const read = classifyBaseName(f.rel.slice(f.rel.lastIndexOf('/') + 1), project.naming);
        if (read.kind !== 'versioned' && read.kind !== 'repeatable') continue;
        const owner = read.kind === 'versioned' ? project.migrations.find((m) => m.kind === 'versioned' && m.version && versionKey(m.version) === versionKey(read.version!)) : undefined;
        const what = read.kind === 'versioned' ? `versioned migration ${read.version!.raw}` : `repeatable migration "${read.description}"`;
        context.report({
          file: f,
          message: owner
            ? `Flyway reads this ${f.kind} file as ${what}, the version of ${owner.path}: it scans ${f.location} recursively, so migrate stops with "Found more than one migration with version ${versionKey(read.version!)}"`
            : `Flyway reads this ${f.kind} file as ${what} and would run it as a migration: it scans ${f.location} recursively`,
          help: f.kind === 'seed' ? 'Name seed files after their environment ({env}.sql), which Flyway does not read as a migration.' : `Name rollback files so that Flyway does not read them as migrations, e.g. as Flyway's undo migrations: rollbackPattern: U{version}__{description}.sql (Flyway Community skips U files, Teams runs them on undo), and rename the files to match.`,
        });
      }
    };
    return {
      project() {
        const groups = new Map<string, MigrationFile[]>();
        for (const f of project.files) {
          let key: string | undefined;
          if (f.kind === 'versioned' && f.version) key = `V${versionKey(f.version)}`;
          else if (f.kind === 'repeatable') key = `R${f.description}`;
          if (!key) continue;
          const list = groups.get(key) ?? [];
          list.push(f);
          groups.set(key, list);
        }
        if (context.settings.runner === 'flyway' && !project.layout) reportRollbacksFlywayRuns();
        for (const list of groups.values()) {
          if (list.length < 2) continue;
          // Keep a merged file (with --base) as the one that owns the version; report the others.
          const [first, ...rest] = [...list].sort((a, b) => Number(a.isNew) - Number(b.isNew));
          for (const f of rest) {
            if (project.layout) {
              context.report({ file: f, message: `version ${f.version!.raw} is also used by ${first!.path}: ${project.layout.duplicate}`, help: 'Renumber the newer migration to the next free version.' });
              continue;
            }
            context.report({
              file: f,
              message:
                f.kind === 'versioned'
                  ? `version ${f.version!.raw} is also used by ${first!.path} (the same version as ${first!.version!.raw}): Flyway stops with "Found more than one migration with version ${versionKey(f.version!)}"`
                  : `repeatable description "${f.description}" is also used by ${first!.path}: Flyway stops with "Found more than one repeatable migration with description"`,
              help:
                f.kind === 'versioned'
                  ? 'Renumber the newer migration to the next free version.'
                  : 'Give each repeatable migration its own description.',
            });
          }
        }
      },
    };
  },
});
