// Integer arithmetic as a debug build does it: every width exact, overflow and division by zero
// panic with rustc's messages. Values that fit a JS safe integer are computed as doubles; BigInt
// is only for what does not fit (the wide types' large values, and the wrapping bit operations on
// them), so the common case never allocates more than the result.
import { Unsupported } from '../errors';
import type { Span } from '../ir';
import { Int, big, inRange, normInt, type IntTy } from '../values';
import type { Interp } from './interp';

export const OVERFLOW: Record<string, string> = {
  '+': 'attempt to add with overflow',
  '-': 'attempt to subtract with overflow',
  '*': 'attempt to multiply with overflow',
  '/': 'attempt to divide with overflow',
  '%': 'attempt to calculate the remainder with overflow',
  '<<': 'attempt to shift left with overflow',
  '>>': 'attempt to shift right with overflow',
};

export function flexOverflow(sp: Span): never {
  throw new Unsupported('integer type inference: this arithmetic on unsuffixed literals overflows `i32`, but rustc may have inferred a wider type; give a literal a suffix or annotate the variable', sp);
}

function unify(a: Int, b: Int): IntTy {
  if (a.ty === b.ty) return a.ty;
  if (a.ty.flex) return b.ty;
  return a.ty;
}

const INT32_MAX = 0x7fffffff;

/**
 * `a op b` whose result `r` was computed in doubles from two safe integers by an operator that is
 * exact whenever its result is a safe integer (`+`, `-`, `*`; `/` and `%` by a positive divisor,
 * where nothing overflows): the integer when it is in the type's range, else the general path
 * decides (BigInt, or the overflow panic).
 */
export function exactInt(I: Interp, op: string, a: Int, b: Int, r: number, sp: Span): Int {
  const ty = a.ty === b.ty ? a.ty : unify(a, b);
  if (r >= ty.minN && r <= ty.maxN && Number.isSafeInteger(r)) return new Int(ty, r);
  return intArith(I, op, a, b, sp);
}

/** Integer arithmetic with debug-build overflow checks. */
export function intArith(I: Interp, op: string, a: Int, b: Int, sp: Span): Int {
  const shift = op === '<<' || op === '>>';
  const ty = shift ? a.ty : unify(a, b);
  const x = a.v;
  const y = b.v;
  if (typeof x === 'number' && typeof y === 'number') {
    let r: number;
    switch (op) {
      case '+': r = x + y; break;
      case '-': r = x - y; break;
      case '*': r = x * y; break;
      case '/':
        if (y === 0) return I.panic('attempt to divide by zero', sp);
        r = Math.trunc(x / y);
        break;
      case '%':
        if (y === 0) return I.panic('attempt to calculate the remainder with a divisor of zero', sp);
        // `MIN % -1` overflows in a debug build, as `MIN / -1` does (the double says -0).
        if (y === -1 && ty.signed && x === ty.minN) return I.panic(OVERFLOW['%']!, sp);
        r = x % y;
        if (r === 0) r = 0; // -0 → 0
        break;
      case '&': case '|': case '^':
        // Two's complement bit operations are exact in 32 bits: for a narrow signed type, or for
        // operands that are both non-negative 31-bit numbers (whose result is too).
        if ((ty.bits <= 32 && ty.signed) || (x >= 0 && y >= 0 && x <= INT32_MAX && y <= INT32_MAX)) {
          r = op === '&' ? x & y : op === '|' ? x | y : x ^ y;
          break;
        }
        return bigArith(I, op, ty, BigInt(x), BigInt(y), sp);
      case '>>':
        if (y < 0 || y >= ty.bits || x < -0x80000000 || x > INT32_MAX) return bigArith(I, op, ty, BigInt(x), BigInt(y), sp);
        // An arithmetic shift of a 32-bit value: past 31 bits only the sign is left.
        r = y > 31 ? (x < 0 ? -1 : 0) : x >> y;
        break;
      case '<<': {
        if (y < 0 || y >= ty.bits) return bigArith(I, op, ty, BigInt(x), BigInt(y), sp);
        // Exact as a multiplication while nothing is shifted out of the type or into its sign.
        const m = x * 2 ** y;
        if (Number.isSafeInteger(m) && m >= ty.minN && m <= ty.maxN) return new Int(ty, m);
        return bigArith(I, op, ty, BigInt(x), BigInt(y), sp);
      }
      default:
        return bigArith(I, op, ty, BigInt(x), BigInt(y), sp);
    }
    if (Number.isSafeInteger(r)) {
      if (r < ty.minN || r > ty.maxN) {
        if (ty.flex) flexOverflow(sp);
        return I.panic(OVERFLOW[op]!, sp);
      }
      return new Int(ty, r);
    }
  }
  return bigArith(I, op, ty, big(a), big(b), sp);
}

function bigArith(I: Interp, op: string, ty: IntTy, x: bigint, y: bigint, sp: Span): Int {
  let r: bigint;
  switch (op) {
    case '+': r = x + y; break;
    case '-': r = x - y; break;
    case '*': r = x * y; break;
    case '/':
      if (y === 0n) return I.panic('attempt to divide by zero', sp);
      r = x / y;
      break;
    case '%':
      if (y === 0n) return I.panic('attempt to calculate the remainder with a divisor of zero', sp);
      if (ty.signed && x === ty.min && y === -1n) return I.panic(OVERFLOW['%']!, sp);
      r = x % y;
      break;
    case '&': r = wrap(ty, x & y); break;
    case '|': r = wrap(ty, x | y); break;
    case '^': r = wrap(ty, x ^ y); break;
    case '<<': case '>>': {
      if (y < 0n || y >= BigInt(ty.bits)) return I.panic(OVERFLOW[op]!, sp);
      r = op === '<<' ? wrap(ty, x << y) : x >> y;
      return normInt(ty, r);
    }
    default:
      throw new Unsupported(`operator ${op}`, sp);
  }
  if (!inRange(ty, r)) {
    if (ty.flex) flexOverflow(sp);
    return I.panic(OVERFLOW[op]!, sp);
  }
  return normInt(ty, r);
}

export function wrap(ty: IntTy, v: bigint): bigint {
  return ty.signed ? BigInt.asIntN(ty.bits, v) : BigInt.asUintN(ty.bits, v);
}
