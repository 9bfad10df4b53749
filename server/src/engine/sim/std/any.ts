// Methods every type with the usual derives has: `clone` (deep for owning types, a new heap block
// per buffer), `to_string` through Display, comparisons, `min`/`max`/`clamp` through `Ord`, and
// `into` for the conversions std provides (`&str` → `String`, widening integers, `Box<dyn Error>`).
import type { Interp } from '../interp/interp';
import { findMethod, findTraitMethod } from '../items';
import { copyValue, isCopy } from '../interp/copy';
import { cmpValues, eqValues, partialCmp } from '../interp/ops';
import type { Ty } from '../types';
import { stdTy } from '../layout';
import {
  Arr, BoxV, CapRef, Char, Closure, Enum, Float, INT_TYPES, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, VecV, big, normInt,
  type Value,
} from '../values';
import { NONE, ordering, some } from './builtins';
import { display } from './fmt';
import { defineMethods, definePath, method, stdPath, type Site } from './registry';
import { newString } from './string';
import { newVec } from './vec';
import { boxFor, boxValue } from './boxed';
import { boxStrOfString, bytesOfString, stringOfBoxStr } from './bufferHandover';
import { toString } from './toString';

function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

/** `Clone::clone`: user impls are called; derived and std clones copy deeply. */
export function cloneValue(I: Interp, v: Value): Value {
  if (isCopy(v)) return copyValue(v);
  if (v instanceof StringV) {
    // `String::clone` allocates exactly the length.
    return newString(I, v.block.text, null);
  }
  // `to_vec` and `Box::clone` allocate the new buffer first, then clone each element into it.
  if (v instanceof VecV) {
    const src = v.block.items;
    const out = newVec(I, [], src.length, v.elemTy);
    for (const x of src) out.block.items.push(cloneValue(I, x));
    if (src.length) I.touch(out.block);
    return out;
  }
  if (v instanceof BoxV) {
    const b = boxFor(I, v.block.valueTy);
    b.block.items.push(cloneValue(I, v.block.items[0]));
    b.block.dyn = v.block.dyn;
    I.touch(b.block);
    return b;
  }
  if (v instanceof Struct || v instanceof Enum) {
    const user = v.def.builtin ? undefined : findTraitMethod(I.prog, v.def, 'Clone', 'clone');
    if (user) return I.callUser(user, [new Ref([v], 0, false, null)], I.site.sp);
    if (!v.def.builtin && !v.def.derives.has('Clone')) return I.unsupported(`\`clone\` of \`${v.def.name}\` (no Clone)`);
    const f = v.f.map((x) => cloneValue(I, x));
    const c = v instanceof Struct ? new Struct(v.def, f) : new Enum(v.def, v.vi, f);
    if (c instanceof Enum) c.ty = (v as Enum).ty;
    if (v.typed) c.typed = v.typed;
    return c;
  }
  if (v instanceof Tuple) return new Tuple(v.items.map((x) => cloneValue(I, x)));
  if (v instanceof Arr) return new Arr(v.items.map((x) => cloneValue(I, x)));
  if (v instanceof Closure) return new Closure(v.def, v.env.map((x) => (x instanceof CapRef ? x : cloneValue(I, x))), v.instance);
  if (v instanceof Native) {
    if (v.cls.clone) return new Native(v.cls, v.cls.clone(v.data));
    return I.unsupported(`\`clone\` of \`${I.typeName(v)}\``);
  }
  return v;
}

/** `Into`/`From` conversions std provides, to the type the context expects. */
const STD_FROM = new Set(['HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque', 'Rc', 'Arc', 'Cell', 'RefCell', 'Mutex', 'RwLock']);

