// `Vec<T>`: a heap buffer that grows as RawVec does (first allocation 8 elements for 1-byte
// elements, 4 up to 1 KiB, 1 above; then max(2 × capacity, required)), elements dropped in index
// order, and the methods of the common style.
import type { Interp } from '../interp/interp';
import { layoutOfTy } from '../layout';
import type { Ty } from '../types';
import { END, Int, Native, Ref, Slice, StringV, UNIT, USIZE, VecV, num, usize, type Value, Enum } from '../values';
import { bytesOfString } from './bufferHandover';
import { NONE, some } from './builtins';
import { collectItems, makeIter, vecIntoIter, sliceIter, RANGE, rangeBounds } from './iter';
import { definePath, defineMethods, method, type Site } from './registry';
import { needsDrop } from '../interp/drop';
import { eqValues } from '../interp/ops';

export const USIZE_MAX = 18446744073709551615n;

export function minNonZeroCap(elemSize: number): number {
  return elemSize === 1 ? 8 : elemSize <= 1024 ? 4 : 1;
}

/**
 * Bytes per element of a vec's buffer, from its element type (the checker's): a buffer whose
 * element type the checker left open cannot be sized, and the run stops there as `unsupported`.
 */
export function elemSize(I: Interp, v: VecV): number {
  const b = v.block;
  if (b.elemSize >= 0) return b.elemSize;
  if (!v.elemTy) return I.unsupported('a `Vec` whose element type is not known here');
  const l = layoutOfTy(v.elemTy, I.prog);
  if (!l) return I.unsupported(`the size of \`${v.elemTy.text}\``);
  b.elemSize = l.size;
  b.type = `[${v.elemTy.text}]`;
  return l.size;
}

export function newVec(I: Interp, items: Value[], cap: number, elemTy?: Ty): VecV {
  const b = I.dangling('vec', elemTy ? `[${elemTy.text}]` : '[_]');
  b.items = items;
  const v = new VecV(b, elemTy);
  if (cap > 0) I.resize(b, cap, elemSize(I, v));
  return v;
}

export function vecCapacity(I: Interp, v: VecV): number | bigint {
  if (elemSize(I, v) === 0) return USIZE_MAX;
  return v.block.cap;
}

/** Makes room for `additional` more elements, growing amortized (or exactly). */
/** `sample`: an element about to be stored (see `elemSize`). */
export function vecReserve(I: Interp, v: VecV, additional: number, exact = false): void {
  const b = v.block;
  const required = b.items.length + additional;
  if (required <= b.cap) return;
  I.holdElements(required);
  const es = elemSize(I, v);
  if (es === 0) return;
  const cap = exact ? required : Math.max(b.cap * 2, required, minNonZeroCap(es));
  I.resize(b, cap, es);
}

export function vecPush(I: Interp, v: VecV, x: Value): void {
  const b = v.block;
  if (b.items.length === b.cap) vecReserve(I, v, 1);
  b.items.push(x);
  I.touch(b);
}

function vec(self: Value): VecV {
  return self as VecV;
}

function idx(v: Value): number {
  return num(v as Int);
}

definePath('Vec::new', (I, _args, site) => newVec(I, [], 0, elemTyOf(site)));
definePath('Vec::with_capacity', (I, args, site) => newVec(I, [], idx(args[0]), elemTyOf(site)));
definePath('Vec::from', (I, args, site) => {
  if (args[0] instanceof StringV) return bytesOfString(I, args[0]);
  const items = collectItems(I, args[0]).map((x) => I.cloneIfRef(x));
  return newVec(I, items, items.length, elemTyOf(site));
});

/** The element type of the `Vec` a call makes: the checker's type of the call, else what is written. */
export function elemTyOf(site: Site): Ty | undefined {
  const t = vecArg(site.ty) ?? site.generics[0] ?? vecArg(site.expect);
  return t && t.k !== 'infer' && t.k !== 'param' ? t : undefined;
}

function vecArg(t: Ty | null | undefined): Ty | undefined {
  return t?.k === 'path' && t.name === 'Vec' ? t.args[0] : undefined;
}

