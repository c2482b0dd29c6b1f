import { defineRule } from '../src/lint/types.js';
import { classifyBaseName } from '../src/load/naming.js';

export default defineRule({
  meta: {
    id: 'rollback-missing',
    description: 'A versioned migration without its rollback file.',
    severity: 'error',
    help: 'Add the rollback script, or suppress with `-- migration-guard-ignore-file rollback-missing: <why it cannot be undone>`.',
    appliesTo: ['versioned'],
  },
  create(context) {
    const { project } = context;
    return {
      file(file) {
        if (file.rollback || !file.version) return;
        const expected = project.rollbackPattern.pathFor(file.version.raw, file.description?.replace(/ /g, '_'));
        const shown = project.root && project.root !== '.' ? `${project.root}/${expected}` : expected;
        // Under Flyway, a rollback named like a migration is one more migration to Flyway (it scans
        // its locations recursively; duplicate-version reports such files): say what to name it.
        const base = expected.slice(expected.lastIndexOf('/') + 1);
        const flywayReadsIt = context.settings.runner === 'flyway' && classifyBaseName(base, project.naming).kind !== 'invalid';
        const undo = `U${file.version.raw}__${file.description?.replace(/ /g, '_') ?? 'rollback'}.sql`;
        context.report({
          message: `no rollback script for version ${file.version.raw}: if this migration has to be undone in an emergency there is no tested way back (expected ${shown})`,
          help: flywayReadsIt
            ? `Add a rollback script that reverses this migration, named so that Flyway does not run it as a migration: set rollbackPattern: U{version}__{description}.sql and add ${project.root && project.root !== '.' ? `${project.root}/` : ''}${undo} (Flyway's undo naming; Flyway would read ${shown} as a second version ${file.version.raw}).`
            : `Add ${shown} that reverses this migration (drop what it adds, restore what it changes).`,
        });
      },
    };
  },
});
