// Patterns against the type they match, with rustc 2021's default binding modes: a non-reference
// pattern matched through `&T`/`&mut T` peels the reference and binds by `ref`/`ref mut`.
import type * as A from '../../syntax/ast';
import type { AdtDef } from '../defs';
import { ERROR, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { fieldTys, litTy } from './expr';
import { reportStructPat, reportTupleStructPat } from './patErrors';

type Mode = 'move' | 'ref' | 'refMut';

export function checkPat(cx: FnCtxt, pat: A.Pat, expected: Ty, mode: Mode = 'move'): void {
  cx.patTypes.set(pat.id, expected);
  const tcx = cx.tcx;
  // Default binding modes: peel references off the matched type for structural patterns.
  if (pat.kind === 'TuplePat' || pat.kind === 'TupleStructPat' || pat.kind === 'StructPat' || pat.kind === 'SlicePat' || (pat.kind === 'PathPat')) {
    let t = cx.shallow(expected);
    while (t.k === 'ref') {
      mode = t.mut && mode !== 'ref' ? 'refMut' : 'ref';
      t = cx.shallow(t.inner);
    }
    expected = t;
  }
  switch (pat.kind) {
    case 'IdentPat': {
      const asVariant = unitVariant(cx, pat);
      if (asVariant) return;
      const bound = pat.mode === 'ref' ? tcx.ref(expected) : pat.mode === 'refMut' ? tcx.ref(expected, true) : mode === 'move' ? expected : tcx.ref(expected, mode === 'refMut');
      cx.patTypes.set(pat.id, bound);
      cx.locals.set(pat.id, bound);
      if (pat.sub) checkPat(cx, pat.sub, expected, mode);
      return;
    }
    case 'TuplePat': {
      const t = cx.shallow(expected);
      const elems = t.k === 'tuple' ? t.elems : undefined;
      const rest = pat.elems.findIndex((p) => p.kind === 'RestPat');
      if (!elems && rest < 0) {
        const fresh = pat.elems.map(() => cx.fresh());
        const tuple = tcx.tuple(fresh);
        if (!cx.infer.unify(expected, tuple) && cx.mismatchCertain(tuple, expected)) cx.error('E0308', 'mismatched types', pat.span);
        pat.elems.forEach((p, i) => checkPat(cx, p, fresh[i] ?? ERROR, mode));
        return;
      }
      // A tuple's arity is part of its type: too many or too few elements (beyond what `..` can
      // absorb) is rustc's E0308 at the whole pattern.
      const written = pat.elems.filter((p) => p.kind !== 'RestPat').length;
      if (elems && (rest >= 0 ? written > elems.length : written !== elems.length)) {
        cx.error('E0308', 'mismatched types', pat.span);
        pat.elems.forEach((p) => checkPat(cx, p, ERROR, mode));
        return;
      }
      positional(cx, pat.elems, elems ?? [], mode);
      return;
    }
    case 'TupleStructPat': case 'StructPat': case 'PathPat': {
      const target = variantOf(cx, pat.path, expected);
      if (!target) {
        if (pat.kind === 'TupleStructPat') pat.elems.forEach((p) => checkPat(cx, p, ERROR, mode));
        if (pat.kind === 'StructPat') pat.fields.forEach((f) => checkPat(cx, f.pat, ERROR, mode));
        return;
      }
      const tys = fieldTys(cx, target.def, target.variant, target.args);
      if (pat.kind === 'TupleStructPat') {
        reportTupleStructPat(cx, pat, target.def, target.variant);
        positional(cx, pat.elems, tys, mode);
      } else if (pat.kind === 'StructPat') {
        reportStructPat(cx, pat, target.def, target.variant);
        const fields = target.def.variants[target.variant]?.fields ?? [];
        for (const f of pat.fields) checkPat(cx, f.pat, tys[fields.findIndex((x) => x.name === f.name.name)] ?? ERROR, mode);
      }
      return;
    }
    case 'SlicePat': {
      const t = cx.shallow(expected);
      const elem = t.k === 'array' || t.k === 'slice' ? t.elem : ERROR;
      for (const p of pat.elems) {
        if (p.kind === 'RestPat') continue;
        if (p.kind === 'IdentPat' && p.sub?.kind === 'RestPat') {
          const restTy = t.k === 'array' && t.len !== undefined ? tcx.array(elem, t.len - (pat.elems.length - 1)) : tcx.slice(elem);
          const b = mode === 'move' ? restTy : tcx.ref(restTy, mode === 'refMut');
          cx.patTypes.set(p.id, b);
          cx.locals.set(p.id, b);
          continue;
        }
        checkPat(cx, p, elem, mode);
      }
      return;
    }
    case 'RefPat': {
      const t = cx.shallow(expected);
      if (t.k === 'ref') checkPat(cx, pat.pat, t.inner, 'move');
      else {
        const inner = cx.fresh();
        cx.infer.unify(expected, tcx.ref(inner, pat.isMut));
        checkPat(cx, pat.pat, inner, 'move');
      }
      return;
    }
    case 'LitPat': {
      let t = cx.shallow(expected);
      while (t.k === 'ref' && pat.lit.kind !== 'Str') t = cx.shallow(t.inner);
      const lt = litTy(cx, pat.lit, t);
      if (pat.lit.kind !== 'Str' && !cx.infer.unify(lt, t) && cx.mismatchCertain(lt, t)) cx.error('E0308', 'mismatched types', pat.span);
      return;
    }
    case 'RangePat': {
      let t = cx.shallow(expected);
      while (t.k === 'ref') t = cx.shallow(t.inner);
      for (const end of [pat.start, pat.end]) if (end) checkPat(cx, end, t, mode);
      return;
    }
    case 'OrPat':
      for (const alt of pat.alts) checkPat(cx, alt, expected, mode);
      return;
    default:
      return;
  }
}

function positional(cx: FnCtxt, pats: readonly A.Pat[], tys: readonly Ty[], mode: Mode): void {
  const rest = pats.findIndex((p) => p.kind === 'RestPat');
  pats.forEach((p, i) => {
    if (p.kind === 'RestPat') return;
    const j = rest >= 0 && i > rest ? tys.length - (pats.length - i) : i;
    checkPat(cx, p, tys[j] ?? ERROR, mode);
  });
}

/** The struct or enum variant a pattern's path names, with the matched type's arguments. */
function variantOf(cx: FnCtxt, path: A.Path, expected: Ty): { def: AdtDef; variant: number; args: readonly Ty[] } | undefined {
  const { res, unresolved } = cx.p.namesFor(cx.scope.std).resolve(path);
  const t = cx.shallow(expected);
  let def: AdtDef | undefined;
  let variant = 0;
  const last = path.segments[path.segments.length - 1]?.ident.name;
  if (res.kind === 'Variant' && unresolved === 0) {
    def = res.adt;
    variant = res.index;
  } else if (res.kind === 'Def' && res.def.kind === 'adt' && unresolved === 0) def = res.def;
  else if ((res.kind === 'Def' && res.def.kind === 'adt') || res.kind === 'SelfTy') {
    const d = res.kind === 'Def' ? (res.def as AdtDef) : t.k === 'adt' ? (t.def as AdtDef) : undefined;
    if (d && unresolved === 1) {
      def = d;
      variant = d.variants.findIndex((v) => v.name === last);
    } else if (d && unresolved === 0) def = d;
  }
  if (!def || variant < 0) return undefined;
  let args: readonly Ty[];
  if (t.k === 'adt' && t.def === def) args = t.args;
  else {
    const fresh = def.generics.names.map(() => cx.fresh());
    cx.infer.unify(expected, cx.tcx.adt(def, fresh));
    args = fresh;
  }
  return { def, variant, args };
}

/** A lone identifier naming a unit variant, unit struct or const rather than binding. */
function unitVariant(cx: FnCtxt, pat: A.IdentPat): boolean {
  if (pat.mode !== 'value' || pat.isMut || pat.sub) return false;
  const res = cx.p.identPatRes(pat);
  if (!res) return false;
  if (res.kind === 'Variant') {
    const t = cx.shallow(cx.patTypes.get(pat.id) ?? ERROR);
    let inner = t;
    while (inner.k === 'ref') inner = cx.shallow(inner.inner);
    if (!(inner.k === 'adt' && inner.def === res.adt)) cx.infer.unify(inner, cx.tcx.adt(res.adt, res.adt.generics.names.map(() => cx.fresh())));
  }
  return true;
}
