// `Default::default()` for a type the context names: numbers are zero, containers empty, `Option`
// is `None`, derived structs default field by field, user impls are called.
import type { Span } from '../ir';
import type { Interp } from '../interp/interp';
import { findTraitMethod } from '../items';
import { mapParams, type Ty } from '../types';
import { Arr, BoxV, Char, Enum, Float, INT_TYPES, Int, StringV, Struct, Tuple, UNIT, VecV, type Value } from '../values';
import { NONE } from './builtins';
import { newString } from './string';
import { newVec } from './vec';

export function defaultOf(I: Interp, ty: Ty | null, sp: Span): Value {
  if (!ty || ty.k === 'infer' || ty.k === 'param') return I.unsupported('`Default::default()` whose type is not written', sp);
  switch (ty.k) {
    case 'tuple': return ty.items.length === 0 ? UNIT : new Tuple(ty.items.map((t) => defaultOf(I, t, sp)));
    case 'array': return new Arr(Array.from({ length: ty.len }, () => defaultOf(I, ty.elem, sp)));
    case 'path': {
      const it = INT_TYPES[ty.name];
      if (it) return new Int(it, 0);
      switch (ty.name) {
        case 'f32': case 'f64': return new Float(ty.name, 0);
        case 'bool': return false;
        case 'char': return new Char(0);
        case 'String': return newString(I, '', 0);
        case 'Vec': return newVec(I, [], 0, ty.args[0] && ty.args[0].k !== 'infer' ? ty.args[0] : undefined);
        case 'Option': return NONE;
      }
      const adt = I.prog.adts.get(ty.name);
      if (adt && !adt.builtin) {
        const user = findTraitMethod(I.prog, adt, 'Default', 'default');
        if (user) return I.callUser(user, [], sp);
        if (adt.derives.has('Default')) {
          // A field of a generic struct has the type the written type's arguments give it (`Tag<u8>`'s `T` is `u8`).
          const arg = (name: string): Ty | undefined => {
            const i = adt.generics.indexOf(name);
            const a = i >= 0 ? ty.args[i] : undefined;
            return a && a.k !== 'infer' ? a : undefined;
          };
          if (adt.kind === 'struct') return new Struct(adt, adt.fieldTys.map((t) => defaultOf(I, mapParams(t, arg), sp)));
          if (adt.defaultVariant >= 0) return new Enum(adt, adt.defaultVariant, []);
        }
      }
      const { stdPath } = require('./registry') as typeof import('./registry');
      const ctor = stdPath(`${ty.name}::new`);
      if (ctor) return ctor(I, [], { sp, generics: [], expect: ty });
      return I.unsupported(`\`Default\` for \`${ty.text}\``, sp);
    }
    default:
      return I.unsupported(`\`Default\` for \`${ty.text}\``, sp);
  }
}

/** The default value of the same type as `v` (what `mem::take` leaves behind). */
export function defaultOfValue(I: Interp, v: Value, sp: Span): Value | null {
  if (v instanceof Int) return new Int(v.ty, 0);
  if (v instanceof Float) return new Float(v.ty, 0);
  if (typeof v === 'boolean') return false;
  if (v instanceof StringV) return newString(I, '', 0);
  if (v instanceof VecV) return newVec(I, [], 0, v.elemTy);
  if (v instanceof Enum && v.def.builtin && v.def.name === 'Option') return NONE;
  if (v instanceof Struct || v instanceof Enum) {
    // A generic program type's value carries the checker's type (`Tag<u8>`), whose arguments type its fields.
    const typed = v.typed && I.prog.instances.simTyOf(v.typed);
    return defaultOf(I, typed ?? { k: 'path', name: v.def.name, segs: [v.def.name], args: [], text: v.def.name }, sp);
  }
  if (v instanceof BoxV) return I.unsupported('`mem::take` of a Box', sp);
  return null;
}
