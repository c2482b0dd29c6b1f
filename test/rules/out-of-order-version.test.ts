import rule from '../../rules/out-of-order-version.js';
import { ruleTester } from '../helpers/rule-tester.js';

const m = (n: string) => `BEGIN;\nCREATE TABLE t${n} (id int);\nCOMMIT;\n`;
const merged = { 'V1__a.sql': m('1'), 'V7__g.sql': m('7') };

ruleTester(rule, {
  valid: [
    { name: 'new V8 above the highest merged V7', base: merged, files: { ...merged, 'V8__h.sql': m('8') } },
    { name: 'new V7.1 above V7', base: merged, files: { ...merged, 'V7_1__h.sql': m('71') } },
    { name: 'numeric, not text, comparison: V10 is above V7', base: merged, files: { ...merged, 'V10__h.sql': m('10') } },
    { name: 'nothing new', base: merged, files: merged },
    { name: 'nothing without --base', files: { 'V7__g.sql': m('7'), 'V5__e.sql': m('5') } },
    { name: 'empty base: anything goes', base: { 'seeds/dev.sql': 'SELECT 1;' }, files: { 'V1__a.sql': m('1') } },
    {
      name: 'renamed with the same version is not reported here (applied-migration-modified does)',
      base: merged,
      files: { 'V1__a.sql': m('1'), 'V7__renamed.sql': m('7') },
    },
    {
      name: 'the same version written differently (V007) is not reported here either',
      base: merged,
      files: { 'V1__a.sql': m('1'), 'V7__g.sql': m('7'), 'V007__g.sql': m('x') },
    },
    {
      name: 'a merged migration renamed to a lower version is reported once, by applied-migration-modified',
      base: merged,
      files: { 'V1__a.sql': m('1'), 'V5__g.sql': m('7') },
    },
    {
      name: 'repeatables have no version',
      base: merged,
      files: { ...merged, 'R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1 AS x;' },
    },
    {
      name: 'rollbacks are not migrations',
      base: merged,
      files: { ...merged, 'rollback/V1__rollback.sql': 'DROP TABLE t1;' },
    },
  ],
  invalid: [
    {
      name: 'new V5 when the base has V7',
      base: merged,
      files: { ...merged, 'V5__e.sql': m('5') },
      errors: [{ file: 'V5__e.sql', line: 1, column: 1, message: 'new migration 5 is not above 7, the highest version already merged' }],
    },
    {
      name: 'V6.9 is below V7',
      base: merged,
      files: { ...merged, 'V6_9__e.sql': m('69') },
      errors: [{ file: 'V6_9__e.sql', line: 1, column: 1, message: 'new migration 6_9 is not above 7' }],
    },
    {
      name: 'V007 written with zeros is compared as 7: V006 is below',
      base: { 'V007__g.sql': m('7') },
      files: { 'V007__g.sql': m('7'), 'V006__f.sql': m('6') },
      errors: [{ file: 'V006__f.sql', line: 1, column: 1, message: 'not above 007' }],
    },
    {
      name: 'several new ones: only those below the highest merged',
      base: merged,
      files: { ...merged, 'V2__b.sql': m('2'), 'V8__h.sql': m('8'), 'V3__c.sql': m('3') },
      errors: [
        { file: 'V2__b.sql', line: 1, column: 1 },
        { file: 'V3__c.sql', line: 1, column: 1 },
      ],
    },
  ],
});
