// Iterator consumers (sum, fold, collect with std's allocation sizes, find, min/max, ...) and the
// registration of every adapter and consumer as `Iterator` methods.
import type { Span } from '../ir';
import type { Interp } from '../interp/interp';
import {
  Arr, BoxV, Char, END, Enum, Float, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, UNIT, VecV, big, normInt,
  num, usize, type IntTy, type NativeClass, type Root, type Value, CapRef, USIZE, Closure, FnV,
} from '../values';
import { NONE, OPTION, RESULT, err, ok, some, ordering } from './builtins';
import { defineMethods, method, definePath, type Site } from './registry';
import { cmpValues, eqValues, partialCmp } from '../interp/ops';
import { intArith } from '../interp/intArith';
import type { Ty } from '../types';
import { layoutOfTy } from '../layout';
import {
  ITER, call, collectItems, deref, dropIter, fromList, intoIter, isTrusted, iterBack, iterNext, makeIter, optToItem, sizeHint,
  srcState, stOf, takenBuffers, truthy, collectors, type IterState,
} from './iter';
import { adapters } from './iterAdapters';
import { nameTable } from '../../nameTable';

// ------------------------------------------------------------------------------ consumers

function each(I: Interp, it: Value, f: (x: Value) => boolean | void): void {
  try {
    for (;;) {
      const x = iterNext(I, it);
      if (x === END) return;
      if (f(x) === false) return;
    }
  } finally {
    dropIter(I, it);
  }
}

function numericTarget(I: Interp, site: Site, sample: Value | undefined): 'int' | 'float' {
  const t = site.generics[0] ?? site.expect;
  if (t && t.k === 'path' && (t.name === 'f32' || t.name === 'f64')) return 'float';
  const s = deref(sample);
  void I;
  return s instanceof Float ? 'float' : 'int';
}

function targetIntTy(site: Site): IntTy | null {
  const t = site.generics[0] ?? site.expect;
  if (t && t.k === 'path') {
    const { INT_TYPES } = require('../values') as typeof import('../values');
    return INT_TYPES[t.name] ?? null;
  }
  return null;
}

function sumOrProduct(I: Interp, it: Value, site: Site, op: '+' | '*'): Value {
  const items: Value[] = [];
  each(I, it, (x) => {
    items.push(deref(x));
  });
  const kind = numericTarget(I, site, items[0]);
  if (kind === 'float') {
    const t = site.generics[0] ?? site.expect;
    const f32 = (t && t.k === 'path' && t.name === 'f32') || (items[0] instanceof Float && items[0].ty === 'f32');
    // std sums floats starting from -0.0, so an empty sum is -0.0.
    let acc = op === '+' ? -0 : 1;
    for (const x of items) {
      acc = op === '+' ? acc + (x as Float).v : acc * (x as Float).v;
      if (f32) acc = Math.fround(acc);
    }
    return new Float(f32 ? 'f32' : 'f64', acc);
  }
  const ty = targetIntTy(site) ?? (items[0] instanceof Int ? items[0].ty : null);
  const { FLEX_INT } = require('../values') as typeof import('../values');
  let acc = new Int(ty ?? FLEX_INT, op === '+' ? 0 : 1);
  for (const x of items) {
    if (!(x instanceof Int)) return I.unsupported(`\`${op === '+' ? 'sum' : 'product'}\` of \`${I.typeName(x)}\``);
    acc = intArith(I, op, acc, x, site.sp);
  }
  return acc;
}

function minMax(I: Interp, it: Value, wantMax: boolean, key: (x: Value) => Value, cmp?: (a: Value, b: Value) => number): Value {
  let best: Value | typeof END = END;
  let bestKey: Value = undefined;
  each(I, it, (x) => {
    const k = cmp ? x : key(x);
    if (best === END) {
      best = x;
      bestKey = k;
      return;
    }
    const c = cmp ? cmp(x, best) : cmpValues(I, k, bestKey);
    // `max` keeps the last of equal elements, `min` the first; the other (its key, then the item)
    // is dropped at once, as `reduce` goes.
    const loser = (key: Value, item: Value) => {
      if (!cmp) I.drop(key, 'temporary', 'key', 'the key of an item `min`/`max` did not keep');
      I.drop(item, 'temporary', 'item', 'an item `min`/`max` did not keep');
    };
    if (wantMax ? c >= 0 : c < 0) {
      loser(bestKey, best);
      best = x;
      bestKey = k;
    } else loser(k, x);
  });
  return best === END ? NONE : some(best);
}

