// `?`, `matches!` and range expressions.
import { ReturnSignal } from '../errors';
import type { Expr } from '../ir';
import { NONE, OPTION, RESULT, err } from '../std/builtins';
import { newRange } from '../std/iter';
import type { Ty } from '../types';
import { Enum, type Value } from '../values';
import { coerce } from './coerce';
import { resultOf, type CE, type Compiler } from './compile';
import { convert } from '../std/any';
import { compileBind, compileTest } from './pattern';
import { positionKey } from '../lower/checkedTypes';

export function compileTry(C: Compiler, e: Extract<Expr, { k: 'try' }>, expect: Ty | null = null): CE {
  const I = C.I;
  const inner = C.value(e.e, expect ? resultOf(expect) : null);
  const ret = C.ctx.ret;
  const errTy = ret && ret.k === 'path' && ret.name === 'Result' ? ret.args[1] ?? null : null;
  const sp = e.sp;
  // The checker's type of the error converted (`E` of the operand's `Result<T, E>`): what a
  // `Box<dyn Error>` allocates for.
  const from = C.prog.tryErrorTypes.get(positionKey(sp.l, sp.c, sp.el, sp.ec));
  return (f) => {
    const v = inner(f);
    if (!(v instanceof Enum)) return I.unsupported(`\`?\` on \`${I.typeName(v)}\``, sp);
    if (v.def === OPTION) {
      if (v.vi === 1) return v.f[0];
      throw new ReturnSignal(NONE);
    }
    if (v.def === RESULT) {
      if (v.vi === 0) return v.f[0];
      const e0 = v.f[0];
      throw new ReturnSignal(err(errTy ? fromError(C, e0, errTy) : e0));
    }
    return I.unsupported(`\`?\` on \`${I.typeName(v)}\``, sp);
  };
  function fromError(Cc: Compiler, x: Value, ty: Ty): Value {
    const name = ty.k === 'path' ? ty.name : null;
    // `From<T> for T`: the error already has the function's error type, as the checker types both.
    // Where the checker left the operand's error type unknown (a `?` chained after a call whose
    // position the checker keys differently), the error value's own type decides.
    if (from ? from.text === ty.text : name && Cc.I.typeName(x) === name) return x;
    if (ty.k === 'param' || ty.k === 'infer') return x;
    // `From<&str> for String` copies the text into a new String (a heap block of its own).
    if (ty.k === 'path' && (name === 'Box' || name === 'String')) return convert(Cc.I, x, ty, { sp, generics: [], expect: ty }, from);
    const adt = name ? Cc.prog.adts.get(name) : undefined;
    if (adt && [...adt.traitImpls.keys()].some((k) => k.startsWith('From<'))) return convert(Cc.I, x, ty, { sp, generics: [], expect: ty }, from);
    return coerce(x, ty);
  }
}

export function compileMatches(C: Compiler, e: Extract<Expr, { k: 'matches' }>): CE {
  const place = C.place(e.e);
  const test = compileTest(C, e.pat);
  const bind = e.guard ? compileBind(C, e.pat) : null;
  const guard = e.guard ? C.value(e.guard) : null;
  return (f) => {
    const p = place(f);
    if (!test(p.arr[p.idx])) return false;
    if (!guard) return true;
    if (bind) bind(f, p.arr, p.idx, p.root, p.rootSlot, 0, false);
    return guard(f) === true;
  };
}

export function compileRange(C: Compiler, e: Extract<Expr, { k: 'range' }>, expect: Ty | null): CE {
  const inner = expect && expect.k === 'path' && expect.name.startsWith('Range') ? expect.args[0] ?? null : null;
  const from = e.from ? C.value(e.from, inner) : null;
  const to = e.to ? C.value(e.to, inner) : null;
  const inclusive = e.inclusive;
  return (f) => newRange(from ? from(f) : null, to ? to(f) : null, inclusive);
}
