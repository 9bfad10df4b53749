// `recv.name(args)`: the receiver's place, the arguments, then method lookup (`Interp.callMethod`).
// A call site remembers the method its lookup found for a type (the program's, or std's for the
// value's kind): the same receiver type at the same site finds the same method, so later calls
// skip the lookup.
import type { Expr, FnIR } from '../ir';
import { findMethod, type AdtDef } from '../items';
import { siteMentionsParam, type Ty } from '../types';
import { Enum, Ref, Struct, type Root, type Value } from '../values';
import { UNWRAPPING, hintItemType, resultOf } from './expect';
import { kindOf } from './interp';
import { stdMethod, type Site, type StdMethod } from '../std/registry';
import type { CE, Compiler } from './compile';
import { positionKey } from '../lower/checkedTypes';
import { evalArgs } from './args';

export function compileMethodCall(C: Compiler, e: Extract<Expr, { k: 'mcall' }>, expect: Ty | null): CE {
  const I = C.I;
  // `let x: u8 = s.parse().unwrap()`: what `unwrap` must return tells `parse`/`collect` their target.
  const recvExpect = expect && UNWRAPPING.has(e.name) ? resultOf(expect) : null;
  if (expect) hintItemType(e, expect);
  // A local receiver (`v.push(x)`, `c.bump()`) is its slot; any other is a place made first.
  const slot = e.recv.k === 'local' ? e.recv.slot : -1;
  const recv = slot >= 0 ? null : C.place(e.recv, recvExpect);
  const args = e.args.map((a) => C.value(a, null, `argument of \`${e.name}\``));
  const name = e.name;
  // The checker's type of a `collect()`: its target with every element type known.
  const checked = C.prog.callTypes.get(positionKey(e.nameSp.l, e.nameSp.c, e.nameSp.el, e.nameSp.ec)) ?? null;
  const collected = name === 'collect' ? checked : null;
  const written: Site = collected ? { sp: e.nameSp, generics: [collected], expect: collected, ty: checked } : { sp: e.nameSp, generics: e.generics, expect, ty: checked };
  // In a generic body, `collect::<Vec<T>>()` collects into what `T` stands for in the running call.
  const generic = siteMentionsParam(written);
  let cachedDef: AdtDef | null = null;
  let cachedFn: FnIR | undefined;
  /** A user method of a program type, the first thing `callMethod` probes, here or behind one reference. */
  const userMethod = (def: AdtDef): FnIR | undefined => {
    if (def === cachedDef) return cachedFn;
    if (def.builtin) return undefined;
    const m = findMethod(I.prog, def, name);
    if (m) {
      cachedDef = def;
      cachedFn = m;
    }
    return m;
  };
  let cachedKind: string | null = null;
  let cachedStd: StdMethod | undefined;
  /** std's method for a receiver that is no reference, as `callMethod` looks it up after the program's. */
  const stdMethodOf = (v: Value): StdMethod | undefined => {
    const kind = kindOf(v);
    if (kind === cachedKind) return cachedStd;
    const sm = stdMethod(kind, name);
    if (sm) {
      cachedKind = kind;
      cachedStd = sm;
    }
    return sm;
  };
  const dispatch = (arr: Value[], idx: number, root: Root, rootSlot: number, av: Value[]): Value => {
    const site = generic ? I.siteIn(written) : written;
    const v = arr[idx];
    if (v instanceof Struct || v instanceof Enum) {
      const m = userMethod(v.def);
      if (m) return I.callUserMethod(m, arr, idx, root, rootSlot, av, site);
    }
    if (v !== undefined && !(v instanceof Ref)) {
      const sm = stdMethodOf(v);
      if (sm) return I.callStdMethod(sm, arr, idx, root, rootSlot, av, site);
    } else if (v instanceof Ref) {
      const t = v.arr[v.idx];
      // (`callMethod` looks for std's by-value `Iterator` adapters on a `&mut` iterator first.)
      if ((t instanceof Struct || t instanceof Enum) && !(v.mut && t.def.traitImpls.has('Iterator'))) {
        const m = userMethod(t.def);
        if (m) return I.callUserMethod(m, v.arr, v.idx, v.root, v.rootSlot, av, site);
      }
    }
    return I.callMethod(new Ref(arr, idx, true, root, rootSlot), name, av, site);
  };
  if (recv === null) {
    if (args.length === 0) return (f) => dispatch(f.slots, slot, f, slot, []);
    if (args.length === 1) {
      const a0 = args[0]!;
      return (f) => dispatch(f.slots, slot, f, slot, [a0(f)]);
    }
    return (f) => dispatch(f.slots, slot, f, slot, evalArgs(args, f));
  }
  if (args.length === 0) {
    return (f) => {
      const r = recv(f);
      return dispatch(r.arr, r.idx, r.root, r.rootSlot, []);
    };
  }
  if (args.length === 1) {
    const a0 = args[0]!;
    return (f) => {
      const r = recv(f);
      return dispatch(r.arr, r.idx, r.root, r.rootSlot, [a0(f)]);
    };
  }
  return (f) => {
    const r = recv(f);
    const av = evalArgs(args, f);
    return dispatch(r.arr, r.idx, r.root, r.rootSlot, av);
  };
}
