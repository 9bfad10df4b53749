// Paths in value position and struct expressions: locals, fn items (instantiated per use),
// constants, unit and tuple constructors, and type-relative paths (`Vec::new`, `Self::new`,
// `T::default`, `i32::MAX`, `String::from`) looked up as associated items, inherent first.
import type * as A from '../../syntax/ast';
import type { AdtDef, FnDef, ItemDef, TraitDef } from '../defs';
import { lowerTy, paramIndex } from '../lower';
import type { Res } from '../names';
import { implHeader } from '../traits';
import { ERROR, substitute, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { checkCoerce, checkExpr, fieldTys } from './expr';
import { noAssocItemMessage } from './closedWorld';
import { instantiate } from './sig';
import { selfUndecidable } from './traitSelf';

const NONE_WRITTEN: readonly Ty[] = [];

function typeArgsOf(cx: FnCtxt, seg: A.PathSegment | undefined): readonly Ty[] {
  const args = seg?.args;
  if (args?.kind !== 'AngleArgs') return NONE_WRITTEN;
  const out: Ty[] = [];
  for (const a of args.args) if (a.kind === 'TypeArg') out.push(cx.lowerTy(a.ty));
  return out;
}

/** An ADT with fresh arguments, or the written ones (`Vec::<u8>::new`, `Wrapper::<i32>(…)`). */
function adtTy(cx: FnCtxt, def: AdtDef, seg: A.PathSegment | undefined, expected?: Ty): Ty {
  const written = typeArgsOf(cx, seg);
  const n = def.generics.names.length;
  const args: Ty[] = n === 0 ? [] : new Array<Ty>(n);
  for (let i = 0; i < n; i++) args[i] = written[i] ?? cx.fresh();
  const ty = cx.tcx.adt(def, args);
  if (expected && written.length === 0) {
    const e = cx.shallow(expected);
    if (e.k === 'adt' && e.def === def) cx.infer.unify(ty, e);
  }
  return ty;
}

function resolve(cx: FnCtxt, path: A.Path): { res: Res; unresolved: number; base?: Ty } {
  const first = path.segments[0];
  if (first && !path.global && !path.qself && path.segments.length > 1) {
    const i = paramIndex(cx.scope.generics, first.ident.name);
    if (i >= 0 && first.ident.name !== 'Self') return { res: { kind: 'Unknown' }, unresolved: path.segments.length - 1, base: cx.tcx.param(i, first.ident.name) };
  }
  if (path.qself) return { res: { kind: 'Unknown' }, unresolved: path.segments.length, base: lowerTy(cx.p, path.qself.ty, cx.scope) };
  return cx.p.namesFor(cx.scope.std).resolve(path);
}

/** A tuple-struct or tuple-variant constructor being called: its field types and result. */
export function ctorOf(cx: FnCtxt, e: A.PathExpr, expected: Ty | undefined): { fields: Ty[]; ty: Ty } | undefined {
  const { res, unresolved } = resolve(cx, e.path);
  const last = e.path.segments[e.path.segments.length - 1];
  let def: AdtDef | undefined;
  let variant = 0;
  if (unresolved === 0 && res.kind === 'Variant') {
    def = res.adt;
    variant = res.index;
  } else if (unresolved === 0 && res.kind === 'Def' && res.def.kind === 'adt' && res.def.adt === 'struct') def = res.def;
  else if (res.kind === 'SelfTy' || (res.kind === 'Def' && res.def.kind === 'adt' && res.def.adt === 'enum' && unresolved === 1)) {
    const selfTy = res.kind === 'SelfTy' ? cx.scope.selfTy && cx.shallow(cx.scope.selfTy) : undefined;
    const d = res.kind === 'Def' ? (res.def as AdtDef) : selfTy?.k === 'adt' ? (selfTy.def as AdtDef) : undefined;
    if (!d) return undefined;
    if (unresolved === 0 && d.adt === 'struct') def = d;
    else if (unresolved === 1 && d.adt === 'enum') {
      variant = d.variants.findIndex((v) => v.name === last?.ident.name);
      if (variant >= 0) def = d;
    }
    if (def && res.kind === 'SelfTy' && selfTy?.k === 'adt') {
      const v = def.variants[variant];
      return v?.shape === 'Tuple' ? { fields: fieldTys(cx, def, variant, selfTy.args), ty: selfTy } : undefined;
    }
  }
  const v = def?.variants[variant];
  if (!def || v?.shape !== 'Tuple') return undefined;
  const ty = adtTy(cx, def, def.adt === 'enum' ? e.path.segments[e.path.segments.length - 2] ?? last : last, expected);
  if (def.adt === 'enum' && last?.args) cx.infer.unify(ty, cx.tcx.adt(def, def.generics.names.map((_, i) => typeArgsOf(cx, last)[i] ?? cx.fresh())));
  return { fields: fieldTys(cx, def, variant, (ty as Ty & { k: 'adt' }).args), ty };
}

export function checkPathExpr(cx: FnCtxt, e: A.PathExpr): Ty {
  const r = resolve(cx, e.path);
  const segs = e.path.segments;
  const last = segs[segs.length - 1];
  if (r.unresolved === 0) {
    const res = r.res;
    switch (res.kind) {
      case 'Local': return cx.locals.get(res.binding) ?? ERROR;
      case 'Def': return defValue(cx, res.def, last, e.span, segs[segs.length - 2]);
      case 'Variant': return variantValue(cx, res.adt, res.index, segs[segs.length - 2]?.args ? segs[segs.length - 2] : last);
      case 'SelfTy': {
        const s = cx.scope.selfTy && cx.shallow(cx.scope.selfTy);
        return s?.k === 'adt' && (s.def as AdtDef).variants?.[0]?.shape === 'Unit' ? s : ERROR;
      }
      default: return ERROR;
    }
  }
  if (r.unresolved !== 1 || !last) return ERROR;
  const base = baseTy(cx, r, segs[segs.length - 2]);
  if (!base) return ERROR;
  const qualified = e.path.qself?.trait && !('traitDef' in base) ? qualifiedTraitFn(cx, base, e.path.qself.trait, last) : undefined;
  return qualified ?? assocValue(cx, base, last, segs[segs.length - 2]);
}

/** `<T as Trait<A>>::f`: the trait's fn with `Self` = `T` and the trait's parameters as written. */
function qualifiedTraitFn(cx: FnCtxt, self: Ty, traitPath: A.Path, seg: A.PathSegment): Ty | undefined {
  const r = cx.p.namesFor(cx.scope.std).resolve(traitPath);
  if (r.unresolved !== 0 || r.res.kind !== 'Def' || r.res.def.kind !== 'trait') return undefined;
  const trait = r.res.def;
  const method = trait.methods.get(seg.ident.name);
  if (!method) return undefined;
  const written = typeArgsOf(cx, traitPath.segments[traitPath.segments.length - 1]);
  const ownerArgs = [self, ...trait.generics.names.slice(1).map((_, i) => written[i] ?? cx.fresh())];
  return cx.tcx.fnDef(method, instantiate(cx, method, ownerArgs, seg.args?.kind === 'AngleArgs' ? seg.args : undefined));
}

/** The type a type-relative path's prefix names (`Vec` in `Vec::new`), or a trait's `Self`. */
function baseTy(cx: FnCtxt, r: { res: Res; base?: Ty }, seg: A.PathSegment | undefined): Ty | { traitDef: TraitDef } | undefined {
  if (r.base) return r.base;
  switch (r.res.kind) {
    case 'Prim': return r.res.ty;
    case 'SelfTy': return cx.scope.selfTy;
    case 'Def':
      if (r.res.def.kind === 'adt') return adtTy(cx, r.res.def, seg);
      if (r.res.def.kind === 'trait') return { traitDef: r.res.def };
      return undefined;
    default: return undefined;
  }
}

function defValue(cx: FnCtxt, def: ItemDef, seg: A.PathSegment | undefined, span?: A.Span, ownerSeg?: A.PathSegment): Ty {
  switch (def.kind) {
    case 'fn': {
      const args = instantiate(cx, def, writtenTraitArgs(cx, def, ownerSeg), seg?.args?.kind === 'AngleArgs' ? seg.args : undefined);
      // `Trait::f` (the resolver names the trait's fn): its `Self` is the first argument.
      if (span && def.owner?.kind === 'trait' && selfUndecidable(def.owner, def)) cx.traitSelfChecks.push({ self: args[0]!, span });
      return cx.tcx.fnDef(def, args);
    }
    case 'const': return lowerTy(cx.p, def.node.ty, { generics: def.generics, std: !!def.std });
    case 'adt': return def.variants[0]?.shape === 'Unit' && def.adt === 'struct' ? adtTy(cx, def, seg) : def.adt === 'struct' ? ctorFnTy(cx, def, 0, seg) : ERROR;
    default: return ERROR;
  }
}

/**
 * `Trait::<A>::f`: the trait's own parameters the path writes on the trait's segment (`Into::<f64>`
 * fixes `Into`'s `T`), after a fresh `Self`; undefined when it writes none.
 */
function writtenTraitArgs(cx: FnCtxt, def: FnDef, ownerSeg: A.PathSegment | undefined): Ty[] | undefined {
  const owner = def.owner;
  if (owner?.kind !== 'trait' || ownerSeg?.args?.kind !== 'AngleArgs') return undefined;
  const written = typeArgsOf(cx, ownerSeg);
  return [cx.fresh(), ...owner.generics.names.slice(1).map((_, i) => written[i] ?? cx.fresh())];
}

function variantValue(cx: FnCtxt, def: AdtDef, index: number, seg: A.PathSegment | undefined): Ty {
  const v = def.variants[index];
  if (v?.shape === 'Unit') return adtTy(cx, def, seg);
  if (v?.shape === 'Tuple') return ctorFnTy(cx, def, index, seg);
  return ERROR;
}

/** A constructor used as a value (`.map(Some)`): a fn from its fields to the ADT. */
function ctorFnTy(cx: FnCtxt, def: AdtDef, index: number, seg: A.PathSegment | undefined): Ty {
  const ty = adtTy(cx, def, seg) as Ty & { k: 'adt' };
  return cx.tcx.fnPtr(fieldTys(cx, def, index, ty.args), ty);
}

/** `Base::name`: an associated fn or const of the type, inherent impls first, then traits. */
function assocValue(cx: FnCtxt, base: Ty | { traitDef: TraitDef }, seg: A.PathSegment, baseSeg?: A.PathSegment): Ty {
  const name = seg.ident.name;
  const turbofish = seg.args?.kind === 'AngleArgs' ? seg.args : undefined;
  if ('traitDef' in base) {
    const method = base.traitDef.methods.get(name);
    if (!method) return ERROR;
    const ownerArgs = writtenTraitArgs(cx, method, baseSeg) ?? [cx.fresh(), ...base.traitDef.generics.names.slice(1).map(() => cx.fresh())];
    return cx.tcx.fnDef(method, instantiate(cx, method, ownerArgs, turbofish));
  }
  const ty = cx.shallow(base);
  if (ty.k === 'adt') {
    const def = ty.def as AdtDef;
    const v = def.adt === 'enum' ? def.variants.findIndex((x) => x.name === name) : -1;
    if (v >= 0) return variantValue(cx, def, v, seg);
  }
  for (const impl of cx.index.inherentAssoc(ty, name)) {
    const method = impl.methods.get(name);
    const konst = method ? undefined : impl.node.items.find((i): i is A.ConstItem => i.kind === 'Const' && i.name.name === name);
    if (!method && !konst) continue;
    const h = implHeader(cx.p, impl);
    const fresh = impl.generics.names.map(() => cx.fresh());
    const selfTy = substitute(cx.tcx, h.selfTy, fresh);
    if (!cx.infer.unifiable(selfTy, ty)) continue;
    cx.infer.unify(selfTy, ty);
    if (method) return cx.tcx.fnDef(method, instantiate(cx, method, fresh, turbofish));
    if (konst) return substitute(cx.tcx, lowerTy(cx.p, konst.ty, { generics: impl.generics, std: impl.std, selfTy: h.selfTy }), fresh);
  }
  // A trait's associated fn: one that holds for sure, else one that may (`String::from` before
  // its argument says which `From`); the call's obligation settles it.
  let maybe: { method: FnDef; traitArgs: Ty[] } | undefined;
  for (const trait of cx.p.traitsWithFn(name)) {
    const method = trait.methods.get(name);
    if (!method) continue;
    const traitArgs = trait.generics.names.slice(1).map(() => cx.fresh());
    const answer = cx.solver.implements(ty, trait, traitArgs);
    if (answer === 'yes') return cx.tcx.fnDef(method, instantiate(cx, method, [ty, ...traitArgs], turbofish));
    if (answer === 'maybe') maybe ??= { method, traitArgs };
  }
  if (maybe) return cx.tcx.fnDef(maybe.method, instantiate(cx, maybe.method, [ty, ...maybe.traitArgs], turbofish));
  const missing = noAssocItemMessage(cx, ty, name);
  if (missing) cx.error('E0599', missing, seg.ident.span);
  return ERROR;
}

export function checkStructExpr(cx: FnCtxt, e: A.StructExpr): Ty {
  const { res, unresolved } = resolve(cx, e.path);
  let def: AdtDef | undefined;
  let variant = 0;
  let ty: Ty | undefined;
  const last = e.path.segments[e.path.segments.length - 1];
  if (res.kind === 'Variant' && unresolved === 0) {
    def = res.adt;
    variant = res.index;
  } else if (res.kind === 'Def' && res.def.kind === 'adt' && unresolved === 0 && res.def.adt !== 'enum') def = res.def;
  else if (res.kind === 'Def' && res.def.kind === 'adt' && unresolved === 1 && res.def.adt === 'enum') {
    def = res.def;
    variant = def.variants.findIndex((v) => v.name === last?.ident.name);
  } else if (res.kind === 'SelfTy') {
    const s = cx.scope.selfTy && cx.shallow(cx.scope.selfTy);
    if (s?.k === 'adt') {
      def = s.def as AdtDef;
      ty = s;
      if (unresolved === 1) variant = def.variants.findIndex((v) => v.name === last?.ident.name);
    }
  }
  const v = def?.variants[variant];
  if (!def || !v) {
    for (const f of e.fields) checkExpr(cx, f.expr);
    if (e.base) checkExpr(cx, e.base);
    return ERROR;
  }
  ty ??= adtTy(cx, def, def.adt === 'enum' ? undefined : last);
  const tys = fieldTys(cx, def, variant, (ty as Ty & { k: 'adt' }).args);
  let unknownField = false;
  for (const f of e.fields) {
    const i = v.fields.findIndex((x) => x.name === f.name.name);
    const fty = tys[i];
    if (fty) checkCoerce(cx, f.expr, fty);
    else checkExpr(cx, f.expr);
    if (i < 0 && def.adt !== 'union' && !def.std) {
      unknownField = true;
      if (def.adt === 'enum') cx.error('E0559', `variant \`${def.name}::${v.name}\` has no field named \`${f.name.name}\``, f.name.span);
      else cx.error('E0560', `struct \`${def.name}\` has no field named \`${f.name.name}\``, f.name.span);
    }
  }
  if (e.base) checkCoerce(cx, e.base, ty);
  // rustc reports missing fields only when every field written is one of the struct's.
  else if (!unknownField && def.adt !== 'union' && !def.std) {
    const missing = v.fields.filter((x) => !e.fields.some((f) => f.name.name === x.name)).map((x) => `\`${x.name}\``);
    if (missing.length > 0) cx.error('E0063', `missing ${missingList(missing)} in initializer of \`${def.name}\``, e.path.span);
  }
  return ty;
}

/** rustc's words for the missing fields: "field `a`", "fields `a`, `b` and `c`", "… and 2 other fields". */
function missingList(names: string[]): string {
  if (names.length === 1) return `field ${names[0]}`;
  if (names.length <= 3) return `fields ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `fields ${names.slice(0, 3).join(', ')} and ${names.length - 3} other field${names.length - 3 === 1 ? '' : 's'}`;
}

export type { FnDef };
