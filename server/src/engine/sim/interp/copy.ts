// `Copy` semantics: which values are duplicated instead of moved, and the duplication itself.
// Immutable JS objects (integers, floats, chars, `&str`, references) are shared; aggregates are
// copied field by field so the two copies can be mutated independently.
import { Arr, BoxV, CapRef, Closure, Enum, Int, Native, StringV, Struct, Tuple, VecV, type Value } from '../values';

export function isCopy(v: Value): boolean {
  if (typeof v !== 'object' || v instanceof Int) return true;
  if (v instanceof StringV || v instanceof VecV || v instanceof BoxV) return false;
  if (v instanceof Struct) return v.def.copy;
  if (v instanceof Enum) {
    if (v.def.copy) return true;
    if (!v.def.builtin) return false;
    for (const x of v.f) if (!isCopy(x)) return false;
    return true;
  }
  if (v instanceof Tuple || v instanceof Arr) {
    for (const x of v.items) if (!isCopy(x)) return false;
    return true;
  }
  if (v instanceof Closure) {
    for (const x of v.env) {
      if (x instanceof CapRef) {
        if (x.mut) return false;
      } else if (!isCopy(x)) return false;
    }
    return true;
  }
  if (v instanceof Native) return !!v.cls.copy;
  return true;
}

export function copyValue(v: Value): Value {
  if (typeof v !== 'object' || v instanceof Int) return v;
  if (v instanceof Tuple) return v.items.length === 0 ? v : new Tuple(v.items.map(copyValue));
  if (v instanceof Arr) return new Arr(v.items.map(copyValue));
  if (v instanceof Struct) {
    const c = new Struct(v.def, v.f.map(copyValue));
    if (v.typed) c.typed = v.typed;
    return c;
  }
  if (v instanceof Enum) {
    if (v.f.length === 0) return v;
    const e = new Enum(v.def, v.vi, v.f.map(copyValue));
    e.ty = v.ty;
    if (v.typed) e.typed = v.typed;
    return e;
  }
  if (v instanceof Closure) return new Closure(v.def, v.env.slice(), v.instance);
  if (v instanceof Native && v.cls.clone) return new Native(v.cls, v.cls.clone(v.data));
  return v;
}
