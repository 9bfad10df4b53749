// `VecDeque<T>`: a growable ring buffer. Its buffer grows exactly as `Vec`'s does (std shares
// RawVec), so it is kept as a `Vec` buffer in logical order; where the ring's head sits inside the
// allocation is not modelled (no program can observe it without `as_slices`).
import type { Interp } from '../interp/interp';
import { eqValues } from '../interp/ops';
import { CapRef, Int, Native, Ref, Slice, UNIT, USIZE, VecV, num, type NativeClass, type Value } from '../values';
import { NONE, some } from './builtins';
import { debugList } from './fmt';
import { collectItems, defineCollector, sliceIter, vecIntoIter } from './iter';
import { definePath, defineMethods, method, type Site } from './registry';
import { newVec, vecCapacity, vecPush, vecReserve } from './vec';
import { defineNativeDefault } from './cell';
import type { Ty } from '../types';

interface DequeData {
  I: Interp;
  buf: VecV;
}

export const VEC_DEQUE: NativeClass = {
  name: 'VecDeque',
  typeName: (d: DequeData) => 'VecDeque' + d.I.typeName(d.buf).slice(3),
  needsDrop: () => true,
  drop: (d: DequeData, path: string) => d.I.drop(d.buf, 'owner', path),
  clone: (d: DequeData): DequeData => {
    const items = d.buf.block.items.map((x) => d.I.clone(x));
    return { I: d.I, buf: newVec(d.I, items, items.length, d.buf.elemTy) };
  },
  debug: (d: DequeData, item, pretty) => debugList(d.buf.block.items.map(item), pretty, '[', ']'),
  summary: (d: DequeData) => `VecDeque (len ${d.buf.block.items.length})`,
  pointers: (d: DequeData) => (d.buf.block.id !== 0 && !d.buf.block.freed ? [{ block: d.buf.block, kind: 'owner' as const, via: '' }] : []),
  eq: (a: DequeData, b: DequeData) => {
    const x = a.buf.block.items;
    const y = b.buf.block.items;
    return x.length === y.length && x.every((v, i) => eqValues(a.I, v, y[i]));
  },
  index: (d: DequeData, key: Value) => {
    const i = num(key as Int);
    const items = d.buf.block.items;
    if (i < 0 || i >= items.length) return d.I.panic('Out of bounds access');
    return new Ref(items, i, true, d.buf.block);
  },
  intoIter: (d: DequeData, mode: 'value' | 'ref' | 'mut') =>
    mode === 'value' ? vecIntoIter(d.I, d.buf) : sliceIter(d.I, d.buf.block.items, 0, d.buf.block.items.length, mode === 'mut', d.buf.block),
} as NativeClass;

defineNativeDefault(VEC_DEQUE, (I, d: DequeData) => deque(I, newVec(I, [], 0, d.buf.elemTy)));

function deque(I: Interp, buf: VecV): Native {
  if (!buf.block.type || buf.block.type === '[_]') buf.block.type = '[_]';
  return new Native(VEC_DEQUE, { I, buf } satisfies DequeData);
}

function elemTy(site: Site): Ty | undefined {
  const t = site.generics[0] ?? (site.expect?.k === 'path' && site.expect.name === 'VecDeque' ? site.expect.args[0] : undefined);
  return t && t.k !== 'infer' && t.k !== 'param' ? t : undefined;
}

