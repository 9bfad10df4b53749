// Iterators: lazy adapters and consumers, with the ownership of what they yield (`iter()` yields
// references, `into_iter()` moves elements out and drops the rest when it is dropped). Every
// iterator is a `Native` of class ITER whose state implements `IterState`; ranges are iterators too,
// and user types that implement `Iterator` are driven through their `next`.
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
import { typeNameOf } from '../interp/typename';

export interface IterState {
  next(): Value | typeof END;
  back?(): Value | typeof END;
  /** Lower and upper bound of the remaining length (`size_hint`). */
  hint?(): [number, number | null];
  /** `TrustedLen`: `collect` allocates the exact length at once. */
  trusted?: boolean;
  /** Runs when the iterator is dropped (drops what it still owns). */
  drop?(): void;
  /** A `vec::IntoIter` at the bottom of the chain whose buffer `collect` can reuse. */
  source?: VecV;
  inPlace?: boolean;
  /** Peekable's buffered item. */
  peeked?: Value | typeof END | null;
  /** `Chars::as_str`: the text not yet iterated. */
  rest?(): string;
}

export const ITER: NativeClass = {
  name: 'Iter',
  typeName: (d: { name: string }) => d.name,
  next: (d: { st: IterState }) => d.st.next(),
  needsDrop: (d: { st: IterState }) => !!d.st.drop,
  drop: (d: { st: IterState }) => d.st.drop?.(),
  summary: (d: { name: string }) => `${d.name} { .. }`,
};

export function makeIter(_I: Interp, name: string, st: IterState): Native {
  return new Native(ITER, { name, st });
}

/**
 * An iterator over values already computed (`windows`, `chunks`, a map's entries, a `str`'s
 * parts), from both ends. `trusted`: its length is exact for `collect`'s capacity, as std's
 * `TrustedLen` (a `str` splitter is not).
 */
export function listIter(I: Interp, name: string, items: Value[], trusted: boolean): Native {
  let i = 0;
  let end = items.length;
  return makeIter(I, name, {
    next: () => (i < end ? items[i++]! : END),
    back: () => (i < end ? items[--end]! : END),
    hint: () => [end - i, end - i],
    ...(trusted ? { trusted: true } : {}),
  });
}

export function stOf(v: Value): IterState | null {
  return v instanceof Native && v.cls === ITER ? (v.data as { st: IterState }).st : null;
}

// ------------------------------------------------------------------------------ ranges

export interface RangeData {
  start: Value | null;
  end: Value | null;
  inclusive: boolean;
  /** Integer cursor (number fast path) while iterating. */
  cur?: number;
  endN?: number;
  done?: boolean;
}

export const RANGE: NativeClass = {
  name: 'Range',
  copy: false,
  typeName: (d: RangeData) => `Range${d.inclusive ? 'Inclusive' : ''}<${d.start !== null ? typeNameOf(d.start) : d.end !== null ? typeNameOf(d.end) : '_'}>`,
  next: (d: RangeData) => rangeNext(d),
  nextBack: (d: RangeData) => rangeBack(d),
  summary: (d: RangeData) => `${d.start !== null ? show(d.start) : ''}..${d.inclusive ? '=' : ''}${d.end !== null ? show(d.end) : ''}`,
  clone: (d: RangeData) => ({ ...d }),
  debug: (d: RangeData, item) => `${d.start !== null ? item(d.start) : ''}..${d.inclusive ? '=' : ''}${d.end !== null ? item(d.end) : ''}`,
  eq: (a: RangeData, b: RangeData) => a.inclusive === b.inclusive && show(a.start) === show(b.start) && show(a.end) === show(b.end),
};

function show(v: Value | null): string {
  if (v instanceof Int) return String(v.v);
  if (v instanceof Char) return String.fromCodePoint(v.cp);
  return v === null ? '' : '?';
}

