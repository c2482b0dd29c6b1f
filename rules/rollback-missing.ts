import { defineRule } from '../src/lint/types.js';

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
        context.report({
          message: `no rollback script for version ${file.version.raw}: if this migration has to be undone in an emergency there is no tested way back (expected ${shown})`,
          help: `Add ${shown} that reverses this migration (drop what it adds, restore what it changes).`,
        });
      },
    };
  },
});
