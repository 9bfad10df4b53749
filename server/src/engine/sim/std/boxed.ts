// `Box<T>`: one heap block holding the value; dropping the box drops the value, then frees it.
import type { Interp } from '../interp/interp';
import { layoutOfValue } from '../layout';
import { typeNameOf } from '../interp/typename';
import { BoxV, type Value } from '../values';
import { defineMethods, definePath, method } from './registry';

export function boxValue(I: Interp, v: Value): BoxV {
  const l = layoutOfValue(v, I.prog);
  const size = l ? l.size : 0;
  const b = I.dangling('box', typeNameOf(v));
  b.items = [v];
  if (size > 0) I.resize(b, 1, size);
  return new BoxV(b);
}

definePath('Box::new', (I, [v], site) => {
  const b = boxValue(I, v);
  const t = site.expect;
  if (t && t.k === 'path' && t.name === 'Box' && t.args[0]?.k === 'dyn') b.block.dyn = t.args[0].trait;
  return b;
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
