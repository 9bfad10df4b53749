// Indexing (`v[i]`, `&v[a..b]`, `&s[a..b]`) with rustc's panic messages, and the methods of
// slices, which `Vec` and arrays reach through deref.
import type { Span } from '../ir';
import { formattedPanic } from './panicMessage';
import type { Interp } from '../interp/interp';
import { cmpValues, eqValues } from '../interp/ops';
import { Arr, BoxV, CapRef, Char, Enum, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, UNIT, VecV, big, num, usize, type Value } from '../values';
import { findMethod } from '../items';
import { NONE, err, ok, some, orderingNum } from './builtins';
import { RANGE, listIter, rangeBounds, sliceIter } from './iter';
import { defineMethods, method } from './registry';
import { jsIndexOfByte, newString, strOf, utf8Len } from './string';
import { elemTyOf, newVec } from './vec';

function container(p: Ref): { v: Value; root: Ref['root']; rs: number } {
  let v = p.arr[p.idx];
  let root = p.root;
  let rs = p.rootSlot;
  for (;;) {
    if (v instanceof Ref) {
      root = v.root;
      rs = v.rootSlot;
      v = v.arr[v.idx];
    } else if (v instanceof BoxV) {
      root = v.block;
      rs = -1;
      v = v.block.items[0];
    } else if (v instanceof CapRef) {
      root = v.root;
      rs = v.rootSlot;
      v = v.arr[v.idx];
    } else if (v instanceof Native && v.cls.deref && !v.cls.index) {
      const t = v.cls.deref(v.data);
      root = t.root;
      rs = t.rootSlot;
      v = t.arr[t.idx];
    } else return { v, root, rs };
  }
}

function outOfBounds(I: Interp, len: number, i: number, sp: Span): never {
  throw formattedPanic(I, (sink) => {
    sink('index out of bounds: the len is ');
    sink(String(len));
    sink(' but the index is ');
    sink(String(i));
  }, sp);
}

/** std's message for a bad `str` range, write by write: literal pieces and numbers alternate, the text is quoted. */
function strRangePanic(I: Interp, s: string, parts: (string | number)[]): never {
  throw formattedPanic(I, (sink) => {
    for (const p of parts) sink(String(p));
    sink(s);
    sink('`');
  });
}

/** The place `base[i]`. Arrays and slices are built-in indexing (panics point at the expression); `Vec` goes through `Index` (panics point at `[`). */
export function indexPlace(I: Interp, base: Ref, i: Value, sp: Span, brSp: Span, mutating = false): Ref {
  const { v, root, rs } = container(base);
  if (v instanceof VecV) {
    const n = num(i as Int);
    const items = v.block.items;
    if (!(i instanceof Int) || n >= items.length || n < 0) return nonIntIndex(I, v, i, items.length, brSp);
    return new Ref(items, n, true, v.block, -1);
  }
  if (v instanceof Arr) {
    const n = num(i as Int);
    if (!(i instanceof Int) || n >= v.items.length) return nonIntIndex(I, v, i, v.items.length, sp);
    return new Ref(v.items, n, true, root, rs);
  }
  if (v instanceof Slice) {
    const n = num(i as Int);
    if (!(i instanceof Int) || n >= v.len) return nonIntIndex(I, v, i, v.len, sp);
    return new Ref(v.arr, v.start + n, v.mut, v.root, -1);
  }
  if (v instanceof Native && v.cls.index) {
    const saved = I.site;
    I.site = { sp: brSp, generics: [], expect: null };
    try {
      return v.cls.index(v.data, i);
    } finally {
      I.site = saved;
    }
  }
  if (v instanceof StringV || v instanceof Str) {
    const r = indexRange(I, base, i, false, brSp);
    return new Ref([r], 0, false, null);
  }
  if ((v instanceof Struct || v instanceof Enum) && !v.def.builtin) {
    // A user `Index`/`IndexMut` impl: `index_mut` where the place is written, `index` otherwise.
    const m = (mutating ? findMethod(I.prog, v.def, 'index_mut') : undefined) ?? findMethod(I.prog, v.def, 'index');
    if (m) {
      const holder = base.arr[base.idx] === v ? base : new Ref([v], 0, true, root, rs);
      const r = I.callUserMethod(m, holder.arr, holder.idx, root, rs, [i], { sp: brSp, generics: [], expect: null });
      if (r instanceof Ref) return r;
      return I.unsupported('an `index` method that does not return a reference', sp);
    }
  }
  return I.unsupported(`indexing \`${I.typeName(v)}\``, sp);
}