export function newRange(start: Value | null, end: Value | null, inclusive: boolean): Native {
  // Give unsuffixed bounds the type of the other bound.
  if (start instanceof Int && end instanceof Int && start.ty !== end.ty) {
    if (start.ty.flex) start = new Int(end.ty, start.v);
    else if (end.ty.flex) end = new Int(start.ty, end.v);
  }
  return new Native(RANGE, { start, end, inclusive } as RangeData);
}

function rangeNext(d: RangeData): Value | typeof END {
  const s = d.start;
  if (s instanceof Int) {
    if (d.done) return END;
    if (typeof s.v === 'number' && (d.end === null || (d.end instanceof Int && typeof d.end.v === 'number'))) {
      const e = d.end === null ? Infinity : ((d.end as Int).v as number);
      const v = s.v;
      if (d.inclusive ? v > e : v >= e) return END;
      if (d.inclusive && v === e) {
        d.done = true;
        return s;
      }
      if (v + 1 > s.ty.maxN) {
        d.done = true;
        return s;
      }
      d.start = new Int(s.ty, v + 1);
      return s;
    }
    const e = d.end === null ? null : big(d.end as Int);
    const v = big(s);
    if (e !== null && (d.inclusive ? v > e : v >= e)) return END;
    if (d.inclusive && e !== null && v === e) {
      d.done = true;
      return s;
    }
    d.start = normInt(s.ty, v + 1n);
    return s;
  }
  if (s instanceof Char) {
    if (d.done) return END;
    const e = (d.end as Char | null)?.cp ?? 0x10ffff;
    if (d.inclusive ? s.cp > e : s.cp >= e) return END;
    if (d.inclusive && s.cp === e) {
      d.done = true;
      return s;
    }
    let n = s.cp + 1;
    if (n === 0xd800) n = 0xe000;
    d.start = new Char(n);
    return s;
  }
  return END;
}

function rangeBack(d: RangeData): Value | typeof END {
  const s = d.start;
  const e = d.end;
  if (s instanceof Int && e instanceof Int) {
    if (d.done) return END;
    const a = big(s);
    const b = big(e);
    if (d.inclusive ? a > b : a >= b) return END;
    if (d.inclusive) {
      if (a === b) {
        d.done = true;
        return e;
      }
      d.end = normInt(e.ty, b - 1n);
      return e;
    }
    const last = normInt(e.ty, b - 1n);
    d.end = last;
    return last;
  }
  if (s instanceof Char && e instanceof Char) {
    if (d.done) return END;
    if (d.inclusive ? s.cp > e.cp : s.cp >= e.cp) return END;
    if (d.inclusive) {
      if (s.cp === e.cp) d.done = true;
      else d.end = new Char(e.cp - 1);
      return e;
    }
    const last = new Char(e.cp - 1);
    d.end = last;
    return last;
  }
  return END;
}

function rangeLen(d: RangeData): number {
  if (d.done) return 0;
  if (d.start instanceof Int && d.end instanceof Int) {
    const n = Number(big(d.end) - big(d.start)) + (d.inclusive ? 1 : 0);
    return Math.max(0, n);
  }
  if (d.start instanceof Char && d.end instanceof Char) return Math.max(0, d.end.cp - d.start.cp + (d.inclusive ? 1 : 0));
  return Infinity;
}

/** `[lo, hi)` for a range used as an index into something of length `len`. */
export function rangeBounds(I: Interp, r: Value, len: number, what: 'slice' | 'str'): [number, number] {
  const d = (r as Native).data as RangeData;
  const lo = d.start === null ? 0 : num(d.start as Int);
  const hi = d.end === null ? len : num(d.end as Int) + (d.inclusive ? 1 : 0);
  const shownEnd = d.end === null ? len : num(d.end as Int);
  if (what === 'str') {
    if (lo > len) I.panic(`start byte index ${lo} is out of bounds`);
    if (hi > len) I.panic(`end byte index ${hi} is out of bounds`);
    if (lo > hi) I.panic(`begin > end (${lo} > ${hi})`);
    return [lo, hi];
  }
  // std's order: `a..` checks its start; `a..b` checks start <= end, then the end.
  if (d.end === null && lo > len) I.panic(`range start index ${lo} out of range for slice of length ${len}`);
  if (lo > hi) I.panic(`slice index starts at ${lo} but ends at ${hi}`);
  if (hi > len) I.panic(`range end index ${shownEnd} out of range for slice of length ${len}`);
  return [lo, hi];
}

