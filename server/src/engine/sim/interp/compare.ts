// `==` and ordering with Rust's semantics: `PartialEq`/`PartialOrd`/`Ord` as derived (field by
// field, enums by variant first, sequences lexicographically, strings by UTF-8 bytes) or as the
// user implemented them (called).
import {
  Arr, BoxV, Char, Enum, Float, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, VecV, big, type Value, CapRef,
} from '../values';
import type { Interp } from './interp';

function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

/** `a == b` with `PartialEq` semantics; references compare their targets. */
export function eqValues(I: Interp, a: Value, b: Value): boolean {
  if (a instanceof Int && b instanceof Int) return a.v === b.v || (typeof a.v !== typeof b.v && big(a) === big(b));
  if (a instanceof Float && b instanceof Float) return a.v === b.v;
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  if (a instanceof Char && b instanceof Char) return a.cp === b.cp;
  a = deref(a);
  b = deref(b);
  const sa = strOf(a);
  if (sa !== null) {
    const sb = strOf(b);
    return sb !== null && sa === sb;
  }
  if (a instanceof Int || a instanceof Float || a instanceof Char || typeof a === 'boolean') return eqValues(I, a, b);
  const la = seqOf(a);
  if (la) {
    const lb = seqOf(b);
    if (!lb || la.length !== lb.length) return false;
    for (let i = 0; i < la.length; i++) if (!eqValues(I, la[i], lb[i])) return false;
    return true;
  }
  if (a instanceof Tuple && b instanceof Tuple) {
    for (let i = 0; i < a.items.length; i++) if (!eqValues(I, a.items[i], b.items[i])) return false;
    return true;
  }
  if (a instanceof BoxV && b instanceof BoxV) return eqValues(I, a.block.items[0], b.block.items[0]);
  if ((a instanceof Struct || a instanceof Enum) && (b instanceof Struct || b instanceof Enum)) {
    if (!a.def.builtin || a.def.traitImpls.size) {
      const user = userTraitMethod(I, a, 'PartialEq', 'eq');
      if (user) return I.callUser(user, [refTo(a), refTo(b)], I.site.sp) as boolean;
      if (!a.def.derives.has('PartialEq') && !a.def.builtin) return I.unsupported(`\`==\` on \`${a.def.name}\` without PartialEq`);
    }
    if (a.def !== b.def) return false;
    if (a instanceof Enum && b instanceof Enum && a.vi !== b.vi) return false;
    const fa = a.f;
    const fb = (b as Struct | Enum).f;
    for (let i = 0; i < fa.length; i++) if (!eqValues(I, fa[i], fb[i])) return false;
    return true;
  }
  if (a instanceof Native && b instanceof Native && a.cls === b.cls && a.cls.eq) return a.cls.eq(a.data, b.data);
  if (a instanceof Tuple && a.items.length === 0) return true;
  return I.unsupported(`\`==\` between \`${I.typeName(a)}\` and \`${I.typeName(b)}\``);
}

function refTo(v: Value): Ref {
  return new Ref([v], 0, false, null);
}

function userTraitMethod(I: Interp, v: Struct | Enum, trait: string, name: string) {
  const impl = v.def.traitImpls.get(trait) ?? [...v.def.traitImpls.entries()].find(([k]) => k.startsWith(trait + '<'))?.[1];
  return impl?.get(name) ?? (impl ? I.prog.traits.get(trait)?.defaults.get(name) : undefined);
}

function strOf(v: Value): string | null {
  if (v instanceof Str) return v.s;
  if (v instanceof StringV) return v.block.text;
  return null;
}

function seqOf(v: Value): Value[] | null {
  if (v instanceof VecV) return v.block.items;
  if (v instanceof Arr) return v.items;
  if (v instanceof Slice) return v.arr.slice(v.start, v.start + v.len);
  return null;
}

/** `PartialOrd::partial_cmp` as -1/0/1, or null when unordered (NaN). */
export function partialCmp(I: Interp, a: Value, b: Value): number | null {
  if (a instanceof Float && b instanceof Float) {
    if (Number.isNaN(a.v) || Number.isNaN(b.v)) return null;
    return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  }
  return cmpValues(I, a, b);
}

/** `Ord::cmp` as -1/0/1 (derived: lexicographic by fields, enums by variant first). */
export function cmpValues(I: Interp, a: Value, b: Value): number {
  if (a instanceof Int && b instanceof Int) {
    if (typeof a.v === 'number' && typeof b.v === 'number') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
    const x = big(a);
    const y = big(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a instanceof Float && b instanceof Float) return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (a instanceof Char && b instanceof Char) return a.cp < b.cp ? -1 : a.cp > b.cp ? 1 : 0;
  a = deref(a);
  b = deref(b);
  const sa = strOf(a);
  if (sa !== null) {
    const sb = strOf(b) ?? '';
    // Rust compares strings by UTF-8 bytes, which orders like code points.
    return cmpCodePoints(sa, sb);
  }
  if (a instanceof Int || a instanceof Float || a instanceof Char || typeof a === 'boolean') return cmpValues(I, a, b);
  const la = seqOf(a);
  if (la) {
    const lb = seqOf(b) ?? [];
    for (let i = 0; i < Math.min(la.length, lb.length); i++) {
      const c = cmpValues(I, la[i], lb[i]);
      if (c !== 0) return c;
    }
    return la.length < lb.length ? -1 : la.length > lb.length ? 1 : 0;
  }
  if (a instanceof Tuple && b instanceof Tuple) {
    for (let i = 0; i < a.items.length; i++) {
      const c = cmpValues(I, a.items[i], b.items[i]);
      if (c !== 0) return c;
    }
    return 0;
  }
  if (a instanceof BoxV && b instanceof BoxV) return cmpValues(I, a.block.items[0], b.block.items[0]);
  if ((a instanceof Struct || a instanceof Enum) && (b instanceof Struct || b instanceof Enum)) {
    if (!a.def.builtin) {
      const ord = userTraitMethod(I, a, 'Ord', 'cmp');
      if (ord) return orderingToNum(I.callUser(ord, [refTo(a), refTo(b)], I.site.sp));
      const pord = userTraitMethod(I, a, 'PartialOrd', 'partial_cmp');
      if (pord) {
        const r = I.callUser(pord, [refTo(a), refTo(b)], I.site.sp);
        if (r instanceof Enum && r.vi === 1) return orderingToNum(r.f[0]);
        return 0;
      }
    }
    if (a instanceof Enum && b instanceof Enum && a.vi !== b.vi) {
      const da = a.def.variants[a.vi]!.discr;
      const db = b.def.variants[b.vi]!.discr;
      return da < db ? -1 : 1;
    }
    const fa = a.f;
    const fb = (b as Struct | Enum).f;
    for (let i = 0; i < fa.length; i++) {
      const c = cmpValues(I, fa[i], fb[i]);
      if (c !== 0) return c;
    }
    return 0;
  }
  if (a instanceof Native && b instanceof Native && a.cls.cmp) return a.cls.cmp(a.data, b.data);
  return I.unsupported(`ordering between \`${I.typeName(a)}\` and \`${I.typeName(b)}\``);
}

export function cmpCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function orderingToNum(v: Value): number {
  if (v instanceof Enum) return v.vi === 0 ? -1 : v.vi === 1 ? 0 : 1;
  return 0;
}