/** `vTy`: the checker's type of `v`, where the caller has it (the error a `?` converts). */
export function convert(I: Interp, v: Value, target: Ty | null, site: Site, vTy?: Ty): Value {
  if (!target || target.k === 'infer' || target.k === 'param') return I.unsupported('`into()` whose target type is not written', site.sp);
  if (target.k === 'path') {
    const name = target.name;
    const d = deref(v);
    if (name === 'String') {
      if (d instanceof Str) return newString(I, d.s, null);
      if (d instanceof StringV) return v instanceof Ref ? newString(I, d.block.text, null) : d;
      const s = stringOfBoxStr(I, v);
      if (s) return s;
      if (d instanceof Char) return newString(I, String.fromCodePoint(d.cp), null);
    }
    const it = INT_TYPES[name];
    if (it && d instanceof Int) return normInt(it, big(d));
    if (it && typeof d === 'boolean') return new Int(it, d ? 1 : 0);
    if (it && d instanceof Char) return new Int(it, d.cp);
    if ((name === 'f64' || name === 'f32') && (d instanceof Int || d instanceof Float)) return new Float(name, d instanceof Int ? Number(big(d)) : d.v);
    if (name === 'char' && d instanceof Int) return new Char(Number(big(d)));
    if (name === 'Box') {
      const inner = target.args[0];
      if (inner?.k === 'path' && inner.name === 'str' && v instanceof StringV) return boxStrOfString(I, v);
      if (inner?.k === 'dyn') {
        const payload = d instanceof Str ? newString(I, d.s, null) : v;
        const b = boxValue(I, payload, payload instanceof StringV ? stdTy(I.prog, 'String') : vTy);
        b.block.dyn = inner.trait;
        return b;
      }
      return boxValue(I, v, inner && inner.k !== 'infer' && inner.k !== 'param' ? inner : vTy);
    }
    if (name === 'Option') return some(v);
    if (name === 'Vec') {
      if (v instanceof StringV) return bytesOfString(I, v);
      if (d instanceof Str || d instanceof StringV) return I.unsupported('`Vec<u8>` from a string slice');
      if (d instanceof Arr || d instanceof Slice) {
        const items = (d instanceof Arr ? d.items : d.arr.slice(d.start, d.start + d.len)).map((x) => cloneValue(I, x));
        return newVec(I, items, items.length);
      }
      if (d instanceof VecV) return d;
    }
    // Collections and shared pointers convert through their own `From` impls (std/collections.ts, rc.ts ...).
    if (STD_FROM.has(name)) {
      const from = stdPath(`${name}::from`);
      if (from) return from(I, [v], { ...site, expect: target });
    }
    const adt = I.prog.adts.get(name);
    if (adt) {
      for (const [key, methods] of adt.traitImpls) {
        if (!key.startsWith('From<')) continue;
        const m = methods.get('from');
        if (m && fromMatches(key, v)) return I.callUser(m, [v], site.sp);
      }
      // `From<T> for T`: the value is already of the target's type (its definition, not its name).
      if ((d instanceof Struct || d instanceof Enum) && d.def === adt) return v;
    }
  }
  return I.unsupported(`\`into()\` from \`${I.typeName(v)}\` to \`${target.text}\``, site.sp);
}

