// `str` methods (also what a `String` derefs to): iteration by chars, bytes, lines and pieces,
// patterns (a `&str`, a `char`, a closure or a char array), trimming, searching, case, parsing.
import type { Interp } from '../interp/interp';
import { Char, END, Enum, FLEX_INT, Float, INT_TYPES, Int, Native, Ref, Str, StringV, Tuple, U8, UNIT, normInt, num, usize, type NativeClass, type Value, CapRef, VecV } from '../values';
import { NONE, err, ok, some } from './builtins';
import { listIter, makeIter } from './iter';
import { defineMethods, definePath, method, type Site } from './registry';
import type { Ty } from '../types';
import { newVec } from './vec';
import { repeatedLength } from './slice';
import { display } from './fmt';
import { convert } from './any';
import { findMethod } from '../items';
import { Unsupported } from '../errors';
import { borrowedStr, deref, jsIndexOfByte, newString, parseAs, parseTarget, strOf, text, utf8Len } from './string';

// ------------------------------------------------------------------------------ patterns

type Matcher = (s: string, from: number) => [number, number] | null;

export function matcher(I: Interp, pat: Value): Matcher {
  const p = deref(pat);
  if (p instanceof Str || p instanceof StringV) {
    const needle = p instanceof Str ? p.s : p.block.text;
    return (s, from) => {
      const i = s.indexOf(needle, from);
      return i < 0 ? null : [i, i + needle.length];
    };
  }
  if (p instanceof Char) {
    const c = String.fromCodePoint(p.cp);
    return (s, from) => {
      const i = s.indexOf(c, from);
      return i < 0 ? null : [i, i + c.length];
    };
  }
  if (p instanceof Native || p instanceof Tuple || (p && typeof p === 'object' && 'def' in p)) {
    return (s, from) => {
      for (let i = from; i < s.length; ) {
        const cp = s.codePointAt(i)!;
        const w = cp > 0xffff ? 2 : 1;
        if (I.callValue(pat, [new Char(cp)]) === true) return [i, i + w];
        i += w;
      }
      return null;
    };
  }
  const { Arr } = require('../values') as typeof import('../values');
  if (p instanceof Arr) {
    const set = new Set(p.items.map((c) => (c as Char).cp));
    return (s, from) => {
      for (let i = from; i < s.length; ) {
        const cp = s.codePointAt(i)!;
        const w = cp > 0xffff ? 2 : 1;
        if (set.has(cp)) return [i, i + w];
        i += w;
      }
      return null;
    };
  }
  return I.unsupported(`string pattern of type \`${I.typeName(pat)}\``);
}

export function splitAll(I: Interp, s: string, pat: Value, limit = Infinity): string[] {
  const m = matcher(I, pat);
  const out: string[] = [];
  let from = 0;
  const d = deref(pat);
  if ((d instanceof Str || d instanceof StringV) && (d instanceof Str ? d.s : d.block.text) === '') {
    // Splitting by "" yields "", each char, "".
    return ['', ...[...s], ''];
  }
  while (out.length < limit - 1) {
    const r = m(s, from);
    if (!r) break;
    out.push(s.slice(from, r[0]));
    from = r[1];
  }
  out.push(s.slice(from));
  return out;
}

/**
 * A `str` splitter (`split`, `lines`, `split_whitespace` …): std knows no lower bound for the
 * pieces left, so `collect` starts from its smallest buffer. `charOf`: for iterators over the
 * chars (`char_indices`, `String::drain`), whose lower bound is a quarter of the bytes left.
 */
export function strIter(I: Interp, name: string, parts: Value[], charOf?: (v: Value) => Char): Native {
  let i = 0;
  let end = parts.length;
  const bytesLeft = () => parts.slice(i, end).reduce((n, v) => n + utf8Len(String.fromCodePoint(charOf!(v).cp)), 0);
  return makeIter(I, name, {
    next: () => (i < end ? parts[i++]! : END),
    back: () => (i < end ? parts[--end]! : END),
    hint: () => {
      if (!charOf) return [0, null];
      const n = bytesLeft();
      return [Math.ceil(n / 4), n];
    },
  });
}

const WS = /[\s\u0085]/u;

