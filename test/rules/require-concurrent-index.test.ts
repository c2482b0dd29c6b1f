import rule from '../../rules/require-concurrent-index.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'CREATE INDEX CONCURRENTLY idx_users_email ON users (email);',
    'CREATE TABLE t (id int);\nCREATE INDEX idx_t ON t (id);',
    'DROP INDEX CONCURRENTLY idx_users_email;',
    'REINDEX INDEX CONCURRENTLY idx_users_email;',
  ],
  invalid: [
    {
      code: 'BEGIN;\nCREATE INDEX idx_users_email\n  ON users (email);\nCOMMIT;',
      errors: [{ line: 3, column: 6, message: 'SHARE lock' }],
    },
    { code: 'DROP INDEX IF EXISTS idx_orders_created_at;', errors: [{ line: 1, column: 1, message: 'ACCESS EXCLUSIVE' }] },
    { code: 'REINDEX TABLE orders;', errors: [{ line: 1, column: 15 }] },
  ],
});
