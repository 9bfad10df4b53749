// Pattern matching at run time, in two phases as rustc does it: `test` decides whether a value
// matches without touching it; `bind` then moves, copies or borrows the parts into binding slots.
// Matching a non-reference pattern against a reference dereferences it and switches the default
// binding mode to `ref` (or `ref mut`), which is how `match &opt { Some(x) => .. }` binds `x: &T`.
import type { Pat } from '../ir';
import { enumVariant, resolvePatPath } from './paths';
import type { Compiler } from './compile';
import type { FrameObj } from './frame';
import { eqValues, cmpValues } from './ops';
import {
  Arr, BoxV, Enum, Ref, Slice, Str, StringV, Struct, Tuple, VecV, type Root, type Value, Int, Char, Float,
} from '../values';

export type Tester = (v: Value) => boolean;
/** mode: 0 = by value (move/copy), 1 = `ref`, 2 = `ref mut`. */
export type BindFn = (f: FrameObj, arr: Value[], idx: number, root: Root, rs: number, mode: number, move: boolean) => void;

function isRefPat(p: Pat): boolean {
  return p.k === 'bind' || p.k === 'wild' || p.k === 'ref' || p.k === 'rest';
}

/** Follows references (and `CapRef`s) from a value, for non-reference patterns. */
function derefAll(v: Value): Value {
  while (v instanceof Ref) v = v.arr[v.idx];
  return v;
}

export function compileTest(C: Compiler, p: Pat): Tester {
  switch (p.k) {
    case 'wild': case 'rest': return () => true;
    case 'bind': {
      if (!p.sub) return () => true;
      return compileTest(C, p.sub);
    }
    case 'lit': {
      const lit = p.v;
      if (lit instanceof Str) {
        const s = lit.s;
        return (v) => {
          const d = derefAll(v);
          if (d instanceof Str) return d.s === s;
          if (d instanceof StringV) return d.block.text === s;
          return false;
        };
      }
      if (lit instanceof Int) {
        const n = lit.v;
        return (v) => {
          const d = derefAll(v);
          return d instanceof Int && (d.v === n || (typeof d.v !== typeof n && BigInt(d.v) === BigInt(n)));
        };
      }
      return (v) => eqValues(C.I, derefAll(v), lit);
    }
    case 'range': {
      const lo = p.lo;
      const hi = p.hi;
      const inclusive = p.inclusive;
      return (v) => {
        const d = derefAll(v);
        if (lo !== null && cmpValues(C.I, d, lo) < 0) return false;
        if (hi !== null) {
          const c = cmpValues(C.I, d, hi);
          if (inclusive ? c > 0 : c >= 0) return false;
        }
        return true;
      };
    }
    case 'tuple': {
      const items = p.items;
      const restAt = items.findIndex((i) => i.k === 'rest');
      const tests = items.map((i) => compileTest(C, i));
      return (v) => {
        const d = derefAll(v);
        if (!(d instanceof Tuple)) return false;
        return testSeq(d.items, 0, d.items.length, tests, restAt);
      };
    }
    case 'tstruct': case 'path': case 'struct': {
      const target = resolvePatPath(C, p);
      if (target.k === 'const') {
        const cv = target.value;
        return (v) => eqValues(C.I, derefAll(v), cv());
      }
      const { def, vi } = target;
      if (p.k === 'path') {
        if (def.kind === 'struct') return () => true;
        return (v) => {
          const d = derefAll(v);
          return d instanceof Enum && d.def === def && d.vi === vi;
        };
      }
      const fieldNames = def.kind === 'struct' ? def.fieldNames : def.variants[vi]!.fieldNames;
      if (p.k === 'tstruct') {
        const restAt = p.items.findIndex((i) => i.k === 'rest');
        const tests = p.items.map((i) => compileTest(C, i));
        return (v) => {
          const d = derefAll(v);
          if (d instanceof Enum) {
            if (d.def !== def || d.vi !== vi) return false;
            return testSeq(d.f, 0, d.f.length, tests, restAt);
          }
          if (d instanceof Struct) return testSeq(d.f, 0, d.f.length, tests, restAt);
          return false;
        };
      }
      const fields = p.fields.map((x) => ({ i: fieldNames.indexOf(x.name), t: compileTest(C, x.pat) }));
      for (const x of fields) if (x.i < 0) C.unsupported('unknown field in pattern', p.sp);
      return (v) => {
        const d = derefAll(v);
        let f: Value[];
        if (d instanceof Enum) {
          if (d.def !== def || d.vi !== vi) return false;
          f = d.f;
        } else if (d instanceof Struct) f = d.f;
        else return false;
        for (const x of fields) if (!x.t(f[x.i])) return false;
        return true;
      };
    }
    case 'or': {
      const alts = p.alts.map((a) => compileTest(C, a));
      return (v) => {
        for (const a of alts) if (a(v)) return true;
        return false;
      };
    }
    case 'ref': {
      const inner = compileTest(C, p.pat);
      return (v) => (v instanceof Ref ? inner(v.arr[v.idx]) : inner(v));
    }
    case 'slice': {
      const restAt = p.items.findIndex((i) => i.k === 'rest' || (i.k === 'bind' && i.sub?.k === 'rest'));
      const tests = p.items.map((i) => compileTest(C, i));
      const n = p.items.length;
      return (v) => {
        const s = sliceOf(derefAll(v));
        if (!s) return false;
        if (restAt < 0 ? s.len !== n : s.len < n - 1) return false;
        return testSeq(s.arr, s.start, s.len, tests, restAt);
      };
    }
  }
}

