/**
 * The exit code for a set of findings, shared by the front ends (CLI and Action): 1 when a finding
 * is at or above `failOn`, else 0.
 */
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import type { Finding } from './types.js';

export function exitCodeFor(findings: Finding[], failOn: 'error' | 'warning' | 'never'): number {
  if (failOn === 'never') return EXIT_OK;
  const hit = findings.some((f) => f.severity === 'error' || failOn === 'warning');
  return hit ? EXIT_FINDINGS : EXIT_OK;
}
