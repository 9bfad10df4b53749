// `Option` and `Result` combinators, with rustc's panic messages for `unwrap`/`expect`.
import type { Interp } from '../interp/interp';
import { Enum, Ref, Str, StringV, UNIT, type Value, CapRef } from '../values';
import { NONE, OPTION, RESULT, err, ok, some } from './builtins';
import { PLAIN } from './fmt';
import { writeDebug } from './fmtWrites';
import { formattedPanic } from './panicMessage';
import { defineMethods, method, type Site } from './registry';
import { defaultOf } from './default';
import { strOf } from './string';

function e(v: Value): Enum {
  return v as Enum;
}

function isSome(v: Value): boolean {
  return e(v).vi === 1;
}

function okv(v: Value): boolean {
  return e(v).vi === 0;
}

function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

function call(I: Interp, f: Value, args: Value[]): Value {
  return I.callValue(f, args);
}

function dropIt(I: Interp, v: Value, why: string): void {
  I.drop(v, 'explicit', 'value', why);
}

/** `Option<&T>` → `Option<T>` by copy/clone. */
function clonedOpt(I: Interp, v: Value): Value {
  return isSome(v) ? some(I.clone(deref(e(v).f[0]))) : NONE;
}

/** The payload type for `unwrap_or_default`: from the context, or from the value's declared type. */
function innerTy(site: Site, self?: Value): import('../types').Ty | null {
  if (site.expect) return site.expect;
  const t = self instanceof Enum ? self.ty : undefined;
  return t && t.k === 'path' ? (t.args[0] ?? null) : null;
}

