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
import { cmpValues, eqValues, intArith, partialCmp } from '../interp/ops';
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

function stOf(v: Value): IterState | null {
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
const takenBuffers = new WeakSet<object>();

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

function deref(v: Value): Value {
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

function iterBack(I: Interp, it: Value): Value | typeof END {
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

function isTrusted(it: Value): boolean {
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

// ------------------------------------------------------------------------------ adapters

function adapter(I: Interp, name: string, src: Value, st: Omit<IterState, 'drop'> & { drop?: () => void }): Native {
  const full: IterState = {
    ...st,
    drop: () => {
      st.drop?.();
      dropIter(I, src);
    },
  };
  return makeIter(I, name, full);
}

function call(I: Interp, f: Value, args: Value[]): Value {
  return I.callValue(f, args);
}

function truthy(v: Value): boolean {
  return v === true;
}

function optToItem(v: Value): Value | typeof END {
  if (v instanceof Enum && v.def === OPTION) return v.vi === 1 ? v.f[0] : END;
  return END;
}

function srcState(it: Value): IterState | null {
  return stOf(it);
}

const adapters: Record<string, (I: Interp, it: Value, args: Value[], site: Site) => Value> = {
  map: (I, it, [f]) => adapter(I, 'Map', it, {
    next: () => {
      const x = iterNext(I, it);
      return x === END ? END : call(I, f!, [x]);
    },
    back: () => {
      const x = iterBack(I, it);
      return x === END ? END : call(I, f!, [x]);
    },
    hint: () => sizeHint(it),
    trusted: isTrusted(it),
    source: srcState(it)?.source,
    inPlace: srcState(it)?.inPlace,
  }),
  filter: (I, it, [f]) => adapter(I, 'Filter', it, {
    next: () => {
      for (;;) {
        const x = iterNext(I, it);
        if (x === END) return END;
        if (truthy(call(I, f!, [new Ref([x], 0, false, null)]))) return x;
        I.drop(x, 'temporary', 'filtered-out item', '`filter` rejected it');
      }
    },
    back: () => {
      for (;;) {
        const x = iterBack(I, it);
        if (x === END) return END;
        if (truthy(call(I, f!, [new Ref([x], 0, false, null)]))) return x;
        I.drop(x, 'temporary', 'filtered-out item', '`filter` rejected it');
      }
    },
    hint: () => [0, sizeHint(it)[1]],
    source: srcState(it)?.source,
    inPlace: srcState(it)?.inPlace,
  }),
  filter_map: (I, it, [f]) => adapter(I, 'FilterMap', it, {
    next: () => {
      for (;;) {
        const x = iterNext(I, it);
        if (x === END) return END;
        const r = optToItem(call(I, f!, [x]));
        if (r !== END) return r;
      }
    },
    hint: () => [0, sizeHint(it)[1]],
    source: srcState(it)?.source,
    inPlace: srcState(it)?.inPlace,
  }),
  map_while: (I, it, [f]) => {
    let done = false;
    return adapter(I, 'MapWhile', it, {
      next: () => {
        if (done) return END;
        const x = iterNext(I, it);
        if (x === END) return END;
        const r = optToItem(call(I, f!, [x]));
        if (r === END) done = true;
        return r;
      },
      hint: () => [0, sizeHint(it)[1]],
    });
  },
  enumerate: (I, it) => {
    let n = 0;
    return adapter(I, 'Enumerate', it, {
      next: () => {
        const x = iterNext(I, it);
        return x === END ? END : new Tuple([usize(n++), x]);
      },
      back: () => {
        const len = sizeHint(it)[0];
        const x = iterBack(I, it);
        return x === END ? END : new Tuple([usize(n + len - 1), x]);
      },
      hint: () => sizeHint(it),
      trusted: isTrusted(it),
    });
  },
  zip: (I, it, [other]) => {
    const b = intoIter(I, other!);
    return adapter(I, 'Zip', it, {
      next: () => {
        const x = iterNext(I, it);
        if (x === END) return END;
        const y = iterNext(I, b);
        if (y === END) {
          I.drop(x, 'temporary', 'unpaired item', '`zip` ran out');
          return END;
        }
        return new Tuple([x, y]);
      },
      hint: () => {
        const [a1, a2] = sizeHint(it);
        const [b1, b2] = sizeHint(b);
        return [Math.min(a1, b1), a2 === null ? b2 : b2 === null ? a2 : Math.min(a2, b2)];
      },
      trusted: isTrusted(it) && isTrusted(b),
      drop: () => dropIter(I, b),
    });
  },
  chain: (I, it, [other]) => {
    const b = intoIter(I, other!);
    let first = true;
    return adapter(I, 'Chain', it, {
      next: () => {
        if (first) {
          const x = iterNext(I, it);
          if (x !== END) return x;
          first = false;
        }
        return iterNext(I, b);
      },
      back: () => {
        const y = iterBack(I, b);
        if (y !== END) return y;
        return iterBack(I, it);
      },
      hint: () => {
        const [a1, a2] = first ? sizeHint(it) : [0, 0];
        const [b1, b2] = sizeHint(b);
        return [a1 + b1, a2 === null || b2 === null ? null : a2 + b2];
      },
      trusted: isTrusted(it) && isTrusted(b),
      drop: () => dropIter(I, b),
    });
  },
  rev: (I, it) => adapter(I, 'Rev', it, {
    next: () => iterBack(I, it),
    back: () => iterNext(I, it),
    hint: () => sizeHint(it),
    trusted: isTrusted(it),
  }),
  take: (I, it, [n]) => {
    let left = num(n as Int);
    return adapter(I, 'Take', it, {
      next: () => {
        if (left <= 0) return END;
        left--;
        return iterNext(I, it);
      },
      hint: () => {
        const [l, u] = sizeHint(it);
        return [Math.min(l, left), u === null ? left : Math.min(u, left)];
      },
      trusted: isTrusted(it),
      source: srcState(it)?.source,
      inPlace: srcState(it)?.inPlace,
    });
  },
  skip: (I, it, [n]) => {
    let skip = num(n as Int);
    return adapter(I, 'Skip', it, {
      next: () => {
        while (skip > 0) {
          skip--;
          const x = iterNext(I, it);
          if (x === END) return END;
          I.drop(x, 'temporary', 'skipped item', '`skip`');
        }
        return iterNext(I, it);
      },
      back: () => {
        const [l] = sizeHint(it);
        if (l <= skip) return END;
        return iterBack(I, it);
      },
      hint: () => {
        const [l, u] = sizeHint(it);
        return [Math.max(0, l - skip), u === null ? null : Math.max(0, u - skip)];
      },
      source: srcState(it)?.source,
      inPlace: srcState(it)?.inPlace,
    });
  },
  step_by: (I, it, [n]) => {
    const step = num(n as Int);
    if (step === 0) I.panic('assertion failed: step != 0');
    let first = true;
    return adapter(I, 'StepBy', it, {
      next: () => {
        if (first) {
          first = false;
          return iterNext(I, it);
        }
        for (let i = 0; i < step - 1; i++) if (iterNext(I, it) === END) return END;
        return iterNext(I, it);
      },
      hint: () => {
        const [l, u] = sizeHint(it);
        const f = (x: number) => (first ? (x === 0 ? 0 : 1 + Math.floor((x - 1) / step)) : Math.floor(x / step));
        return [f(l), u === null ? null : f(u)];
      },
      trusted: isTrusted(it),
    });
  },
  take_while: (I, it, [f]) => {
    let done = false;
    return adapter(I, 'TakeWhile', it, {
      next: () => {
        if (done) return END;
        const x = iterNext(I, it);
        if (x === END) return END;
        if (truthy(call(I, f!, [new Ref([x], 0, false, null)]))) return x;
        done = true;
        I.drop(x, 'temporary', 'item', '`take_while` stopped');
        return END;
      },
      hint: () => [0, sizeHint(it)[1]],
    });
  },
  skip_while: (I, it, [f]) => {
    let skipping = true;
    return adapter(I, 'SkipWhile', it, {
      next: () => {
        for (;;) {
          const x = iterNext(I, it);
          if (x === END) return END;
          if (skipping && truthy(call(I, f!, [new Ref([x], 0, false, null)]))) continue;
          skipping = false;
          return x;
        }
      },
      hint: () => [0, sizeHint(it)[1]],
    });
  },
  cloned: (I, it) => adapter(I, 'Cloned', it, {
    next: () => {
      const x = iterNext(I, it);
      return x === END ? END : I.clone(deref(x));
    },
    back: () => {
      const x = iterBack(I, it);
      return x === END ? END : I.clone(deref(x));
    },
    hint: () => sizeHint(it),
    trusted: isTrusted(it),
  }),
  copied: (I, it) => adapter(I, 'Copied', it, {
    next: () => {
      const x = iterNext(I, it);
      return x === END ? END : I.clone(deref(x));
    },
    back: () => {
      const x = iterBack(I, it);
      return x === END ? END : I.clone(deref(x));
    },
    hint: () => sizeHint(it),
    trusted: isTrusted(it),
  }),
  inspect: (I, it, [f]) => adapter(I, 'Inspect', it, {
    next: () => {
      const x = iterNext(I, it);
      if (x !== END) call(I, f!, [new Ref([x], 0, false, null)]);
      return x;
    },
    hint: () => sizeHint(it),
    trusted: isTrusted(it),
  }),
  flat_map: (I, it, [f]) => flatten(I, it, f!),
  flatten: (I, it) => flatten(I, it, null),
  peekable: (I, it) => {
    const st: IterState = {
      peeked: null,
      next: () => {
        if (st.peeked !== null && st.peeked !== undefined) {
          const p = st.peeked;
          st.peeked = null;
          return p;
        }
        return iterNext(I, it);
      },
      hint: () => {
        const [l, u] = sizeHint(it);
        const extra = st.peeked !== null && st.peeked !== END ? 1 : 0;
        return [l + extra, u === null ? null : u + extra];
      },
      trusted: isTrusted(it),
      drop: () => dropIter(I, it),
    };
    return makeIter(I, 'Peekable', st);
  },
  scan: (I, it, [init, f]) => {
    const state: Value[] = [init];
    let done = false;
    return adapter(I, 'Scan', it, {
      next: () => {
        if (done) return END;
        const x = iterNext(I, it);
        if (x === END) return END;
        const r = optToItem(call(I, f!, [new Ref(state, 0, true, null), x]));
        if (r === END) done = true;
        return r;
      },
      hint: () => [0, sizeHint(it)[1]],
    });
  },
  cycle: (I, it) => {
    const seen: Value[] = [];
    let i = -1;
    return adapter(I, 'Cycle', it, {
      next: () => {
        if (i < 0) {
          const x = iterNext(I, it);
          if (x !== END) {
            seen.push(x);
            return I.clone(x);
          }
          i = 0;
        }
        if (seen.length === 0) return END;
        const x = seen[i % seen.length];
        i++;
        return I.clone(x);
      },
      hint: () => [Number.MAX_SAFE_INTEGER, null],
    });
  },
  fuse: (I, it) => adapter(I, 'Fuse', it, { next: () => iterNext(I, it), hint: () => sizeHint(it) }),
  by_ref: (_I, it) => it,
  into_iter: (_I, it) => it,
};

function flatten(I: Interp, it: Value, f: Value | null): Native {
  let inner: Value | null = null;
  return adapter(I, f ? 'FlatMap' : 'Flatten', it, {
    next: () => {
      for (;;) {
        if (inner) {
          const x = iterNext(I, inner);
          if (x !== END) return x;
          dropIter(I, inner);
          inner = null;
        }
        const o = iterNext(I, it);
        if (o === END) return END;
        inner = intoIter(I, f ? call(I, f, [o]) : o);
      }
    },
    hint: () => [0, null],
    drop: () => {
      if (inner) dropIter(I, inner);
    },
  });
}

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
    // `max` keeps the last of equal elements, `min` the first.
    if (wantMax ? c >= 0 : c < 0) {
      best = x;
      bestKey = k;
    }
  });
  return best === END ? NONE : some(best);
}

function collect(I: Interp, it: Value, target: Ty | null, sp: Span): Value {
  const t = target && target.k === 'path' ? target : null;
  const name = t ? t.name : null;
  if (name === 'String') {
    let s = '';
    each(I, it, (x) => {
      const d = deref(x);
      if (d instanceof Char) s += String.fromCodePoint(d.cp);
      else if (d instanceof Str) s += d.s;
      else if (d instanceof StringV) {
        s += d.block.text;
        if (!(x instanceof Ref)) I.drop(d, 'temporary', 'item', 'collected into a String');
      } else I.unsupported(`collecting \`${I.typeName(x)}\` into a String`, sp);
    });
    const { newString } = require('./string') as typeof import('./string');
    return newString(I, s, null);
  }
  if (name === 'Vec' || name === null || name === 'Box') {
    if (name === null) return I.unsupported('`collect` whose target type is not written (annotate the variable or use `collect::<Vec<_>>()`)', sp);
    const elemTy = t!.args[0] && t!.args[0].k !== 'infer' && t!.args[0].k !== 'param' ? t!.args[0] : undefined;
    return collectVec(I, it, elemTy);
  }
  if (name === 'Result' || name === 'Option') {
    const inner = t!.args[0] ?? null;
    const items: Value[] = [];
    let failure: Value | null = null;
    each(I, it, (x) => {
      if (!(x instanceof Enum)) return false;
      if ((name === 'Result' && x.vi === 1) || (name === 'Option' && x.vi === 0)) {
        failure = x;
        return false;
      }
      items.push(x.f[0]);
    });
    if (failure) {
      for (const x of items) I.drop(x, 'temporary', 'collected item', '`collect` stopped at an error');
      return failure;
    }
    const listIt = makeIter(I, 'IntoIter', fromList(items));
    const v = collect(I, listIt, inner, sp);
    return name === 'Result' ? ok(v) : some(v);
  }
  const collector = collectors.get(name);
  if (collector) {
    const items: Value[] = [];
    each(I, it, (x) => {
      items.push(x);
    });
    return collector(I, items, t!);
  }
  return I.unsupported(`\`collect\` into \`${target!.text}\``, sp);
}

function fromList(items: Value[]): IterState {
  let i = 0;
  return { next: () => (i < items.length ? items[i++] : END), hint: () => [items.length - i, items.length - i], trusted: true };
}

function collectVec(I: Interp, it: Value, elemTy: Ty | undefined): Value {
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
    const outSize = items.length ? elemSize(I, probe, items[0]) : srcSize;
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
  const es = elemSize(I, v, first);
  const { minNonZeroCap } = require('./vec') as typeof import('./vec');
  const initial = Math.max(minNonZeroCap(es < 0 ? 8 : es), sizeHint(it)[0] + 1);
  vecReserve(I, v, initial, true, first);
  v.block.items.push(first);
  void lower;
  each(I, it, (x) => {
    if (v.block.items.length === v.block.cap) vecReserve(I, v, sizeHint(it)[0] + 1, false, x);
    v.block.items.push(x);
  });
  I.touch(v.block);
  return v;
}

const collectors = new Map<string, (I: Interp, items: Value[], target: Extract<Ty, { k: 'path' }>) => Value>();

/** Lets a collection module (maps, sets, deques) be a `collect`/`FromIterator` target. */
export function defineCollector(typeName: string, fn: (I: Interp, items: Value[], target: Extract<Ty, { k: 'path' }>) => Value): void {
  collectors.set(typeName, fn);
}

const consumers: Record<string, (I: Interp, it: Value, args: Value[], site: Site) => Value> = {
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
    const mk = (items: Value[]) => (inner && inner.k === 'path' && inner.name !== 'Vec' ? collect(I, makeIter(I, 'IntoIter', fromList(items)), inner, site.sp) : collectVecList(I, items, newVec));
    return new Tuple([mk(a), mk(b)]);
  },
  unzip: (I, it) => {
    const a: Value[] = [];
    const b: Value[] = [];
    each(I, it, (x) => {
      const t = x as Tuple;
      a.push(t.items[0]);
      b.push(t.items[1]);
    });
    const { newVec } = require('./vec') as typeof import('./vec');
    return new Tuple([collectVecList(I, a, newVec), collectVecList(I, b, newVec)]);
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
};

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

function collectVecList(I: Interp, items: Value[], newVec: typeof import('./vec').newVec): Value {
  if (items.length === 0) return newVec(I, [], 0);
  const { elemSize, minNonZeroCap } = require('./vec') as typeof import('./vec');
  const v = newVec(I, [], 0);
  const es = elemSize(I, v, items[0]);
  let cap = 0;
  for (let i = 0; i < items.length; i++) if (i >= cap) cap = Math.max(cap * 2, i + 1, minNonZeroCap(es < 0 ? 8 : es));
  v.block.items = items;
  I.resize(v.block, cap, es < 0 ? 8 : es);
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
definePath('iter::repeat', (I, [v]) => makeIter(I, 'Repeat', { next: () => I.clone(v), hint: () => [Number.MAX_SAFE_INTEGER, null], drop: () => I.drop(v, 'owner', 'repeated element', '`Repeat` dropped') }));
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