function collect(I: Interp, it: Value, target: Ty | null, sp: Span): Value {
  const t = target && target.k === 'path' ? target : null;
  const name = t ? t.name : null;
  if (name === 'String') return collectString(I, it, sp);
  if (name === 'Vec' || name === null || name === 'Box') {
    if (name === null) return I.unsupported('`collect` whose target type is not written (annotate the variable or use `collect::<Vec<_>>()`)', sp);
    const elemTy = t!.args[0] && t!.args[0].k !== 'infer' && t!.args[0].k !== 'param' ? t!.args[0] : undefined;
    return collectVec(I, it, elemTy);
  }
  if (name === 'Result' || name === 'Option') {
    const inner = t!.args[0] ?? null;
    // std's `GenericShunt`: the inner collection is built as the items come (no lower size bound);
    // the first `Err`/`None` ends it, and what was built so far is dropped.
    let failure: Value | null = null;
    let done = false;
    const shunt = makeIter(I, 'GenericShunt', {
      next: () => {
        if (done) return END;
        const x = iterNext(I, it);
        if (x === END || !(x instanceof Enum) || (name === 'Result' && x.vi === 1) || (name === 'Option' && x.vi === 0)) {
          if (x !== END) failure = x;
          done = true;
          return END;
        }
        return x.f[0];
      },
      hint: () => (done ? [0, 0] : [0, sizeHint(it)[1]]),
      drop: () => dropIter(I, it),
    });
    const v = collect(I, shunt, inner, sp);
    if (failure) {
      I.drop(v, 'temporary', 'collected value', '`collect` stopped at an error');
      return failure;
    }
    return name === 'Result' ? ok(v) : some(v);
  }
  const collector = collectors.get(name);
  if (collector) return collector(I, it, t!);
  return I.unsupported(`\`collect\` into \`${target!.text}\``, sp);
}


/**
 * `collect::<String>()` as std's `FromIterator` impls do it: chars reserve the iterator's lower
 * size bound, then push one by one; string slices are pushed one by one; owned Strings reuse the
 * first one's buffer and append (then drop) the others.
 */
function collectString(I: Interp, it: Value, sp: Span): Value {
  const { newString, stringPushStr, stringReserve } = require('./string') as typeof import('./string');
  let s: StringV | null = null;
  let reserved = false;
  const lower = sizeHint(it)[0];
  each(I, it, (x) => {
    const d = deref(x);
    if (d instanceof Char) {
      if (!s) s = newString(I, '', 0);
      if (!reserved) stringReserve(I, s, lower);
      reserved = true;
      stringPushStr(I, s, String.fromCodePoint(d.cp));
    } else if (d instanceof Str || (d instanceof StringV && x instanceof Ref)) {
      if (!s) s = newString(I, '', 0);
      stringPushStr(I, s, d instanceof Str ? d.s : d.block.text);
    } else if (d instanceof StringV) {
      if (!s) s = d;
      else {
        stringPushStr(I, s, d.block.text);
        I.drop(d, 'temporary', 'item', 'collected into a String');
      }
    } else I.unsupported(`collecting \`${I.typeName(x)}\` into a String`, sp);
  });
  return s ?? newString(I, '', 0);
}

