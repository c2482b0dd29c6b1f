import { defineRule } from '../src/lint/types.js';

export default defineRule({
  meta: {
    id: 'rollback-empty',
    description: 'A rollback script with no SQL statement (empty, whitespace or only comments).',
    severity: 'error',
    help: "Write the statements that undo the migration (e.g. `DROP TABLE IF EXISTS …;`), or, if it cannot be undone, make the rollback fail loudly: `DO $$ BEGIN RAISE EXCEPTION 'V… cannot be rolled back: <why>'; END $$;`.",
    appliesTo: ['rollback'],
  },
  create(context) {
    return {
      file(file) {
        // A file that did not decode or parse (or was too large to parse) is parse-error's.
        if (file.decoded.problem || file.parsed.errors.length > 0) return;
        if (file.parsed.statements.length > 0) return;
        // An empty migration (a placeholder, or SQL for another database kept for its version
        // number) has nothing to undo: its empty rollback is right (empty-migration reports it).
        const migration = context.project.migrations.find((m) => m.rollback === file);
        if (migration && !migration.decoded.problem && migration.parsed.errors.length === 0 && migration.parsed.statements.length === 0) return;
        const layout = context.project.layout;
        const v = file.version ? (layout ? `version ${file.version.raw}` : `V${file.version.raw}`) : 'its migration';
        // A goose/dbmate down section: the finding is at its directive line.
        const at = file.section === 'down' && file.sectionStart !== undefined ? { position: file.position(file.sectionStart) } : {};
        if (layout) {
          context.report({
            ...at,
            message: `the rollback contains no SQL statement: PostgreSQL executes nothing, so rolling back ${v} with ${layout.runner} removes its record while every object the migration created stays, and migrating again fails (e.g. 42P07: relation already exists)`,
            help: `Write the statements that undo ${v} (e.g. \`DROP TABLE IF EXISTS …;\`). If it cannot be undone, say so with a statement that fails loudly: \`DO $$ BEGIN RAISE EXCEPTION '${v} cannot be rolled back: <why>'; END $$;\``,
          });
          return;
        }
        context.report({
          message:
            `the rollback script contains no SQL statement: PostgreSQL executes nothing, so rolling back ${v} deletes ` +
            'its schema history row while every object the migration created stays, and the next migrate fails ' +
            '(e.g. 42P07: relation already exists)',
          help:
            `Write the statements that undo ${v} (e.g. \`DROP TABLE IF EXISTS …;\`). If ${v} cannot be undone, say so with a ` +
            `statement that fails loudly, so a rollback stops instead of lying: \`DO $$ BEGIN RAISE EXCEPTION '${v} cannot be rolled back: <why>'; END $$;\``,
        });
      },
    };
  },
});
