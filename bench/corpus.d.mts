/** Types for bench/corpus.mjs (used by the tests to build a realistic input). */
export function generateCorpus(dir: string, n?: number, seed?: number): { dir: string; files: number; bytes: number };
