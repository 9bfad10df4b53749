// `String` (a UTF-8 heap buffer growing like `Vec<u8>`) and `str` methods. Text is held as a JS
// string; lengths, indices and capacities are in UTF-8 bytes as in Rust.
import type { Interp } from '../interp/interp';
import { Char, END, Enum, FLEX_INT, Float, INT_TYPES, Int, Native, Ref, Str, StringV, Tuple, U8, UNIT, normInt, num, usize, type NativeClass, type Value, CapRef, VecV } from '../values';
import { NONE, err, ok, some } from './builtins';
import { makeIter } from './iter';
import { defineMethods, definePath, method, type Site } from './registry';
import type { Ty } from '../types';
import { newVec } from './vec';
import { display } from './fmt';
import { charsOf, strIter } from './str';
import { convert } from './any';
import { findMethod } from '../items';
import { Unsupported } from '../errors';
import { stringOfBoxStr } from './bufferHandover';
import { nameTable } from '../../nameTable';

export function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** JS index of the character starting at UTF-8 byte `b`, or -1 when `b` is not a char boundary. */
export function jsIndexOfByte(s: string, b: number): number {
  let bytes = 0;
  for (let i = 0; i <= s.length; i++) {
    if (bytes === b) return i;
    if (bytes > b || i === s.length) return -1;
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return -1;
}

export function newString(I: Interp, text: string, cap: number | null): StringV {
  const b = I.dangling('string', 'str');
  b.setText(text);
  b.bytes = utf8Len(text);
  const c = cap ?? b.bytes;
  if (c > 0) I.resize(b, c, 1);
  return new StringV(b);
}

export function stringReserve(I: Interp, s: StringV, additional: number): void {
  reserve(I, s, additional);
}

function reserve(I: Interp, s: StringV, additional: number, exact = false): void {
  const b = s.block;
  const required = b.bytes + additional;
  if (required <= b.cap) return;
  I.resize(b, exact ? required : Math.max(b.cap * 2, required, 8), 1);
}

export function stringPushStr(I: Interp, s: StringV, text: string): void {
  if (!text) return;
  const n = utf8Len(text);
  reserve(I, s, n);
  s.block.appendText(text);
  s.block.bytes += n;
  I.touch(s.block);
}

function setText(I: Interp, s: StringV, text: string): void {
  s.block.setText(text);
  s.block.bytes = utf8Len(text);
  I.touch(s.block);
}

export function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

export function strOf(I: Interp, v: Value): string {
  const d = deref(v);
  if (d instanceof Str) return d.s;
  if (d instanceof StringV) return d.block.text;
  if (d instanceof Char) return String.fromCodePoint(d.cp);
  return I.unsupported(`expected a string, found \`${I.typeName(v)}\``);
}

export function text(self: Value): string {
  return self instanceof StringV ? self.block.text : (self as Str).s;
}

/** `self` (a `String` or a `&str`) as a `&str` that keeps the buffer it borrows. */
export function borrowedStr(self: Value): Str {
  return self instanceof StringV ? new Str(self.block.text, self.block) : new Str((self as Str).s, (self as Str).buf);
}

// ------------------------------------------------------------------------------ parse

export interface ParseErrorData {
  /** null: a `parse` whose target type the simulator could not see. */
  type: 'ParseIntError' | 'ParseFloatError' | 'ParseBoolError' | 'ParseCharError' | null;
  kind: string;
}

const PARSE_MESSAGES: Record<string, string> = nameTable({
  Empty: 'cannot parse integer from empty string',
  InvalidDigit: 'invalid digit found in string',
  PosOverflow: 'number too large to fit in target type',
  NegOverflow: 'number too small to fit in target type',
  FloatEmpty: 'cannot parse float from empty string',
  FloatInvalid: 'invalid float literal',
  Bool: 'provided string was not `true` or `false`',
  CharEmpty: 'cannot parse char from empty string',
  CharTooMany: 'too many characters in string',
});

function known(d: ParseErrorData): ParseErrorData {
  if (d.type === null) throw new Unsupported('the error of a `parse` whose target type is not written (use `parse::<T>()`)', null);
  return d;
}

export const PARSE_ERROR: NativeClass = {
  name: 'ParseError',
  typeName: (d: ParseErrorData) => d.type ?? 'parse error',
  copy: false,
  display: (d: ParseErrorData) => known(d) && PARSE_MESSAGES[d.type === 'ParseFloatError' ? 'Float' + d.kind : d.type === 'ParseBoolError' ? 'Bool' : d.type === 'ParseCharError' ? 'Char' + d.kind : d.kind]!,
  debug: (d: ParseErrorData) => (known(d).type === 'ParseBoolError' ? 'ParseBoolError' : d.type === 'ParseCharError' ? `ParseCharError { kind: ${d.kind === 'Empty' ? 'EmptyString' : 'TooManyChars'} }` : `${d.type} { kind: ${d.kind} }`),
  clone: (d: ParseErrorData) => ({ ...d }),
  eq: (a: ParseErrorData, b: ParseErrorData) => a.type === b.type && a.kind === b.kind,
  summary: (d: ParseErrorData) => `${d.type} { kind: ${d.kind} }`,
};

function parseErr(type: ParseErrorData['type'], kind: string): Value {
  return err(new Native(PARSE_ERROR, { type, kind }));
}

export function parseAs(I: Interp, s: string, target: Ty | null, sp: Site['sp']): Value {
  const t = target && target.k === 'path' ? target.name : null;
  if (!t) {
    // The target type was inferred by rustc from a later use the simulator does not trace back
    // (`filter_map(|w| w.parse().ok())` collected into `Vec<i32>`). An integer parses to an
    // unsuffixed integer that takes its type where it lands; anything else would need the type.
    if (/^[+-]?[0-9]+$/.test(s)) return ok(normInt(FLEX_INT, BigInt(s)));
    // The error's type is unknown too; it is fine as long as nobody looks at it (`.ok()`).
    return err(new Native(PARSE_ERROR, { type: null, kind: 'unknown' }));
  }
  const it = INT_TYPES[t];
  if (it) {
    if (s === '') return parseErr('ParseIntError', 'Empty');
    let body = s;
    let neg = false;
    if (body[0] === '+' || (body[0] === '-' && it.signed)) {
      neg = body[0] === '-';
      body = body.slice(1);
      if (body === '') return parseErr('ParseIntError', 'InvalidDigit');
    }
    if (!/^[0-9]+$/.test(body)) return parseErr('ParseIntError', 'InvalidDigit');
    const v = neg ? -BigInt(body) : BigInt(body);
    if (v > it.max) return parseErr('ParseIntError', 'PosOverflow');
    if (v < it.min) return parseErr('ParseIntError', 'NegOverflow');
    return ok(normInt(it, v));
  }
  if (t === 'f64' || t === 'f32') {
    if (s === '') return parseErr('ParseFloatError', 'Empty');
    if (!/^[+-]?(inf|infinity|nan|(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?))$/i.test(s)) return parseErr('ParseFloatError', 'Invalid');
    const lower = s.toLowerCase().replace(/^\+/, '');
    const v = lower.endsWith('inf') || lower.endsWith('infinity') ? (lower.startsWith('-') ? -Infinity : Infinity) : lower.endsWith('nan') ? NaN : Number(s);
    return ok(new Float(t, t === 'f32' ? Math.fround(v) : v));
  }
  if (t === 'bool') {
    if (s === 'true') return ok(true);
    if (s === 'false') return ok(false);
    return err(new Native(PARSE_ERROR, { type: 'ParseBoolError', kind: 'Invalid' }));
  }
  if (t === 'char') {
    const cs = [...s];
    if (cs.length === 0) return parseErr('ParseCharError', 'Empty');
    if (cs.length > 1) return parseErr('ParseCharError', 'TooMany');
    return ok(new Char(cs[0]!.codePointAt(0)!));
  }
  if (t === 'String') return ok(newString(I, s, null));
  // A user type with `impl FromStr`: its `from_str`.
  const adt = I.prog.adts.get(t);
  const fromStr = adt && !adt.builtin ? findMethod(I.prog, adt, 'from_str') : undefined;
  if (fromStr) return I.callUser(fromStr, [new Str(s)], sp);
  return I.unsupported(`\`parse\` into \`${target!.text}\``, sp);
}

export function parseTarget(site: Site): Ty | null {
  if (site.generics[0]) return site.generics[0];
  const e = site.expect;
  if (e && e.k === 'path' && e.name === 'Result') return e.args[0] ?? null;
  return null;
}

defineMethods('String', {
  // By value, not through `str`: `Into<String>` is the string itself, `Vec<u8>` and `Box<str>` take its buffer.
  into: method('value', (I, self, _a, site) => convert(I, self, site.generics[0] ?? site.expect, site)),
  len: method('ref', (_I, self) => usize((self as StringV).block.bytes)),
  capacity: method('ref', (_I, self) => usize((self as StringV).block.cap)),
  push_str: method('mut', (I, self, [s]) => {
    stringPushStr(I, self as StringV, strOf(I, s));
    return UNIT;
  }),
  push: method('mut', (I, self, [c]) => {
    stringPushStr(I, self as StringV, String.fromCodePoint((c as Char).cp));
    return UNIT;
  }),
  pop: method('mut', (I, self) => {
    const s = self as StringV;
    const t = s.block.text;
    if (!t) return NONE;
    const last = [...t].pop()!;
    setText(I, s, t.slice(0, t.length - last.length));
    return some(new Char(last.codePointAt(0)!));
  }),
  clear: method('mut', (I, self) => {
    setText(I, self as StringV, '');
    return UNIT;
  }),
  truncate: method('mut', (I, self, [n]) => {
    const s = self as StringV;
    const b = num(n as Int);
    if (b < s.block.bytes) {
      const j = jsIndexOfByte(s.block.text, b);
      if (j < 0) I.panic('assertion failed: self.is_char_boundary(new_len)');
      setText(I, s, s.block.text.slice(0, j));
    }
    return UNIT;
  }),
  insert: method('mut', (I, self, [at, c]) => {
    const s = self as StringV;
    const j = jsIndexOfByte(s.block.text, num(at as Int));
    if (j < 0) I.panic('assertion failed: self.is_char_boundary(idx)');
    const ch = String.fromCodePoint((c as Char).cp);
    reserve(I, s, utf8Len(ch));
    setText(I, s, s.block.text.slice(0, j) + ch + s.block.text.slice(j));
    return UNIT;
  }),
  insert_str: method('mut', (I, self, [at, t]) => {
    const s = self as StringV;
    const j = jsIndexOfByte(s.block.text, num(at as Int));
    if (j < 0) I.panic('assertion failed: self.is_char_boundary(idx)');
    const ins = strOf(I, t);
    reserve(I, s, utf8Len(ins));
    setText(I, s, s.block.text.slice(0, j) + ins + s.block.text.slice(j));
    return UNIT;
  }),
  remove: method('mut', (I, self, [at]) => {
    const s = self as StringV;
    const b = num(at as Int);
    const j = jsIndexOfByte(s.block.text, b);
    if (j < 0 || j >= s.block.text.length) I.panic(j < 0 ? `byte index ${b} is not a char boundary` : 'cannot remove a char from the end of a string');
    const cp = s.block.text.codePointAt(j)!;
    const w = cp > 0xffff ? 2 : 1;
    setText(I, s, s.block.text.slice(0, j) + s.block.text.slice(j + w));
    return new Char(cp);
  }),
  retain: method('mut', (I, self, [f]) => {
    const s = self as StringV;
    let out = '';
    for (const c of s.block.text) if (I.callValue(f, [new Char(c.codePointAt(0)!)]) === true) out += c;
    setText(I, s, out);
    return UNIT;
  }),
  reserve: method('mut', (I, self, [n]) => {
    reserve(I, self as StringV, num(n as Int));
    return UNIT;
  }),
  reserve_exact: method('mut', (I, self, [n]) => {
    reserve(I, self as StringV, num(n as Int), true);
    return UNIT;
  }),
  shrink_to_fit: method('mut', (I, self) => {
    const b = (self as StringV).block;
    if (b.cap > b.bytes) I.resize(b, b.bytes, 1);
    return UNIT;
  }),
  split_off: method('mut', (I, self, [at]) => {
    const s = self as StringV;
    const j = jsIndexOfByte(s.block.text, num(at as Int));
    if (j < 0) I.panic('assertion failed: self.is_char_boundary(at)');
    const rest = s.block.text.slice(j);
    setText(I, s, s.block.text.slice(0, j));
    return newString(I, rest, null);
  }),
  extend: method('mut', (I, self, [src]) => {
    const s = self as StringV;
    const { collectItems } = require('./iter') as typeof import('./iter');
    for (const x of collectItems(I, src)) stringPushStr(I, s, strOf(I, x));
    return UNIT;
  }),
  as_mut_str: method('mut', (I) => I.unsupported('`&mut str`')),
  drain: method('mut', (I, self, [r]) => {
    const s = self as StringV;
    const { rangeBounds } = require('./iter') as typeof import('./iter');
    const [lo, hi] = rangeBounds(I, r, s.block.bytes, 'str');
    const a = jsIndexOfByte(s.block.text, lo);
    const b = jsIndexOfByte(s.block.text, hi);
    const gone = s.block.text.slice(a, b);
    setText(I, s, s.block.text.slice(0, a) + s.block.text.slice(b));
    return strIter(I, 'Drain', charsOf(gone), (v) => v as Char);
  }),
});

definePath('String::new', (I) => newString(I, '', 0));
definePath('String::with_capacity', (I, [n]) => newString(I, '', num(n as Int)));
definePath('String::from', (I, [s]) => stringOfBoxStr(I, s as Value) ?? newString(I, strOf(I, s), null));
definePath('String::from_utf8_lossy', (I, [v]) => {
  const d = deref(v);
  const { Slice, Arr } = require('../values') as typeof import('../values');
  const items = d instanceof VecV ? d.block.items : d instanceof Slice ? d.arr.slice(d.start, d.start + d.len) : d instanceof Arr ? d.items : [];
  return new Str(Buffer.from(items.map((x) => num(x as Int))).toString('utf8'));
});

export { display, Enum };