function nonIntIndex(I: Interp, v: Value, i: Value, len: number, sp: Span): Ref {
  if (i instanceof Int) return outOfBounds(I, len, num(i), sp);
  if (i instanceof Native && i.cls === RANGE) return I.unsupported('a slice used by value (borrow it: `&v[a..b]`)', sp);
  return I.unsupported(`indexing \`${I.typeName(v)}\` with \`${I.typeName(i)}\``, sp);
}

/** `&base[range]`: a slice of a Vec/array/slice, or a `&str` of a String/str. */
export function indexRange(I: Interp, base: Ref, r: Value, mut: boolean, sp: Span): Value {
  const { v, root } = container(base);
  const saved = I.site;
  I.site = { sp, generics: [], expect: null };
  try {
    if (!(r instanceof Native && r.cls === RANGE)) {
      const el = indexPlace(I, base, r, sp, sp);
      return new Ref(el.arr, el.idx, mut, el.root, el.rootSlot);
    }
    if (v instanceof VecV) {
      const [lo, hi] = rangeBounds(I, r, v.block.items.length, 'slice');
      return new Slice(v.block.items, lo, hi - lo, mut, v.block);
    }
    if (v instanceof Arr) {
      const [lo, hi] = rangeBounds(I, r, v.items.length, 'slice');
      return new Slice(v.items, lo, hi - lo, mut, root);
    }
    if (v instanceof Slice) {
      const [lo, hi] = rangeBounds(I, r, v.len, 'slice');
      return new Slice(v.arr, v.start + lo, hi - lo, mut && v.mut, v.root);
    }
    if (v instanceof StringV || v instanceof Str) {
      const s = v instanceof Str ? v.s : v.block.text;
      const len = utf8Len(s);
      const d = r.data as import('./iter').RangeData;
      const lo = d.start === null ? 0 : num(d.start as Int);
      const hi = d.end === null ? len : num(d.end as Int) + (d.inclusive ? 1 : 0);
      // std's order (str::slice_error_fail): out of bounds, then begin > end, then char boundaries.
      if (lo > len) strRangePanic(I, s, ['start byte index ', lo, ' is out of bounds of `']);
      if (hi > len) strRangePanic(I, s, ['end byte index ', hi, ' is out of bounds of `']);
      if (lo > hi) strRangePanic(I, s, ['begin > end (', lo, ' > ', hi, ') when slicing `']);
      const a = jsIndexOfByte(s, lo);
      const b = jsIndexOfByte(s, hi);
      if (a < 0) strRangePanic(I, s, ['start byte index ', lo, ' is not a char boundary; it is inside ', ...charAt(s, lo), ') of `']);
      if (b < 0) strRangePanic(I, s, ['end byte index ', hi, ' is not a char boundary; it is inside ', ...charAt(s, hi), ') of `']);
      return new Str(s.slice(a, b), v instanceof Str ? v.buf : v.block);
    }
    return I.unsupported(`slicing \`${I.typeName(v)}\``, sp);
  } finally {
    I.site = saved;
  }
}

/** The char a byte index falls inside, as std writes it: `'é'`, then ` (bytes 1..3` (its range's Debug). */
function charAt(s: string, byte: number): (string | number)[] {
  let b = 0;
  for (const c of s) {
    const w = utf8Len(c);
    if (byte < b + w) return ["'", c, "'", ' (bytes ', b, '..', b + w];
    b += w;
  }
  return ['?'];
}

// ------------------------------------------------------------------------------ slice methods

function sl(self: Value): Slice {
  return self as Slice;
}

function items(s: Slice): Value[] {
  return s.arr.slice(s.start, s.start + s.len);
}

function write(I: Interp, s: Slice, out: Value[]): void {
  for (let i = 0; i < out.length; i++) s.arr[s.start + i] = out[i];
  if (s.root && 'items' in s.root) I.touch(s.root);
}