defineMethods('Vec', {
  push: method('mut', (I, self, args) => {
    vecPush(I, vec(self), args[0]);
    return UNIT;
  }),
  pop: method('mut', (I, self) => {
    const b = vec(self).block;
    if (b.items.length === 0) return NONE;
    const x = b.items.pop();
    I.touch(b);
    return some(x);
  }),
  len: method('ref', (_I, self) => usize(vec(self).block.items.length)),
  capacity: method('ref', (I, self) => {
    const c = vecCapacity(I, vec(self));
    return typeof c === 'bigint' ? new Int(USIZE, c) : usize(c);
  }),
  is_empty: method('ref', (_I, self) => vec(self).block.items.length === 0),
  clear: method('mut', (I, self) => {
    const b = vec(self).block;
    const items = b.items.splice(0);
    for (let i = 0; i < items.length; i++) I.drop(items[i], 'explicit', `element ${i}`, '`Vec::clear`');
    I.touch(b);
    return UNIT;
  }),
  truncate: method('mut', (I, self, args) => {
    const b = vec(self).block;
    const n = idx(args[0]);
    if (n < b.items.length) {
      const gone = b.items.splice(n);
      for (const x of gone) I.drop(x, 'explicit', 'element', '`Vec::truncate`');
      I.touch(b);
    }
    return UNIT;
  }),
  insert: method('mut', (I, self, args) => {
    const v = vec(self);
    const i = idx(args[0]);
    const len = v.block.items.length;
    if (i > len) I.panic(`insertion index (is ${i}) should be <= len (is ${len})`);
    if (len === v.block.cap) vecReserve(I, v, 1);
    v.block.items.splice(i, 0, args[1]);
    I.touch(v.block);
    return UNIT;
  }),
  remove: method('mut', (I, self, args) => {
    const b = vec(self).block;
    const i = idx(args[0]);
    if (i >= b.items.length) I.panic(`removal index (is ${i}) should be < len (is ${b.items.length})`);
    const [x] = b.items.splice(i, 1);
    I.touch(b);
    return x;
  }),
  swap_remove: method('mut', (I, self, args) => {
    const b = vec(self).block;
    const i = idx(args[0]);
    if (i >= b.items.length) I.panic(`swap_remove index (is ${i}) should be < len (is ${b.items.length})`);
    const x = b.items[i];
    const last = b.items.pop();
    if (i < b.items.length) b.items[i] = last;
    I.touch(b);
    return x;
  }),
  reserve: method('mut', (I, self, args) => {
    vecReserve(I, vec(self), idx(args[0]));
    return UNIT;
  }),
  reserve_exact: method('mut', (I, self, args) => {
    vecReserve(I, vec(self), idx(args[0]), true);
    return UNIT;
  }),
  shrink_to_fit: method('mut', (I, self) => {
    const v = vec(self);
    const es = elemSize(I, v);
    if (v.block.cap > v.block.items.length && es > 0) I.resize(v.block, v.block.items.length, es);
    return UNIT;
  }),
  shrink_to: method('mut', (I, self, args) => {
    const v = vec(self);
    const es = elemSize(I, v);
    const target = Math.max(v.block.items.length, idx(args[0]));
    if (v.block.cap > target && es > 0) I.resize(v.block, target, es);
    return UNIT;
  }),
  extend: method('mut', (I, self, args) => {
    const v = vec(self);
    extendVec(I, v, args[0]);
    return UNIT;
  }),
  extend_from_slice: method('mut', (I, self, args) => {
    const v = vec(self);
    const items = collectItems(I, args[0]).map((x) => I.clone(deref(x)));
    vecReserve(I, v, items.length);
    v.block.items.push(...items);
    I.touch(v.block);
    return UNIT;
  }),
  append: method('mut', (I, self, args) => {
    const v = vec(self);
    const other = deref(args[0]) as VecV;
    const items = other.block.items.splice(0);
    vecReserve(I, v, items.length);
    v.block.items.push(...items);
    I.touch(v.block);
    I.touch(other.block);
    return UNIT;
  }),
  split_off: method('mut', (I, self, args) => {
    const v = vec(self);
    const at = idx(args[0]);
    const len = v.block.items.length;
    if (at > len) I.panic(`\`at\` split index (is ${at}) should be <= len (is ${len})`);
    const rest = v.block.items.splice(at);
    I.touch(v.block);
    return newVec(I, rest, rest.length, v.elemTy);
  }),
  resize: method('mut', (I, self, args) => {
    const v = vec(self);
    const n = idx(args[0]);
    const len = v.block.items.length;
    if (n < len) {
      const gone = v.block.items.splice(n);
      for (const x of gone) I.drop(x, 'explicit', 'element', '`Vec::resize`');
      I.drop(args[1], 'explicit', 'value', '`Vec::resize`');
    } else if (n > len) {
      vecReserve(I, v, n - len);
      for (let i = len; i < n - 1; i++) v.block.items.push(I.clone(args[1]));
      v.block.items.push(args[1]);
    } else I.drop(args[1], 'explicit', 'value', '`Vec::resize`');
    I.touch(v.block);
    return UNIT;
  }),
  retain: method('mut', (I, self, args) => {
    const b = vec(self).block;
    const keep: Value[] = [];
    for (let i = 0; i < b.items.length; i++) {
      const x = b.items[i];
      if (I.callValue(args[0], [new Ref(b.items, i, false, b)]) as boolean) keep.push(x);
      else I.drop(x, 'explicit', 'element', '`Vec::retain`');
    }
    b.items.length = 0;
    b.items.push(...keep);
    I.touch(b);
    return UNIT;
  }),
  retain_mut: method('mut', (I, self, args) => {
    const b = vec(self).block;
    const keep: Value[] = [];
    for (let i = 0; i < b.items.length; i++) {
      const keepIt = I.callValue(args[0], [new Ref(b.items, i, true, b)]) as boolean;
      // Read after the call: the closure may have changed the element in place.
      const x = b.items[i];
      if (keepIt) keep.push(x);
      else I.drop(x, 'explicit', 'element', '`Vec::retain_mut`');
    }
    b.items.length = 0;
    b.items.push(...keep);
    I.touch(b);
    return UNIT;
  }),
  dedup: method('mut', (I, self) => {
    dedupBy(I, vec(self), (a, b) => eqValues(I, a, b));
    return UNIT;
  }),
  dedup_by_key: method('mut', (I, self, args) => {
    const key = (x: Value) => I.callValue(args[0], [new Ref([x], 0, true, null)]);
    dedupBy(I, vec(self), (a, b) => eqValues(I, key(a), key(b)));
    return UNIT;
  }),
  dedup_by: method('mut', (I, self, args) => {
    dedupBy(I, vec(self), (a, b) => I.callValue(args[0], [new Ref([b], 0, true, null), new Ref([a], 0, true, null)]) as boolean);
    return UNIT;
  }),
  drain: method('mut', (I, self, args) => {
    const v = vec(self);
    const len = v.block.items.length;
    const [lo, hi] = rangeBounds(I, args[0], len, 'slice');
    const taken = v.block.items.splice(lo, hi - lo);
    I.touch(v.block);
    let i = 0;
    return makeIter(I, 'Drain', {
      next: () => (i < taken.length ? taken[i++] : END),
      back: () => (i < taken.length ? taken.pop() : END),
      hint: () => [taken.length - i, taken.length - i],
      trusted: true,
      drop: () => {
        while (i < taken.length) I.drop(taken[i++], 'explicit', 'drained element', '`Drain` dropped');
      },
    });
  }),
  into_iter: method('value', (I, self) => vecIntoIter(I, vec(self))),
  iter: method('ref', (I, self) => {
    const b = vec(self).block;
    return sliceIter(I, b.items, 0, b.items.length, false, b);
  }),
  iter_mut: method('mut', (I, self) => {
    const b = vec(self).block;
    return sliceIter(I, b.items, 0, b.items.length, true, b);
  }),
  as_slice: method('ref', (_I, self) => {
    const b = vec(self).block;
    return new Slice(b.items, 0, b.items.length, false, b);
  }),
  as_mut_slice: method('mut', (_I, self) => {
    const b = vec(self).block;
    return new Slice(b.items, 0, b.items.length, true, b);
  }),
  into_boxed_slice: method('value', (I, self) => {
    const v = vec(self);
    const es = elemSize(I, v);
    if (v.block.cap > v.block.items.length && es > 0) I.resize(v.block, v.block.items.length, es);
    return v;
  }),
});

function deref(v: Value): Value {
  while (v instanceof Ref) v = v.arr[v.idx];
  return v;
}

export function extendVec(I: Interp, v: VecV, src: Value): void {
  const it = I.intoIter(src);
  const hint = I.sizeHint(it);
  let first = true;
  for (;;) {
    const x = I.next(it);
    if (x === END) break;
    const item = I.cloneIfRef(x, v);
    const b = v.block;
    if (b.items.length === b.cap) vecReserve(I, v, first ? Math.max(1, hint[0]) : Math.max(1, I.sizeHint(it)[0] + 1));
    first = false;
    b.items.push(item);
  }
  I.dropIter(it);
  I.touch(v.block);
}

function dedupBy(I: Interp, v: VecV, same: (a: Value, b: Value) => boolean): void {
  const b = v.block;
  const out: Value[] = [];
  for (const x of b.items) {
    if (out.length && same(out[out.length - 1], x)) I.drop(x, 'explicit', 'duplicate', '`Vec::dedup`');
    else out.push(x);
  }
  b.items.length = 0;
  b.items.push(...out);
  I.touch(b);
}

export { needsDrop, Native, RANGE, Enum };