export function isWs(c: string): boolean {
  return WS.test(c) && c !== '\u200b' && c !== '\ufeff';
}

export function trimStart(s: string): string {
  let i = 0;
  while (i < s.length && isWs(s[i]!)) i++;
  return s.slice(i);
}

export function trimEnd(s: string): string {
  let i = s.length;
  while (i > 0 && isWs(s[i - 1]!)) i--;
  return s.slice(0, i);
}

// ------------------------------------------------------------------------------ str methods

/** `trim_start_matches`: removes matches of the pattern at the start, again and again. */
function trimStartMatches(s: string, m: Matcher): string {
  for (;;) {
    const r = m(s, 0);
    if (!r || r[0] !== 0 || r[1] === 0) return s;
    s = s.slice(r[1]);
  }
}

/** `trim_end_matches`: removes the last match while it ends the string, again and again. */
function trimEndMatches(s: string, m: Matcher): string {
  for (;;) {
    let last: [number, number] | null = null;
    for (let from = 0; ; ) {
      const r = m(s, from);
      if (!r) break;
      last = r;
      from = r[1];
    }
    if (!last || last[1] !== s.length || last[0] === last[1]) return s;
    s = s.slice(0, last[0]);
  }
}

export function charsOf(s: string): Char[] {
  const out: Char[] = [];
  for (const c of s) out.push(new Char(c.codePointAt(0)!));
  return out;
}

function byteIdx(s: string, js: number): number {
  return utf8Len(s.slice(0, js));
}