// ------------------------------------------------------------------------------ sources

export function sliceIter(I: Interp, arr: Value[], start: number, len: number, mut: boolean, root: Root): Native {
  let i = start;
  let end = start + len;
  return makeIter(I, mut ? 'IterMut' : 'Iter', {
    next: () => (i < end ? new Ref(arr, i++, mut, root) : END),
    back: () => (i < end ? new Ref(arr, --end, mut, root) : END),
    hint: () => [end - i, end - i],
    trusted: true,
  });
}

/** Buffers an in-place `collect` took over from a `vec::IntoIter` (its drop must not free them). */
export const takenBuffers = new WeakSet<object>();

export function vecIntoIter(I: Interp, v: VecV): Native {
  const b = v.block;
  const items = b.items;
  let i = 0;
  let end = items.length;
  const st: IterState = {
    next: () => {
      if (i >= end) return END;
      const x = items[i];
      items[i++] = undefined;
      return x;
    },
    back: () => {
      if (i >= end) return END;
      const x = items[--end];
      items[end] = undefined;
      return x;
    },
    hint: () => [end - i, end - i],
    trusted: true,
    source: v,
    inPlace: true,
    drop: () => {
      for (; i < end; i++) {
        const x = items[i];
        items[i] = undefined;
        I.drop(x, 'owner', `remaining element`, '`IntoIter` dropped');
      }
      if (!takenBuffers.has(b)) I.free(b);
    },
  };
  return makeIter(I, 'IntoIter', st);
}

function arrayIntoIter(I: Interp, a: Arr): Native {
  const items = a.items.slice();
  let i = 0;
  let end = items.length;
  return makeIter(I, 'IntoIter', {
    next: () => (i < end ? items[i++] : END),
    back: () => (i < end ? items[--end] : END),
    hint: () => [end - i, end - i],
    trusted: true,
    drop: () => {
      for (; i < end; i++) I.drop(items[i], 'owner', 'remaining element', '`IntoIter` dropped');
    },
  });
}

export function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

/** `IntoIterator::into_iter` for a value: what a `for` loop or an adapter argument iterates. */
export function intoIter(I: Interp, v: Value, sp?: Span): Value {
  if (v instanceof Native) {
    if (v.cls === ITER || v.cls.next) return v;
    if (v.cls.intoIter) return v.cls.intoIter(v.data, 'value');
  }
  if (v instanceof VecV) return vecIntoIter(I, v);
  if (v instanceof Arr) return arrayIntoIter(I, v);
  if (v instanceof Slice) return sliceIter(I, v.arr, v.start, v.len, v.mut, v.root);
  if (v instanceof Ref) {
    const t = v.arr[v.idx];
    if (t instanceof VecV) return sliceIter(I, t.block.items, 0, t.block.items.length, v.mut, t.block);
    if (t instanceof Arr) return sliceIter(I, t.items, 0, t.items.length, v.mut, v.root);
    if (t instanceof Slice) return sliceIter(I, t.arr, t.start, t.len, v.mut, t.root);
    if (t instanceof Native && t.cls.intoIter) return t.cls.intoIter(t.data, v.mut ? 'mut' : 'ref');
    if (t instanceof Native && (t.cls === ITER || t.cls.next)) return v;
    if (t instanceof Enum && t.def === OPTION) return optionIter(I, t.vi === 1 ? [new Ref(t.f, 0, v.mut, v.root)] : []);
    if (t instanceof Struct || t instanceof Enum) return v;
    if (t instanceof Ref || t instanceof BoxV) return intoIter(I, t, sp);
  }
  if (v instanceof Enum && v.def === OPTION) return optionIter(I, v.vi === 1 ? [v.f[0]] : []);
  if (v instanceof Enum && v.def === RESULT) return optionIter(I, v.vi === 0 ? [v.f[0]] : []);
  if (v instanceof Struct || v instanceof Enum) {
    if (implementsTrait(v, 'Iterator')) return v;
    if (implementsTrait(v, 'IntoIterator')) return I.methodOn(v, 'into_iter', []);
  }
  if (v instanceof BoxV) return intoIter(I, v.block.items[0], sp);
  return I.unsupported(`iterating over \`${I.typeName(v)}\``, sp);
}

