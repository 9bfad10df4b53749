// Methods and constants of the primitive types: integers (checked/wrapping/saturating arithmetic,
// `pow`, `abs` with debug-build overflow panics), floats, `char` and `bool`.
import type { Interp } from '../interp/interp';
import { intArith, wrap } from '../interp/intArith';
import { Char, Float, INT_TYPES, Int, Tuple, U32, U8, big, inRange, normInt, num, usize, type IntTy, type Value, FLEX_INT, Ref, CapRef } from '../values';
import { NONE, err, ok, ordering, some } from './builtins';
import { makeIter } from './iter';
import { defineConst, defineMethods, definePath, method, type Site } from './registry';
import { END, Native, type NativeClass } from '../values';

function I_(v: Value): Int {
  return v as Int;
}

function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

function ty(a: Int, b?: Value): IntTy {
  if (a.ty.flex && b instanceof Int && !b.ty.flex) return b.ty;
  return a.ty;
}

type Exact = '+' | '-' | '*';

/**
 * `a op b` computed in doubles, when both are safe integers and the result is a safe integer in
 * `t`'s range: then the checked, wrapping and saturating forms all answer it, without BigInt.
 */
function fits(t: IntTy, a: Int, b: Int, op: Exact): number | null {
  const x = a.v;
  const y = b.v;
  if (typeof x !== 'number' || typeof y !== 'number') return null;
  const r = (op === '+' ? x + y : op === '-' ? x - y : x * y) + 0;
  return Number.isSafeInteger(r) && r >= t.minN && r <= t.maxN ? r : null;
}

function checked(a: Int, b: Int, op: (x: bigint, y: bigint) => bigint | null, exact?: Exact): Value {
  const t = ty(a, b);
  const n = exact ? fits(t, a, b, exact) : null;
  if (n !== null) return some(new Int(t, n));
  const r = op(big(a), big(b));
  return r !== null && inRange(t, r) ? some(normInt(t, r)) : NONE;
}

function wrapping(a: Int, b: Int, op: (x: bigint, y: bigint) => bigint, exact?: Exact): Int {
  const t = ty(a, b);
  const n = exact ? fits(t, a, b, exact) : null;
  if (n !== null) return new Int(t, n);
  return normInt(t, wrap(t, op(big(a), big(b))));
}

function saturating(a: Int, b: Int, op: (x: bigint, y: bigint) => bigint, exact?: Exact): Int {
  const t = ty(a, b);
  const n = exact ? fits(t, a, b, exact) : null;
  if (n !== null) return new Int(t, n);
  const r = op(big(a), big(b));
  return normInt(t, r > t.max ? t.max : r < t.min ? t.min : r);
}

function overflowing(a: Int, b: Int, op: (x: bigint, y: bigint) => bigint): Tuple {
  const t = ty(a, b);
  const r = op(big(a), big(b));
  return new Tuple([normInt(t, wrap(t, r)), !inRange(t, r)]);
}

const add = (x: bigint, y: bigint) => x + y;
const sub = (x: bigint, y: bigint) => x - y;
const mul = (x: bigint, y: bigint) => x * y;

function pow(x: bigint, e: number): bigint {
  return x ** BigInt(e);
}

function divEuclid(I: Interp, a: Int, b: Int): bigint {
  const x = big(a);
  const y = big(b);
  if (y === 0n) I.panic('attempt to divide by zero');
  let q = x / y;
  if (x % y < 0n) q = y > 0n ? q - 1n : q + 1n;
  return q;
}

function remEuclid(I: Interp, a: Int, b: Int): bigint {
  const x = big(a);
  const y = big(b);
  if (y === 0n) I.panic('attempt to calculate the remainder with a divisor of zero');
  const r = x % y;
  return r < 0n ? (y < 0n ? r - y : r + y) : r;
}

