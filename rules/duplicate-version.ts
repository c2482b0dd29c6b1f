import { defineRule } from '../src/lint/types.js';
import { versionKey } from '../src/load/version.js';
import type { MigrationFile } from '../src/model/project.js';

export default defineRule({
  meta: {
    id: 'duplicate-version',
    description: 'Two versioned migrations with the same version (or two repeatables with the same description).',
    severity: 'error',
    help: 'Give each migration its own version (the next free one above the highest).',
  },
  create(context) {
    const { project } = context;
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
        for (const list of groups.values()) {
          if (list.length < 2) continue;
          // Keep a merged file (with --base) as the one that owns the version; report the others.
          const [first, ...rest] = [...list].sort((a, b) => Number(a.isNew) - Number(b.isNew));
          for (const f of rest) {
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
