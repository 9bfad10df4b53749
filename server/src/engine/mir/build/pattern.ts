// Patterns: the tests a refutable pattern makes of a place (a variant's discriminant, a literal,
// a range, a slice's length), then the bindings, each a copy, a move or a borrow of a place inside
// the scrutinee. Default binding modes follow the checker's types: a non-reference pattern
// matched against a reference dereferences it and binds by reference from there on.
import type * as A from '../../syntax/ast';
import type { AdtDef } from '../../typeck/defs';
import { BOOL, INTS, type Ty } from '../../typeck/ty';
import type { BasicBlock, Local, Operand, Place } from '../syntax';
import { DEREF, place } from '../syntax';
import type { Builder } from './builder';
import { callFn, emitCall } from './call';
import { asTempNoDrop, litValue, project } from './expr';
import { stdItem } from './stdItems';

type Mode = 'move' | 'ref' | 'refMut';

/** Whether an identifier pattern binds (rather than naming a unit variant, unit struct or const). */
function binds(b: Builder, p: A.IdentPat): boolean {
  return b.cx.names.identPat?.(p) === undefined;
}

/** The pattern is one plain binding (`x`, `mut x`): the initialiser can be built into it directly. */
export function simpleBinding(b: Builder, p: A.Pat): boolean {
  return p.kind === 'IdentPat' && !p.sub && p.mode === 'value' && binds(b, p);
}

/** Makes a local for every binding of `p` (the first alternative's of an or-pattern), live from here. */
export function declareBindings(b: Builder, p: A.Pat, depth: number, schedule = true): Local[] {
  const out: Local[] = [];
  declareInto(b, p, depth, schedule, out);
  return out;
}

function declareInto(b: Builder, q: A.Pat, depth: number, schedule: boolean, out: Local[]): void {
  switch (q.kind) {
    case 'IdentPat':
      if (binds(b, q)) {
        const ty = b.results.patTypes.get(q.id) ?? b.tcx.unit;
        const local = b.newLocal({ kind: 'user', mutable: q.isMut, ty, span: q.span, name: q.name.name });
        b.bindings.set(q.id, local);
        b.storageLive(local, q.span);
        if (schedule) b.scopes.scheduleVar(local, q.span, depth);
        out.push(local);
      }
      if (q.sub) declareInto(b, q.sub, depth, schedule, out);
      return;
    case 'TuplePat': case 'SlicePat': case 'TupleStructPat':
      for (let i = 0; i < q.elems.length; i++) declareInto(b, q.elems[i]!, depth, schedule, out);
      return;
    case 'StructPat':
      for (let i = 0; i < q.fields.length; i++) declareInto(b, q.fields[i]!.pat, depth, schedule, out);
      return;
    case 'RefPat': declareInto(b, q.pat, depth, schedule, out); return;
    case 'OrPat': if (q.alts[0]) declareInto(b, q.alts[0], depth, schedule, out); return;
    default: return;
  }
}

interface Sub {
  readonly pat: A.Pat;
  readonly place: Place;
  readonly ty: Ty;
  readonly mode: Mode;
}