function testSeq(arr: Value[], start: number, len: number, tests: Tester[], restAt: number): boolean {
  if (restAt < 0) {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(arr[start + i])) return false;
    return true;
  }
  for (let i = 0; i < restAt; i++) if (!tests[i]!(arr[start + i])) return false;
  const after = tests.length - restAt - 1;
  for (let j = 0; j < after; j++) if (!tests[restAt + 1 + j]!(arr[start + len - after + j])) return false;
  return true;
}

export function sliceOf(v: Value): { arr: Value[]; start: number; len: number; root: Root } | null {
  if (v instanceof Arr) return { arr: v.items, start: 0, len: v.items.length, root: null };
  if (v instanceof Slice) return { arr: v.arr, start: v.start, len: v.len, root: v.root };
  if (v instanceof VecV) return { arr: v.block.items, start: 0, len: v.block.items.length, root: v.block };
  return null;
}

export function compileBind(C: Compiler, p: Pat): BindFn | null {
  const I = C.I;
  switch (p.k) {
    case 'wild': case 'lit': case 'range': case 'path': return null;
    case 'rest': return p.bind ? compileBind(C, p.bind) : null;
    case 'bind': {
      const slot = p.slot;
      const byRef = p.byRef;
      const sub = p.sub && p.sub.k !== 'rest' ? compileBind(C, p.sub) : null;
      const name = p.name;
      return (f, arr, idx, root, rs, mode, move) => {
        if (sub) sub(f, arr, idx, root, rs, mode, false);
        let v: Value;
        if (byRef === 'ref' || (byRef === null && mode === 1)) v = new Ref(arr, idx, false, root, rs);
        else if (byRef === 'mut' || (byRef === null && mode === 2)) v = new Ref(arr, idx, true, root, rs);
        else if (move) {
          v = I.take(arr, idx);
          if (I.rec && arr[idx] === undefined) {
            I.rec.event({ kind: 'move', what: root && (root as FrameObj).isFrame && rs >= 0 ? ((root as FrameObj).slotNames[rs] ?? 'value') : 'value', to: `\`${name}\`` });
            if (root) I.rec.dirty(root);
          }
        } else v = arr[idx];
        f.slots[slot] = v;
        if (I.rec) I.rec.bind(f, slot);
      };
    }
    case 'ref': {
      const inner = compileBind(C, p.pat);
      if (!inner) return null;
      return (f, arr, idx, root, rs, _mode, move) => {
        const v = arr[idx];
        if (v instanceof Ref) inner(f, v.arr, v.idx, v.root, v.rootSlot, 0, move);
        else inner(f, arr, idx, root, rs, 0, move);
      };
    }
    case 'tuple': {
      const binds = p.items.map((i) => compileBind(C, i));
      const restAt = p.items.findIndex((i) => i.k === 'rest');
      if (binds.every((b) => !b)) return null;
      return (f, arr, idx, root, rs, mode, move) => {
        const d = deref(arr, idx, root, rs, mode);
        const t = d.arr[d.idx] as Tuple;
        bindSeq(f, t.items, 0, t.items.length, binds, restAt, d.root, d.rs, d.mode, move);
      };
    }
    case 'tstruct': case 'struct': {
      const target = resolvePatPath(C, p);
      if (target.k === 'const') return null;
      const def = target.def;
      const fieldNames = def.kind === 'struct' ? def.fieldNames : def.variants[target.vi]!.fieldNames;
      if (p.k === 'tstruct') {
        const binds = p.items.map((i) => compileBind(C, i));
        const restAt = p.items.findIndex((i) => i.k === 'rest');
        if (binds.every((b) => !b)) return null;
        return (f, arr, idx, root, rs, mode, move) => {
          const d = deref(arr, idx, root, rs, mode);
          const v = d.arr[d.idx] as Struct | Enum;
          bindSeq(f, v.f, 0, v.f.length, binds, restAt, d.root, d.rs, d.mode, move);
        };
      }
      const fields = p.fields.map((x) => ({ i: fieldNames.indexOf(x.name), b: compileBind(C, x.pat) })).filter((x) => x.b);
      if (!fields.length) return null;
      return (f, arr, idx, root, rs, mode, move) => {
        const d = deref(arr, idx, root, rs, mode);
        const v = d.arr[d.idx] as Struct | Enum;
        for (const x of fields) x.b!(f, v.f, x.i, d.root, d.rs, d.mode, move);
      };
    }
    case 'or': {
      const alts = p.alts.map((a) => ({ t: compileTest(C, a), b: compileBind(C, a) }));
      return (f, arr, idx, root, rs, mode, move) => {
        for (const a of alts) {
          if (a.t(arr[idx])) {
            if (a.b) a.b(f, arr, idx, root, rs, mode, move);
            return;
          }
        }
      };
    }
    case 'slice': {
      const items = p.items;
      const restAt = items.findIndex((i) => i.k === 'rest' || (i.k === 'bind' && i.sub?.k === 'rest'));
      const binds = items.map((i, k) => (k === restAt ? null : compileBind(C, i)));
      const restBind = restAt >= 0 && items[restAt]!.k === 'bind' ? (items[restAt] as Extract<Pat, { k: 'bind' }>) : null;
      return (f, arr, idx, root, rs, mode, move) => {
        const d = deref(arr, idx, root, rs, mode);
        const s = sliceOf(d.arr[d.idx])!;
        bindSeq(f, s.arr, s.start, s.len, binds, restAt, s.root ?? d.root, d.rs, d.mode, move);
        if (restBind) {
          const after = items.length - restAt - 1;
          const sub = new Slice(s.arr, s.start + restAt, s.len - restAt - after, d.mode === 2, s.root ?? d.root);
          f.slots[restBind.slot] = d.mode === 0 ? I.unsupported('binding a subslice by value', p.sp) : sub;
          if (I.rec) I.rec.bind(f, restBind.slot);
        }
      };
    }
  }
}

