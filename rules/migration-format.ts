import { defineRule } from '../src/lint/types.js';

export default defineRule({
  meta: {
    id: 'migration-format',
    description: "A migration the project's runner cannot read as written: its directives (goose annotations, dbmate sections, diesel's metadata.toml) or a statement the runner splits.",
    severity: 'error',
    help: "Write the file as the runner's documentation describes; the message says what the runner does with it.",
    appliesTo: ['versioned', 'rollback'],
  },
  create(context) {
    return {
      file(file) {
        for (const p of file.formatProblems ?? []) {
          context.report({ position: file.position(p.offset), message: p.message, ...(p.help ? { help: p.help } : {}) });
        }
        // goose splits the text itself (a line ending in ";" ends a statement): a statement it
        // cuts in two is sent as two broken queries.
        const chunks = file.chunks;
        if (!chunks) return;
        for (const stmt of file.parsed.statements) {
          const cut = chunks.find(([, end]) => end > stmt.start && end < stmt.end && file.text.slice(end, stmt.end).trim() !== ';' && file.text.slice(end, stmt.end).trim() !== '');
          if (!cut) continue;
          const at = file.position(cut[1]).line;
          context.report({
            stmt,
            message: `goose ends a statement at line ${at} (a line whose last word ends with ";") inside this one, so it sends this statement as separate, broken queries and the migration fails`,
            help: 'Put the statement between `-- +goose StatementBegin` and `-- +goose StatementEnd` lines.',
          });
        }
      },
    };
  },
});