export function collectVec(I: Interp, it: Value, elemTy: Ty | undefined): Value {
  const { newVec, vecReserve, elemSize } = require('./vec') as typeof import('./vec');
  const st = stOf(it);
  // In-place collection reuses a `vec::IntoIter`'s buffer when the element layout is unchanged.
  if (st?.inPlace && st.source && st.source.block.id !== 0) {
    const src = st.source;
    const items: Value[] = [];
    for (;;) {
      const x = iterNext(I, it);
      if (x === END) break;
      items.push(x);
    }
    const srcSize = src.block.elemSize;
    const probe = newVec(I, [], 0, elemTy);
    const outSize = items.length ? elemSize(I, probe) : srcSize;
    if (srcSize >= 0 && outSize === srcSize) {
      takenBuffers.add(src.block);
      dropIter(I, it);
      src.block.items = items;
      I.touch(src.block);
      return new VecV(src.block, elemTy);
    }
    dropIter(I, it);
    return newVec(I, items, items.length, elemTy);
  }
  const [lower, upper] = sizeHint(it);
  if (isTrusted(it) && upper !== null && upper > 0 && elemTy && layoutOfTy(elemTy, I.prog)) {
    // `TrustedLen`: the buffer is allocated at its final size before the first item is made.
    const v = newVec(I, [], upper, elemTy);
    each(I, it, (x) => {
      v.block.items.push(x);
      I.touch(v.block);
    });
    return v;
  }
  if (isTrusted(it) && upper !== null) {
    const items: Value[] = [];
    each(I, it, (x) => {
      items.push(x);
    });
    return newVec(I, items, upper, elemTy);
  }
  const first = iterNext(I, it);
  if (first === END) {
    dropIter(I, it);
    return newVec(I, [], 0, elemTy);
  }
  const v = newVec(I, [], 0, elemTy);
  const es = elemSize(I, v);
  const { minNonZeroCap } = require('./vec') as typeof import('./vec');
  const initial = Math.max(minNonZeroCap(es), sizeHint(it)[0] + 1);
  vecReserve(I, v, initial, true);
  v.block.items.push(first);
  void lower;
  each(I, it, (x) => {
    if (v.block.items.length === v.block.cap) vecReserve(I, v, sizeHint(it)[0] + 1);
    v.block.items.push(x);
  });
  I.touch(v.block);
  return v;
}


