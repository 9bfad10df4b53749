// Closures: the closure value is an aggregate of its captured places (the type checker's capture
// analysis, typeck/captures.ts: a borrow of each place captured by reference, the value itself
// for one captured by value), in the order the analysis lists them; the closure's code is a body
// of its own whose `_1` is the environment (`&Closure`) and whose uses of a captured place go
// through it (`(*((*_1).0))`), with any further projection applied after.
import type * as A from '../../syntax/ast';
import { type CapturePlace, exprPlace, placeKey } from '../../typeck/capturePlace';
import { type ClosureKind, upvarTy } from '../../typeck/captures';
import type { Ty } from '../../typeck/ty';
import type { Operand, Place, ProjectionElem } from '../syntax';
import { DEREF, place } from '../syntax';
import { Builder, type Upvar, upvarField } from './builder';
import { asTempNoDrop } from './expr';
import { buildBody } from './body';
import { localPath } from './paths';

export function lowerClosure(b: Builder, dest: Place, e: A.ClosureExpr): void {
  b.cx.lowered.closures.push(e);
  const ty = b.exprTy(e);
  if (ty.k !== 'closure') {
    b.unsupportedAt(e.span, 'a closure whose type the checker did not infer');
    return;
  }
  const analysis = b.results.closureCaptures.get(e.id);
  if (analysis?.kind !== 'captures') b.unsupportedAt(analysis?.span ?? e.span, analysis?.what ?? 'a closure whose captures were not analysed');
  const operands: Operand[] = [];
  const upvarTys: Ty[] = [];
  const upvars: Upvar[] = [];
  const upvarDecls: (A.Span | undefined)[] = [];
  const uses: A.Span[] = [];
  for (const c of analysis?.kind === 'captures' ? analysis.captures : []) {
    const outer = capturedPlace(b, c.place, e.span);
    if (!outer) continue;
    uses.push(c.span);
    const decl = b.localDecls[outer.local];
    upvarDecls.push(decl?.kind === 'user' && decl.name === c.place.name ? decl.span : undefined);
    const upTy = upvarTy(b.tcx, c);
    upvars.push({ index: upvars.length, byRef: c.mode !== 'ByValue', ty: upTy, place: c.place, envByValue: analysis?.kind === 'captures' && analysis.closureKind === 'FnOnce' });
    upvarTys.push(upTy);
    if (c.mode !== 'ByValue') {
      const t = asTempNoDrop(b, upTy, e.span);
      b.assign(place(t), { kind: 'ref', borrow: c.mode === 'ByRef' ? 'shared' : 'mut', place: outer }, e.span);
      operands.push({ kind: 'move', place: place(t) });
    } else {
      operands.push(b.operandOf(outer));
    }
  }
  // The checker's closure type does not list the captures; the MIR's does, for layouts and drops.
  const withUpvars = b.tcx.closure(ty.def, ty.sig, upvarTys, ty.args);
  b.cx.closureTys.set(ty.def, withUpvars);
  if (dest.projection.length === 0 && b.localDecls[dest.local]?.ty === ty) b.localDecls[dest.local] = { ...b.localDecls[dest.local]!, ty: withUpvars };
  b.assign(dest, { kind: 'aggregate', aggregate: { kind: 'closure', def: ty.def, uses }, operands }, e.span);
  buildClosureBody(b, e, withUpvars as Extract<Ty, { k: 'closure' }>, upvars, upvarDecls, analysis?.kind === 'captures' ? analysis.closureKind : undefined);
}

/** A captured place in this body: its variable's place (a local, or an upvar of this closure) and the projections. */
function capturedPlace(b: Builder, p: CapturePlace, span: A.Span): Place | undefined {
  const inUpvar = b.upvars && upvarPlace(b, p);
  if (inUpvar) return inUpvar;
  const base = localPath(b, p.binding, span);
  if (base.kind !== 'local') {
    b.unsupportedAt(span, base.kind === 'unsupported' ? base.what : 'a captured variable that is not a local');
    return undefined;
  }
  return { local: base.place.local, projection: [...base.place.projection, ...p.projections.map(elem)] };
}

function elem(j: CapturePlace['projections'][number]): ProjectionElem {
  return j.kind === 'deref' ? DEREF : { kind: 'field', index: j.index, name: j.name, ty: j.ty };
}

/**
 * Inside a closure body, the place `p` names through the environment: the upvar whose captured
 * place is a prefix of `p` (capture analysis makes one such), then the rest of `p`'s projections.
 */
export function upvarPlace(b: Builder, p: CapturePlace): Place | undefined {
  for (const up of b.upvars ?? []) {
    const n = up.place.projections.length;
    if (up.place.binding !== p.binding || n > p.projections.length || placeKey(p, n) !== placeKey(up.place)) continue;
    const projection: ProjectionElem[] = [...upvarField(up)];
    if (up.byRef) projection.push(DEREF);
    projection.push(...p.projections.slice(n).map(elem));
    return { local: 1, projection };
  }
  return undefined;
}

/** A field or deref expression in a closure body that names a captured place (or a place inside one). */
export function capturedExprPlace(b: Builder, e: A.Expr): Place | undefined {
  const p = exprPlace({ names: b.cx.names, results: b.results }, e);
  return p && upvarPlace(b, p);
}

/**
 * The body's environment `_1` is what the closure's kind makes it: `&Closure` for `Fn`, `&mut
 * Closure` for `FnMut`, the closure itself for `FnOnce` (mutable: what a by-value capture allows
 * is the captured variable's business, which the environment does not carry).
 */
function buildClosureBody(outer: Builder, e: A.ClosureExpr, ty: Extract<Ty, { k: 'closure' }>, upvars: Upvar[], upvarDecls: (A.Span | undefined)[], kind: ClosureKind | undefined): void {
  const b = new Builder(outer.cx, ty.def, e.span, ty.sig.ret);
  b.upvars = upvars;
  if (!kind) b.unsupportedAt(e.span, 'a closure whose kind (`Fn`, `FnMut` or `FnOnce`) is not known');
  const envTy = kind === 'FnOnce' ? ty : outer.tcx.ref(ty, kind === 'FnMut');
  const env = { pat: undefined, ty: envTy, span: e.span, name: undefined, mutable: kind === 'FnOnce' };
  const params = e.params.map((p, i) => ({ pat: p.pat, ty: ty.sig.params[i] ?? outer.tcx.unit, span: p.span, name: undefined }));
  outer.cx.closures.push({ ...buildBody(b, [env, ...params], e.body), upvarDecls, upvarByRef: upvars.map((u) => u.byRef) });
}
