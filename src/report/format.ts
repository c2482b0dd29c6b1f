/** A duration for people: "340 ms", "1.5 s", "12 s" (empty when unknown). */
export function duration(ms: number | undefined): string {
  if (ms === undefined) return '';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(0)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.max(0, Math.round(ms))} ms`;
}
