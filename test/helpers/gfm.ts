/**
 * Markdown read as GitHub reads it (CommonMark + GFM: micromark with the GFM extension), for
 * tests of job summaries and PR comments: the tree, its plain text, its tables, and the checks
 * every summary must pass (a heading first, no stray thematic breaks, no backslash escapes left
 * visible in text, HTML blocks only of the kinds the reports write).
 */
import type { Heading, Link, Nodes, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { expect } from 'vitest';

export function parseGfm(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Every node of the tree, depth first. */
export function nodes(tree: Nodes): Nodes[] {
  const out: Nodes[] = [tree];
  if ('children' in tree) for (const c of tree.children) out.push(...nodes(c as Nodes));
  return out;
}

/** The text a reader sees (text, inline code, and <br> as a space), HTML left out. */
export function toString(n: Nodes): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value;
  if (n.type === 'html') return n.value === '<br>' ? ' ' : '';
  if ('children' in n) return (n.children as Nodes[]).map(toString).join('');
  return '';
}

export const textOf = toString;

export interface GfmTable {
  header: string[];
  rows: string[][];
}

export function tablesOf(tree: Root): GfmTable[] {
  return nodes(tree)
    .filter((n): n is Table => n.type === 'table')
    .map((t) => {
      const [head, ...rows] = t.children.map((r) => r.children.map((c) => toString(c)));
      return { header: head ?? [], rows };
    });
}

export const headingsOf = (tree: Root) =>
  nodes(tree)
    .filter((n): n is Heading => n.type === 'heading')
    .map((h) => ({ depth: h.depth, text: toString(h) }));

export const linksOf = (tree: Root) =>
  nodes(tree)
    .filter((n): n is Link => n.type === 'link')
    .map((l) => ({ url: l.url, text: toString(l) }));

/** HTML the reports may write: <pre>…</pre>, <details>, <summary>…, <sub>…, <br> and the comment marker. */
const ALLOWED_HTML = /^(<pre>[\s\S]*<\/pre>|<\/?details( open)?>|<summary>[\s\S]*<\/summary>|<\/?sub>|<\/?b>|<\/summary>|<br>|<!-- migration-guard:comment -->)$/;

/**
 * The checks every summary passes; returns the tree. `heading`: what the first (level 2) heading says.
 */
export function expectWellFormed(markdown: string, heading: RegExp): Root {
  const tree = parseGfm(markdown);
  const all = nodes(tree);
  const first = tree.children.find((n) => n.type !== 'html');
  expect(first?.type, markdown).toBe('heading');
  expect((first as Heading).depth).toBe(2);
  expect(toString(first!)).toMatch(heading);
  expect(all.filter((n) => n.type === 'thematicBreak'), markdown).toEqual([]);
  for (const n of all) {
    // A backslash before ASCII punctuation in text: an escape GitHub would show literally.
    if (n.type === 'text' || n.type === 'inlineCode') expect(n.value, markdown).not.toMatch(/\\[!-/:-@[-`{-~]/);
    if (n.type === 'html') {
      for (const line of n.value.trim().split('\n')) if (!n.value.startsWith('<pre>')) expect(line, markdown).toMatch(ALLOWED_HTML);
      if (n.value.startsWith('<pre>')) expect(n.value.trim(), markdown).toMatch(ALLOWED_HTML);
      expect(n.value).not.toMatch(/\\[_*`|[\]]/);
    }
  }
  // No paragraph made of a table's dashes (a table that failed to parse).
  for (const p of all.filter((n) => n.type === 'paragraph')) expect(toString(p)).not.toMatch(/^\|.*\|\s*\|?[-| ]+\|/);
  return tree;
}