function dq(I: Interp, v: Value, what: string): DequeData {
  for (let i = 0; i < 12; i++) {
    if (v instanceof Native && v.cls === VEC_DEQUE) return v.data as DequeData;
    if (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
    else break;
  }
  return I.unsupported(`\`${what}\` on \`${I.typeName(v)}\``);
}

function usize(n: number): Int {
  return new Int(USIZE, n);
}

function checkIndex(I: Interp, d: DequeData, i: number, len: number, what: string): void {
  if (i > len) I.panic(`${what} index out of bounds`);
}

definePath('VecDeque::new', (I, _a, site) => deque(I, newVec(I, [], 0, elemTy(site))));
definePath('VecDeque::default', (I, _a, site) => deque(I, newVec(I, [], 0, elemTy(site))));
definePath('VecDeque::with_capacity', (I, args, site) => deque(I, newVec(I, [], num(args[0] as Int), elemTy(site))));
definePath('VecDeque::from', (I, args, site) => {
  const a = args[0];
  // `From<Vec<T>>` takes the vector's buffer over; other sources are collected.
  if (a instanceof VecV) return deque(I, a);
  const items = collectItems(I, a).map((x) => I.cloneIfRef(x));
  return deque(I, newVec(I, items, items.length, elemTy(site)));
});
definePath('VecDeque::from_iter', (I, args, site) => {
  const items = collectItems(I, args[0]);
  return deque(I, newVec(I, items, items.length, elemTy(site)));
});
defineCollector('VecDeque', (I, it, target) => {
  const t = target.args[0];
  const items = collectItems(I, it);
  return deque(I, newVec(I, items, items.length, t && t.k !== 'infer' ? t : undefined));
});

const opt = (d: DequeData, i: number, mut: boolean): Value => {
  const items = d.buf.block.items;
  return i >= 0 && i < items.length ? some(new Ref(items, i, mut, d.buf.block)) : NONE;
};

defineMethods('VecDeque', {
  push_back: method('mut', (I, self, args) => {
    vecPush(I, dq(I, self, 'push_back').buf, args[0]);
    return UNIT;
  }),
  push_front: method('mut', (I, self, args) => {
    const d = dq(I, self, 'push_front');
    const b = d.buf.block;
    if (b.items.length === b.cap) vecReserve(I, d.buf, 1);
    b.items.unshift(args[0]);
    I.touch(b);
    return UNIT;
  }),
  pop_back: method('mut', (I, self) => {
    const b = dq(I, self, 'pop_back').buf.block;
    if (b.items.length === 0) return NONE;
    const x = b.items.pop();
    I.touch(b);
    return some(x);
  }),
  pop_front: method('mut', (I, self) => {
    const b = dq(I, self, 'pop_front').buf.block;
    if (b.items.length === 0) return NONE;
    const x = b.items.shift();
    I.touch(b);
    return some(x);
  }),
  front: method('ref', (I, self) => opt(dq(I, self, 'front'), 0, false)),
  back: method('ref', (I, self) => {
    const d = dq(I, self, 'back');
    return opt(d, d.buf.block.items.length - 1, false);
  }),
  front_mut: method('mut', (I, self) => opt(dq(I, self, 'front_mut'), 0, true)),
  back_mut: method('mut', (I, self) => {
    const d = dq(I, self, 'back_mut');
    return opt(d, d.buf.block.items.length - 1, true);
  }),
  get: method('ref', (I, self, args) => opt(dq(I, self, 'get'), num(args[0] as Int), false)),
  get_mut: method('mut', (I, self, args) => opt(dq(I, self, 'get_mut'), num(args[0] as Int), true)),
  len: method('ref', (I, self) => usize(dq(I, self, 'len').buf.block.items.length)),
  is_empty: method('ref', (I, self) => dq(I, self, 'is_empty').buf.block.items.length === 0),
  capacity: method('ref', (I, self) => {
    const c = vecCapacity(I, dq(I, self, 'capacity').buf);
    return typeof c === 'bigint' ? new Int(USIZE, c) : usize(c);
  }),
  iter: method('ref', (I, self) => {
    const b = dq(I, self, 'iter').buf.block;
    return sliceIter(I, b.items, 0, b.items.length, false, b);
  }),
  iter_mut: method('mut', (I, self) => {
    const b = dq(I, self, 'iter_mut').buf.block;
    return sliceIter(I, b.items, 0, b.items.length, true, b);
  }),
  into_iter: method('value', (I, self) => vecIntoIter(I, dq(I, self, 'into_iter').buf)),
  contains: method('ref', (I, self, args) => dq(I, self, 'contains').buf.block.items.some((x) => eqValues(I, x, args[0]))),
  clear: method('mut', (I, self) => {
    const b = dq(I, self, 'clear').buf.block;
    const old = b.items.splice(0);
    for (let i = 0; i < old.length; i++) I.drop(old[i], 'explicit', `element ${i}`, '`clear`');
    I.touch(b);
    return UNIT;
  }),
  truncate: method('mut', (I, self, args) => {
    const b = dq(I, self, 'truncate').buf.block;
    const old = b.items.splice(num(args[0] as Int));
    for (const x of old) I.drop(x, 'explicit', 'element', '`truncate`');
    I.touch(b);
    return UNIT;
  }),
  insert: method('mut', (I, self, args) => {
    const d = dq(I, self, 'insert');
    const i = num(args[0] as Int);
    checkIndex(I, d, i, d.buf.block.items.length, 'insert');
    if (d.buf.block.items.length === d.buf.block.cap) vecReserve(I, d.buf, 1);
    d.buf.block.items.splice(i, 0, args[1]);
    I.touch(d.buf.block);
    return UNIT;
  }),
  remove: method('mut', (I, self, args) => {
    const b = dq(I, self, 'remove').buf.block;
    const i = num(args[0] as Int);
    if (i >= b.items.length) return NONE;
    const [x] = b.items.splice(i, 1);
    I.touch(b);
    return some(x);
  }),
  swap: method('mut', (I, self, args) => {
    const b = dq(I, self, 'swap').buf.block;
    const i = num(args[0] as Int);
    const j = num(args[1] as Int);
    if (i >= b.items.length || j >= b.items.length) I.panic('assertion failed: i < self.len()');
    [b.items[i], b.items[j]] = [b.items[j], b.items[i]];
    return UNIT;
  }),
  rotate_left: method('mut', (I, self, args) => {
    const b = dq(I, self, 'rotate_left').buf.block;
    const n = num(args[0] as Int);
    if (n > b.items.length) I.panic('assertion failed: n <= self.len()');
    b.items.push(...b.items.splice(0, n));
    I.touch(b);
    return UNIT;
  }),
  rotate_right: method('mut', (I, self, args) => {
    const b = dq(I, self, 'rotate_right').buf.block;
    const n = num(args[0] as Int);
    if (n > b.items.length) I.panic('assertion failed: n <= self.len()');
    b.items.unshift(...b.items.splice(b.items.length - n, n));
    I.touch(b);
    return UNIT;
  }),
  make_contiguous: method('mut', (I, self) => {
    const b = dq(I, self, 'make_contiguous').buf.block;
    return new Slice(b.items, 0, b.items.length, true, b);
  }),
  extend: method('mut', (I, self, args) => {
    const d = dq(I, self, 'extend');
    for (const x of collectItems(I, args[0])) vecPush(I, d.buf, I.cloneIfRef(x));
    return UNIT;
  }),
  retain: method('mut', (I, self, args) => {
    const b = dq(I, self, 'retain').buf.block;
    const keep: Value[] = [];
    for (let i = 0; i < b.items.length; i++) {
      if (I.callValue(args[0], [new Ref(b.items, i, false, b)]) === true) keep.push(b.items[i]);
      else I.drop(b.items[i], 'explicit', 'element', '`retain` removed it');
    }
    b.items.splice(0, b.items.length, ...keep);
    I.touch(b);
    return UNIT;
  }),
});
