// Type syntax → `Ty`, in the generic scope of an item: parameters become `param` types, `Self`
// the implementing type, `T::Item`/`Self::Item` projections on the bound that declares `Item`.
// Anything the checker does not model lowers to `ERROR`, which silences every check it reaches.
import type * as A from '../syntax/ast';
import type { AdtDef, AliasDef, Generics, TraitDef } from './defs';
import type { Program } from './program';
import { ERROR, NEVER, substitute, type TraitRef, type Ty } from './ty';

export interface TyScope {
  readonly generics: Generics;
  readonly selfTy?: Ty;
  /** The trait whose items are being lowered (`Self::Item` is its projection). */
  readonly trait?: TraitDef;
  /** The impl's associated types, by name, when lowering inside an impl. */
  readonly assoc?: (name: string) => Ty | undefined;
  readonly std: boolean;
  /** Makes the variable `_` stands for (in a body); without it `_` is unknown. */
  readonly fresh?: () => Ty;
}

export function paramIndex(g: Generics, name: string): number {
  return g.names.lastIndexOf(name);
}

/** The index of the anonymous parameter an argument-position `impl Trait` is; -1 when it is none. */
function syntheticIndex(g: Generics, t: A.ImplTraitType): number {
  for (let x: Generics | undefined = g; x; x = x.parent) {
    const i = x.synthetic?.indexOf(t) ?? -1;
    if (i >= 0) return x.count - x.synthetic!.length + i;
  }
  return -1;
}

export function lowerTy(p: Program, t: A.Type, s: TyScope): Ty {
  const tcx = p.tcx;
  switch (t.kind) {
    case 'PathType': return lowerPathTy(p, t.path, s);
    case 'RefType': return tcx.ref(lowerTy(p, t.ty, s), t.isMut);
    case 'PtrType': return tcx.ptr(lowerTy(p, t.ty, s), t.isMut);
    case 'SliceType': return tcx.slice(lowerTy(p, t.elem, s));
    case 'ArrayType': return arrayTy(p, lowerTy(p, t.elem, s), t.len, s);
    case 'TupleType': return tcx.tuple(t.elems.map((e) => lowerTy(p, e, s)));
    case 'NeverType': return NEVER;
    case 'ParenType': return lowerTy(p, t.ty, s);
    case 'FnPtrType': return tcx.fnPtr(t.params.map((x) => lowerTy(p, x, s)), t.ret ? lowerTy(p, t.ret, s) : tcx.unit);
    case 'DynTrait': {
      const traits = t.bounds.flatMap((b) => (b.kind === 'TraitBound' ? [lowerTraitRef(p, b.path, s, undefined)] : [])).filter((r): r is TraitRef => !!r);
      return traits.length ? tcx.dyn(traits) : ERROR;
    }
    case 'InferType': return s.fresh ? s.fresh() : ERROR;
    case 'ImplTrait': {
      // In a fn's parameters, its anonymous generic parameter; elsewhere decided by the checker.
      const at = syntheticIndex(s.generics, t);
      return at >= 0 ? tcx.param(at, s.generics.names[at] ?? '') : ERROR;
    }
    default:
      return ERROR;
  }
}

/** The array type `[elem; len]`: a length written as a const generic parameter stays that parameter. */
function arrayTy(p: Program, elem: Ty, len: A.Expr, s: TyScope): Ty {
  const n = constUsize(p, len, s);
  if (n !== undefined || len.kind !== 'PathExpr' || len.path.segments.length !== 1 || len.path.qself) return p.tcx.array(elem, n);
  const name = len.path.segments[0]?.ident.name ?? '';
  const idx = paramIndex(s.generics, name);
  return p.tcx.array(elem, undefined, idx >= 0 ? p.tcx.param(idx, name) : undefined);
}