/** The places a pattern's sub-patterns match, after the dereferences default binding modes add. */
function subPatterns(b: Builder, p: A.Pat, pl: Place, ty: Ty, mode: Mode): { subs: Sub[]; variant?: { def: AdtDef; index: number; place: Place } } {
  while (ty.k === 'ref' && (p.kind === 'TuplePat' || p.kind === 'TupleStructPat' || p.kind === 'StructPat' || p.kind === 'SlicePat')) {
    pl = project(pl, DEREF);
    mode = ty.mut && mode !== 'ref' ? 'refMut' : 'ref';
    ty = ty.inner;
  }
  const subs: Sub[] = [];
  const field = (base: Place, index: number, name: string, fty: Ty, pat: A.Pat) =>
    subs.push({ pat, place: project(base, { kind: 'field', index, name, ty: fty }), ty: fty, mode });
  switch (p.kind) {
    case 'TuplePat': {
      const elems = ty.k === 'tuple' ? ty.elems : [];
      positional(p.elems, elems.length, (pat, i) => field(pl, i, String(i), elems[i] ?? ty, pat));
      return { subs };
    }
    case 'TupleStructPat': case 'StructPat': {
      const v = variantOf(b, p.path, ty);
      if (!v || ty.k !== 'adt') {
        b.unsupportedAt(p.span, 'a pattern whose type is not known');
        return { subs };
      }
      const isEnum = v.def.adt === 'enum';
      const base = isEnum ? project(pl, { kind: 'downcast', variant: v.index, name: v.def.variants[v.index]?.name ?? '' }) : pl;
      const ftys = b.cx.props.fieldTys(ty, v.index);
      const names = v.def.variants[v.index]?.fields.map((f) => f.name) ?? [];
      if (p.kind === 'TupleStructPat') positional(p.elems, ftys.length, (pat, i) => field(base, i, String(i), ftys[i] ?? ty, pat));
      else for (const f of p.fields) {
        const i = names.indexOf(f.name.name);
        if (i >= 0) field(base, i, f.name.name, ftys[i] ?? ty, f.pat);
      }
      return { subs, variant: isEnum ? { def: v.def, index: v.index, place: pl } : undefined };
    }
    case 'SlicePat': {
      const elem = ty.k === 'array' || ty.k === 'slice' ? ty.elem : ty;
      const restAt = p.elems.findIndex((x) => x.kind === 'RestPat' || (x.kind === 'IdentPat' && x.sub?.kind === 'RestPat'));
      const n = p.elems.length - (restAt >= 0 ? 1 : 0);
      p.elems.forEach((pat, i) => {
        if (i === restAt) {
          if (pat.kind === 'IdentPat') subs.push({ pat, place: project(pl, { kind: 'subslice', from: restAt, to: p.elems.length - restAt - 1, fromEnd: ty.k === 'slice' }), ty: b.tcx.slice(elem), mode });
          return;
        }
        const fromEnd = restAt >= 0 && i > restAt;
        subs.push({ pat, place: project(pl, { kind: 'constantIndex', offset: fromEnd ? p.elems.length - i : i, fromEnd, minLength: n }), ty: elem, mode });
      });
      return { subs };
    }
    case 'RefPat':
      return { subs: [{ pat: p.pat, place: project(pl, DEREF), ty: ty.k === 'ref' ? ty.inner : ty, mode: 'move' }] };
    default:
      return { subs };
  }
}

function positional(elems: readonly A.Pat[], arity: number, f: (pat: A.Pat, index: number) => void): void {
  const rest = elems.findIndex((x) => x.kind === 'RestPat');
  elems.forEach((pat, i) => {
    if (i === rest) return;
    f(pat, rest >= 0 && i > rest ? arity - (elems.length - i) : i);
  });
}

function variantOf(b: Builder, path: A.Path, ty: Ty): { def: AdtDef; index: number } | undefined {
  const r = b.cx.names.resolve(path);
  if (r.res.kind === 'Variant' && r.unresolved === 0) return { def: r.res.adt, index: r.res.index };
  if (ty.k !== 'adt') return undefined;
  const def = ty.def as AdtDef;
  if (def.adt !== 'enum') return { def, index: 0 };
  const name = path.segments.at(-1)?.ident.name;
  const index = def.variants.findIndex((v) => v.name === name);
  return index >= 0 ? { def, index } : undefined;
}

/** Assigns every binding of `p` (already declared) from the place it matches. */
export function bindPattern(b: Builder, p: A.Pat, pl: Place, ty: Ty, mode: Mode): void {
  switch (p.kind) {
    case 'IdentPat': {
      const local = b.bindings.get(p.id);
      if (local !== undefined && binds(b, p)) {
        const m: Mode = p.mode === 'ref' ? 'ref' : p.mode === 'refMut' ? 'refMut' : mode;
        if (m === 'move') b.assign(place(local), { kind: 'use', operand: b.operandOf(pl) }, p.span);
        else b.assign(place(local), { kind: 'ref', borrow: m === 'refMut' ? 'mut' : 'shared', place: pl }, p.span);
      }
      if (p.sub) bindPattern(b, p.sub, pl, ty, mode);
      return;
    }
    case 'OrPat':
      if (p.alts.some((a) => hasBindings(a))) b.unsupportedAt(p.span, 'bindings in an or-pattern');
      return;
    case 'MacCallPat': case 'Unsupported':
      b.unsupportedAt(p.span, p.kind === 'Unsupported' ? p.what : 'a macro in a pattern');
      return;
    default:
      for (const s of subPatterns(b, p, pl, ty, mode).subs) bindPattern(b, s.pat, s.place, s.ty, s.mode);
  }
}

