/**
 * goose's `-- +goose ENVSUB ON` … `OFF`: each SQL line in between is expanded from the
 * environment before it is sent (goose internal/sqlparser/parser.go, `interpolate.Interpolate`
 * with os.LookupEnv). The expansion is mfridman/interpolate's (parser.go, interpolate.go), read as
 * of its HEAD:
 * - `\\` stays `\\`; `\$` and `$$` become `$` (so a `$$` function body loses a dollar); `$(` stays;
 * - `$name` and `${name}`: the value, empty when unset; a name starts with a letter, then letters,
 *   digits, `_`; a `$` before anything else (`$1`) is an error ("Expected identifier to start with
 *   a letter") and goose refuses the file ("variable substitution failed");
 * - `${name:-word}` (word when unset or empty), `${name-word}` (when unset), `${name?word}` (an
 *   error when unset), `${name:offset[:length]}` (a substring).
 */
import { OffsetMap, type Replacement } from '../placeholders.js';

export interface Expanded {
  text: string;
  problems: { offset: number; message: string; help?: string }[];
  /** Offsets of `text` back to the text before expansion (toOriginal), and forward (toReplaced). */
  map: OffsetMap;
}

type Env = Record<string, string | undefined>;

class LineParser {
  pos = 0;
  /** Variables expanded without a value (unset, no default), and whether a `$$` was halved. */
  unset: string[] = [];
  halved = false;
  constructor(
    readonly s: string,
    readonly env: Env,
  ) {}
  peek(): string {
    return this.s[this.pos] ?? '';
  }
  /** An expression up to (not including) one of `stop`; returns its expansion. */
  expression(stop = ''): string {
    let out = '';
    while (this.pos < this.s.length && !stop.includes(this.peek())) {
      const rest = this.s.slice(this.pos);
      if (rest.startsWith('\\\\')) {
        out += '\\\\';
        this.pos += 2;
      } else if (rest.startsWith('\\$') || rest.startsWith('$$')) {
        if (rest.startsWith('$$')) this.halved = true;
        out += '$';
        this.pos += 2;
      } else if (rest.startsWith('$(')) {
        out += '$(';
        this.pos += 2;
      } else if (rest[0] === '$' && this.pos < this.s.length - 1) {
        out += this.expansion();
      } else {
        out += rest[0];
        this.pos++;
      }
    }
    return out;
  }
  value(name: string): string {
    const v = this.env[name];
    if (v === undefined) this.unset.push(name);
    return v ?? '';
  }
  identifier(): string {
    const m = /^[\p{L}][\p{L}\p{N}_]*/u.exec(this.s.slice(this.pos));
    if (!m) throw new Error(`"$" followed by ${JSON.stringify(this.peek() || 'the end of the line')}: goose's ENVSUB expects a variable name starting with a letter`);
    this.pos += m[0].length;
    return m[0];
  }
  expansion(): string {
    this.pos++; // $
    if (this.peek() !== '{') return this.value(this.identifier());
    this.pos++; // {
    const name = this.identifier();
    const value = this.env[name];
    const op = this.s[this.pos++];
    let out: string;
    if (op === '}') return this.value(name);
    if (op === ':' && this.peek() === '-') {
      this.pos++;
      const word = this.expression('}');
      out = value ? value : word;
    } else if (op === '-') {
      const word = this.expression('}');
      out = value !== undefined ? value : word;
    } else if (op === '?') {
      const word = this.expression('}');
      if (value === undefined) throw new Error(`$${name}: ${word || 'not set'} (\${${name}?…} requires it)`);
      out = value;
    } else if (op === ':') {
      const m = /^\s*(-?\d+)(?::(\d+))?/.exec(this.s.slice(this.pos));
      if (!m) throw new Error(`\${${name}:…} needs an offset`);
      this.pos += m[0].length;
      const v = value ?? '';
      const offset = Number(m[1]);
      const start = offset < 0 ? Math.max(v.length + offset, 0) : Math.min(offset, v.length);
      out = m[2] === undefined ? v.slice(start) : v.slice(start, start + Number(m[2]));
    } else {
      throw new Error(`\${${name}${op ?? ''}…}: goose's ENVSUB expects }, :-, -, ? or : after the name`);
    }
    if (this.s[this.pos++] !== '}') throw new Error(`\${${name}…} is not closed with }`);
    return out;
  }
}

/** `text` with each of `lines` ([start, end) offsets of whole lines) expanded as goose's ENVSUB expands it. */
export function expandEnvsub(text: string, lines: [number, number][], env: Env): Expanded {
  const replacements: Replacement[] = [];
  const problems: Expanded['problems'] = [];
  let out = '';
  let at = 0;
  for (const [start, end] of lines) {
    const line = text.slice(start, end);
    if (!line.includes('$') && !line.includes('\\')) continue;
    let expanded: string;
    const parser = new LineParser(line, env);
    try {
      expanded = parser.expression();
      if (parser.halved) problems.push({ offset: start, message: 'goose\'s ENVSUB turns "$$" into "$" on this line, so a dollar-quoted body is sent broken', help: 'Put `-- +goose ENVSUB OFF` before the function or DO block, or write "$$$$" for "$$".' });
      for (const name of parser.unset) problems.push({ offset: start, message: `\${${name}} is not set in this environment: goose would send an empty string in its place`, help: `Set ${name} when running migration-guard, as it is set when goose runs, or give a default: \${${name}:-value}.` });
    } catch (e) {
      problems.push({ offset: start, message: `${(e as Error).message}; goose refuses the file ("variable substitution failed")` });
      continue;
    }
    if (expanded === line) continue;
    out += text.slice(at, start);
    const newStart = out.length;
    out += expanded;
    replacements.push({ origStart: start, origEnd: end, newStart, newEnd: out.length });
    at = end;
  }
  out += text.slice(at);
  return { text: out, problems, map: new OffsetMap(replacements) };
}
