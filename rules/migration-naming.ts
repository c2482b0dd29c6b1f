import { defineRule } from '../src/lint/types.js';
import { versionKey } from '../src/load/version.js';

export default defineRule({
  meta: {
    id: 'migration-naming',
    description: 'A .sql file in the migrations directory that is not a valid versioned, repeatable or rollback name.',
    severity: 'error',
    help: 'Name versioned migrations V{version}__{description}.sql and repeatables R__{description}.sql.',
    appliesTo: ['invalid', 'rollback'],
    reads: 'project',
  },
  create(context) {
    const { project } = context;
    const versions = new Set(
      project.files.filter((f) => f.kind === 'versioned' && f.version).map((f) => versionKey(f.version!)),
    );
    return {
      file(file) {
        if (file.kind === 'invalid' && project.layout) {
          context.report({ message: file.namingProblem ?? `${project.layout.runner} does not read this file` , help: `Name it as ${project.layout.runner} names migrations, or move it out of the migrations directory.` });
          return;
        }
        if (file.kind === 'invalid') {
          const dir = project.rollbackPattern.dir;
          if (dir && file.rel.startsWith(dir)) {
            context.report({
              message: `${file.namingProblem}: it is not paired with any migration, so the migration it undoes counts as having no rollback`,
              help: `Name it ${project.rollbackPattern.pattern} with the version of the migration it undoes.`,
            });
            return;
          }
          context.report({
            message: file.runByFlyway
              ? `${file.namingProblem}: Flyway runs it, so a database migrated by migration-guard will differ from one Flyway migrates`
              : `${file.namingProblem}: Flyway ignores or rejects this file, so it never runs`,
          });
        } else if (file.kind === 'rollback' && file.version && !versions.has(versionKey(file.version))) {
          context.report({
            message: `rollback for version ${file.version.raw}, but no migration has that version`,
            help: 'Match the version of the migration it undoes, or delete the orphaned rollback.',
          });
        }
      },
    };
  },
});
