// E0282: a `let` binding whose type inference could not finish (`let items = Vec::new();` with no
// use that says what the items are). The checker's inference is weaker than rustc's wherever a
// type is unknown to it, so the error is reported only in a body where every expression's type is
// known and nothing waits on a trait: there an unresolved variable is unresolved for rustc too.
import type * as A from '../../syntax/ast';
import { typeName } from '../print';
import { someTy, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';

export interface LetCheck {
  readonly pat: A.Pat;
  readonly ty: Ty;
  readonly init?: A.Expr;
}

/**
 * Whether the initialiser is a call of a trait's method or fn (`"abc".into()`): its unresolved
 * type waits on a trait, which rustc reports as E0283 instead.
 */
function viaTrait(cx: FnCtxt, init: A.Expr | undefined): boolean {
  if (init?.kind === 'MethodCall') return cx.results.methods.get(init.id)?.owner?.kind === 'trait';
  if (init?.kind === 'Call') {
    const callee = cx.exprTypes.get(init.callee.id);
    const t = callee && cx.resolved(callee);
    return t?.k === 'fnDef' && (t.def as { owner?: { kind: string } }).owner?.kind === 'trait';
  }
  return false;
}

export function reportAnnotationsNeeded(cx: FnCtxt, lets: readonly LetCheck[]): void {
  if (lets.length === 0 || cx.obligations.length > 0 || cx.pendingProjections.length > 0) return;
  const weak = (t: Ty): boolean => someTy(cx.resolved(t), (x) => x.k === 'error' || x.k === 'proj' || x.k === 'opaque' || x.k === 'param' || x.k === 'dyn');
  for (const t of cx.exprTypes.values()) if (weak(t)) return;
  for (const t of cx.patTypes.values()) if (weak(t)) return;
  for (const l of lets) {
    const t = cx.resolved(l.ty);
    if (!someTy(t, (x) => x.k === 'infer')) continue;
    if (viaTrait(cx, l.init)) return;
    const plain = t.k === 'infer' || t.k === 'closure';
    cx.error('E0282', plain ? 'type annotations needed' : `type annotations needed for \`${typeName(t, { infer: cx.infer })}\``, l.pat.span);
    return;
  }
}
