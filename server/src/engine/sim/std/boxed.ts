// `Box<T>`: one heap block holding the value; dropping the box drops the value, then frees it.
import type { Interp } from '../interp/interp';
import { layoutOfTy } from '../layout';
import type { Ty } from '../types';
import { BoxV, type Value } from '../values';
import { elemSize } from './vec';
import { defineMethods, definePath, method } from './registry';

/** `ty`: the boxed type, the checker's (the value alone may not say: `Node { next: None }`). */
export function boxValue(I: Interp, v: Value, ty?: Ty): BoxV {
  const b = boxFor(I, ty);
  b.block.items = [v];
  return b;
}

/**
 * A box allocated for a value of type `ty`, the checker's, still empty: `Box::clone` allocates
 * before it clones. Without it the run stops as `unsupported`: a value does not show its type.
 */
export function boxFor(I: Interp, ty?: Ty): BoxV {
  const t = ty;
  if (!t) return I.unsupported('a `Box` whose contents\' type is not known here');
  const l = layoutOfTy(t, I.prog);
  if (!l) return I.unsupported(`the size of \`${t.text}\``);
  const b = I.dangling('box', t.text);
  b.valueTy = t;
  b.items = [];
  if (l.size > 0) I.resize(b, 1, l.size);
  return new BoxV(b);
}

/** The `T` of a `Box<T>` of a sized, named `T`. */
function boxedTy(t: Ty | null | undefined): Ty | undefined {
  const a = t?.k === 'path' && t.name === 'Box' ? t.args[0] : undefined;
  return a && a.k !== 'dyn' && a.k !== 'infer' && a.k !== 'param' ? a : undefined;
}

definePath('Box::new', (I, [v], site) => {
  // The checker's type of the call is the box before any coercion (`Box<Circle>`); the context's
  // (`Box<dyn Shape>`) says whether it becomes a trait object.
  const t = site.expect;
  const b = boxValue(I, v, boxedTy(site.ty) ?? boxedTy(t));
  if (t && t.k === 'path' && t.name === 'Box' && t.args[0]?.k === 'dyn') b.block.dyn = t.args[0].trait;
  return b;
});

// `Box::<[T; N]>::try_from(boxed_slice)`: the same elements as an array, when the length is N.
definePath('Box::try_from', (I, [v], site) => {
  const { VecV, Arr } = require('../values') as typeof import('../values');
  const { ok, err } = require('./builtins') as typeof import('./builtins');
  if (!(v instanceof VecV)) return I.unsupported(`\`Box::try_from\` of \`${I.typeName(v)}\``, site.sp);
  const t = site.generics[0];
  const n = t && t.k === 'array' ? t.len : -1;
  if (n >= 0 && n !== v.block.items.length) return err(v);
  // The allocation is reused: the slice's buffer becomes the array's box.
  const b = v.block;
  elemSize(I, v);
  // The buffer's type is `[T]`, from the element type (elemSize).
  const type = `${b.type.slice(0, -1)}; ${b.items.length}]`;
  b.items = [new Arr(b.items)];
  b.cap = 1;
  I.retype(b, 'box', type);
  return ok(new BoxV(b));
});

defineMethods('Box', {
  as_ref: method('ref', (_I, self) => {
    const { Ref } = require('../values') as typeof import('../values');
    const b = (self as BoxV).block;
    return new Ref(b.items, 0, false, b);
  }),
  as_mut: method('mut', (_I, self) => {
    const { Ref } = require('../values') as typeof import('../values');
    const b = (self as BoxV).block;
    return new Ref(b.items, 0, true, b);
  }),
  leak: method('value', (_I, self) => {
    const { Ref } = require('../values') as typeof import('../values');
    const b = (self as BoxV).block;
    return new Ref(b.items, 0, true, b);
  }),
});