function hasBindings(p: A.Pat): boolean {
  switch (p.kind) {
    case 'IdentPat': return true;
    case 'TuplePat': case 'SlicePat': case 'TupleStructPat': return p.elems.some(hasBindings);
    case 'StructPat': return p.fields.some((f) => hasBindings(f.pat));
    case 'RefPat': return hasBindings(p.pat);
    case 'OrPat': return p.alts.some(hasBindings);
    default: return false;
  }
}

/** Discriminants already read during one `match`, by place. */
/**
 * The discriminants a `match` has read, by place; `scrutinee` is where rustc reads them (the
 * scrutinee, not the arm's pattern), so that a conflict there is the one reported at the `match`.
 */
export type DiscrCache = Map<string, Local> & { scrutinee?: A.Span };

/** Branches to `fail` unless `pl` matches `p`; continues in the block where it does. */
export function testPattern(b: Builder, p: A.Pat, pl: Place, ty: Ty, fail: BasicBlock, cache: DiscrCache): void {
  switch (p.kind) {
    case 'WildPat': case 'RestPat': return;
    case 'IdentPat':
      if (!binds(b, p)) return testPath(b, p, pl, ty, fail, cache);
      if (p.sub) testPattern(b, p.sub, pl, ty, fail, cache);
      return;
    case 'PathPat': return testPath(b, p, pl, ty, fail, cache);
    case 'LitPat': return testLit(b, p, pl, ty, fail);
    case 'RangePat': return testRange(b, p, pl, ty, fail);
    case 'OrPat': {
      const ok = b.newBlock();
      p.alts.forEach((alt, i) => {
        const next = i === p.alts.length - 1 ? fail : b.newBlock();
        testPattern(b, alt, pl, ty, next, cache);
        b.goto(ok, alt.span);
        b.current = next;
      });
      b.current = ok;
      return;
    }
    case 'MacCallPat': case 'Unsupported':
      b.unsupportedAt(p.span, p.kind === 'Unsupported' ? p.what : 'a macro in a pattern');
      return;
    default: {
      const { subs, variant } = subPatterns(b, p, pl, ty, 'move');
      if (variant) switchVariant(b, variant.place, variant.index, fail, cache, p.span);
      if (p.kind === 'SlicePat' && ty.k !== 'array') b.unsupportedAt(p.span, 'a slice pattern on a slice (its length test)');
      for (const s of subs) testPattern(b, s.pat, s.place, s.ty, fail, cache);
    }
  }
}

function switchVariant(b: Builder, pl: Place, index: number, fail: BasicBlock, cache: DiscrCache, span: A.Span): void {
  const key = `${pl.local}${pl.projection.map((e) => `.${e.kind}${'index' in e ? e.index : ''}${'variant' in e ? e.variant : ''}${'local' in e ? e.local : ''}`).join('')}`;
  let d = cache.get(key);
  if (d === undefined) {
    d = asTempNoDrop(b, INTS.isize, span);
    b.assign(place(d), { kind: 'discriminant', place: pl }, cache.scrutinee ?? span);
    cache.set(key, d);
  }
  const ok = b.newBlock();
  b.terminate(b.current, { kind: 'switchInt', discr: { kind: 'copy', place: place(d) }, targets: { values: [BigInt(index)], targets: [ok], otherwise: fail } }, span);
  b.current = ok;
}

