// Closures: the closure value is an aggregate of its captures (a borrow of each variable captured
// by reference, the value itself for one captured by move), in the order the checker's closure
// type lists its upvars; the closure's code is a body of its own whose `_1` is the environment
// (`&Closure`) and whose uses of a captured variable go through it (`(*((*_1).0))`).
import type * as A from '../../syntax/ast';
import type { Ty } from '../../typeck/ty';
import type { Operand, Place } from '../syntax';
import { place } from '../syntax';
import { Builder, type Upvar } from './builder';
import { asTempNoDrop } from './expr';
import { buildBody } from './body';
import { closureCaptures } from './captures';
import { localPath } from './paths';

export function lowerClosure(b: Builder, dest: Place, e: A.ClosureExpr): void {
  const ty = b.exprTy(e);
  if (ty.k !== 'closure') {
    b.unsupportedAt(e.span, 'a closure whose type the checker did not infer');
    return;
  }
  const { captures, fieldOnly } = closureCaptures(b, e);
  if (fieldOnly) b.unsupportedAt(e.span, 'a closure that uses a captured variable only through a field (edition 2021 captures the field path)');
  const operands: Operand[] = [];
  const upvarTys: Ty[] = [];
  const upvars = new Map<A.NodeId, Upvar>();
  captures.forEach(({ binding, mode }, index) => {
    const r = localPath(b, binding, e.span);
    if (r.kind !== 'local') return;
    const varTy = b.placeTy(r.place);
    const upTy = mode === 'value' ? varTy : b.tcx.ref(varTy, mode === 'mut');
    upvarTys.push(upTy);
    upvars.set(binding, { index, byRef: mode !== 'value', ty: upTy });
    if (mode !== 'value') {
      const t = asTempNoDrop(b, upTy, e.span);
      b.assign(place(t), { kind: 'ref', borrow: mode === 'mut' ? 'mut' : 'shared', place: r.place }, e.span);
      operands.push({ kind: 'move', place: place(t) });
    } else {
      operands.push(b.operandOf(r.place));
    }
  });
  // The checker's closure type does not list the captures; the MIR's does, for layouts and drops.
  const withUpvars = b.tcx.closure(ty.def, ty.sig, upvarTys);
  if (dest.projection.length === 0 && b.localDecls[dest.local]?.ty === ty) b.localDecls[dest.local] = { ...b.localDecls[dest.local]!, ty: withUpvars };
  b.assign(dest, { kind: 'aggregate', aggregate: { kind: 'closure', def: ty.def }, operands }, e.span);
  buildClosureBody(b, e, withUpvars as Extract<Ty, { k: 'closure' }>, upvars);
}

function buildClosureBody(outer: Builder, e: A.ClosureExpr, ty: Extract<Ty, { k: 'closure' }>, upvars: Map<A.NodeId, Upvar>): void {
  const b = new Builder(outer.cx, ty.def, e.span, ty.sig.ret);
  b.upvars = upvars;
  const env = { pat: undefined, ty: outer.tcx.ref(ty), span: e.span, name: undefined };
  const params = e.params.map((p, i) => ({ pat: p.pat, ty: ty.sig.params[i] ?? outer.tcx.unit, span: p.span, name: undefined }));
  outer.cx.closures.push(buildBody(b, [env, ...params], e.body));
}
