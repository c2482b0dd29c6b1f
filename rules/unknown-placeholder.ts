import { defineRule } from '../src/lint/types.js';

export default defineRule({
  meta: {
    id: 'unknown-placeholder',
    description: 'A Flyway placeholder ${name} with no value in the configuration.',
    severity: 'error',
    help: 'Define it under `placeholders:` in migration-guard.yml (names are case-insensitive), or use a ${flyway:…} built-in.',
    appliesTo: ['versioned', 'repeatable', 'rollback', 'seed'],
  },
  create(context) {
    return {
      file(file) {
        for (const p of file.unknownPlaceholders) {
          context.report({
            offset: p.offset,
            message: `no value for placeholder \${${p.name}}: Flyway stops with "No value provided for placeholder" and the SQL is not valid as written`,
          });
        }
      },
    };
  },
});
