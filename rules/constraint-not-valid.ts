import { defineRule } from '../src/lint/types.js';

// Stub: being implemented.
export default defineRule({
  meta: {
    id: 'constraint-not-valid',
    description: 'ADD CONSTRAINT … FOREIGN KEY / CHECK without NOT VALID on an existing table, or NOT VALID then VALIDATE in one transaction.',
    severity: 'error',
    help: 'TODO',
  },
  create() {
    return {};
  },
});