defineMethods('Option', {
  is_some: method('ref', (_I, self) => isSome(self)),
  is_none: method('ref', (_I, self) => !isSome(self)),
  is_some_and: method('value', (I, self, [f]) => isSome(self) && call(I, f!, [e(self).f[0]]) === true),
  is_none_or: method('value', (I, self, [f]) => !isSome(self) || call(I, f!, [e(self).f[0]]) === true),
  unwrap: method('value', (I, self) => (isSome(self) ? e(self).f[0] : I.panic('called `Option::unwrap()` on a `None` value'))),
  // `expect_failed` formats the message with `{}`: one write.
  expect: method('value', (I, self, [msg]) => (isSome(self) ? e(self).f[0] : failed(I, [strOf(I, msg)], null))),
  unwrap_or: method('value', (I, self, [d]) => {
    if (isSome(self)) {
      dropIt(I, d, '`unwrap_or` default not needed');
      return e(self).f[0];
    }
    return d;
  }),
  unwrap_or_else: method('value', (I, self, [f]) => (isSome(self) ? e(self).f[0] : call(I, f!, []))),
  unwrap_or_default: method('value', (I, self, _a, site) => (isSome(self) ? e(self).f[0] : defaultOf(I, innerTy(site, self), site.sp))),
  map: method('value', (I, self, [f]) => (isSome(self) ? some(call(I, f!, [e(self).f[0]])) : NONE)),
  map_or: method('value', (I, self, [d, f]) => {
    if (isSome(self)) {
      dropIt(I, d, '`map_or` default not needed');
      return call(I, f!, [e(self).f[0]]);
    }
    return d;
  }),
  map_or_else: method('value', (I, self, [d, f]) => (isSome(self) ? call(I, f!, [e(self).f[0]]) : call(I, d!, []))),
  and_then: method('value', (I, self, [f]) => (isSome(self) ? call(I, f!, [e(self).f[0]]) : NONE)),
  and: method('value', (I, self, [o]) => {
    if (isSome(self)) {
      dropIt(I, self, '`and`');
      return o;
    }
    dropIt(I, o, '`and`');
    return NONE;
  }),
  or: method('value', (I, self, [o]) => {
    if (isSome(self)) {
      dropIt(I, o, '`or` alternative not needed');
      return self;
    }
    return o;
  }),
  or_else: method('value', (I, self, [f]) => (isSome(self) ? self : call(I, f!, []))),
  xor: method('value', (_I, self, [o]) => (isSome(self) !== isSome(o) ? (isSome(self) ? self : o) : NONE)),
  filter: method('value', (I, self, [f]) => {
    if (!isSome(self)) return NONE;
    const x = e(self).f[0];
    if (call(I, f!, [new Ref([x], 0, false, null)]) === true) return self;
    dropIt(I, x, '`filter` rejected it');
    return NONE;
  }),
  ok_or: method('value', (I, self, [x]) => {
    if (isSome(self)) {
      dropIt(I, x, '`ok_or` error not needed');
      return ok(e(self).f[0]);
    }
    return err(x);
  }),
  ok_or_else: method('value', (I, self, [f]) => (isSome(self) ? ok(e(self).f[0]) : err(call(I, f!, [])))),
  zip: method('value', (I, self, [o]) => {
    const { Tuple } = require('../values') as typeof import('../values');
    void I;
    return isSome(self) && isSome(o) ? some(new Tuple([e(self).f[0], e(o).f[0]])) : NONE;
  }),
  flatten: method('value', (_I, self) => (isSome(self) ? e(self).f[0] : NONE)),
  take: method('mut', (I, self) => {
    const r = I.recv!;
    r.arr[r.idx] = NONE;
    if (r.root) I.rec?.dirty(r.root);
    return self;
  }),
  take_if: method('mut', (I, self, [f]) => {
    const r = I.recv!;
    if (!isSome(self)) return NONE;
    if (call(I, f!, [new Ref(e(self).f, 0, true, r.root)]) !== true) return NONE;
    r.arr[r.idx] = NONE;
    return self;
  }),
  replace: method('mut', (I, self, [x]) => {
    const r = I.recv!;
    r.arr[r.idx] = some(x);
    if (r.root) I.rec?.dirty(r.root);
    return self;
  }),
  insert: method('mut', (I, self, [x]) => {
    const r = I.recv!;
    const n = some(x);
    r.arr[r.idx] = n;
    if (isSome(self)) dropIt(I, e(self).f[0], '`Option::insert` replaced it');
    return new Ref(n.f, 0, true, r.root);
  }),
  get_or_insert: method('mut', (I, self, [x]) => {
    const r = I.recv!;
    if (isSome(self)) {
      dropIt(I, x, 'not inserted');
      return new Ref(e(self).f, 0, true, r.root);
    }
    const n = some(x);
    r.arr[r.idx] = n;
    return new Ref(n.f, 0, true, r.root);
  }),
  get_or_insert_with: method('mut', (I, self, [f]) => {
    const r = I.recv!;
    if (isSome(self)) return new Ref(e(self).f, 0, true, r.root);
    const n = some(call(I, f!, []));
    r.arr[r.idx] = n;
    return new Ref(n.f, 0, true, r.root);
  }),
  as_ref: method('ref', (I, self) => (isSome(self) ? some(new Ref(e(self).f, 0, false, I.recv?.root ?? null)) : NONE)),
  as_mut: method('mut', (I, self) => (isSome(self) ? some(new Ref(e(self).f, 0, true, I.recv?.root ?? null)) : NONE)),
  as_deref: method('ref', (I, self) => {
    if (!isSome(self)) return NONE;
    const x = deref(e(self).f[0]);
    if (x instanceof StringV) return some(new Str(x.block.text, x.block));
    if (x instanceof Str) return some(x);
    return some(new Ref(e(self).f, 0, false, I.recv?.root ?? null));
  }),
  cloned: method('value', (I, self) => clonedOpt(I, self)),
  copied: method('value', (I, self) => clonedOpt(I, self)),
  iter: method('ref', (I, self) => I.intoIter(isSome(self) ? some(new Ref(e(self).f, 0, false, null)) : NONE)),
  into_iter: method('value', (I, self) => I.intoIter(self)),
  inspect: method('value', (I, self, [f]) => {
    if (isSome(self)) call(I, f!, [new Ref(e(self).f, 0, false, null)]);
    return self;
  }),
  unwrap_unchecked: method('value', (I) => I.unsupported('unsafe `unwrap_unchecked`')),
});

/**
 * core's `unwrap_failed`: the message, then `: ` and the other variant's `{:?}`, formatted write by
 * write. The method owned that value: unwinding out of it drops the value, after the panic hook.
 */
function failed(I: Interp, head: string[], v: Value | null): never {
  const p = formattedPanic(I, (sink) => {
    for (const h of head) sink(h);
    if (v !== null) writeDebug(I, v, PLAIN, sink);
  });
  if (v !== null) {
    I.reportPanic(p);
    I.drop(v, 'unwind', 'value', 'the unwrapped value, dropped as the panic unwinds');
  }
  throw p;
}