defineMethods('int', {
  abs: method('value', (I, self) => {
    const a = I_(self);
    const r = big(a) < 0n ? -big(a) : big(a);
    if (!inRange(a.ty, r)) I.panic('attempt to negate with overflow');
    return normInt(a.ty, r);
  }),
  unsigned_abs: method('value', (_I, self) => {
    const a = I_(self);
    const t = INT_TYPES['u' + a.ty.name.slice(1)] ?? a.ty;
    return normInt(t, big(a) < 0n ? -big(a) : big(a));
  }),
  abs_diff: method('value', (_I, self, [o]) => {
    const a = I_(self);
    const d = big(a) - big(I_(o));
    const t = a.ty.signed ? (INT_TYPES['u' + a.ty.name.slice(1)] ?? a.ty) : a.ty;
    return normInt(t, d < 0n ? -d : d);
  }),
  pow: method('value', (I, self, [e]) => {
    const a = I_(self);
    const r = pow(big(a), num(I_(e)));
    if (!inRange(a.ty, r)) I.panic('attempt to multiply with overflow');
    return normInt(a.ty, r);
  }),
  checked_pow: method('value', (_I, self, [e]) => {
    const a = I_(self);
    const r = pow(big(a), num(I_(e)));
    return inRange(a.ty, r) ? some(normInt(a.ty, r)) : NONE;
  }),
  wrapping_pow: method('value', (_I, self, [e]) => normInt(I_(self).ty, wrap(I_(self).ty, pow(big(I_(self)), num(I_(e)))))),
  saturating_pow: method('value', (_I, self, [e]) => {
    const a = I_(self);
    const r = pow(big(a), num(I_(e)));
    return normInt(a.ty, r > a.ty.max ? a.ty.max : r < a.ty.min ? a.ty.min : r);
  }),
  checked_add: method('value', (_I, self, [o]) => checked(I_(self), I_(o), add, '+')),
  checked_sub: method('value', (_I, self, [o]) => checked(I_(self), I_(o), sub, '-')),
  checked_mul: method('value', (_I, self, [o]) => checked(I_(self), I_(o), mul, '*')),
  checked_div: method('value', (_I, self, [o]) => checked(I_(self), I_(o), (x, y) => (y === 0n ? null : x / y))),
  checked_rem: method('value', (_I, self, [o]) => checked(I_(self), I_(o), (x, y) => (y === 0n ? null : x % y))),
  checked_neg: method('value', (_I, self) => checked(I_(self), I_(self), (x) => -x)),
  checked_abs: method('value', (_I, self) => checked(I_(self), I_(self), (x) => (x < 0n ? -x : x))),
  wrapping_abs: method('value', (_I, self) => wrapping(I_(self), I_(self), (x) => (x < 0n ? -x : x))),
  saturating_neg: method('value', (_I, self) => saturating(I_(self), I_(self), (x) => -x)),
  overflowing_neg: method('value', (_I, self) => overflowing(I_(self), I_(self), (x) => -x)),
  wrapping_div: method('value', (I, self, [o]) => {
    if (big(I_(o)) === 0n) I.panic('attempt to divide by zero');
    return wrapping(I_(self), I_(o), (x, y) => x / y);
  }),
  wrapping_rem: method('value', (I, self, [o]) => {
    if (big(I_(o)) === 0n) I.panic('attempt to calculate the remainder with a divisor of zero');
    return wrapping(I_(self), I_(o), (x, y) => x % y);
  }),
  checked_shl: method('value', (_I, self, [o]) => {
    const a = I_(self);
    const n = num(I_(o));
    return n < a.ty.bits ? some(normInt(a.ty, wrap(a.ty, big(a) << BigInt(n)))) : NONE;
  }),
  wrapping_shl: method('value', (_I, self, [o]) => {
    const a = I_(self);
    return normInt(a.ty, wrap(a.ty, big(a) << BigInt(num(I_(o)) % a.ty.bits)));
  }),
  rotate_left: method('value', (_I, self, [o]) => {
    const a = I_(self);
    const bits = BigInt(a.ty.bits);
    const n = BigInt(num(I_(o))) % bits;
    const u = BigInt.asUintN(a.ty.bits, big(a));
    return normInt(a.ty, wrap(a.ty, BigInt.asUintN(a.ty.bits, (u << n) | (u >> (bits - n)))));
  }),
  rotate_right: method('value', (_I, self, [o]) => {
    const a = I_(self);
    const bits = BigInt(a.ty.bits);
    const n = BigInt(num(I_(o))) % bits;
    const u = BigInt.asUintN(a.ty.bits, big(a));
    return normInt(a.ty, wrap(a.ty, BigInt.asUintN(a.ty.bits, (u >> n) | (u << (bits - n)))));
  }),
  wrapping_add: method('value', (_I, self, [o]) => wrapping(I_(self), I_(o), add, '+')),
  wrapping_sub: method('value', (_I, self, [o]) => wrapping(I_(self), I_(o), sub, '-')),
  wrapping_mul: method('value', (_I, self, [o]) => wrapping(I_(self), I_(o), mul, '*')),
  wrapping_neg: method('value', (_I, self) => wrapping(I_(self), I_(self), (x) => -x)),
  saturating_add: method('value', (_I, self, [o]) => saturating(I_(self), I_(o), add, '+')),
  saturating_sub: method('value', (_I, self, [o]) => saturating(I_(self), I_(o), sub, '-')),
  saturating_mul: method('value', (_I, self, [o]) => saturating(I_(self), I_(o), mul, '*')),
  overflowing_add: method('value', (_I, self, [o]) => overflowing(I_(self), I_(o), add)),
  overflowing_sub: method('value', (_I, self, [o]) => overflowing(I_(self), I_(o), sub)),
  overflowing_mul: method('value', (_I, self, [o]) => overflowing(I_(self), I_(o), mul)),
  div_euclid: method('value', (I, self, [o]) => normInt(ty(I_(self), o), divEuclid(I, I_(self), I_(o)))),
  rem_euclid: method('value', (I, self, [o]) => normInt(ty(I_(self), o), remEuclid(I, I_(self), I_(o)))),
  signum: method('value', (_I, self) => {
    const x = big(I_(self));
    return normInt(I_(self).ty, x > 0n ? 1n : x < 0n ? -1n : 0n);
  }),
  is_positive: method('value', (_I, self) => big(I_(self)) > 0n),
  is_negative: method('value', (_I, self) => big(I_(self)) < 0n),
  is_power_of_two: method('value', (_I, self) => {
    const x = big(I_(self));
    return x > 0n && (x & (x - 1n)) === 0n;
  }),
  next_power_of_two: method('value', (_I, self) => {
    let p = 1n;
    while (p < big(I_(self))) p <<= 1n;
    return normInt(I_(self).ty, p);
  }),
  count_ones: method('value', (_I, self) => {
    const a = I_(self);
    return new Int(U32, BigInt.asUintN(a.ty.bits, big(a)).toString(2).replace(/0/g, '').length);
  }),
  count_zeros: method('value', (_I, self) => {
    const a = I_(self);
    return new Int(U32, a.ty.bits - BigInt.asUintN(a.ty.bits, big(a)).toString(2).replace(/0/g, '').length);
  }),
  leading_zeros: method('value', (_I, self) => {
    const a = I_(self);
    const bits = BigInt.asUintN(a.ty.bits, big(a));
    return new Int(U32, bits === 0n ? a.ty.bits : a.ty.bits - bits.toString(2).length);
  }),
  trailing_zeros: method('value', (_I, self) => {
    const a = I_(self);
    const bits = BigInt.asUintN(a.ty.bits, big(a));
    if (bits === 0n) return new Int(U32, a.ty.bits);
    const s = bits.toString(2);
    return new Int(U32, s.length - 1 - s.lastIndexOf('1'));
  }),
  isqrt: method('value', (_I, self) => {
    const x = big(I_(self));
    let r = BigInt(Math.floor(Math.sqrt(Number(x))));
    while (r * r > x) r--;
    while ((r + 1n) * (r + 1n) <= x) r++;
    return normInt(I_(self).ty, r);
  }),
  ilog2: method('value', (_I, self) => new Int(U32, big(I_(self)).toString(2).length - 1)),
  ilog10: method('value', (_I, self) => new Int(U32, big(I_(self)).toString().length - 1)),
  to_le_bytes: method('value', (I) => I.unsupported('byte conversions')),
  is_ascii_digit: method('ref', (_I, self) => u8Test(self, /[0-9]/)),
  is_ascii_alphabetic: method('ref', (_I, self) => u8Test(self, /[A-Za-z]/)),
  is_ascii_alphanumeric: method('ref', (_I, self) => u8Test(self, /[A-Za-z0-9]/)),
  is_ascii_whitespace: method('ref', (_I, self) => u8Test(self, /[ \t\n\r\f]/)),
  is_ascii_uppercase: method('ref', (_I, self) => u8Test(self, /[A-Z]/)),
  is_ascii_lowercase: method('ref', (_I, self) => u8Test(self, /[a-z]/)),
  is_ascii_punctuation: method('ref', (_I, self) => u8Test(self, /[!-/:-@[-`{-~]/)),
  to_ascii_uppercase: method('ref', (_I, self) => new Int(U8, String.fromCharCode(num(I_(self))).replace(/[a-z]/, (c) => c.toUpperCase()).charCodeAt(0))),
  to_ascii_lowercase: method('ref', (_I, self) => new Int(U8, String.fromCharCode(num(I_(self))).replace(/[A-Z]/, (c) => c.toLowerCase()).charCodeAt(0))),
  is_ascii: method('ref', (_I, self) => num(I_(self)) < 128),
});

function u8Test(v: Value, re: RegExp): boolean {
  return re.test(String.fromCharCode(num(I_(v))));
}

// ------------------------------------------------------------------------------ floats

function F(v: Value): Float {
  return v as Float;
}

function mk(a: Float, x: number): Float {
  return new Float(a.ty, a.ty === 'f32' ? Math.fround(x) : x, a.flex);
}

/** compiler-rt's `__powidf2`, which debug builds call for `powi`. */
function powi(a: number, b: number, f32: boolean): number {
  const recip = b < 0;
  let r = 1;
  let n = Math.abs(b);
  for (;;) {
    if (n & 1) r = f32 ? Math.fround(r * a) : r * a;
    n = Math.floor(n / 2);
    if (n === 0) break;
    a = f32 ? Math.fround(a * a) : a * a;
  }
  return recip ? 1 / r : r;
}

/** `f64::round`: halves round away from zero (`x - trunc(x)` is exact for doubles). */
function roundHalfAway(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

const f1 = (fn: (x: number) => number) => method('value', (_I, self) => mk(F(self), fn(F(self).v)));

defineMethods('float', {
  sqrt: f1(Math.sqrt),
  cbrt: f1(Math.cbrt),
  abs: f1(Math.abs),
  floor: f1(Math.floor),
  ceil: f1(Math.ceil),
  trunc: f1(Math.trunc),
  round: f1(roundHalfAway),
  fract: f1((x) => x - Math.trunc(x)),
  exp: f1(Math.exp),
  exp2: f1((x) => 2 ** x),
  ln: f1(Math.log),
  log10: f1(Math.log10),
  log2: f1(Math.log2),
  sin: f1(Math.sin),
  cos: f1(Math.cos),
  tan: f1(Math.tan),
  asin: f1(Math.asin),
  acos: f1(Math.acos),
  atan: f1(Math.atan),
  sinh: f1(Math.sinh),
  cosh: f1(Math.cosh),
  tanh: f1(Math.tanh),
  recip: f1((x) => 1 / x),
  to_degrees: f1((x) => x * (180 / Math.PI)),
  to_radians: f1((x) => x * (Math.PI / 180)),
  signum: f1((x) => (Number.isNaN(x) ? NaN : Object.is(x, -0) || x < 0 ? -1 : 1)),
  powi: method('value', (_I, self, [n]) => mk(F(self), powi(F(self).v, num(I_(n)), F(self).ty === 'f32'))),
  powf: method('value', (_I, self, [n]) => mk(F(self), Math.pow(F(self).v, F(n).v))),
  log: method('value', (_I, self, [b]) => mk(F(self), Math.log(F(self).v) / Math.log(F(b).v))),
  hypot: method('value', (_I, self, [b]) => mk(F(self), Math.hypot(F(self).v, F(b).v))),
  atan2: method('value', (_I, self, [b]) => mk(F(self), Math.atan2(F(self).v, F(b).v))),
  mul_add: method('value', (_I, self, [a, b]) => mk(F(self), F(self).v * F(a).v + F(b).v)),
  min: method('value', (_I, self, [b]) => {
    const x = F(self).v;
    const y = F(deref(b)).v;
    return mk(F(self), Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.min(x, y));
  }),
  max: method('value', (_I, self, [b]) => {
    const x = F(self).v;
    const y = F(deref(b)).v;
    return mk(F(self), Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.max(x, y));
  }),
  clamp: method('value', (_I, self, [lo, hi]) => mk(F(self), Math.min(Math.max(F(self).v, F(lo).v), F(hi).v))),
  is_nan: method('value', (_I, self) => Number.isNaN(F(self).v)),
  is_infinite: method('value', (_I, self) => F(self).v === Infinity || F(self).v === -Infinity),
  is_finite: method('value', (_I, self) => Number.isFinite(F(self).v)),
  is_sign_negative: method('value', (_I, self) => F(self).v < 0 || Object.is(F(self).v, -0)),
  is_sign_positive: method('value', (_I, self) => !(F(self).v < 0 || Object.is(F(self).v, -0))),
  total_cmp: method('ref', (_I, self, [o]) => {
    const a = F(self).v;
    const b = F(deref(o)).v;
    return ordering(a < b ? -1 : a > b ? 1 : Object.is(a, -0) && b === 0 && !Object.is(b, -0) ? -1 : 0);
  }),
});

// ------------------------------------------------------------------------------ char, bool

function C(v: Value): Char {
  return deref(v) as Char;
}

function ch(v: Value): string {
  return String.fromCodePoint(C(v).cp);
}

/** `char::to_uppercase()`: an iterator of chars that also implements Display. */
const CASE_ITER: NativeClass = {
  name: 'ToUppercase',
  typeName: () => 'ToUppercase',
  next: (d: { chars: Char[]; i: number }) => (d.i < d.chars.length ? d.chars[d.i++]! : END),
  display: (d: { chars: Char[]; i: number }) => d.chars.slice(d.i).map((c) => String.fromCodePoint(c.cp)).join(''),
  clone: (d: { chars: Char[]; i: number }) => ({ ...d }),
  summary: () => 'ToUppercase { .. }',
};

function caseIter(_I: Interp, s: string): Native {
  return new Native(CASE_ITER, { chars: [...s].map((c) => new Char(c.codePointAt(0)!)), i: 0 });
}

defineMethods('char', {
  is_alphabetic: method('value', (_I, self) => /\p{Alphabetic}/u.test(ch(self))),
  is_numeric: method('value', (_I, self) => /\p{N}/u.test(ch(self))),
  is_alphanumeric: method('value', (_I, self) => /[\p{Alphabetic}\p{N}]/u.test(ch(self))),
  is_whitespace: method('value', (_I, self) => /[\s\u0085]/u.test(ch(self)) && ch(self) !== '\u200b' && ch(self) !== '\ufeff'),
  is_uppercase: method('value', (_I, self) => /\p{Uppercase}/u.test(ch(self))),
  is_lowercase: method('value', (_I, self) => /\p{Lowercase}/u.test(ch(self))),
  is_control: method('value', (_I, self) => /\p{Cc}/u.test(ch(self))),
  is_ascii: method('ref', (_I, self) => C(self).cp < 128),
  is_ascii_digit: method('ref', (_I, self) => /[0-9]/.test(ch(self))),
  is_ascii_hexdigit: method('ref', (_I, self) => /[0-9a-fA-F]/.test(ch(self))),
  is_ascii_alphabetic: method('ref', (_I, self) => /[A-Za-z]/.test(ch(self))),
  is_ascii_alphanumeric: method('ref', (_I, self) => /[A-Za-z0-9]/.test(ch(self))),
  is_ascii_uppercase: method('ref', (_I, self) => /[A-Z]/.test(ch(self))),
  is_ascii_lowercase: method('ref', (_I, self) => /[a-z]/.test(ch(self))),
  is_ascii_whitespace: method('ref', (_I, self) => /[ \t\n\r\f]/.test(ch(self))),
  is_ascii_punctuation: method('ref', (_I, self) => /[!-/:-@[-`{-~]/.test(ch(self))),
  is_digit: method('value', (_I, self, [r]) => parseInt(ch(self), num(I_(r))) >= 0 && /^[0-9a-zA-Z]$/.test(ch(self)) && parseInt(ch(self), 36) < num(I_(r))),
  to_digit: method('value', (_I, self, [r]) => {
    const c = ch(self);
    if (!/^[0-9a-zA-Z]$/.test(c)) return NONE;
    const d = parseInt(c, 36);
    return d < num(I_(r)) ? some(new Int(U32, d)) : NONE;
  }),
  to_ascii_uppercase: method('ref', (_I, self) => new Char(ch(self).replace(/[a-z]/, (c) => c.toUpperCase()).codePointAt(0)!)),
  to_ascii_lowercase: method('ref', (_I, self) => new Char(ch(self).replace(/[A-Z]/, (c) => c.toLowerCase()).codePointAt(0)!)),
  to_uppercase: method('value', (I, self) => caseIter(I, ch(self).toUpperCase())),
  to_lowercase: method('value', (I, self) => caseIter(I, ch(self).toLowerCase())),
  len_utf8: method('value', (_I, self) => {
    const cp = C(self).cp;
    return usize(cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
  }),
  eq_ignore_ascii_case: method('ref', (_I, self, [o]) => ch(self).toLowerCase() === ch(o).toLowerCase()),
});

defineMethods('bool', {
  then: method('value', (I, self, [f]) => (self === true ? some(I.callValue(f, [])) : NONE)),
  then_some: method('value', (_I, self, [v]) => (self === true ? some(v) : NONE)),
});

// ------------------------------------------------------------------------------ constants and associated functions

for (const [name, t] of Object.entries(INT_TYPES)) {
  defineConst(`${name}::MAX`, () => normInt(t, t.max));
  defineConst(`${name}::MIN`, () => normInt(t, t.min));
  defineConst(`${name}::BITS`, () => new Int(U32, t.bits));
  definePath(`${name}::max_value`, () => normInt(t, t.max));
  definePath(`${name}::min_value`, () => normInt(t, t.min));
  definePath(`${name}::from_str_radix`, (I, [s, r]) => {
    const { strOf } = require('./string') as typeof import('./string');
    const text = strOf(I, s);
    const radix = num(I_(r));
    const neg = text.startsWith('-');
    const body = text.replace(/^[+-]/, '');
    if (!body || ![...body].every((c) => /^[0-9a-zA-Z]$/.test(c) && parseInt(c, 36) < radix)) {
      const { PARSE_ERROR } = require('./string') as typeof import('./string');
      return err(new Native(PARSE_ERROR, { type: 'ParseIntError', kind: body ? 'InvalidDigit' : 'Empty' }));
    }
    let v = 0n;
    for (const c of body) v = v * BigInt(radix) + BigInt(parseInt(c, 36));
    if (neg) v = -v;
    return ok(normInt(t, v));
  });
  definePath(`${name}::from`, (I, [v]) => {
    const d = deref(v);
    if (d instanceof Int) return normInt(t, big(d));
    if (typeof d === 'boolean') return new Int(t, d ? 1 : 0);
    if (d instanceof Char) return new Int(t, d.cp);
    return I.unsupported(`\`${name}::from\` of \`${I.typeName(v)}\``);
  });
  definePath(`${name}::try_from`, (_I, [v]) => {
    const d = deref(v) as Int;
    const x = big(d);
    return inRange(t, x) ? ok(normInt(t, x)) : err(new Native(TRY_FROM_INT, {}));
  });
  definePath(`${name}::pow`, (I, [a, e]) => I.methodOn(a, 'pow', [e]));
  definePath(`${name}::abs`, (I, [a]) => I.methodOn(a, 'abs', []));
  definePath(`${name}::max`, (I, [a, b]) => I.methodOn(a, 'max', [b]));
  definePath(`${name}::min`, (I, [a, b]) => I.methodOn(a, 'min', [b]));
}

export const TRY_FROM_INT: NativeClass = {
  name: 'TryFromIntError',
  typeName: () => 'TryFromIntError',
  display: () => 'out of range integral type conversion attempted',
  debug: () => 'TryFromIntError(())',
  clone: (d: object) => d,
};

for (const f of ['f32', 'f64'] as const) {
  const mkF = (x: number) => () => new Float(f, f === 'f32' ? Math.fround(x) : x);
  defineConst(`${f}::MAX`, mkF(f === 'f32' ? 3.4028234663852886e38 : Number.MAX_VALUE));
  defineConst(`${f}::MIN`, mkF(f === 'f32' ? -3.4028234663852886e38 : -Number.MAX_VALUE));
  defineConst(`${f}::MIN_POSITIVE`, mkF(f === 'f32' ? 1.1754943508222875e-38 : 2.2250738585072014e-308));
  defineConst(`${f}::EPSILON`, mkF(f === 'f32' ? 1.1920928955078125e-7 : Number.EPSILON));
  defineConst(`${f}::INFINITY`, mkF(Infinity));
  defineConst(`${f}::NEG_INFINITY`, mkF(-Infinity));
  defineConst(`${f}::NAN`, mkF(NaN));
  defineConst(`${f}::consts::PI`, mkF(Math.PI));
  defineConst(`${f}::consts::E`, mkF(Math.E));
  defineConst(`${f}::consts::TAU`, mkF(2 * Math.PI));
  defineConst(`${f}::consts::SQRT_2`, mkF(Math.SQRT2));
  defineConst(`${f}::consts::LN_2`, mkF(Math.LN2));
  defineConst(`${f}::consts::LN_10`, mkF(Math.LN10));
  defineConst(`${f}::consts::FRAC_PI_2`, mkF(Math.PI / 2));
  defineConst(`${f}::consts::FRAC_PI_4`, mkF(Math.PI / 4));
  definePath(`${f}::from`, (_I, [v]) => {
    const d = deref(v);
    return new Float(f, d instanceof Int ? Number(big(d)) : (d as Float).v);
  });
  definePath(`${f}::sqrt`, (I, [a]) => I.methodOn(a, 'sqrt', []));
  definePath(`${f}::max`, (I, [a, b]) => I.methodOn(a, 'max', [b]));
  definePath(`${f}::min`, (I, [a, b]) => I.methodOn(a, 'min', [b]));
  definePath(`${f}::abs`, (I, [a]) => I.methodOn(a, 'abs', []));
  definePath(`${f}::powi`, (I, [a, b]) => I.methodOn(a, 'powi', [b]));
}

defineConst('char::MAX', () => new Char(0x10ffff));
definePath('char::from_u32', (_I, [v]) => {
  const n = num(I_(deref(v)));
  return n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? some(new Char(n)) : NONE;
});
definePath('char::from_digit', (_I, [d, r]) => {
  const n = num(I_(d));
  return n < num(I_(r)) ? some(new Char(n.toString(36).codePointAt(0)!)) : NONE;
});
definePath('char::from', (_I, [v]) => {
  const d = deref(v);
  return d instanceof Char ? d : new Char(num(d as Int));
});

/** `usize`-typed value (the type of lengths and indices). */
export function usizeOf(n: number): Int {
  return usize(n);
}

export function intTarget(site: Site): IntTy | null {
  const t = site.generics[0] ?? site.expect;
  return t && t.k === 'path' ? INT_TYPES[t.name] ?? null : null;
}

export { intArith, FLEX_INT, Tuple };
