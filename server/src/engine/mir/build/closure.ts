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
import { localPath } from './paths';

/** The bindings of the enclosing bodies a closure's body uses, in order of first use. */
function freeBindings(b: Builder, e: A.ClosureExpr): A.NodeId[] {
  const declared = new Set<A.NodeId>();
  const used: A.NodeId[] = [];
  const seen = new Set<A.NodeId>();
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const node = n as { kind?: string; id?: number; path?: A.Path };
    if (node.kind === 'IdentPat' && typeof node.id === 'number') declared.add(node.id);
    if (node.kind === 'PathExpr' && node.path) {
      const r = b.cx.names.resolve(node.path);
      if (r.res.kind === 'Local' && r.unresolved === 0 && !seen.has(r.res.binding)) {
        seen.add(r.res.binding);
        used.push(r.res.binding);
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'span' && typeof v === 'object') visit(v);
  };
  for (const p of e.params) visit(p.pat);
  visit(e.body);
  return used.filter((id) => !declared.has(id));
}

export function lowerClosure(b: Builder, dest: Place, e: A.ClosureExpr): void {
  const ty = b.exprTy(e);
  if (ty.k !== 'closure') {
    b.unsupportedAt(e.span, 'a closure whose type the checker did not infer');
    return;
  }
  const free = freeBindings(b, e);
  if (free.length !== ty.upvars.length) {
    b.unsupportedAt(e.span, 'a closure whose captures the builder could not match with its type');
    return;
  }
  const operands: Operand[] = [];
  const upvars = new Map<A.NodeId, Upvar>();
  free.forEach((binding, index) => {
    const upTy = ty.upvars[index]!;
    const r = localPath(b, binding, e.span);
    if (r.kind !== 'local') {
      b.unsupportedAt(e.span, r.kind === 'unsupported' ? r.what : 'a capture');
      return;
    }
    const varTy = b.placeTy(r.place);
    const byRef = upTy !== varTy && upTy.k === 'ref';
    upvars.set(binding, { index, byRef, ty: upTy });
    if (byRef && upTy.k === 'ref') {
      const t = asTempNoDrop(b, upTy, e.span);
      b.assign(place(t), { kind: 'ref', borrow: upTy.mut ? 'mut' : 'shared', place: r.place }, e.span);
      operands.push({ kind: 'move', place: place(t) });
    } else {
      operands.push(b.operandOf(r.place));
    }
  });
  b.assign(dest, { kind: 'aggregate', aggregate: { kind: 'closure', def: ty.def }, operands }, e.span);
  buildClosureBody(b, e, ty, upvars);
}

function buildClosureBody(outer: Builder, e: A.ClosureExpr, ty: Extract<Ty, { k: 'closure' }>, upvars: Map<A.NodeId, Upvar>): void {
  const b = new Builder(outer.cx, ty.def, e.span, ty.sig.ret);
  b.upvars = upvars;
  const env = { pat: undefined, ty: outer.tcx.ref(ty), span: e.span, name: undefined };
  const params = e.params.map((p, i) => ({ pat: p.pat, ty: ty.sig.params[i] ?? outer.tcx.unit, span: p.span, name: undefined }));
  outer.cx.closures.push(buildBody(b, [env, ...params], e.body));
}
