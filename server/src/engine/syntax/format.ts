// Format strings as `format_args!` reads them: literal text, `{{`/`}}`, and placeholders
// `{arg:spec}` with rustc's spec grammar `[[fill]align][sign]['#']['0'][width]['.' precision][type]`.
import type { FormatArgRef, FormatCount, FormatPiece, FormatSpec } from './ast';

export interface ParsedFormat {
  pieces: FormatPiece[];
  /** Every name used (argument, width or precision), with its offset in the template value. */
  names: { name: string; at: number }[];
  /** How many positional arguments the implicit `{}`s and `.*`s consume, and the highest explicit index + 1. */
  positional: number;
}

export function parseFormat(value: string): ParsedFormat | { error: string } {
  const pieces: FormatPiece[] = [];
  const names: { name: string; at: number }[] = [];
  let next = 0;
  let maxIndex = 0;
  let text = '';
  let i = 0;
  const ref = (s: string, at: number): FormatArgRef => {
    if (/^[0-9]+$/.test(s)) {
      const index = Number(s);
      maxIndex = Math.max(maxIndex, index + 1);
      return { kind: 'Index', index };
    }
    names.push({ name: s, at });
    return { kind: 'Name', name: s };
  };
  while (i < value.length) {
    const ch = value[i]!;
    if (ch === '}') {
      if (value[i + 1] !== '}') return { error: 'invalid format string: unmatched `}` found' };
      text += '}';
      i += 2;
      continue;
    }
    if (ch !== '{') {
      // A run of plain text at once, not a string per character.
      let j = i + 1;
      while (j < value.length && value[j] !== '{' && value[j] !== '}') j++;
      text += value.slice(i, j);
      i = j;
      continue;
    }
    if (value[i + 1] === '{') {
      text += '{';
      i += 2;
      continue;
    }
    const close = value.indexOf('}', i);
    if (close < 0) return { error: 'invalid format string: expected `}` but string was terminated' };
    if (text) pieces.push({ kind: 'Text', text });
    text = '';
    const inner = value.slice(i + 1, close);
    const colon = inner.indexOf(':');
    const argText = (colon < 0 ? inner : inner.slice(0, colon)).trim();
    const specText = colon < 0 ? '' : inner.slice(colon + 1);
    const specAt = i + 1 + colon + 1;
    const spec = parseSpec(specText, specAt, ref);
    if ('error' in spec) return spec;
    // `.*` takes its precision from the next positional argument, before the value's own.
    if (spec.precision?.kind === 'Star') next++;
    let arg: FormatArgRef;
    if (argText === '') arg = { kind: 'Index', index: next++ };
    else if (/^[0-9]+$/.test(argText) || /^[A-Za-z_][A-Za-z0-9_]*$/.test(argText)) arg = ref(argText, i + 1 + inner.indexOf(argText));
    else return { error: `invalid format string: invalid argument name \`${argText}\`` };
    pieces.push({ kind: 'Placeholder', arg, spec });
    i = close + 1;
  }
  if (text) pieces.push({ kind: 'Text', text });
  return { pieces, names, positional: Math.max(next, maxIndex) };
}

function parseSpec(s: string, at: number, ref: (s: string, at: number) => FormatArgRef): FormatSpec | { error: string } {
  const spec: FormatSpec = { alternate: false, zeroPad: false, trait: '' };
  let i = 0;
  const isAlign = (c: string | undefined) => c === '<' || c === '^' || c === '>';
  const chars = Array.from(s);
  // fill is one character (a whole code point) followed by an alignment
  if (chars.length >= 2 && isAlign(chars[1])) {
    spec.fill = chars[0]!;
    spec.align = chars[1] as FormatSpec['align'];
    i = chars[0]!.length + 1;
  } else if (isAlign(s[0])) {
    spec.align = s[0] as FormatSpec['align'];
    i = 1;
  }
  if (s[i] === '+' || s[i] === '-') spec.sign = s[i++] as '+' | '-';
  if (s[i] === '#') {
    spec.alternate = true;
    i++;
  }
  if (s[i] === '0' && !/^0\$/.test(s.slice(i))) {
    spec.zeroPad = true;
    i++;
  }
  const count = (): FormatCount | undefined => {
    const m = /^([0-9]+|[A-Za-z_][A-Za-z0-9_]*)\$/.exec(s.slice(i));
    if (m) {
      const r = ref(m[1]!, at + i);
      i += m[0].length;
      return { kind: 'Arg', arg: r };
    }
    const n = /^[0-9]+/.exec(s.slice(i));
    if (n) {
      i += n[0].length;
      return { kind: 'Literal', value: Number(n[0]) };
    }
    return undefined;
  };
  const width = count();
  if (width) spec.width = width;
  if (s[i] === '.') {
    i++;
    if (s[i] === '*') {
      spec.precision = { kind: 'Star' };
      i++;
    } else {
      const p = count();
      if (!p) return { error: 'invalid format string: expected a precision after `.`' };
      spec.precision = p;
    }
  }
  const rest = s.slice(i).trim();
  if (!/^(|\?|x\?|X\?|[A-Za-z]+)$/.test(rest)) return { error: `invalid format string: unknown format spec \`${rest}\`` };
  spec.trait = rest;
  return spec;
}