/** Default binding modes: a non-reference pattern looks through references and binds by reference. */
function deref(arr: Value[], idx: number, root: Root, rs: number, mode: number): { arr: Value[]; idx: number; root: Root; rs: number; mode: number } {
  let v = arr[idx];
  // A slice value is itself a reference (`&[T]`): its elements bind by reference.
  if (v instanceof Slice && mode !== 1) mode = v.mut ? 2 : 1;
  while (v instanceof Ref || v instanceof BoxV) {
    if (v instanceof BoxV) break;
    if (mode !== 1) mode = v.mut ? 2 : 1;
    arr = v.arr;
    idx = v.idx;
    root = v.root;
    rs = v.rootSlot;
    v = arr[idx];
  }
  return { arr, idx, root, rs, mode };
}

function bindSeq(f: FrameObj, arr: Value[], start: number, len: number, binds: (BindFn | null)[], restAt: number, root: Root, rs: number, mode: number, move: boolean): void {
  if (restAt < 0) {
    for (let i = 0; i < binds.length; i++) binds[i]?.(f, arr, start + i, root, rs, mode, move);
    return;
  }
  for (let i = 0; i < restAt; i++) binds[i]?.(f, arr, start + i, root, rs, mode, move);
  const after = binds.length - restAt - 1;
  for (let j = 0; j < after; j++) binds[restAt + 1 + j]?.(f, arr, start + len - after + j, root, rs, mode, move);
}

export { isRefPat, enumVariant, Char, Float };