function refAt(s: Slice, i: number, mut = false): Ref {
  return new Ref(s.arr, s.start + i, mut, s.root);
}

function sortBy(I: Interp, s: Slice, cmp: (a: Value, b: Value) => number): void {
  const xs = items(s);
  // Merge sort: stable like `slice::sort`, and independent of the host's sort implementation.
  const sorted = mergeSort(xs, cmp);
  write(I, s, sorted);
}

function mergeSort(xs: Value[], cmp: (a: Value, b: Value) => number): Value[] {
  if (xs.length <= 1) return xs;
  const mid = xs.length >> 1;
  const a = mergeSort(xs.slice(0, mid), cmp);
  const b = mergeSort(xs.slice(mid), cmp);
  const out: Value[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (cmp(b[j], a[i]) < 0) out.push(b[j++]);
    else out.push(a[i++]);
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function keyed(I: Interp, f: Value): (a: Value, b: Value) => number {
  return (a, b) => cmpValues(I, I.callValue(f, [new Ref([a], 0, false, null)]), I.callValue(f, [new Ref([b], 0, false, null)]));
}

function byClosure(I: Interp, f: Value): (a: Value, b: Value) => number {
  return (a, b) => orderingNum(I.callValue(f, [new Ref([a], 0, false, null), new Ref([b], 0, false, null)]));
}

function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

defineMethods('slice', {
  len: method('ref', (_I, self) => usize(sl(self).len)),
  is_empty: method('ref', (_I, self) => sl(self).len === 0),
  first: method('ref', (_I, self) => (sl(self).len ? some(refAt(sl(self), 0)) : NONE)),
  last: method('ref', (_I, self) => (sl(self).len ? some(refAt(sl(self), sl(self).len - 1)) : NONE)),
  first_mut: method('mut', (_I, self) => (sl(self).len ? some(refAt(sl(self), 0, true)) : NONE)),
  last_mut: method('mut', (_I, self) => (sl(self).len ? some(refAt(sl(self), sl(self).len - 1, true)) : NONE)),
  get: method('ref', (I, self, [i]) => {
    const s = sl(self);
    const d = deref(i);
    if (d instanceof Native && d.cls === RANGE) {
      const rd = d.data as import('./iter').RangeData;
      const lo = rd.start === null ? 0 : num(rd.start as Int);
      const hi = rd.end === null ? s.len : num(rd.end as Int) + (rd.inclusive ? 1 : 0);
      return lo <= hi && hi <= s.len ? some(new Slice(s.arr, s.start + lo, hi - lo, false, s.root)) : NONE;
    }
    const n = num(d as Int);
    void I;
    return n < s.len ? some(refAt(s, n)) : NONE;
  }),
  get_mut: method('mut', (_I, self, [i]) => {
    const s = sl(self);
    const n = num(deref(i) as Int);
    return n < s.len ? some(refAt(s, n, true)) : NONE;
  }),
  iter: method('ref', (I, self) => {
    const s = sl(self);
    return sliceIter(I, s.arr, s.start, s.len, false, s.root);
  }),
  iter_mut: method('mut', (I, self) => {
    const s = sl(self);
    return sliceIter(I, s.arr, s.start, s.len, true, s.root);
  }),
  into_iter: method('ref', (I, self) => {
    const s = sl(self);
    return sliceIter(I, s.arr, s.start, s.len, s.mut, s.root);
  }),
  contains: method('ref', (I, self, [x]) => items(sl(self)).some((y) => eqValues(I, y, x))),
  starts_with: method('ref', (I, self, [x]) => {
    const a = items(sl(self));
    const b = seq(x);
    return b.length <= a.length && b.every((y, i) => eqValues(I, a[i], y));
  }),
  ends_with: method('ref', (I, self, [x]) => {
    const a = items(sl(self));
    const b = seq(x);
    return b.length <= a.length && b.every((y, i) => eqValues(I, a[a.length - b.length + i], y));
  }),
  sort: method('mut', (I, self) => {
    sortBy(I, sl(self), (a, b) => cmpValues(I, a, b));
    return UNIT;
  }),
  sort_unstable: method('mut', (I, self) => {
    sortBy(I, sl(self), (a, b) => cmpValues(I, a, b));
    return UNIT;
  }),
  sort_by: method('mut', (I, self, [f]) => {
    sortBy(I, sl(self), byClosure(I, f));
    return UNIT;
  }),
  sort_unstable_by: method('mut', (I, self, [f]) => {
    sortBy(I, sl(self), byClosure(I, f));
    return UNIT;
  }),
  sort_by_key: method('mut', (I, self, [f]) => {
    sortBy(I, sl(self), keyed(I, f));
    return UNIT;
  }),
  sort_unstable_by_key: method('mut', (I, self, [f]) => {
    sortBy(I, sl(self), keyed(I, f));
    return UNIT;
  }),
  reverse: method('mut', (I, self) => {
    write(I, sl(self), items(sl(self)).reverse());
    return UNIT;
  }),
  swap: method('mut', (I, self, [a, b]) => {
    const s = sl(self);
    const i = num(a as Int);
    const j = num(b as Int);
    if (i >= s.len) outOfBounds(I, s.len, i, I.site.sp);
    if (j >= s.len) outOfBounds(I, s.len, j, I.site.sp);
    const t = s.arr[s.start + i];
    s.arr[s.start + i] = s.arr[s.start + j];
    s.arr[s.start + j] = t;
    write(I, s, []);
    return UNIT;
  }),
  fill: method('mut', (I, self, [x]) => {
    const s = sl(self);
    const out = items(s).map(() => I.clone(x));
    write(I, s, out);
    return UNIT;
  }),
  split_at: method('ref', (I, self, [m]) => {
    const s = sl(self);
    const at = num(m as Int);
    if (at > s.len) I.panic('mid > len');
    return new Tuple([new Slice(s.arr, s.start, at, false, s.root), new Slice(s.arr, s.start + at, s.len - at, false, s.root)]);
  }),
  split_at_mut: method('mut', (I, self, [m]) => {
    const s = sl(self);
    const at = num(m as Int);
    if (at > s.len) I.panic('mid > len');
    return new Tuple([new Slice(s.arr, s.start, at, true, s.root), new Slice(s.arr, s.start + at, s.len - at, true, s.root)]);
  }),
  split_first: method('ref', (_I, self) => {
    const s = sl(self);
    return s.len ? some(new Tuple([refAt(s, 0), new Slice(s.arr, s.start + 1, s.len - 1, false, s.root)])) : NONE;
  }),
  split_last: method('ref', (_I, self) => {
    const s = sl(self);
    return s.len ? some(new Tuple([refAt(s, s.len - 1), new Slice(s.arr, s.start, s.len - 1, false, s.root)])) : NONE;
  }),
  windows: method('ref', (I, self, [n]) => {
    const s = sl(self);
    const w = num(n as Int);
    if (w === 0) I.panic('window size must be non-zero');
    const parts: Value[] = [];
    for (let i = 0; i + w <= s.len; i++) parts.push(new Slice(s.arr, s.start + i, w, false, s.root));
    return listIter(I, 'Windows', parts, true);
  }),
  chunks: method('ref', (I, self, [n]) => {
    const s = sl(self);
    const w = num(n as Int);
    if (w === 0) I.panic('chunk size must be non-zero');
    const parts: Value[] = [];
    for (let i = 0; i < s.len; i += w) parts.push(new Slice(s.arr, s.start + i, Math.min(w, s.len - i), false, s.root));
    return listIter(I, 'Chunks', parts, true);
  }),
  chunks_exact: method('ref', (I, self, [n]) => {
    const s = sl(self);
    const w = num(n as Int);
    const parts: Value[] = [];
    for (let i = 0; i + w <= s.len; i += w) parts.push(new Slice(s.arr, s.start + i, w, false, s.root));
    return listIter(I, 'ChunksExact', parts, true);
  }),
  to_vec: method('ref', (I, self, _args, site) => {
    const xs = items(sl(self)).map((x) => I.clone(x));
    return newVec(I, xs, xs.length, elemTyOf(site));
  }),
  to_owned: method('ref', (I, self, _args, site) => {
    const xs = items(sl(self)).map((x) => I.clone(x));
    return newVec(I, xs, xs.length, elemTyOf(site));
  }),
  into_vec: method('value', (I, self, _args, site) => {
    const xs = items(sl(self));
    return newVec(I, xs, xs.length, elemTyOf(site));
  }),
  join: method('ref', (I, self, [sep], site) => {
    const xs = items(sl(self));
    const d = deref(sep);
    if (d instanceof Str || d instanceof StringV || d instanceof Char) {
      const s = xs.map((x) => strOf(I, x)).join(strOf(I, sep));
      return newString(I, s, null);
    }
    const out: Value[] = [];
    // The separator is a slice (`&[0, 0][..]`) or one element (`&0`), cloned between the parts.
    const sepItems = d instanceof VecV || d instanceof Arr || d instanceof Slice ? seq(sep) : [d];
    xs.forEach((x, i) => {
      if (i) out.push(...sepItems.map((y) => I.clone(y)));
      out.push(...seq(x).map((y) => I.clone(y)));
    });
    return newVec(I, out, out.length, elemTyOf(site));
  }),
  concat: method('ref', (I, self, _args, site) => {
    const xs = items(sl(self));
    const first = deref(xs[0]);
    if (first instanceof Str || first instanceof StringV) return newString(I, xs.map((x) => strOf(I, x)).join(''), null);
    const out: Value[] = [];
    for (const x of xs) out.push(...seq(x).map((y) => I.clone(y)));
    return newVec(I, out, out.length, elemTyOf(site));
  }),
  binary_search: method('ref', (I, self, [x]) => {
    const xs = items(sl(self));
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = cmpValues(I, xs[mid], x);
      if (c === 0) return ok(usize(mid));
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return err(usize(lo));
  }),
  copy_from_slice: method('mut', (I, self, [src]) => {
    const s = sl(self);
    const xs = seq(src);
    if (xs.length !== s.len) I.panic(`source slice length (${xs.length}) does not match destination slice length (${s.len})`);
    write(I, s, xs.map((x) => I.clone(x)));
    return UNIT;
  }),
  iter_sum: method('ref', (I) => I.unsupported('iter_sum')),
  repeat: method('ref', (I, self, [n], site) => {
    const xs = items(sl(self));
    const total = repeatedLength(I, xs.length, n as Int);
    // std allocates the whole result before it copies anything: a result past the heap budget
    // stops the run here, before the copies are made.
    const v = newVec(I, [], total, elemTyOf(site));
    const out = v.block.items;
    for (let i = 0; i < total / Math.max(xs.length, 1); i++) out.push(...xs.map((x) => I.clone(x)));
    I.touch(v.block);
    return v;
  }),
  rotate_left: method('mut', (I, self, [n]) => {
    const s = sl(self);
    const k = num(n as Int);
    const xs = items(s);
    write(I, s, [...xs.slice(k), ...xs.slice(0, k)]);
    return UNIT;
  }),
  rotate_right: method('mut', (I, self, [n]) => {
    const s = sl(self);
    const k = num(n as Int);
    const xs = items(s);
    write(I, s, [...xs.slice(xs.length - k), ...xs.slice(0, xs.length - k)]);
    return UNIT;
  }),
});

function seq(v: Value): Value[] {
  const d = deref(v);
  if (d instanceof VecV) return d.block.items;
  if (d instanceof Arr) return d.items;
  if (d instanceof Slice) return d.arr.slice(d.start, d.start + d.len);
  return [];
}


defineMethods('array', {
  map: method('value', (I, self, [f]) => {
    const a = self as Arr;
    return new Arr(a.items.map((x) => I.callValue(f, [x])));
  }),
  len: method('ref', (_I, self) => usize((self as Arr).items.length)),
  into_iter: method('value', (I, self) => I.intoIter(self)),
});

export { Enum };

const USIZE_MAX = (1n << 64n) - 1n;

/**
 * The length of `len` items repeated `times`. Past `usize` std panics with "capacity overflow" at a
 * place inside its own source, which is reported rather than imitated.
 */
export function repeatedLength(I: Interp, len: number, times: Int): number {
  const total = BigInt(len) * big(times);
  if (total > USIZE_MAX) return I.unsupported('`repeat` whose result is longer than `usize::MAX` (std panics with "capacity overflow" inside its own source)');
  return Number(total);
}
