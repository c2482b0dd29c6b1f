/**
 * A runner's own text replacements (`layout: { replace: … }`): each occurrence of a text as written,
 * left to right, replaced with the text the runner sends (river's `/* TEMPLATE: schema *\/`).
 */
import { OffsetMap, type Replacement } from '../placeholders.js';

export interface Replaced {
  text: string;
  /** Offsets in `text` back to the text before replacement (toOriginal), and forward (toReplaced). */
  map: OffsetMap;
}

export function replaceTexts(text: string, pairs: [string, string][]): Replaced {
  const replacements: Replacement[] = [];
  let out = '';
  let at = 0;
  while (at < text.length) {
    // The earliest occurrence of any of the texts from here (the first listed on a tie).
    let best: { index: number; from: string; to: string } | undefined;
    for (const [from, to] of pairs) {
      const index = text.indexOf(from, at);
      if (index >= 0 && (!best || index < best.index)) best = { index, from, to };
    }
    if (!best) break;
    out += text.slice(at, best.index);
    const newStart = out.length;
    out += best.to;
    replacements.push({ origStart: best.index, origEnd: best.index + best.from.length, newStart, newEnd: out.length });
    at = best.index + best.from.length;
  }
  out += text.slice(at);
  return { text: out, map: new OffsetMap(replacements) };
}