const strMethods = {
  len: method('ref', (_I, self) => usize(self instanceof StringV ? self.block.bytes : utf8Len(text(self)))),
  is_empty: method('ref', (_I, self) => text(self).length === 0),
  chars: method('ref', (I, self) => {
    const cs = charsOf(text(self));
    let i = 0;
    let end = cs.length;
    return makeIter(I, 'Chars', {
      next: () => (i < end ? cs[i++]! : END),
      back: () => (i < end ? cs[--end]! : END),
      rest: () => cs.slice(i, end).map((c) => String.fromCodePoint(c.cp)).join(''),
      hint: () => {
        const rem = cs.slice(i, end).reduce((n, c) => n + (c.cp < 0x80 ? 1 : c.cp < 0x800 ? 2 : c.cp < 0x10000 ? 3 : 4), 0);
        return [Math.ceil(rem / 4), rem];
      },
    });
  }),
  char_indices: method('ref', (I, self) => {
    const s = text(self);
    const parts: Value[] = [];
    let b = 0;
    for (const c of s) {
      parts.push(new Tuple([usize(b), new Char(c.codePointAt(0)!)]));
      b += utf8Len(c);
    }
    return strIter(I, 'CharIndices', parts, (v) => (v as Tuple).items[1] as Char);
  }),
  bytes: method('ref', (I, self) => {
    const bytes = Buffer.from(text(self), 'utf8');
    const parts: Value[] = [...bytes].map((x) => new Int(U8, x));
    // `Bytes` is `TrustedLen`: `collect` sizes its Vec exactly.
    return listIter(I, 'Bytes', parts, true);
  }),
  as_bytes: method('ref', (I, self) => {
    const { Slice } = require('../values') as typeof import('../values');
    const bytes = [...Buffer.from(text(self), 'utf8')].map((x) => new Int(U8, x));
    void I;
    return new Slice(bytes, 0, bytes.length, false, null);
  }),
  lines: method('ref', (I, self) => {
    const s = text(self);
    if (s === '') return strIter(I, 'Lines', []);
    const parts = s.split('\n');
    const unterminated = parts.pop() ?? '';
    // A `\r` is part of a line ending only before a `\n`: an unterminated last line keeps its own.
    const lines = parts.map((p) => (p.endsWith('\r') ? p.slice(0, -1) : p));
    if (unterminated !== '') lines.push(unterminated);
    return strIter(I, 'Lines', lines.map((p) => new Str(p)));
  }),
  split_whitespace: method('ref', (I, self) => strIter(I, 'SplitWhitespace', text(self).split(/[\s\u0085]+/u).filter((p) => p !== '').map((p) => new Str(p)))),
  split_ascii_whitespace: method('ref', (I, self) => strIter(I, 'SplitAsciiWhitespace', text(self).split(/[ \t\n\r\f]+/).filter((p) => p !== '').map((p) => new Str(p)))),
  split: method('ref', (I, self, [pat]) => strIter(I, 'Split', splitAll(I, text(self), pat).map((p) => new Str(p)))),
  splitn: method('ref', (I, self, [n, pat]) => strIter(I, 'SplitN', splitAll(I, text(self), pat, num(n as Int)).map((p) => new Str(p)))),
  rsplit: method('ref', (I, self, [pat]) => strIter(I, 'RSplit', splitAll(I, text(self), pat).reverse().map((p) => new Str(p)))),
  split_terminator: method('ref', (I, self, [pat]) => {
    const parts = splitAll(I, text(self), pat);
    if (parts[parts.length - 1] === '') parts.pop();
    return strIter(I, 'SplitTerminator', parts.map((p) => new Str(p)));
  }),
  split_once: method('ref', (I, self, [pat]) => {
    const s = text(self);
    const r = matcher(I, pat)(s, 0);
    return r ? some(new Tuple([new Str(s.slice(0, r[0])), new Str(s.slice(r[1]))])) : NONE;
  }),
  rsplit_once: method('ref', (I, self, [pat]) => {
    const s = text(self);
    const m = matcher(I, pat);
    let last: [number, number] | null = null;
    for (let from = 0; ; ) {
      const r = m(s, from);
      if (!r) break;
      last = r;
      from = r[1] > r[0] ? r[1] : r[1] + 1;
    }
    return last ? some(new Tuple([new Str(s.slice(0, last[0])), new Str(s.slice(last[1]))])) : NONE;
  }),
  split_at: method('ref', (I, self, [at]) => {
    const s = text(self);
    const b = num(at as Int);
    const j = jsIndexOfByte(s, b);
    if (j < 0) I.panic(`byte index ${b} is not a char boundary`);
    return new Tuple([new Str(s.slice(0, j)), new Str(s.slice(j))]);
  }),
  trim: method('ref', (_I, self) => new Str(trimEnd(trimStart(text(self))))),
  trim_start: method('ref', (_I, self) => new Str(trimStart(text(self)))),
  trim_end: method('ref', (_I, self) => new Str(trimEnd(text(self)))),
  trim_matches: method('ref', (I, self, [pat]) => {
    const m = matcher(I, pat);
    return new Str(trimEndMatches(trimStartMatches(text(self), m), m));
  }),
  trim_start_matches: method('ref', (I, self, [pat]) => {
    return new Str(trimStartMatches(text(self), matcher(I, pat)));
  }),
  trim_end_matches: method('ref', (I, self, [pat]) => {
    return new Str(trimEndMatches(text(self), matcher(I, pat)));
  }),
  strip_prefix: method('ref', (I, self, [pat]) => {
    const s = text(self);
    const r = matcher(I, pat)(s, 0);
    return r && r[0] === 0 ? some(new Str(s.slice(r[1]))) : NONE;
  }),
  strip_suffix: method('ref', (I, self, [pat]) => {
    const s = text(self);
    const p = strOf(I, pat);
    return s.endsWith(p) ? some(new Str(s.slice(0, s.length - p.length))) : NONE;
  }),
  starts_with: method('ref', (I, self, [pat]) => {
    const r = matcher(I, pat)(text(self), 0);
    return !!r && r[0] === 0;
  }),
  ends_with: method('ref', (I, self, [pat]) => {
    const d = deref(pat);
    if (d instanceof Char) return text(self).endsWith(String.fromCodePoint(d.cp));
    return text(self).endsWith(strOf(I, pat));
  }),
  contains: method('ref', (I, self, [pat]) => matcher(I, pat)(text(self), 0) !== null),
  find: method('ref', (I, self, [pat]) => {
    const s = text(self);
    const r = matcher(I, pat)(s, 0);
    return r ? some(usize(byteIdx(s, r[0]))) : NONE;
  }),
  rfind: method('ref', (I, self, [pat]) => {
    const s = text(self);
    const m = matcher(I, pat);
    let last: number | null = null;
    for (let from = 0; ; ) {
      const r = m(s, from);
      if (!r) break;
      last = r[0];
      from = r[0] + 1;
    }
    return last === null ? NONE : some(usize(byteIdx(s, last)));
  }),
  matches: method('ref', (I, self, [pat]) => {
    const s = text(self);
    const m = matcher(I, pat);
    const out: Value[] = [];
    for (let from = 0; ; ) {
      const r = m(s, from);
      if (!r) break;
      out.push(new Str(s.slice(r[0], r[1])));
      from = r[1] > r[0] ? r[1] : r[1] + 1;
    }
    return strIter(I, 'Matches', out);
  }),
  replace: method('ref', (I, self, [pat, to]) => {
    const parts = splitAll(I, text(self), pat);
    return newString(I, parts.join(strOf(I, to)), null);
  }),
  replacen: method('ref', (I, self, [pat, to, n]) => {
    const parts = splitAll(I, text(self), pat, num(n as Int) + 1);
    return newString(I, parts.join(strOf(I, to)), null);
  }),
  to_uppercase: method('ref', (I, self) => newString(I, text(self).toUpperCase(), null)),
  to_lowercase: method('ref', (I, self) => newString(I, text(self).toLowerCase(), null)),
  to_ascii_uppercase: method('ref', (I, self) => newString(I, text(self).replace(/[a-z]/g, (c) => c.toUpperCase()), null)),
  to_ascii_lowercase: method('ref', (I, self) => newString(I, text(self).replace(/[A-Z]/g, (c) => c.toLowerCase()), null)),
  eq_ignore_ascii_case: method('ref', (I, self, [o]) => text(self).replace(/[A-Z]/g, (c) => c.toLowerCase()) === strOf(I, o).replace(/[A-Z]/g, (c) => c.toLowerCase())),
  is_ascii: method('ref', (_I, self) => /^[\x00-\x7f]*$/.test(text(self))),
  repeat: method('ref', (I, self, [n]) => {
    const t = text(self);
    const bytes = repeatedLength(I, utf8Len(t), n as Int);
    // std allocates the whole result first: the buffer is made (within the heap budget) before the text.
    const s = newString(I, '', bytes);
    s.block.setText(t.repeat(t.length === 0 ? 0 : num(n as Int)));
    s.block.bytes = bytes;
    I.touch(s.block);
    return s;
  }),
  to_string: method('ref', (I, self) => newString(I, text(self), null)),
  to_owned: method('ref', (I, self) => newString(I, text(self), null)),
  into: method('value', (I, self, _a, site) => {
    const t = site.generics[0] ?? site.expect;
    if (t && t.k === 'path' && t.name !== 'String') return convert(I, self, t, site);
    return newString(I, text(self), null);
  }),
  parse: method('ref', (I, self, _a, site) => parseAs(I, text(self), parseTarget(site), site.sp)),
  get: method('ref', (I, self, [r]) => {
    const s = text(self);
    const { RANGE } = require('./iter') as typeof import('./iter');
    const d = deref(r);
    if (!(d instanceof Native) || d.cls !== RANGE) return I.unsupported('`str::get` with a non-range');
    const rd = d.data as import('./iter').RangeData;
    const len = utf8Len(s);
    const lo = rd.start === null ? 0 : num(rd.start as Int);
    const hi = rd.end === null ? len : num(rd.end as Int) + (rd.inclusive ? 1 : 0);
    if (lo > hi || hi > len) return NONE;
    const a = jsIndexOfByte(s, lo);
    const b = jsIndexOfByte(s, hi);
    return a < 0 || b < 0 ? NONE : some(new Str(s.slice(a, b)));
  }),
  is_char_boundary: method('ref', (_I, self, [i]) => jsIndexOfByte(text(self), num(i as Int)) >= 0),
  char_count: method('ref', (_I, self) => usize([...text(self)].length)),
  as_str: method('ref', (_I, self) => borrowedStr(self)),
  as_ref: method('ref', (_I, self) => borrowedStr(self)),
  as_ptr: method('ref', (I) => I.unsupported('raw pointers')),
};

defineMethods('str', strMethods);