const CONST_OPS: Record<string, (a: bigint, b: bigint) => bigint | undefined> = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b,
  '/': (a, b) => (b === 0n ? undefined : a / b), '%': (a, b) => (b === 0n ? undefined : a % b),
  '<<': (a, b) => a << b, '>>': (a, b) => a >> b,
  '&': (a, b) => a & b, '|': (a, b) => a | b, '^': (a, b) => a ^ b,
};

/**
 * An array length as rustc evaluates it, for the forms a program writes: integer literals,
 * arithmetic on them, casts, and the program's constants (`N`, `Square::SIDES`).
 */
export function constUsize(p: Program, e: A.Expr, s: TyScope, depth = 0): number | undefined {
  const v = constInt(p, e, s, depth);
  return v !== undefined && v >= 0n && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : undefined;
}

function constInt(p: Program, e: A.Expr, s: TyScope, depth: number): bigint | undefined {
  if (depth > 8) return undefined;
  switch (e.kind) {
    case 'Lit': return e.lit.kind === 'Int' ? e.lit.value : undefined;
    case 'Paren': return constInt(p, e.expr, s, depth + 1);
    case 'Cast': return constInt(p, e.expr, s, depth + 1);
    // `[0; { N * 2 }]`: a block whose only content is its tail expression.
    case 'BlockExpr': {
      const only = e.block.stmts.length === 1 ? e.block.stmts[0] : undefined;
      return only?.kind === 'ExprStmt' && !only.semi ? constInt(p, only.expr, s, depth + 1) : undefined;
    }
    case 'Unary': {
      const v = e.op === 'Neg' ? constInt(p, e.expr, s, depth + 1) : undefined;
      return v === undefined ? undefined : -v;
    }
    case 'Binary': {
      const op = CONST_OPS[e.op];
      const a = op && constInt(p, e.lhs, s, depth + 1);
      const b = op && a !== undefined ? constInt(p, e.rhs, s, depth + 1) : undefined;
      return op && a !== undefined && b !== undefined ? op(a, b) : undefined;
    }
    case 'PathExpr': {
      const { res, unresolved } = p.namesFor(s.std).resolve(e.path);
      if (res.kind !== 'Def') return undefined;
      const def = res.def;
      if (unresolved === 0 && def.kind === 'const' && def.node.kind === 'Const' && def.node.value) return constInt(p, def.node.value, s, depth + 1);
      const name = e.path.segments[e.path.segments.length - 1]?.ident.name;
      if (unresolved !== 1 || def.kind !== 'adt' || !name) return undefined;
      // An inherent or trait impl's associated const of the program's own type.
      for (const impl of p.impls) {
        if (impl.std || impl.node.selfTy.kind !== 'PathType') continue;
        if (impl.node.selfTy.path.segments[impl.node.selfTy.path.segments.length - 1]?.ident.name !== def.name) continue;
        const c = impl.node.items.find((i): i is A.ConstItem => i.kind === 'Const' && i.name.name === name);
        if (c?.value) return constInt(p, c.value, s, depth + 1);
      }
      return undefined;
    }
    default: return undefined;
  }
}

/** Aliases being expanded: a cycle (which rustc rejects) lowers to `ERROR`. */
const expanding = new Set<AliasDef>();

function aliasTy(p: Program, def: AliasDef, args: Ty[], s: TyScope): Ty {
  if (!def.node.ty || expanding.has(def)) return ERROR;
  expanding.add(def);
  try {
    const body = lowerTy(p, def.node.ty, { generics: def.generics, std: def.std });
    return substitute(p.tcx, body, fillArgs(p, def.generics.count, args, def.node.generics, s));
  } finally {
    expanding.delete(def);
  }
}

function typeArgs(p: Program, seg: A.PathSegment | undefined, s: TyScope): Ty[] {
  const args = seg?.args;
  if (!args || args.kind !== 'AngleArgs') return [];
  // A loop, not `flatMap`: no one-element array per argument (the interner copies the list anyway).
  const out: Ty[] = [];
  for (const a of args.args) if (a.kind === 'TypeArg') out.push(lowerTy(p, a.ty, s));
  return out;
}

