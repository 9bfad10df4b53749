// Iterator adapters: lazy wrappers that pull from their source when they are pulled, and drop
// their source when they are dropped.
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
import {
  ITER, call, collectItems, deref, dropIter, fromList, intoIter, isTrusted, iterBack, iterNext, makeIter, optToItem, sizeHint,
  srcState, stOf, takenBuffers, truthy, type IterState,
} from './iter';
import { nameTable } from '../../nameTable';

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

/** `cloned()` and `copied()`: each item is a reference; the adapter yields a clone of its target. */
function clonedAdapter(I: Interp, name: string, it: Value): Native {
  const cloneOf = (x: Value | typeof END) => (x === END ? END : I.clone(deref(x)));
  return adapter(I, name, it, {
    next: () => cloneOf(iterNext(I, it)),
    back: () => cloneOf(iterBack(I, it)),
    hint: () => sizeHint(it),
    trusted: isTrusted(it),
  });
}

export const adapters: Record<string, (I: Interp, it: Value, args: Value[], site: Site) => Value> = nameTable({
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
  filter: (I, it, [f]) => {
    // From either end: the first item the predicate keeps; the ones it rejects drop at once.
    const kept = (pull: () => Value | typeof END) => () => {
      for (;;) {
        const x = pull();
        if (x === END) return END;
        if (truthy(call(I, f!, [new Ref([x], 0, false, null)]))) return x;
        I.drop(x, 'temporary', 'filtered-out item', '`filter` rejected it');
      }
    };
    return adapter(I, 'Filter', it, {
      next: kept(() => iterNext(I, it)),
      back: kept(() => iterBack(I, it)),
      hint: () => [0, sizeHint(it)[1]],
      source: srcState(it)?.source,
      inPlace: srcState(it)?.inPlace,
    });
  },
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
  // A `Copy` value's copy is its clone: both adapters yield a clone of what the reference points to.
  cloned: (I, it) => clonedAdapter(I, 'Cloned', it),
  copied: (I, it) => clonedAdapter(I, 'Copied', it),
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
});

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

