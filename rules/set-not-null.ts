import { defineRule } from '../src/lint/types.js';

// Stub: being implemented.
export default defineRule({
  meta: {
    id: 'set-not-null',
    description: 'ALTER COLUMN … SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL).',
    severity: 'error',
    help: 'TODO',
  },
  create() {
    return {};
  },
});
