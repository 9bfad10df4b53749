// `Box<T>`: one heap block holding the value; dropping the box drops the value, then frees it.
import type { Interp } from '../interp/interp';
import { layoutOfTy, layoutOfValue } from '../layout';
import type { Ty } from '../types';
import { typeNameOf } from '../interp/typename';
import { BoxV, type Value } from '../values';
import { defineMethods, definePath, method } from './registry';

/** `ty`: the boxed type, when the checker knows it (the value alone may not say: `Node { next: None }`). */
export function boxValue(I: Interp, v: Value, ty?: Ty): BoxV {
  const b = boxFor(I, v, ty);
  b.block.items = [v];
  return b;
}

/** A box allocated for a value of `like`'s type, still empty: `Box::clone` allocates before it clones. */
export function boxFor(I: Interp, like: Value, ty?: Ty): BoxV {
  const l = layoutOfValue(like, I.prog) ?? (ty ? layoutOfTy(ty, I.prog) : null);
  const size = l ? l.size : 0;
  const b = I.dangling('box', typeNameOf(like));
  b.items = [];
  if (size > 0) I.resize(b, 1, size);
  return new BoxV(b);
}

definePath('Box::new', (I, [v], site) => {
  const t = site.expect;
  const b = boxValue(I, v, t && t.k === 'path' && t.name === 'Box' && t.args[0]?.k !== 'dyn' ? t.args[0] : undefined);
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
  const type = `[${v.elemTy?.text ?? I.typeName(b.items[0])}; ${b.items.length}]`;
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
