// Stack bytes of array expressions for the frame-size model. An unoptimised build gives every
// array value its own stack slot in the frame that evaluates it — `[0u8; 4096]` as a local, or
// the argument of `Box::new([0u8; 1 << 20])`, which is built on the stack before it is moved to
// the heap — so these bytes decide when deep recursion or a large array overflows a thread's stack.
import type { Expr } from '../ir';
import { sizeOfTy } from '../layout';
import { pathTy } from '../types';
import { Char, Float, Int, big } from '../values';

/** Bytes of a primitive type, from the layout engine. */
function primBytes(name: string): number | null {
  return sizeOfTy(pathTy(name), null);
}

/** Value of a constant integer expression (literals and + - * / << on them), or null. */
function constInt(e: Expr): number | null {
  if (e.k === 'lit') return e.v instanceof Int ? Number(big(e.v)) : null;
  if (e.k === 'typed') return constInt(e.e);
  if (e.k === 'cast') return constInt(e.e);
  if (e.k === 'bin') {
    const l = constInt(e.l);
    const r = constInt(e.r);
    if (l === null || r === null) return null;
    switch (e.op) {
      case '+': return l + r;
      case '-': return l - r;
      case '*': return l * r;
      case '/': return r === 0 ? null : Math.trunc(l / r);
      case '<<': return l * 2 ** r;
      default: return null;
    }
  }
  return null;
}

/** Bytes of one element, from a literal's suffix or a cast's target type; null when unknown. */
function elemBytes(e: Expr): number | null {
  if (e.k === 'lit') {
    const v = e.v;
    if (v instanceof Int) return primBytes(v.ty.name);
    if (v instanceof Float) return primBytes(v.ty);
    if (v instanceof Char) return primBytes('char');
    if (typeof v === 'boolean') return primBytes('bool');
    return null;
  }
  if (e.k === 'cast' && e.ty.k === 'path') return sizeOfTy(e.ty, null);
  if (e.k === 'repeat' || e.k === 'array') return arrayBytes(e);
  return null;
}

/** Bytes an array expression occupies on the stack, or 0 when the model cannot tell. */
export function arrayBytes(e: Expr): number {
  if (e.k === 'repeat') {
    const n = constInt(e.len);
    // An element whose type the expression does not show counts as one 8-byte word.
    return n !== null ? n * (elemBytes(e.value) ?? 8) : 0;
  }
  if (e.k === 'array') {
    let total = 0;
    for (const x of e.items) total += elemBytes(x) ?? 8;
    return total;
  }
  return 0;
}