const consumers: Record<string, (I: Interp, it: Value, args: Value[], site: Site) => Value> = nameTable({
  next: (I, it) => {
    const x = iterNext(I, it);
    return x === END ? NONE : some(x);
  },
  next_back: (I, it) => {
    const x = iterBack(I, it);
    return x === END ? NONE : some(x);
  },
  count: (I, it) => {
    let n = 0;
    each(I, it, (x) => {
      n++;
      I.drop(x, 'temporary', 'item', '`count`');
    });
    return usize(n);
  },
  sum: (I, it, _a, site) => sumOrProduct(I, it, site, '+'),
  product: (I, it, _a, site) => sumOrProduct(I, it, site, '*'),
  fold: (I, it, [init, f]) => {
    let acc = init;
    each(I, it, (x) => {
      acc = call(I, f!, [acc, x]);
    });
    return acc;
  },
  for_each: (I, it, [f]) => {
    each(I, it, (x) => {
      call(I, f!, [x]);
    });
    return UNIT;
  },
  any: (I, it, [f]) => {
    let r = false;
    eachNoDrop(I, it, (x) => {
      if (truthy(call(I, f!, [x]))) {
        r = true;
        return false;
      }
    });
    return r;
  },
  all: (I, it, [f]) => {
    let r = true;
    eachNoDrop(I, it, (x) => {
      if (!truthy(call(I, f!, [x]))) {
        r = false;
        return false;
      }
    });
    return r;
  },
  find: (I, it, [f]) => {
    let r: Value = NONE;
    eachNoDrop(I, it, (x) => {
      if (truthy(call(I, f!, [new Ref([x], 0, false, null)]))) {
        r = some(x);
        return false;
      }
    });
    return r;
  },
  find_map: (I, it, [f]) => {
    let r: Value = NONE;
    eachNoDrop(I, it, (x) => {
      const y = call(I, f!, [x]);
      if (y instanceof Enum && y.vi === 1) {
        r = y;
        return false;
      }
    });
    return r;
  },
  position: (I, it, [f]) => {
    let r: Value = NONE;
    let i = 0;
    eachNoDrop(I, it, (x) => {
      if (truthy(call(I, f!, [x]))) {
        r = some(usize(i));
        return false;
      }
      i++;
    });
    return r;
  },
  rposition: (I, it, [f]) => {
    const items = collectItems(I, it);
    for (let i = items.length - 1; i >= 0; i--) if (truthy(call(I, f!, [items[i]]))) return some(usize(i));
    return NONE;
  },
  max: (I, it) => minMax(I, it, true, (x) => x),
  min: (I, it) => minMax(I, it, false, (x) => x),
  max_by_key: (I, it, [f]) => minMax(I, it, true, (x) => call(I, f!, [new Ref([x], 0, false, null)])),
  min_by_key: (I, it, [f]) => minMax(I, it, false, (x) => call(I, f!, [new Ref([x], 0, false, null)])),
  max_by: (I, it, [f]) => minMax(I, it, true, (x) => x, (a, b) => (call(I, f!, [new Ref([a], 0, false, null), new Ref([b], 0, false, null)]) as Enum).vi - 1),
  min_by: (I, it, [f]) => minMax(I, it, false, (x) => x, (a, b) => (call(I, f!, [new Ref([a], 0, false, null), new Ref([b], 0, false, null)]) as Enum).vi - 1),
  last: (I, it) => {
    let last: Value | typeof END = END;
    each(I, it, (x) => {
      if (last !== END) I.drop(last, 'temporary', 'item', '`last`');
      last = x;
    });
    return last === END ? NONE : some(last);
  },
  nth: (I, it, [n]) => {
    let k = num(n as Int);
    for (;;) {
      const x = iterNext(I, it);
      if (x === END) return NONE;
      if (k-- === 0) return some(x);
      I.drop(x, 'temporary', 'item', '`nth` skipped it');
    }
  },
  collect: (I, it, _a, site) => collect(I, it, site.generics[0] ?? site.expect, site.sp),
  partition: (I, it, [f], site) => {
    const a: Value[] = [];
    const b: Value[] = [];
    each(I, it, (x) => {
      (truthy(call(I, f!, [new Ref([x], 0, false, null)])) ? a : b).push(x);
    });
    const t = site.generics[0] ?? site.expect;
    const inner = t && t.k === 'tuple' ? t.items[0] ?? null : null;
    const { newVec } = require('./vec') as typeof import('./vec');
    const arg = inner && inner.k === 'path' && inner.name === 'Vec' ? inner.args[0] : undefined;
    const et = arg && arg.k !== 'infer' && arg.k !== 'param' ? arg : undefined;
    // `Vec<T>: Extend<&T>` for `T: Copy`: references into the source are copied into the parts.
    const own = (items: Value[]) => (et && et.k !== 'ref' ? items.map((x) => (x instanceof Ref ? x.arr[x.idx] : x)) : items);
    const mk = (items: Value[]) => (inner && inner.k === 'path' && inner.name !== 'Vec' ? collect(I, makeIter(I, 'IntoIter', fromList(items)), inner, site.sp) : collectVecList(I, own(items), newVec, et));
    return new Tuple([mk(a), mk(b)]);
  },
  unzip: (I, it, _a, site) => {
    const { newVec, vecPush, vecReserve } = require('./vec') as typeof import('./vec');
    const t = site.generics[0] ?? site.expect;
    const parts = [0, 1].map((i) => {
      const p = t && t.k === 'tuple' ? t.items[i] : undefined;
      const a = p && p.k === 'path' && p.name === 'Vec' ? p.args[0] : undefined;
      return newVec(I, [], 0, a && a.k !== 'infer' && a.k !== 'param' ? a : undefined);
    }) as [VecV, VecV];
    // `Extend for (A, B)`: both parts reserve the iterator's lower bound, then grow pair by pair.
    const [lower] = sizeHint(it);
    let first = true;
    each(I, it, (x) => {
      const pair = x as Tuple;
      if (first && lower > 0) parts.forEach((v, i) => vecReserve(I, v, lower));
      first = false;
      parts.forEach((v, i) => vecPush(I, v, pair.items[i]));
    });
    return new Tuple(parts);
  },
  size_hint: (_I, it) => {
    const [l, u] = sizeHint(it);
    return new Tuple([usize(l), u === null ? NONE : some(usize(u))]);
  },
  len: (_I, it) => usize(sizeHint(it)[0]),
  peek: (I, it) => {
    const st = stOf(it);
    if (!st || !('peeked' in st)) return I.unsupported('`peek` on a non-peekable iterator');
    if (st.peeked === null || st.peeked === undefined) st.peeked = st.next === undefined ? END : iterNextRaw(I, it);
    if (st.peeked === END) return NONE;
    return some(new Ref([st.peeked], 0, false, null));
  },
  eq: (I, it, [other]) => {
    const a = collectItems(I, it);
    const b = collectItems(I, other!);
    return a.length === b.length && a.every((x, i) => eqValues(I, x, b[i]));
  },
  cmp: (I, it, [other]) => {
    const a = collectItems(I, it);
    const b = collectItems(I, other!);
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = cmpValues(I, a[i], b[i]);
      if (c) return ordering(c);
    }
    return ordering(a.length - b.length);
  },
  reduce: (I, it, [f]) => {
    let acc: Value | typeof END = END;
    each(I, it, (x) => {
      acc = acc === END ? x : call(I, f!, [acc, x]);
    });
    return acc === END ? NONE : some(acc);
  },
  try_for_each: (I, it, [f]) => {
    let r: Value = ok(UNIT);
    eachNoDrop(I, it, (x) => {
      const y = call(I, f!, [x]);
      if (y instanceof Enum && y.vi === 1 && y.def === RESULT) {
        r = y;
        return false;
      }
    });
    return r;
  },
  partial_cmp: (I, it, [other]) => {
    const a = collectItems(I, it);
    const b = collectItems(I, other!);
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = partialCmp(I, a[i], b[i]);
      if (c === null) return NONE;
      if (c) return some(ordering(c));
    }
    return some(ordering(a.length - b.length));
  },
});