export function lowerPathTy(p: Program, path: A.Path, s: TyScope): Ty {
  const tcx = p.tcx;
  const segs = path.segments;
  const first = segs[0];
  if (path.qself) {
    const self = lowerTy(p, path.qself.ty, s);
    const trait = path.qself.trait ? lowerTraitRef(p, path.qself.trait, s, self) : undefined;
    const name = segs[0]?.ident.name;
    return trait && name && segs.length === 1 ? tcx.proj(self, trait, name) : ERROR;
  }
  if (!first) return ERROR;
  // tree-sitter reads `_` inside type arguments (`Vec<_>`) as a type name.
  if (segs.length === 1 && first.ident.name === '_' && !first.args) return s.fresh ? s.fresh() : ERROR;
  // Generic parameters shadow items, as in rustc.
  if (!path.global) {
    const idx = paramIndex(s.generics, first.ident.name);
    if (idx >= 0 && first.ident.name !== 'Self') {
      const param = tcx.param(idx, first.ident.name);
      return segs.length === 1 ? param : segs.length === 2 ? assocOfParam(p, param, segs[1]?.ident.name ?? '', s) : ERROR;
    }
  }
  const { res, unresolved } = p.namesFor(s.std).resolve(path);
  if (res.kind === 'SelfTy') {
    const selfTy = s.selfTy ?? (s.trait ? tcx.param(0, 'Self') : undefined);
    if (!selfTy) return ERROR;
    if (unresolved === 0) return selfTy;
    if (unresolved === 1) {
      const name = segs[segs.length - 1]?.ident.name ?? '';
      const own = s.assoc?.(name);
      if (own) return own;
      return assocOfParam(p, selfTy, name, s);
    }
    return ERROR;
  }
  if (unresolved > 0) return ERROR;
  switch (res.kind) {
    case 'Prim': return res.ty;
    case 'Def': {
      const def = res.def;
      if (def.kind === 'alias') return aliasTy(p, def, typeArgs(p, segs[segs.length - 1], s), s);
      if (def.kind !== 'adt') return ERROR;
      const args = typeArgs(p, segs[segs.length - 1], s);
      return tcx.adt(def, fillArgs(p, def.generics.count, args, def.node.generics, s));
    }
    default: return ERROR;
  }
}

/**
 * Completes written type arguments with the parameters' defaults (`Rhs = Self` aside, which
 * only traits have) and `ERROR` for the rest, so a `Vec` written without arguments in a position
 * where rustc would reject it never produces an error of ours.
 */
function fillArgs(p: Program, count: number, args: Ty[], g: A.Generics, s: TyScope): Ty[] {
  if (args.length >= count) return args.slice(0, count);
  const params = g.params.filter((x) => x.kind === 'TypeParam' || x.kind === 'ConstParam');
  const out = [...args];
  for (let i = args.length; i < count; i++) {
    const d = params[i];
    out.push(d?.kind === 'TypeParam' && d.default ? lowerTy(p, d.default, s) : ERROR);
  }
  return out;
}

/** `T::Name`: the projection on the bound of `T` (or the enclosing trait) that declares `Name`. */
function assocOfParam(p: Program, self: Ty, name: string, s: TyScope): Ty {
  if (s.trait && self.k === 'param' && self.index === 0) {
    if (s.trait.assocTypes.includes(name)) return p.tcx.proj(self, selfTraitRef(p, s.trait), name);
    // Declared by a supertrait: in `trait DoubleEndedIterator: Iterator`, `Self::Item` is
    // `<Self as Iterator>::Item`.
    const declaring = superTraitDeclaring(p, s.trait, name);
    if (declaring) return p.tcx.proj(self, declaring, name);
  }
  for (const b of boundsOf(p, self, s)) {
    if ((b.def as TraitDef).assocTypes?.includes(name)) return p.tcx.proj(self, b, name);
  }
  return ERROR;
}

