/**
 * A tiny lexer used only when libpg-query's scanner refuses the text: it finds where an
 * unterminated quoted string, quoted identifier, dollar quote or block comment starts, so the
 * statements before it can still be split by libpg-query and linted.
 */
const IDENT = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;

/** String offset where an unterminated token starts, or -1 when every token is closed. */
export function findUnterminated(text: string): number {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '-' && next === '-') {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return -1;
      i = nl + 1;
    } else if (c === '/' && next === '*') {
      const start = i;
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') { depth++; i += 2; }
        else if (text[i] === '*' && text[i + 1] === '/') { depth--; i += 2; }
        else i++;
      }
      if (depth > 0) return start;
    } else if (c === "'") {
      const start = i;
      const escapes = i > 0 && /[eE]/.test(text[i - 1]!) && (i < 2 || !IDENT.test(text[i - 2]!));
      i++;
      let closed = false;
      while (i < n) {
        const d = text[i]!;
        if (escapes && d === '\\') { i += 2; continue; }
        if (d === "'") {
          if (text[i + 1] === "'") { i += 2; continue; }
          i++;
          closed = true;
          break;
        }
        i++;
      }
      if (!closed) return escapes ? start - 1 : start;
    } else if (c === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) return i;
      i = close + 1;
    } else if (c === '$' && !(i > 0 && IDENT.test(text[i - 1]!))) {
      DOLLAR_TAG.lastIndex = i;
      const m = DOLLAR_TAG.exec(text);
      if (m) {
        const close = text.indexOf(m[0], i + m[0].length);
        if (close < 0) return i;
        i = close + m[0].length;
      } else i++;
    } else if (IDENT.test(c)) {
      i++;
      while (i < n && IDENT.test(text[i]!)) i++;
    } else i++;
  }
  return -1;
}