/** Like `each` but leaves the iterator alive (short-circuiting consumers take `&mut self`). */
function eachNoDrop(I: Interp, it: Value, f: (x: Value) => boolean | void): void {
  for (;;) {
    const x = iterNext(I, it);
    if (x === END) return;
    if (f(x) === false) return;
  }
}

function iterNextRaw(I: Interp, it: Value): Value | typeof END {
  const st = stOf(it)!;
  const saved = st.peeked;
  st.peeked = null;
  const x = st.next();
  st.peeked = saved;
  void I;
  return x;
}

function collectVecList(I: Interp, items: Value[], newVec: typeof import('./vec').newVec, elemTy?: Ty): Value {
  if (items.length === 0) return newVec(I, [], 0, elemTy);
  const { elemSize, minNonZeroCap } = require('./vec') as typeof import('./vec');
  const v = newVec(I, [], 0, elemTy);
  const es = elemSize(I, v);
  let cap = 0;
  for (let i = 0; i < items.length; i++) if (i >= cap) cap = Math.max(cap * 2, i + 1, minNonZeroCap(es));
  v.block.items = items;
  I.resize(v.block, cap, es);
  return v;
}

// Receivers: adapters take the iterator by value; short-circuiting consumers and `next` take `&mut self`.
const BY_MUT = new Set(['next', 'next_back', 'any', 'all', 'find', 'find_map', 'position', 'rposition', 'nth', 'peek', 'by_ref', 'try_for_each', 'size_hint', 'len']);

const table: Record<string, ReturnType<typeof method>> = {};
for (const [name, fn] of Object.entries(adapters)) {
  table[name] = method(name === 'by_ref' ? 'mut' : 'value', (I, self, args, site) => {
    const it = name === 'by_ref' ? (I.recv ?? self) : self;
    return fn(I, it, args, site);
  });
}
for (const [name, fn] of Object.entries(consumers)) {
  // For `&mut self` consumers `self` is the iterator in its place; iterators mutate their own state.
  table[name] = method(BY_MUT.has(name) ? 'mut' : 'value', (I, self, args, site) => fn(I, self, args, site));
}
defineMethods('Iterator', table);