function testPath(b: Builder, p: A.IdentPat | A.PathPat, pl: Place, ty: Ty, fail: BasicBlock, cache: DiscrCache): void {
  while (ty.k === 'ref') {
    pl = project(pl, DEREF);
    ty = ty.inner;
  }
  const res = p.kind === 'IdentPat' ? b.cx.names.identPat?.(p) : b.cx.names.resolve(p.path).res;
  if (res?.kind === 'Variant') return switchVariant(b, pl, res.index, fail, cache, p.span);
  if (ty.k === 'adt' && (ty.def as AdtDef).adt === 'struct') return;
  if (p.kind === 'PathPat' && ty.k === 'adt') {
    const v = variantOf(b, p.path, ty);
    if (v) return switchVariant(b, pl, v.index, fail, cache, p.span);
  }
  b.unsupportedAt(p.span, 'a constant in a pattern');
}

function branchOnBool(b: Builder, cond: Operand, fail: BasicBlock, span: A.Span): void {
  const ok = b.newBlock();
  b.terminate(b.current, { kind: 'switchInt', discr: cond, targets: { values: [0n], targets: [fail], otherwise: ok } }, span);
  b.current = ok;
}

function testLit(b: Builder, p: A.LitPat, pl: Place, ty: Ty, fail: BasicBlock): void {
  while (ty.k === 'ref' && ty.inner.k !== 'str') {
    pl = project(pl, DEREF);
    ty = ty.inner;
  }
  const v = litValue(p.lit);
  if (v.kind === 'int' || v.kind === 'char' || v.kind === 'bool') {
    const value = v.kind === 'int' ? (p.negated ? -v.value : v.value) : v.kind === 'bool' ? (v.value ? 1n : 0n) : BigInt(v.value.codePointAt(0) ?? 0);
    const ok = b.newBlock();
    b.terminate(b.current, { kind: 'switchInt', discr: { kind: 'copy', place: pl }, targets: { values: [value], targets: [ok], otherwise: fail } }, p.span);
    b.current = ok;
    return;
  }
  const constant: Operand = { kind: 'constant', constant: { value: v.kind === 'float' && p.negated ? { kind: 'float', value: -v.value } : v, ty, span: p.span } };
  const t = asTempNoDrop(b, BOOL, p.span);
  if (v.kind === 'str') emitCall(b, place(t), callFn(stdItem('core::cmp::PartialEq::eq'), p.span), [{ kind: 'copy', place: pl }, constant], p.span, false);
  else b.assign(place(t), { kind: 'binaryOp', op: 'Eq', left: { kind: 'copy', place: pl }, right: constant, checked: false }, p.span);
  branchOnBool(b, { kind: 'move', place: place(t) }, fail, p.span);
}

function testRange(b: Builder, p: A.RangePat, pl: Place, ty: Ty, fail: BasicBlock): void {
  while (ty.k === 'ref') {
    pl = project(pl, DEREF);
    ty = ty.inner;
  }
  const bound = (q: A.Pat | undefined): Operand | undefined => {
    if (q?.kind !== 'LitPat') return undefined;
    const v = litValue(q.lit);
    const value = v.kind === 'int' && q.negated ? { kind: 'int' as const, value: -v.value } : v;
    return { kind: 'constant', constant: { value, ty, span: q.span } };
  };
  const lo = bound(p.start);
  const hi = bound(p.end);
  if ((p.start && !lo) || (p.end && !hi)) {
    b.unsupportedAt(p.span, 'a range pattern with a bound that is not a literal');
    return;
  }
  if (lo) {
    const t = asTempNoDrop(b, BOOL, p.span);
    b.assign(place(t), { kind: 'binaryOp', op: 'Le', left: lo, right: { kind: 'copy', place: pl }, checked: false }, p.span);
    branchOnBool(b, { kind: 'move', place: place(t) }, fail, p.span);
  }
  if (hi) {
    const t = asTempNoDrop(b, BOOL, p.span);
    b.assign(place(t), { kind: 'binaryOp', op: p.inclusive ? 'Le' : 'Lt', left: { kind: 'copy', place: pl }, right: hi, checked: false }, p.span);
    branchOnBool(b, { kind: 'move', place: place(t) }, fail, p.span);
  }
}