/** Whether a `From<X>` impl accepts this value (by the type's name). */
export function fromMatches(key: string, v: Value): boolean {
  const src = key.slice(5, -1).replace(/^&'\w+\s*/, '&');
  const d = deref(v);
  const name = d instanceof Struct || d instanceof Enum ? d.def.name : d instanceof Native ? d.cls.typeName(d.data) : d instanceof Int ? d.ty.name : d instanceof StringV ? 'String' : d instanceof Str ? '&str' : d instanceof Float ? d.ty : null;
  if (!name) return true;
  const base = src.split('<')[0]!.split('::').pop()!;
  if (d instanceof Int && d.ty.flex) return !!INT_TYPES[base];
  return base === name || src === name || (name === '&str' && (src === '&str' || src === "&'staticstr"));
}

/** Whether `v` is, or holds in an enum, array or tuple, a std value that owns a heap allocation. */
function reusesAllocation(v: Value, depth: number): boolean {
  if (v instanceof StringV || v instanceof VecV || v instanceof BoxV || v instanceof Native) return true;
  if (depth === 0) return false;
  const parts = v instanceof Enum ? v.f : v instanceof Arr || v instanceof Tuple ? v.items : [];
  return parts.some((x) => reusesAllocation(x, depth - 1));
}

function cmpArg(I: Interp, self: Value, o: Value): number {
  return cmpValues(I, self, deref(o));
}

defineMethods('*', {
  clone: method('ref', (I, self) => cloneValue(I, self)),
  to_owned: method('ref', (I, self) => cloneValue(I, self)),
  clone_from: method('mut', (I, self, [src]) => {
    // The default `clone_from` is `*self = source.clone()`, which this is. std's own types
    // override it to reuse their allocations (`Box`, `String`, `Vec`, the collections, and
    // `Option`/arrays element by element), which this would not show.
    if (reusesAllocation(deref(self), 3)) return I.unsupported('`clone_from` on a value that owns heap memory (std reuses its allocation)');
    const r = I.recv!;
    const old = r.arr[r.idx];
    r.arr[r.idx] = cloneValue(I, deref(src));
    I.drop(old, 'assign', 'old value', '`clone_from`');
    void self;
    return require('../values').UNIT;
  }),
  to_string: method('ref', (I, self) => toString(I, self)),
  eq: method('ref', (I, self, [o]) => eqValues(I, self, deref(o))),
  ne: method('ref', (I, self, [o]) => !eqValues(I, self, deref(o))),
  lt: method('ref', (I, self, [o]) => cmpArg(I, self, o) < 0),
  le: method('ref', (I, self, [o]) => cmpArg(I, self, o) <= 0),
  gt: method('ref', (I, self, [o]) => cmpArg(I, self, o) > 0),
  ge: method('ref', (I, self, [o]) => cmpArg(I, self, o) >= 0),
  cmp: method('ref', (I, self, [o]) => ordering(cmpArg(I, self, o))),
  partial_cmp: method('ref', (I, self, [o]) => {
    const c = partialCmp(I, self, deref(o));
    return c === null ? NONE : some(ordering(c));
  }),
  max: method('value', (I, self, [o]) => {
    if (cmpValues(I, o, self) >= 0) {
      I.drop(self, 'explicit', 'value', '`max` kept the other');
      return o;
    }
    I.drop(o, 'explicit', 'value', '`max` kept the other');
    return self;
  }),
  min: method('value', (I, self, [o]) => {
    if (cmpValues(I, o, self) < 0) {
      I.drop(self, 'explicit', 'value', '`min` kept the other');
      return o;
    }
    I.drop(o, 'explicit', 'value', '`min` kept the other');
    return self;
  }),
  clamp: method('value', (I, self, [lo, hi]) => {
    if (cmpValues(I, self, lo) < 0) return lo;
    if (cmpValues(I, self, hi) > 0) return hi;
    return self;
  }),
  into: method('value', (I, self, _a, site) => convert(I, self, site.generics[0] ?? site.expect, site)),
  try_into: method('value', (I, self, _a, site) => {
    const t = site.generics[0] ?? (site.expect?.k === 'path' && site.expect.name === 'Result' ? site.expect.args[0] : null);
    if (!t || t.k !== 'path' || !INT_TYPES[t.name]) return I.unsupported('`try_into` to a type that is not an integer', site.sp);
    const { stdPath } = require('./registry') as typeof import('./registry');
    return stdPath(`${t.name}::try_from`)!(I, [self], site);
  }),
  as_ref: method('ref', (I, self) => {
    if (self instanceof StringV) return new Str(self.block.text, self.block);
    if (self instanceof VecV) return new Slice(self.block.items, 0, self.block.items.length, false, self.block);
    return new Ref(I.recv!.arr, I.recv!.idx, false, I.recv!.root);
  }),
  borrow: method('ref', (I) => new Ref(I.recv!.arr, I.recv!.idx, false, I.recv!.root)),
  borrow_mut: method('mut', (I) => new Ref(I.recv!.arr, I.recv!.idx, true, I.recv!.root)),
  fmt: method('ref', (I, self, [f]) => {
    const fmtr = deref(f) as Native;
    const data = fmtr.data as import('./fmt').FormatterData;
    const { writeDisplay } = require('./fmtWrites') as typeof import('./fmtWrites');
    const { emit } = require('./fmt') as typeof import('./fmt');
    writeDisplay(I, self, data.spec, (t) => emit(data, t));
    const { ok } = require('./builtins') as typeof import('./builtins');
    return ok(require('../values').UNIT);
  }),
  hash: method('ref', (I) => I.unsupported('`Hash::hash` called directly')),
});

definePath('From::from', (I, [v], site) => convert(I, v, site.expect, site));
definePath('cmp::max', (I, [a, b]) => (cmpValues(I, b, a) >= 0 ? (I.drop(a, 'explicit', 'value', '`max` kept the other'), b) : (I.drop(b, 'explicit', 'value', '`max` kept the other'), a)));
definePath('cmp::min', (I, [a, b]) => (cmpValues(I, b, a) < 0 ? (I.drop(a, 'explicit', 'value', '`min` kept the other'), b) : (I.drop(b, 'explicit', 'value', '`min` kept the other'), a)));
void findMethod;

/** `std::cmp::Reverse(x)`: orders its value the other way round. */
interface ReverseData {
  v: Value;
  I: Interp;
}

const REVERSE: import('../values').NativeClass = {
  name: 'Reverse',
  typeName: (d: ReverseData) => `Reverse<${d.I.typeName(d.v)}>`,
  copy: false,
  needsDrop: (d: ReverseData) => d.v !== undefined && typeof d.v === 'object',
  drop: (d: ReverseData) => d.I.drop(d.v, 'owner', 'Reverse.0', 'owner dropped'),
  clone: (d: ReverseData) => ({ v: cloneValue(d.I, d.v), I: d.I }),
  cmp: (a: ReverseData, b: ReverseData) => cmpValues(a.I, b.v, a.v),
  eq: (a: ReverseData, b: ReverseData) => eqValues(a.I, a.v, b.v),
  debug: (d: ReverseData, item) => `Reverse(${item(d.v)})`,
  summary: () => 'Reverse(..)',
};

definePath('cmp::Reverse', (I, [v]) => new Native(REVERSE, { v, I }));
