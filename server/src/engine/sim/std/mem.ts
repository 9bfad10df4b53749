// `std::mem` (drop, replace, take, swap, forget, size_of, size_of_val, align_of), `drop`,
// `std::process::exit`, `std::any::type_name`.
import { RustExit } from './exit';
import { layoutOfTy, layoutOfValue } from '../layout';
import { typeNameOf } from '../interp/typename';
import { CapRef, Int, Ref, Str, UNIT, usize, type Value, big } from '../values';
import { defaultOf } from './default';
import { definePath, type Site } from './registry';
import type { Interp } from '../interp/interp';

function place(I: Interp, v: Value): Ref {
  if (v instanceof Ref) return v;
  return I.unsupported('expected `&mut` place');
}

function dropFn(I: Interp, [v]: Value[]): Value {
  I.drop(v, 'explicit', 'value', '`drop()` called');
  return UNIT;
}

definePath('mem::drop', dropFn);
definePath('drop', dropFn);
definePath('mem::forget', (I, [v]) => {
  if (I.rec) I.rec.event({ kind: 'drop', what: 'value', type: I.typeName(v), reason: 'explicit', detail: '`mem::forget`: never dropped, its memory leaks' });
  return UNIT;
});
definePath('mem::replace', (I, [dest, v]) => {
  const r = place(I, dest);
  const old = r.arr[r.idx];
  r.arr[r.idx] = v;
  if (r.root) I.rec?.dirty(r.root);
  return old;
});
definePath('mem::take', (I, [dest], site) => {
  const r = place(I, dest);
  const old = r.arr[r.idx];
  r.arr[r.idx] = defaultLike(I, old, site);
  if (r.root) I.rec?.dirty(r.root);
  return old;
});
definePath('mem::swap', (I, [a, b]) => {
  const x = place(I, a);
  const y = place(I, b);
  const t = x.arr[x.idx];
  x.arr[x.idx] = y.arr[y.idx];
  y.arr[y.idx] = t;
  if (x.root) I.rec?.dirty(x.root);
  if (y.root) I.rec?.dirty(y.root);
  return UNIT;
});

/** The `Default` of the same type as `v` (for `mem::take`). */
function defaultLike(I: Interp, v: Value, site: Site): Value {
  const { defaultOfValue } = require('./default') as typeof import('./default');
  return defaultOfValue(I, v, site.sp) ?? defaultOf(I, null, site.sp);
}

function sizeOf(I: Interp, site: Site): Value {
  const t = site.generics[0];
  if (!t) return I.unsupported('`size_of` without a type argument', site.sp);
  const l = layoutOfTy(t, I.prog);
  if (!l) return I.unsupported(`the size of \`${t.text}\``, site.sp);
  return usize(l.size);
}

definePath('mem::size_of', (I, _a, site) => sizeOf(I, site));
definePath('size_of', (I, _a, site) => sizeOf(I, site));
definePath('mem::align_of', (I, _a, site) => {
  const t = site.generics[0];
  const l = t ? layoutOfTy(t, I.prog) : null;
  if (!l) return I.unsupported(`the alignment of \`${t?.text ?? '?'}\``, site.sp);
  return usize(l.align);
});
definePath('mem::size_of_val', (I, [v], site) => {
  let d = v;
  while (d instanceof Ref || d instanceof CapRef) d = d.arr[d.idx];
  if (d instanceof Str) {
    const { utf8Len } = require('./string') as typeof import('./string');
    return usize(utf8Len(d.s));
  }
  const l = layoutOfValue(d, I.prog);
  if (!l) return I.unsupported(`the size of \`${I.typeName(d)}\``, site.sp);
  return usize(l.size);
});
definePath('any::type_name', (I, _a, site) => {
  const t = site.generics[0];
  if (!t || t.k === 'param' || t.k === 'infer') return I.unsupported('`type_name` of a generic parameter', site.sp);
  return new Str(t.text);
});
definePath('any::type_name_of_val', (I, [v]) => new Str(typeNameOf(v instanceof Ref ? v.arr[v.idx] : v)));
definePath('process::exit', (_I, [code]) => {
  throw new RustExit(Number(big(code as Int)));
});
