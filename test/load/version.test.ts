import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersion, versionKey, type Version } from '../../src/load/version.js';

function v(raw: string): Version {
  const parsed = parseVersion(raw);
  if (!parsed) throw new Error(`expected "${raw}" to be a version`);
  return parsed;
}

describe('parseVersion', () => {
  it('keeps the raw text and normalises the parts', () => {
    expect(v('001_2')).toEqual({ raw: '001_2', parts: ['1', '2'] });
    expect(v('1.2.3')).toEqual({ raw: '1.2.3', parts: ['1', '2', '3'] });
  });

  it('gives V1_1, V1.1, V1.1.0, V01.1 and V1_1_0_0 the same key', () => {
    for (const raw of ['1_1', '1.1', '1.1.0', '01.1', '1_1_0_0', '001.001.000']) {
      expect(versionKey(v(raw)), raw).toBe('1.1');
      expect(compareVersions(v(raw), v('1.1')), raw).toBe(0);
    }
  });

  it('keeps zeros that are not trailing', () => {
    expect(versionKey(v('1.0.1'))).toBe('1.0.1');
    expect(versionKey(v('0'))).toBe('0');
    expect(versionKey(v('0.0'))).toBe('0');
    expect(versionKey(v('10'))).toBe('10');
    expect(versionKey(v('100.00'))).toBe('100');
  });

  it.each(['', '1.', '.1', '1..2', '1__2', 'a1', '1a', '1-2', '1 2', 'v1', '1.2b', '_1', '1_', '+1', '-1', '１'])(
    'rejects %j',
    (raw) => {
      expect(parseVersion(raw)).toBeUndefined();
    },
  );
});

describe('compareVersions', () => {
  it('orders 1 < 1.1 < 1.2 < 1.10 < 2 < 10 numerically, not as text', () => {
    const sorted = ['10', '1.10', '2', '1.2', '1', '1.1'].map(v).sort(compareVersions).map((x) => x.raw);
    expect(sorted).toEqual(['1', '1.1', '1.2', '1.10', '2', '10']);
  });

  it('is antisymmetric and ignores leading zeros', () => {
    expect(compareVersions(v('009'), v('10'))).toBe(-1);
    expect(compareVersions(v('10'), v('009'))).toBe(1);
    expect(compareVersions(v('1.9'), v('1.10'))).toBe(-1);
    expect(compareVersions(v('1.0.0.1'), v('1'))).toBe(1);
    expect(compareVersions(v('2'), v('1.999'))).toBe(1);
  });

  it('compares 30-digit parts exactly (beyond Number.MAX_SAFE_INTEGER)', () => {
    const a = v('123456789012345678901234567890');
    const b = v('123456789012345678901234567891');
    // As doubles these two are the same number.
    expect(Number(a.raw)).toBe(Number(b.raw));
    expect(compareVersions(a, b)).toBe(-1);
    expect(compareVersions(b, a)).toBe(1);
    expect(compareVersions(v('0123456789012345678901234567890'), a)).toBe(0);
    expect(compareVersions(v('99999999999999999999999999999'), a)).toBe(-1);
    expect(compareVersions(v('1.123456789012345678901234567890'), v('1.99'))).toBe(1);
    expect(versionKey(v('000123456789012345678901234567890_0'))).toBe('123456789012345678901234567890');
  });

  it('uses a timestamp-style version like any other number', () => {
    expect(compareVersions(v('20240101120000'), v('20231231235959'))).toBe(1);
    expect(compareVersions(v('20240101120000'), v('999'))).toBe(1);
  });
});
