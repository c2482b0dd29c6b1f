/**
 * Flyway's target, as MigrationVersion.fromVersion, ClassicConfiguration.getTarget ("?" suffix:
 * failOnMissingTarget false) and ResolvedMigration.getState (ABOVE_TARGET) define it.
 */
import { describe, expect, it } from 'vitest';
import { parseTarget, pendingUpToTarget } from '../../src/db/target.js';
import { parseVersion } from '../../src/load/version.js';
import type { MigrationFile } from '../../src/model/project.js';

const v = (s: string) => parseVersion(s)!;
const file = (rel: string, version?: string): MigrationFile => ({ rel, kind: version ? 'versioned' : 'repeatable', ...(version ? { version: v(version) } : {}) }) as MigrationFile;
const pending = [file('V3__c.sql', '3'), file('V4__d.sql', '4'), file('V10__e.sql', '10'), file('R__r.sql')];
const names = (list: MigrationFile[]) => list.map((f) => f.rel);
const known = [v('1'), v('2'), v('3'), v('4'), v('10')];

describe('migrate target', () => {
  it('latest: everything; a version: up to it (10 sorts after 4), repeatables always', () => {
    expect(names(pendingUpToTarget(pending, parseTarget('latest'), v('2'), known))).toEqual(['V3__c.sql', 'V4__d.sql', 'V10__e.sql', 'R__r.sql']);
    expect(names(pendingUpToTarget(pending, parseTarget('4'), v('2'), known))).toEqual(['V3__c.sql', 'V4__d.sql', 'R__r.sql']);
    expect(names(pendingUpToTarget(pending, parseTarget('4.0'), v('2'), known))).toEqual(['V3__c.sql', 'V4__d.sql', 'R__r.sql']);
  });

  it('current: no version above the applied one (none on an empty history); next: the first pending one', () => {
    expect(names(pendingUpToTarget(pending, parseTarget('current'), v('2'), known))).toEqual(['R__r.sql']);
    expect(names(pendingUpToTarget(pending, parseTarget('CURRENT'), undefined, known))).toEqual(['R__r.sql']);
    expect(names(pendingUpToTarget(pending, parseTarget('next'), v('2'), known))).toEqual(['V3__c.sql', 'R__r.sql']);
  });

  it('a version no migration has fails, unless written with "?"', () => {
    expect(() => pendingUpToTarget(pending, parseTarget('5'), v('2'), known)).toThrow(/no migration with the target version 5 could be found/);
    expect(names(pendingUpToTarget(pending, parseTarget('5?'), v('2'), known))).toEqual(['V3__c.sql', 'V4__d.sql', 'R__r.sql']);
    // an applied version counts (Flyway validates the target against applied and pending migrations)
    expect(names(pendingUpToTarget(pending, parseTarget('2'), v('2'), known))).toEqual(['R__r.sql']);
    expect(() => parseTarget('v5')).toThrow(/target must be latest, current, next or a version/);
  });
});