defineMethods('Result', {
  is_ok: method('ref', (_I, self) => okv(self)),
  is_err: method('ref', (_I, self) => !okv(self)),
  is_ok_and: method('value', (I, self, [f]) => okv(self) && call(I, f!, [e(self).f[0]]) === true),
  is_err_and: method('value', (I, self, [f]) => !okv(self) && call(I, f!, [e(self).f[0]]) === true),
  unwrap: method('value', (I, self) => (okv(self) ? e(self).f[0] : failed(I, ['called `Result::unwrap()` on an `Err` value', ': '], e(self).f[0]))),
  expect: method('value', (I, self, [msg]) => (okv(self) ? e(self).f[0] : failed(I, [strOf(I, msg), ': '], e(self).f[0]))),
  unwrap_err: method('value', (I, self) => (!okv(self) ? e(self).f[0] : failed(I, ['called `Result::unwrap_err()` on an `Ok` value', ': '], e(self).f[0]))),
  expect_err: method('value', (I, self, [msg]) => (!okv(self) ? e(self).f[0] : failed(I, [strOf(I, msg), ': '], e(self).f[0]))),
  unwrap_or: method('value', (I, self, [d]) => {
    if (okv(self)) {
      dropIt(I, d, '`unwrap_or` default not needed');
      return e(self).f[0];
    }
    dropIt(I, e(self).f[0], 'error discarded by `unwrap_or`');
    return d;
  }),
  unwrap_or_else: method('value', (I, self, [f]) => (okv(self) ? e(self).f[0] : call(I, f!, [e(self).f[0]]))),
  unwrap_or_default: method('value', (I, self, _a, site) => {
    if (okv(self)) return e(self).f[0];
    // `Err(_) => T::default()`: the error is dropped with `self`, once the default exists.
    const d = defaultOf(I, innerTy(site, self), site.sp);
    dropIt(I, e(self).f[0], 'error discarded by `unwrap_or_default`');
    return d;
  }),
  map: method('value', (I, self, [f]) => (okv(self) ? ok(call(I, f!, [e(self).f[0]])) : self)),
  map_err: method('value', (I, self, [f]) => (okv(self) ? self : err(call(I, f!, [e(self).f[0]])))),
  map_or: method('value', (I, self, [d, f]) => {
    if (okv(self)) return call(I, f!, [e(self).f[0]]);
    dropIt(I, e(self).f[0], 'error discarded by `map_or`');
    return d;
  }),
  and_then: method('value', (I, self, [f]) => (okv(self) ? call(I, f!, [e(self).f[0]]) : self)),
  or_else: method('value', (I, self, [f]) => (okv(self) ? self : call(I, f!, [e(self).f[0]]))),
  and: method('value', (_I, self, [o]) => (okv(self) ? o : self)),
  or: method('value', (_I, self, [o]) => (okv(self) ? self : o)),
  ok: method('value', (I, self) => {
    if (okv(self)) return some(e(self).f[0]);
    dropIt(I, e(self).f[0], 'error discarded by `ok()`');
    return NONE;
  }),
  err: method('value', (I, self) => {
    if (!okv(self)) return some(e(self).f[0]);
    dropIt(I, e(self).f[0], 'value discarded by `err()`');
    return NONE;
  }),
  as_ref: method('ref', (I, self) => new Enum(RESULT, e(self).vi, [new Ref(e(self).f, 0, false, I.recv?.root ?? null)])),
  as_mut: method('mut', (I, self) => new Enum(RESULT, e(self).vi, [new Ref(e(self).f, 0, true, I.recv?.root ?? null)])),
  iter: method('ref', (I, self) => I.intoIter(okv(self) ? some(new Ref(e(self).f, 0, false, null)) : NONE)),
  into_iter: method('value', (I, self) => I.intoIter(self)),
  cloned: method('value', (I, self) => (okv(self) ? ok(I.clone(deref(e(self).f[0]))) : self)),
  copied: method('value', (I, self) => (okv(self) ? ok(I.clone(deref(e(self).f[0]))) : self)),
  inspect: method('value', (I, self, [f]) => {
    if (okv(self)) call(I, f!, [new Ref(e(self).f, 0, false, null)]);
    return self;
  }),
  inspect_err: method('value', (I, self, [f]) => {
    if (!okv(self)) call(I, f!, [new Ref(e(self).f, 0, false, null)]);
    return self;
  }),
});

defineMethods('Ordering', {
  reverse: method('value', (_I, self) => {
    const { ordering } = require('./builtins') as typeof import('./builtins');
    return ordering(1 - e(self).vi);
  }),
  then: method('value', (_I, self, [o]) => (e(self).vi === 1 ? o : self)),
  then_with: method('value', (I, self, [f]) => (e(self).vi === 1 ? call(I, f!, []) : self)),
  is_eq: method('value', (_I, self) => e(self).vi === 1),
  is_ne: method('value', (_I, self) => e(self).vi !== 1),
  is_lt: method('value', (_I, self) => e(self).vi === 0),
  is_gt: method('value', (_I, self) => e(self).vi === 2),
  is_le: method('value', (_I, self) => e(self).vi !== 2),
  is_ge: method('value', (_I, self) => e(self).vi !== 0),
});

export { OPTION, UNIT };