/** The nearest supertrait (transitively) that declares the associated type `name`. */
function superTraitDeclaring(p: Program, t: TraitDef, name: string): TraitRef | undefined {
  const seen = new Set<TraitDef>([t]);
  const queue = [...superTraitsOf(p, t)];
  for (let i = 0; i < queue.length; i++) {
    const r = queue[i] as TraitRef;
    const def = r.def as TraitDef;
    if (seen.has(def)) continue;
    seen.add(def);
    if (def.assocTypes?.includes(name)) return r;
    queue.push(...superTraitsOf(p, def));
  }
  return undefined;
}

/** A trait's supertraits, `Self` as parameter 0 (memoised on the def). */
export function superTraitsOf(p: Program, t: TraitDef): TraitRef[] {
  if (!t.superTraits) {
    const scope: TyScope = { generics: t.generics, std: t.std, trait: t };
    const self = p.tcx.param(0, 'Self');
    t.superTraits = t.node.supertraits.flatMap((b) => (b.kind === 'TraitBound' && !b.maybe ? [lowerTraitRef(p, b.path, scope, self)] : [])).filter((r): r is TraitRef => !!r);
  }
  return t.superTraits;
}

/** The trait applied to its own parameters, `Self` first: how a trait sees itself. */
export function selfTraitRef(p: Program, t: TraitDef): TraitRef {
  return { def: t, args: t.generics.names.slice(1).map((n, i) => p.tcx.param(i + 1, n)), assoc: [] };
}

const inWhere = new Set<object>();

interface BoundsEntry {
  readonly ty: Ty;
  readonly scope: TyScope;
  readonly out: TraitRef[];
}

/**
 * `boundsOf`'s answers per program and generics: every call site of a generic fn asks again for
 * the same bounds, each a path to resolve and types to lower. Its answer depends only on the
 * program, the type and the scope's fields, except inside a where-clause walk (`inWhere`, which
 * answers in part), with `fresh` (new variables each time) or before the program's items are all
 * collected (a path to one not collected yet does not resolve): those are never cached.
 */
const boundsCache = new WeakMap<Program, Map<Generics, BoundsEntry[]>>();
/** Programs whose items are all collected: before that a path may not resolve yet. */
const collected = new WeakSet<Program>();

/** Marks `p` as collected: from now on its bounds are cached. */
export function boundsSettled(p: Program): void {
  collected.add(p);
}

/** Whether `p`'s items are all collected (see `boundsSettled`): what its paths name no longer changes. */
export function isSettled(p: Program): boolean {
  return collected.has(p);
}

function sameScope(a: TyScope, b: TyScope): boolean {
  return a.selfTy === b.selfTy && a.trait === b.trait && a.assoc === b.assoc && a.std === b.std && a.fresh === b.fresh;
}

/** The trait bounds declared on a type in the scope (`T: Iterator<Item = u8>`, where-clauses); the answer is shared, never to be changed. */
export function boundsOf(p: Program, ty: Ty, s: TyScope): TraitRef[] {
  if (s.fresh || inWhere.size || !collected.has(p)) return declaredBounds(p, ty, s);
  let byGenerics = boundsCache.get(p);
  if (!byGenerics) boundsCache.set(p, (byGenerics = new Map()));
  let entries = byGenerics.get(s.generics);
  if (!entries) byGenerics.set(s.generics, (entries = []));
  for (const e of entries) if (e.ty === ty && sameScope(e.scope, s)) return e.out;
  const out = declaredBounds(p, ty, s);
  entries.push({ ty, scope: s, out });
  return out;
}

