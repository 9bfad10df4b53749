// Exhaustiveness of `match` (E0004) and irrefutability of `let` and `for` patterns (E0005), by
// rustc's usefulness algorithm: a pattern row of wildcards is useful against the arms exactly when
// some value no arm matches exists, and that value is the witness the message names. Constructors
// are split by the matched type: enum variants, `true`/`false`, the one constructor of a struct,
// tuple or reference, and integer and `char` ranges. A pattern the model does not cover (strings,
// slices, floats, consts) makes the answer unknown: no error.
import type * as A from '../../syntax/ast';
import type { AdtDef } from '../defs';
import { BOOL, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { fieldTys } from './expr';

type Ctor =
  | { readonly k: 'variant'; readonly index: number }
  | { readonly k: 'bool'; readonly value: boolean }
  | { readonly k: 'single' }
  | { readonly k: 'range'; readonly lo: bigint; readonly hi: bigint };

type DPat = { readonly k: 'wild' } | { readonly k: 'ctor'; readonly ctor: Ctor; readonly fields: DPat[] } | { readonly k: 'or'; readonly alts: DPat[] };

/** A pattern the model does not cover. */
class Unknown extends Error {}

const WILD: DPat = { k: 'wild' };

/** A pending check, run when the body's types are final. */
export interface PatternCheck {
  readonly kind: 'match' | 'let' | 'for';
  readonly ty: Ty;
  /** The patterns that count (a guarded arm does not). */
  readonly pats: readonly A.Pat[];
  readonly span: A.Span;
}

export function reportPatternChecks(cx: FnCtxt, checks: readonly PatternCheck[]): void {
  for (const c of checks) {
    // A lone binding or `_` matches every value (most `let`s): nothing to compute.
    if (c.pats.length === 1 && matchesAll(cx, c.pats[0]!)) continue;
    const ty = cx.resolved(c.ty);
    if (!cx.certain(ty)) continue;
    let witness: string[] | undefined;
    if (c.kind !== 'match' && c.pats.length === 1 && refutableSlice(cx, c.pats[0]!, ty)) witness = ['&[]'];
    else try {
      const rows = c.pats.map((p) => [lowerPat(cx, p, ty)]);
      witness = useful(cx, rows, [ty]);
    } catch (e) {
      if (e instanceof Unknown) continue;
      throw e;
    }
    if (!witness) continue;
    if (c.kind === 'match') cx.error('E0004', `non-exhaustive patterns: \`${witness[0]}\` not covered`, c.span);
    else cx.error('E0005', c.kind === 'let' ? 'refutable pattern in local binding' : 'refutable pattern in `for` loop binding', c.span);
  }
}

/** `_`, or a binding without a sub-pattern that names no constant or unit variant (lowered to a wildcard). */
function matchesAll(cx: FnCtxt, p: A.Pat): boolean {
  return p.kind === 'WildPat' || (p.kind === 'IdentPat' && !p.sub && !cx.p.identPatRes(p));
}

/**
 * A slice pattern against a slice (not an array) matches only some lengths unless it is a lone
 * `..` (or `rest @ ..`): `let [first] = v.as_slice();` is refutable.
 */
function refutableSlice(cx: FnCtxt, pat: A.Pat, ty: Ty): boolean {
  let t = cx.resolved(ty);
  while (t.k === 'ref') t = cx.resolved(t.inner);
  if (pat.kind !== 'SlicePat' || t.k !== 'slice') return false;
  const lone = pat.elems.length === 1 && (pat.elems[0]!.kind === 'RestPat' || (pat.elems[0]!.kind === 'IdentPat' && pat.elems[0]!.sub?.kind === 'RestPat'));
  return !lone;
}

// ---------------------------------------------------------------------------------------------
// The matched type's constructors

type Space = { readonly k: 'enum'; readonly def: AdtDef; readonly args: readonly Ty[] } | { readonly k: 'bool' } | { readonly k: 'single'; readonly fields: Ty[] } | { readonly k: 'ints'; readonly lo: bigint; readonly hi: bigint; readonly ty: Ty } | { readonly k: 'opaque' };

const ENUMS = new Set(['Option', 'Result', 'Ordering']);

function spaceOf(cx: FnCtxt, ty: Ty): Space {
  const t = cx.resolved(ty);
  if (t === BOOL) return { k: 'bool' };
  if (t.k === 'int') {
    const bits = t.name === 'isize' || t.name === 'usize' ? 64n : BigInt(t.name.slice(1));
    return t.name.startsWith('u') ? { k: 'ints', lo: 0n, hi: (1n << bits) - 1n, ty: t } : { k: 'ints', lo: -(1n << (bits - 1n)), hi: (1n << (bits - 1n)) - 1n, ty: t };
  }
  if (t.k === 'char') return { k: 'ints', lo: 0n, hi: 0x10ffffn, ty: t };
  if (t.k === 'tuple') return { k: 'single', fields: [...t.elems] };
  if (t.k === 'ref') return { k: 'single', fields: [t.inner] };
  if (t.k === 'adt') {
    const def = t.def as AdtDef;
    if (def.std && !ENUMS.has(def.name)) return { k: 'opaque' };
    if (def.adt === 'enum') return { k: 'enum', def, args: t.args };
    if (def.adt === 'struct') return { k: 'single', fields: fieldTys(cx, def, 0, t.args) };
  }
  return { k: 'opaque' };
}

function arity(cx: FnCtxt, space: Space, c: Ctor): Ty[] {
  if (space.k === 'single') return space.fields;
  if (space.k === 'enum' && c.k === 'variant') return fieldTys(cx, space.def, c.index, space.args);
  return [];
}

// ---------------------------------------------------------------------------------------------
// Patterns in the model

function lowerPat(cx: FnCtxt, p: A.Pat, ty: Ty): DPat {
  const t = cx.resolved(ty);
  const space = spaceOf(cx, t);
  // Default binding modes: a structural pattern against `&T` matches through the reference.
  if (t.k === 'ref' && p.kind !== 'RefPat' && p.kind !== 'WildPat' && !(p.kind === 'IdentPat' && !cx.p.identPatRes(p)) && p.kind !== 'OrPat') {
    return { k: 'ctor', ctor: { k: 'single' }, fields: [lowerPat(cx, p, t.inner)] };
  }
  switch (p.kind) {
    case 'WildPat': return WILD;
    case 'IdentPat': {
      const res = cx.p.identPatRes(p);
      if (!res) return p.sub ? lowerPat(cx, p.sub, t) : WILD;
      if (res.kind === 'Variant' && space.k === 'enum' && res.adt === space.def && arity(cx, space, { k: 'variant', index: res.index }).length === 0) return { k: 'ctor', ctor: { k: 'variant', index: res.index }, fields: [] };
      if (res.kind === 'Def' && res.def.kind === 'adt' && space.k === 'single' && space.fields.length === 0) return { k: 'ctor', ctor: { k: 'single' }, fields: [] };
      throw new Unknown();
    }
    case 'RefPat':
      if (t.k !== 'ref') throw new Unknown();
      return { k: 'ctor', ctor: { k: 'single' }, fields: [lowerPat(cx, p.pat, t.inner)] };
    case 'TuplePat': {
      if (space.k !== 'single' || t.k !== 'tuple') throw new Unknown();
      return { k: 'ctor', ctor: { k: 'single' }, fields: positional(cx, p.elems, space.fields) };
    }
    case 'PathPat': case 'TupleStructPat': case 'StructPat': {
      const ctor = ctorOfPath(cx, p.path, space, t);
      const tys = arity(cx, space, ctor);
      if (p.kind === 'PathPat') return { k: 'ctor', ctor, fields: tys.map(() => WILD) };
      if (p.kind === 'TupleStructPat') return { k: 'ctor', ctor, fields: positional(cx, p.elems, tys) };
      const names = variantFields(space, t, ctor);
      const fields = tys.map((): DPat => WILD);
      for (const f of p.fields) {
        const i = names.indexOf(f.name.name);
        if (i < 0) throw new Unknown();
        fields[i] = f.pat ? lowerPat(cx, f.pat, tys[i]!) : WILD;
      }
      return { k: 'ctor', ctor, fields };
    }
    case 'LitPat': {
      if (p.lit.kind === 'Bool' && space.k === 'bool') return { k: 'ctor', ctor: { k: 'bool', value: p.lit.value }, fields: [] };
      const v = litValue(p.lit, p.negated);
      if (v === undefined || space.k !== 'ints') throw new Unknown();
      return { k: 'ctor', ctor: { k: 'range', lo: v, hi: v }, fields: [] };
    }
    case 'RangePat': {
      if (space.k !== 'ints') throw new Unknown();
      const lo = p.start ? boundValue(p.start) : space.lo;
      let hi = p.end ? boundValue(p.end) : space.hi;
      if (p.end && !p.inclusive) hi -= 1n;
      return { k: 'ctor', ctor: { k: 'range', lo, hi }, fields: [] };
    }
    case 'OrPat': return { k: 'or', alts: p.alts.map((a) => lowerPat(cx, a, t)) };
    default: throw new Unknown();
  }
}

function positional(cx: FnCtxt, pats: readonly A.Pat[], tys: readonly Ty[]): DPat[] {
  const rest = pats.findIndex((q) => q.kind === 'RestPat');
  if (rest < 0 && pats.length !== tys.length) throw new Unknown();
  const out: DPat[] = tys.map(() => WILD);
  const before = rest < 0 ? pats.length : rest;
  for (let i = 0; i < before; i++) out[i] = lowerPat(cx, pats[i]!, tys[i]!);
  if (rest >= 0) {
    const after = pats.slice(rest + 1);
    after.forEach((q, j) => {
      const i = tys.length - after.length + j;
      out[i] = lowerPat(cx, q, tys[i]!);
    });
  }
  return out;
}

function ctorOfPath(cx: FnCtxt, path: A.Path, space: Space, t: Ty): Ctor {
  const { res, unresolved } = cx.p.namesFor(cx.scope.std).resolve(path);
  const last = path.segments[path.segments.length - 1]?.ident.name;
  if (space.k === 'enum') {
    if (res.kind === 'Variant' && unresolved === 0 && res.adt === space.def) return { k: 'variant', index: res.index };
    if (((res.kind === 'Def' && res.def === space.def) || res.kind === 'SelfTy') && unresolved === 1) {
      const index = space.def.variants.findIndex((v) => v.name === last);
      if (index >= 0) return { k: 'variant', index };
    }
    throw new Unknown();
  }
  if (space.k === 'single' && t.k === 'adt' && ((res.kind === 'Def' && res.def === t.def && unresolved === 0) || (res.kind === 'SelfTy' && unresolved === 0))) return { k: 'single' };
  throw new Unknown();
}

function variantFields(space: Space, t: Ty, c: Ctor): string[] {
  if (space.k === 'enum' && c.k === 'variant') return space.def.variants[c.index]?.fields.map((f) => f.name) ?? [];
  if (t.k === 'adt') return (t.def as AdtDef).variants[0]?.fields.map((f) => f.name) ?? [];
  return [];
}

function litValue(lit: A.Lit, negated: boolean): bigint | undefined {
  if (lit.kind === 'Int') return negated ? -lit.value : lit.value;
  if (lit.kind === 'Byte') return BigInt(lit.value);
  if (lit.kind === 'Char') return BigInt(lit.value.codePointAt(0) ?? 0);
  return undefined;
}

function boundValue(p: A.Pat): bigint {
  if (p.kind === 'LitPat') {
    const v = litValue(p.lit, p.negated);
    if (v !== undefined) return v;
  }
  throw new Unknown();
}

// ---------------------------------------------------------------------------------------------
// Usefulness

/** A witness (one printed pattern per column) that no row matches, or undefined if none exists. */
function useful(cx: FnCtxt, rows: readonly DPat[][], tys: readonly Ty[]): string[] | undefined {
  if (tys.length === 0) return rows.length === 0 ? [] : undefined;
  const expanded: DPat[][] = [];
  for (const r of rows) expandOr(r, expanded);
  const ty = tys[0]!;
  const space = spaceOf(cx, ty);
  const heads = expanded.map((r) => r[0]!).filter((h): h is DPat & { k: 'ctor' } => h.k === 'ctor');
  if (space.k === 'opaque' && heads.length > 0) throw new Unknown();
  const all = ctorsOf(space, heads);
  const missing = all.filter((c) => !heads.some((h) => covers(h.ctor, c)));
  if (missing.length > 0 || space.k === 'opaque') {
    const rest = useful(cx, expanded.filter((r) => r[0]!.k === 'wild').map((r) => r.slice(1)), tys.slice(1));
    if (!rest) return undefined;
    const shown = missing[0] && heads.length > 0 ? show(cx, space, ty, missing[0], arity(cx, space, missing[0]).map(() => '_')) : '_';
    return [shown, ...rest];
  }
  for (const c of all) {
    const fieldsTy = arity(cx, space, c);
    const spec: DPat[][] = [];
    for (const r of expanded) {
      const h = r[0]!;
      if (h.k === 'wild') spec.push([...fieldsTy.map(() => WILD), ...r.slice(1)]);
      else if (h.k === 'ctor' && covers(h.ctor, c)) spec.push([...h.fields, ...r.slice(1)]);
    }
    const w = useful(cx, spec, [...fieldsTy, ...tys.slice(1)]);
    if (w) return [show(cx, space, ty, c, w.slice(0, fieldsTy.length)), ...w.slice(fieldsTy.length)];
  }
  return undefined;
}

function expandOr(row: DPat[], out: DPat[][]): void {
  const h = row[0];
  if (h?.k === 'or') for (const a of h.alts) expandOr([a, ...row.slice(1)], out);
  else out.push(row);
}

/** The constructors to try: every variant or value, integer ranges split at the arms' bounds. */
function ctorsOf(space: Space, heads: readonly (DPat & { k: 'ctor' })[]): Ctor[] {
  switch (space.k) {
    case 'bool': return [{ k: 'bool', value: false }, { k: 'bool', value: true }];
    case 'enum': return space.def.variants.map((_, index) => ({ k: 'variant', index }));
    case 'single': return [{ k: 'single' }];
    case 'ints': {
      const cuts = new Set<bigint>([space.lo]);
      for (const h of heads) {
        if (h.ctor.k !== 'range') continue;
        if (h.ctor.lo > space.lo) cuts.add(h.ctor.lo);
        if (h.ctor.hi < space.hi) cuts.add(h.ctor.hi + 1n);
      }
      // `char` has no values between the surrogates.
      const isChar = space.ty.k === 'char';
      const sorted = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const out: Ctor[] = [];
      sorted.forEach((lo, i) => {
        const hi = i + 1 < sorted.length ? sorted[i + 1]! - 1n : space.hi;
        if (isChar && lo >= 0xd800n && hi <= 0xdfffn) return;
        out.push({ k: 'range', lo, hi });
      });
      return out;
    }
    default: return [];
  }
}

function covers(h: Ctor, c: Ctor): boolean {
  if (h.k === 'variant' && c.k === 'variant') return h.index === c.index;
  if (h.k === 'bool' && c.k === 'bool') return h.value === c.value;
  if (h.k === 'single' && c.k === 'single') return true;
  if (h.k === 'range' && c.k === 'range') return h.lo <= c.lo && c.hi <= h.hi;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Witnesses as rustc prints them

function show(cx: FnCtxt, space: Space, ty: Ty, c: Ctor, fields: readonly string[]): string {
  const t = cx.resolved(ty);
  switch (c.k) {
    case 'bool': return String(c.value);
    case 'range': return showRange(space, c);
    case 'variant': {
      if (space.k !== 'enum') return '_';
      const def = space.def;
      const v = def.variants[c.index];
      const name = def.std ? v?.name ?? '_' : `${def.name}::${v?.name ?? '_'}`;
      if (!v || v.shape === 'Unit') return name;
      if (v.shape === 'Tuple') return `${name}(${fields.join(', ')})`;
      return `${name} { ${v.fields.map((f, i) => `${f.name}: ${fields[i] ?? '_'}`).join(', ')} }`;
    }
    case 'single': {
      if (t.k === 'ref') return `&${fields[0] ?? '_'}`;
      if (t.k === 'tuple') return t.elems.length === 1 ? `(${fields[0]},)` : `(${fields.join(', ')})`;
      if (t.k === 'adt') {
        const v = (t.def as AdtDef).variants[0];
        if (!v || v.shape === 'Unit') return t.def.name;
        if (v.shape === 'Tuple') return `${t.def.name}(${fields.join(', ')})`;
        return `${t.def.name} { ${v.fields.map((f, i) => `${f.name}: ${fields[i] ?? '_'}`).join(', ')} }`;
      }
      return '_';
    }
  }
}

function showRange(space: Space, c: Ctor & { k: 'range' }): string {
  if (space.k !== 'ints') return '_';
  const name = space.ty.k === 'int' ? space.ty.name : 'char';
  if (name === 'char') {
    const ch = (v: bigint): string => `'${escapeChar(Number(v))}'`;
    return c.lo === c.hi ? ch(c.lo) : `${ch(c.lo)}..=${ch(c.hi)}`;
  }
  const one = (v: bigint): string => (v === space.hi ? `${name}::MAX` : v === space.lo && v !== 0n ? `${name}::MIN` : `${v}_${name}`);
  return c.lo === c.hi ? one(c.lo) : `${one(c.lo)}..=${one(c.hi)}`;
}

/** A char as `{:?}` escapes it: `\0`, printable ASCII as itself, anything else as `\u{…}`. */
function escapeChar(code: number): string {
  if (code === 0) return '\\0';
  if (code === 0x27 || code === 0x5c) return `\\${String.fromCharCode(code)}`;
  if (code >= 0x20 && code < 0x7f) return String.fromCharCode(code);
  return `\\u{${code.toString(16)}}`;
}
