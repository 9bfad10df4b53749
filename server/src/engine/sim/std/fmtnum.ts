// Number formatting exactly as core::fmt does it: shortest round-trip digits for `{}`/`{:?}` of
// floats (never an exponent in `{}`; `{:?}` switches to exponent form below 1e-4 and from 1e16),
// exact decimal expansion with round-half-to-even for a precision, two's complement for `{:x}` of
// negative integers, and the sign-aware zero padding of `{:05}`.
import { big, type Int } from '../values';

export interface Spec {
  fill: string;
  align: '<' | '>' | '^' | '';
  sign: '+' | '-' | '';
  alt: boolean;
  zero: boolean;
  width: number | null;
  precision: number | null;
  trait: string;
}

export const PLAIN: Spec = { fill: ' ', align: '', sign: '', alt: false, zero: false, width: null, precision: null, trait: '' };

export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** `Formatter::pad`: strings and chars (precision truncates, default alignment left). */
export function pad(s: string, spec: Spec): string {
  if (spec.precision !== null) {
    const chars = [...s];
    if (chars.length > spec.precision) s = chars.slice(0, spec.precision).join('');
  }
  return padTo(s, spec, '<');
}

function padTo(s: string, spec: Spec, defAlign: '<' | '>'): string {
  if (spec.width === null) return s;
  const n = charCount(s);
  if (n >= spec.width) return s;
  const padN = spec.width - n;
  const align = spec.align || defAlign;
  const fill = spec.fill;
  if (align === '<') return s + fill.repeat(padN);
  if (align === '>') return fill.repeat(padN) + s;
  const left = Math.floor(padN / 2);
  return fill.repeat(left) + s + fill.repeat(padN - left);
}

/** `Formatter::pad_integral` and `pad_formatted_parts`: sign and prefix, then zero or fill padding. */
export function padNumber(nonNeg: boolean, prefix: string, digits: string, spec: Spec): string {
  const sign = !nonNeg ? '-' : spec.sign === '+' ? '+' : '';
  const head = sign + prefix;
  if (spec.width === null) return head + digits;
  if (spec.zero) {
    const n = charCount(head) + charCount(digits);
    if (n >= spec.width) return head + digits;
    return head + '0'.repeat(spec.width - n) + digits;
  }
  return padTo(head + digits, spec, '>');
}

export function formatInt(v: Int, spec: Spec, trait: string): string {
  const t = trait.replace('?', '');
  if (t === 'x' || t === 'X' || t === 'b' || t === 'o') {
    const radix = t === 'b' ? 2 : t === 'o' ? 8 : 16;
    let x = big(v);
    if (x < 0n) x = BigInt.asUintN(v.ty.bits, x);
    let digits = x.toString(radix);
    if (t === 'X') digits = digits.toUpperCase();
    const prefix = spec.alt ? (t === 'b' ? '0b' : t === 'o' ? '0o' : '0x') : '';
    return padNumber(true, prefix, digits, spec);
  }
  if (t === 'e' || t === 'E') {
    const x = big(v);
    const abs = (x < 0n ? -x : x).toString();
    let mant = abs.replace(/0+$/, '');
    if (mant === '') mant = '0';
    const exp = abs.length - 1;
    const m = mant.length > 1 ? mant[0] + '.' + mant.slice(1) : mant;
    return padNumber(x >= 0n, '', `${m}${t}${exp}`, spec);
  }
  const x = v.v;
  if (typeof x === 'number') return padNumber(x >= 0, '', String(x < 0 ? -x : x), spec);
  return padNumber(x >= 0n, '', (x < 0n ? -x : x).toString(), spec);
}

/** Shortest round-trip digits and decimal exponent: value = 0.d1d2d3... × 10^exp. */
function shortest(x: number, f32: boolean): { digits: string; exp: number } {
  let s: string;
  if (f32) {
    s = '';
    for (let p = 1; p <= 9; p++) {
      const t = x.toPrecision(p);
      if (Math.fround(Number(t)) === x) {
        s = Number(t).toExponential();
        break;
      }
    }
    if (!s) s = x.toExponential();
  } else s = x.toExponential();
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
  const digits = (m[1]! + (m[2] ?? '')).replace(/0+$/, '') || '0';
  return { digits, exp: Number(m[3]) + 1 };
}

function decimalFromDigits(digits: string, exp: number, minFrac: number): string {
  let intPart: string;
  let frac: string;
  if (exp <= 0) {
    intPart = '0';
    frac = '0'.repeat(-exp) + digits;
  } else if (exp >= digits.length) {
    intPart = digits + '0'.repeat(exp - digits.length);
    frac = '';
  } else {
    intPart = digits.slice(0, exp);
    frac = digits.slice(exp);
  }
  if (frac.length < minFrac) frac += '0'.repeat(minFrac - frac.length);
  return frac ? `${intPart}.${frac}` : intPart;
}

/** The exact decimal value of a double rounded to `prec` fraction digits, ties to even. */
export function fixedExact(x: number, prec: number): string {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  let q: bigint;
  const p10 = 10n ** BigInt(prec);
  if (e >= 0) q = (mant << BigInt(e)) * p10;
  else {
    const num = mant * p10;
    const den = 1n << BigInt(-e);
    q = num / den;
    const r = num % den;
    const twice = r * 2n;
    if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  }
  let s = q.toString();
  if (prec === 0) return s;
  if (s.length <= prec) s = '0'.repeat(prec - s.length + 1) + s;
  return `${s.slice(0, s.length - prec)}.${s.slice(s.length - prec)}`;
}

export function formatFloat(x: number, f32: boolean, spec: Spec, debug: boolean): string {
  const t = spec.trait.replace('?', '');
  if (Number.isNaN(x)) return padNumber(true, '', 'NaN', { ...spec, sign: '' });
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  if (!Number.isFinite(x)) return padNumber(!neg, '', 'inf', spec);
  let body: string;
  if (t === 'e' || t === 'E') {
    body = expForm(a, f32, spec.precision, t);
  } else if (spec.precision !== null) {
    body = fixedExact(a, spec.precision);
  } else if (debug && a !== 0 && (a < 1e-4 || a >= 1e16)) {
    body = expForm(a, f32, null, 'e');
  } else {
    const { digits, exp } = a === 0 ? { digits: '0', exp: 1 } : shortest(a, f32);
    body = decimalFromDigits(digits, exp, debug ? 1 : 0);
  }
  return padNumber(!neg, '', body, spec);
}

function expForm(a: number, f32: boolean, prec: number | null, t: string): string {
  if (a === 0) return prec ? `0.${'0'.repeat(prec)}${t}0` : `0${t}0`;
  if (prec !== null) {
    const s = a.toExponential(prec);
    const m = /^([\d.]+)e([+-]\d+)$/.exec(s)!;
    return `${m[1]}${t}${Number(m[2])}`;
  }
  const { digits, exp } = shortest(a, f32);
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${m}${t}${exp - 1}`;
}