function implementsTrait(v: Struct | Enum, trait: string): boolean {
  for (const k of v.def.traitImpls.keys()) if (k === trait || k.startsWith(trait + '<')) return true;
  return false;
}

function optionIter(I: Interp, items: Value[]): Native {
  let i = 0;
  return makeIter(I, 'option::IntoIter', { next: () => (i < items.length ? items[i++] : END), hint: () => [items.length - i, items.length - i], trusted: true });
}

/** The next item of any iterator value (std iterators, ranges, user `Iterator` impls). */
export function iterNext(I: Interp, it: Value): Value | typeof END {
  if (it instanceof Native) {
    if (it.cls === RANGE) return rangeNext(it.data as RangeData);
    if (it.cls.next) return it.cls.next(it.data);
  }
  if (it instanceof Ref) {
    const t = it.arr[it.idx];
    if (t instanceof Native && t.cls.next) return t.cls.next(t.data);
    if (t instanceof Struct || t instanceof Enum) return userNext(I, it);
  }
  if (it instanceof Struct || it instanceof Enum) return userNext(I, new Ref([it], 0, true, null));
  return I.unsupported(`\`next\` on \`${I.typeName(it)}\``);
}

function userNext(I: Interp, self: Ref): Value | typeof END {
  const r = I.callMethod(self, 'next', [], I.site);
  if (r instanceof Enum && r.def === OPTION) return r.vi === 1 ? r.f[0] : END;
  return I.unsupported('`next` that does not return an Option');
}

export function iterBack(I: Interp, it: Value): Value | typeof END {
  const st = stOf(it);
  if (st?.back) return st.back();
  if (it instanceof Native && it.cls.nextBack) return it.cls.nextBack(it.data);
  if (it instanceof Ref) return iterBack(I, it.arr[it.idx]);
  return I.unsupported(`\`next_back\` on \`${I.typeName(it)}\``);
}

export function sizeHint(it: Value): [number, number | null] {
  const st = stOf(it);
  if (st) return st.hint ? st.hint() : [0, null];
  if (it instanceof Native && it.cls === RANGE) {
    const n = rangeLen(it.data as RangeData);
    return n === Infinity ? [Number.MAX_SAFE_INTEGER, null] : [n, n];
  }
  if (it instanceof Ref) return sizeHint(it.arr[it.idx]);
  return [0, null];
}

export function isTrusted(it: Value): boolean {
  // `by_ref()`: `&mut I` is `TrustedLen` when `I` is.
  if (it instanceof Ref) return isTrusted(it.arr[it.idx]);
  const st = stOf(it);
  if (st) return !!st.trusted;
  return it instanceof Native && it.cls === RANGE;
}

export function dropIter(I: Interp, it: Value, reason: 'temporary' | 'unwind' = 'temporary'): void {
  if (it instanceof Native || it instanceof Struct || it instanceof Enum) I.drop(it, reason, 'iterator', 'end of `for` loop');
}

