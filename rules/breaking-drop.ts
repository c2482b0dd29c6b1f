import { defineRule } from '../src/lint/types.js';

// Stub: being implemented.
export default defineRule({
  meta: {
    id: 'breaking-drop',
    description: 'DROP TABLE / COLUMN / VIEW / FUNCTION / TYPE of an existing object: breaks the running application.',
    severity: 'warning',
    help: 'TODO',
  },
  create() {
    return {};
  },
});