function declaredBounds(p: Program, ty: Ty, s: TyScope): TraitRef[] {
  const out: TraitRef[] = [];
  for (let g: Generics | undefined = s.generics; g; g = g.parent) {
    const synthetic = g.synthetic ?? [];
    const first = g.count - synthetic.length;
    for (const [i, t] of synthetic.entries()) {
      if (p.tcx.param(first + i, g.names[first + i] ?? '') !== ty) continue;
      for (const b of t.bounds) if (b.kind === 'TraitBound' && !b.maybe) pushRef(out, lowerTraitRef(p, b.path, s, ty));
    }
    const node = g.node;
    if (!node) continue;
    for (const param of node.params) {
      if (param.kind !== 'TypeParam') continue;
      const pty = p.tcx.param(paramIndex(g, param.name.name), param.name.name);
      if (pty !== ty) continue;
      for (const b of param.bounds) if (b.kind === 'TraitBound' && !b.maybe) pushRef(out, lowerTraitRef(p, b.path, s, ty));
    }
    for (const w of node.where) {
      // `where I::Item: Trait` lowers `I::Item` through `I`'s bounds: that is this very walk.
      if (w.kind !== 'BoundPredicate' || inWhere.has(w)) continue;
      inWhere.add(w);
      const wty = lowerTy(p, w.ty, s);
      inWhere.delete(w);
      if (wty !== ty) continue;
      for (const b of w.bounds) if (b.kind === 'TraitBound' && !b.maybe) pushRef(out, lowerTraitRef(p, b.path, s, ty));
    }
  }
  return out;
}

function pushRef(out: TraitRef[], r: TraitRef | undefined): void {
  if (r) out.push(r);
}

/**
 * A trait path with its arguments (`Iterator<Item = u8>`, `Fn(i32) -> bool`, `PartialEq`), for
 * the self type `self` (which fills `Rhs = Self` defaults). Undefined when it is not a trait.
 */
export function lowerTraitRef(p: Program, path: A.Path, s: TyScope, self: Ty | undefined): TraitRef | undefined {
  const { res, unresolved } = p.namesFor(s.std).resolve(path);
  if (res.kind !== 'Def' || res.def.kind !== 'trait' || unresolved) return undefined;
  const def = res.def;
  const seg = path.segments[path.segments.length - 1];
  const tcx = p.tcx;
  if (seg?.args?.kind === 'ParenArgs') {
    const inputs = tcx.tuple(seg.args.inputs.map((i) => lowerTy(p, i, s)));
    const output = seg.args.output ? lowerTy(p, seg.args.output, s) : tcx.unit;
    return { def, args: [inputs], assoc: [{ name: 'Output', ty: output }] };
  }
  const args = typeArgs(p, seg, s);
  const own = def.node.generics.params.filter((x): x is A.TypeParam => x.kind === 'TypeParam');
  for (let i = args.length; i < own.length; i++) {
    // `Rhs = Self` and other defaults; `Self` in a default is the bound's self type.
    const d = own[i]?.default;
    args.push(d ? (d.kind === 'PathType' && d.path.segments[0]?.ident.name === 'Self' && self ? self : lowerTy(p, d, s)) : ERROR);
  }
  const assoc = seg?.args?.kind === 'AngleArgs' ? seg.args.constraints.flatMap((c) => (c.ty ? [{ name: c.ident.name, ty: lowerTy(p, c.ty, s) }] : [])) : [];
  return { def, args, assoc };
}

/** The declared field types of every variant, parameters as `param` types (memoised on the def). */
export function adtFieldTys(p: Program, def: AdtDef): Ty[][] {
  if (!def.fieldTys) {
    const selfTy = p.tcx.adt(def, def.generics.names.map((n, i) => p.tcx.param(i, n)));
    const scope: TyScope = { generics: def.generics, std: def.std, selfTy };
    def.fieldTys = def.variants.map((v) => v.fields.map((f) => lowerTy(p, f.ty, scope)));
  }
  return def.fieldTys;
}
