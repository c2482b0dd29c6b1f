import { defineRule } from '../src/lint/types.js';
import { classifyBaseName, FLYWAY_ROLLBACK_PATTERN, RollbackPattern } from '../src/load/naming.js';

const UNDO = new RollbackPattern(FLYWAY_ROLLBACK_PATTERN);

export default defineRule({
  meta: {
    id: 'rollback-missing',
    description: 'A versioned migration without its rollback file.',
    severity: 'error',
    help: 'Add the rollback script, or suppress with `-- migration-guard-ignore-file rollback-missing: <why it cannot be undone>`.',
    appliesTo: ['versioned'],
    reads: 'project',
  },
  create(context) {
    const { project } = context;
    return {
      file(file) {
        if (file.rollback || !file.version) return;
        const layout = project.layout;
        if (layout) {
          // Prisma Migrate has no down migrations: nothing to ask for.
          if (layout.rollbacks === 'none') return;
          const how = layout.expectedRollback({ rel: file.rel, version: file.version, description: file.description });
          context.report({
            message: `no rollback for version ${file.version.raw}: if this migration has to be undone in an emergency there is no tested way back (${how})`,
            help: `${how.charAt(0).toUpperCase()}${how.slice(1)}: the statements that reverse this migration (drop what it adds, restore what it changes).`,
          });
          return;
        }
        const description = file.description?.replace(/ /g, '_');
        const inRoot = (rel: string) => (project.root && project.root !== '.' ? `${project.root}/${rel}` : rel);
        const expected = project.rollbackPattern.pathFor(file.version.raw, description);
        const shown = inRoot(expected);
        // Under Flyway, a rollback named like a migration is one more migration to Flyway (it scans
        // its locations recursively; duplicate-version reports such files): say what to name it.
        const base = expected.slice(expected.lastIndexOf('/') + 1);
        const flywayReadsIt = context.settings.runner === 'flyway' && classifyBaseName(base, project.naming).kind !== 'invalid';
        context.report({
          message: `no rollback script for version ${file.version.raw}: if this migration has to be undone in an emergency there is no tested way back (expected ${shown})`,
          help: flywayReadsIt
            ? `Add a rollback script that reverses this migration, named so that Flyway does not run it as a migration: set rollbackPattern: ${FLYWAY_ROLLBACK_PATTERN} and add ${inRoot(UNDO.pathFor(file.version.raw, description))} (Flyway's undo naming; Flyway would read ${shown} as a second version ${file.version.raw}).`
            : `Add ${shown} that reverses this migration (drop what it adds, restore what it changes).`,
        });
      },
    };
  },
});
