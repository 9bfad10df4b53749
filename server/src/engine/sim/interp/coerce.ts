// Gives a value the type its context declares: unsuffixed literals become the annotated integer or
// float type (inside Vec, Option, tuples, arrays too), `&String` becomes `&str` and `&Vec<T>` a
// slice where a parameter asks for it, `Box<T>` remembers a `dyn` trait it was coerced to.
import { Unsupported } from '../errors';
import type { Ty } from '../types';
import {
  Arr, BoxV, Enum, Float, INT_TYPES, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, VecV, inRange, big, type IntTy, type Value,
} from '../values';

/** Set by the interpreter: a user `Deref` impl's target, for deref coercion. */
let derefHook: ((v: Value) => Ref | null) | null = null;

export function setDerefHook(h: (v: Value) => Ref | null): void {
  derefHook = h;
}

export function retypeInt(v: Int, t: IntTy): Int {
  if (typeof v.v === 'number' ? v.v >= t.minN && v.v <= t.maxN : inRange(t, big(v))) return new Int(t, v.v);
  // A literal of a type rustc would have inferred from a later use overflowed as i32 here.
  throw new Unsupported(`integer type inference: the value ${v.v} does not fit \`${t.name}\`; give the literal a suffix`, null);
}

/** Remembers a fully written `Option`/`Result` type on the value (a fresh object: `None` is shared). */
function typed(v: Enum, ty: Ty): Enum {
  if (ty.k !== 'path' || ty.args.some((a) => a.k === 'infer' || a.k === 'param')) return v;
  const out = v.f.length === 0 ? new Enum(v.def, v.vi, []) : v;
  out.ty = ty;
  return out;
}

export function coerce(v: Value, ty: Ty): Value {
  // A raw pointer compares and hashes by address, which a reference in this simulator does not
  // carry: a reference coerced to one (`let p: *const i32 = &x;`) is unsupported, as a cast is.
  if (ty.k === 'ptr') throw new Unsupported(`coercion to \`${ty.text}\` (raw pointers)`, null);
  if (v instanceof Int) {
    if (v.ty.flex && ty.k === 'path') {
      const t = INT_TYPES[ty.name];
      if (t) return retypeInt(v, t);
      // Only a `parse` without a written target yields an unsuffixed integer where a float is expected.
      if (ty.name === 'f64' || ty.name === 'f32') return new Float(ty.name, Number(v.v));
    }
    return v;
  }
  if (v instanceof Float) {
    if (v.flex && ty.k === 'path' && (ty.name === 'f32' || ty.name === 'f64')) return new Float(ty.name, ty.name === 'f32' ? Math.fround(v.v) : v.v);
    return v;
  }
  if (typeof v !== 'object') return v;
  switch (ty.k) {
    case 'path': {
      const a0 = ty.args[0];
      switch (ty.name) {
        case 'Vec': case 'VecDeque':
          if (v instanceof VecV && a0 && a0.k !== 'infer' && a0.k !== 'param') {
            v.elemTy = a0;
            const items = v.block.items;
            for (let i = 0; i < items.length; i++) items[i] = coerce(items[i], a0);
          }
          return v;
        case 'Option':
          if (v instanceof Enum && v.def.builtin && v.def.name === 'Option') {
            if (v.vi === 1 && a0) v.f[0] = coerce(v.f[0], a0);
            return typed(v, ty);
          }
          return v;
        case 'Result':
          if (v instanceof Enum && v.def.builtin && v.def.name === 'Result') {
            const t = v.vi === 0 ? a0 : ty.args[1];
            if (t) v.f[0] = coerce(v.f[0], t);
            return typed(v, ty);
          }
          return v;
        case 'Box':
          if (v instanceof BoxV && a0) {
            if (a0.k === 'dyn') v.block.dyn = a0.trait;
            else v.block.items[0] = coerce(v.block.items[0], a0);
          }
          return v;
        default:
          return v;
      }
    }
    case 'ref': {
      if (!(v instanceof Ref)) return v;
      const inner = ty.inner;
      let target = v.arr[v.idx];
      // `&self`, `&mut self` and every reference to a struct or enum of the type asked for:
      // nothing to do (an enum with a `Deref` impl is its own `&self` too, not its target).
      if ((target instanceof Struct || target instanceof Enum) && inner.k === 'path' && target.def.name === inner.name) return v;
      // Deref coercion through user smart pointers: `&MyBox<String>` where `&str` is expected.
      for (let i = 0; i < 4 && derefHook && (target instanceof Struct || target instanceof Enum); i++) {
        if (inner.k === 'path' && target.def.name === inner.name) break;
        const r = derefHook(target);
        if (!r) break;
        v = r;
        target = r.arr[r.idx];
      }
      if (inner.k === 'path' && inner.name === 'str' && target instanceof StringV) return new Str(target.block.text, target.block);
      if (inner.k === 'slice') {
        if (target instanceof VecV) return new Slice(target.block.items, 0, target.block.items.length, v.mut, target.block);
        if (target instanceof Arr) return new Slice(target.items, 0, target.items.length, v.mut, v.root);
      }
      if (inner.k === 'path' && target instanceof BoxV && inner.name !== 'Box') return new Ref(target.block.items, 0, v.mut, target.block);
      // Deref coercion through `Rc`, `Arc` and guards: `&Rc<List>` passed where `&List` is expected.
      if (target instanceof Native && target.cls.deref && (inner.k === 'slice' || (inner.k === 'path' && inner.name !== target.cls.typeName(target.data).replace(/<.*$/, '')))) {
        const d = target.cls.deref(target.data);
        const t = d.arr[d.idx];
        if (t instanceof Str) return t;
        if (inner.k === 'slice' && t instanceof Arr) return new Slice(t.items, 0, t.items.length, v.mut, d.root);
        return coerce(new Ref(d.arr, d.idx, v.mut, d.root, d.rootSlot), ty);
      }
      if (target instanceof Int && target.ty.flex) v.arr[v.idx] = coerce(target, inner);
      return v;
    }
    case 'tuple':
      if (v instanceof Tuple) for (let i = 0; i < v.items.length && i < ty.items.length; i++) v.items[i] = coerce(v.items[i], ty.items[i]!);
      return v;
    case 'array':
      if (v instanceof Arr) for (let i = 0; i < v.items.length; i++) v.items[i] = coerce(v.items[i], ty.elem);
      return v;
    default:
      return v;
  }
}