/** All items of an iterable, eagerly (for std code that needs a list). */
export function collectItems(I: Interp, v: Value): Value[] {
  const d = v instanceof Ref ? v.arr[v.idx] : v;
  if (d instanceof Slice) return d.arr.slice(d.start, d.start + d.len);
  if (d instanceof Arr && v instanceof Ref) return d.items.slice();
  if (d instanceof VecV && v instanceof Ref) return d.block.items.slice();
  const it = intoIter(I, v);
  const out: Value[] = [];
  for (;;) {
    const x = iterNext(I, it);
    if (x === END) break;
    out.push(x);
  }
  dropIter(I, it);
  return out;
}


// ------------------------------------------------------------------------------ helpers shared by the adapters and consumers

export function call(I: Interp, f: Value, args: Value[]): Value {
  return I.callValue(f, args);
}
export function truthy(v: Value): boolean {
  return v === true;
}
export function optToItem(v: Value): Value | typeof END {
  if (v instanceof Enum && v.def === OPTION) return v.vi === 1 ? v.f[0] : END;
  return END;
}
export function srcState(it: Value): IterState | null {
  return stOf(it);
}
export function fromList(items: Value[]): IterState {
  let i = 0;
  return { next: () => (i < items.length ? items[i++] : END), hint: () => [items.length - i, items.length - i], trusted: true };
}

defineMethods('Iter', {
  as_str: method('ref', (I, self) => {
    const st = stOf(self);
    if (!st?.rest) return I.unsupported(`\`as_str\` on \`${I.typeName(self)}\``);
    return new Str(st.rest());
  }),
});

defineMethods('Range', {
  contains: method('ref', (I, self, args) => {
    const d = (self as Native).data as RangeData;
    const x = deref(args[0]);
    if (d.start !== null && cmpValues(I, x, d.start) < 0) return false;
    if (d.end !== null) {
      const c = cmpValues(I, x, d.end);
      if (d.inclusive ? c > 0 : c >= 0) return false;
    }
    return true;
  }),
  len: method('ref', (_I, self) => usize(rangeLen((self as Native).data as RangeData))),
  is_empty: method('ref', (_I, self) => rangeLen((self as Native).data as RangeData) === 0),
  start: method('ref', (_I, self) => new Ref([((self as Native).data as RangeData).start ?? undefined], 0, false, null)),
  end: method('ref', (_I, self) => new Ref([((self as Native).data as RangeData).end ?? undefined], 0, false, null)),
});

// `Repeat` owns the element it clones from; it drops with the iterator (an `Rc`'s count goes back down).
definePath('iter::repeat', (I, [v]) => makeIter(I, 'Repeat', { next: () => I.clone(v), hint: () => [Number.MAX_SAFE_INTEGER, null], trusted: true, drop: () => I.drop(v, 'owner', 'repeated element', '`Repeat` dropped') }));
definePath('iter::once', (I, [v]) => makeIter(I, 'Once', fromList([v])));
definePath('iter::empty', (I) => makeIter(I, 'Empty', fromList([])));
definePath('iter::from_fn', (I, [f]) => makeIter(I, 'FromFn', { next: () => optToItem(I.callValue(f, [])), hint: () => [0, null] }));
definePath('iter::successors', (I, [first, f]) => {
  let cur: Value = first;
  return makeIter(I, 'Successors', {
    next: () => {
      if (!(cur instanceof Enum) || cur.vi !== 1) return END;
      const x = cur.f[0];
      cur = I.callValue(f, [new Ref([x], 0, false, null)]);
      return x;
    },
    hint: () => [0, null],
  });
});

export { err, USIZE, Closure, FnV, num };

export const collectors = new Map<string, (I: Interp, it: Value, target: Extract<Ty, { k: 'path' }>) => Value>();

/** Lets a collection module (maps, sets, deques) be a `collect`/`FromIterator` target; it consumes (and drops) the iterator. */
export function defineCollector(typeName: string, fn: (I: Interp, it: Value, target: Extract<Ty, { k: 'path' }>) => Value): void {
  collectors.set(typeName, fn);
}

