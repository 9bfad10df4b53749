// E0282: a `let` binding whose type inference could not finish (`let items = Vec::new();` with no
// use that says what the items are); E0283/E0284 when what waits on it is a trait bound or a
// projection. The checker's inference is weaker than rustc's wherever a
// type is unknown to it, so the error is reported only in a body where every expression's type is
// known and nothing waits on a trait: there an unresolved variable is unresolved for rustc too.
import type * as A from '../../syntax/ast';
import { typeName } from '../print';
import { HAS_DYN, HAS_ERROR, HAS_INFER, HAS_OPAQUE, HAS_PARAM, HAS_PROJ, someTy, type Ty } from '../ty';
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

/**
 * rustc's code for a binding whose type is a bare variable that pending trait work waits on: E0284
 * when a projection of it is pending (`"42".parse()`: `<_ as FromStr>::Err`), E0283 when a bound on
 * it is (`collect()`: `_: FromIterator<i32>`, `"abc".into()`). Undefined when anything else pending
 * mentions the variable: that could still have decided it.
 */
function ambiguity(cx: FnCtxt, v: Ty, init: A.Expr | undefined): 'E0283' | 'E0284' | undefined {
  const mentions = (t: Ty): boolean => someTy(cx.resolved(t), (x) => x === v);
  const onV = (self: Ty): boolean => cx.infer.shallow(self) === v;
  if (cx.obligations.some((o) => !onV(o.self) && (o.trait.args.some(mentions) || mentions(o.self)))) return undefined;
  if (cx.pendingProjections.some((p) => !onV(p.proj.self) && mentions(p.proj))) return undefined;
  if (cx.pendingProjections.some((p) => onV(p.proj.self))) return 'E0284';
  if (cx.obligations.some((o) => onV(o.self))) return 'E0283';
  return viaTrait(cx, init) && cx.obligations.length === 0 ? 'E0283' : undefined;
}

export function reportAnnotationsNeeded(cx: FnCtxt, lets: readonly LetCheck[]): void {
  if (lets.length === 0) return;
  // Only a `let` whose type still holds a variable is reported: without one, the body is not scanned.
  if (!lets.some((l) => (cx.resolved(l.ty).flags & HAS_INFER) !== 0)) return;
  const weak = (t: Ty): boolean => (cx.resolved(t).flags & (HAS_ERROR | HAS_PROJ | HAS_OPAQUE | HAS_PARAM | HAS_DYN)) !== 0;
  for (const t of cx.exprTypes.values()) if (weak(t)) return;
  for (const t of cx.patTypes.values()) if (weak(t)) return;
  const pending = cx.obligations.length > 0 || cx.pendingProjections.length > 0;
  const unresolved = lets.filter((l) => (cx.resolved(l.ty).flags & HAS_INFER) !== 0);
  // rustc names a binding's type first; a tuple pattern's unknown parts only when no binding is
  // unknown, and then at the generic function's path (`mpsc::channel()`: its `T`).
  const tuple = unresolved.length === 1 && unresolved[0]!.pat.kind === 'TuplePat' ? unresolved[0] : undefined;
  if (tuple) {
    const callee = tuple.init?.kind === 'Call' && tuple.init.callee.kind === 'PathExpr' ? tuple.init.callee : undefined;
    if (callee && !pending && !viaTrait(cx, tuple.init)) cx.error('E0282', 'type annotations needed', callee.span);
    return;
  }
  for (const l of lets) {
    if (l.pat.kind !== 'IdentPat') continue;
    const t = cx.resolved(l.ty);
    if ((t.flags & HAS_INFER) === 0) continue;
    const code = t.k === 'infer' && t.kind === 'ty' ? ambiguity(cx, t, l.init) : undefined;
    if (code) {
      cx.error(code, 'type annotations needed', l.pat.span);
      return;
    }
    if (pending || viaTrait(cx, l.init)) return;
    const plain = t.k === 'infer' || t.k === 'closure';
    cx.error('E0282', plain ? 'type annotations needed' : `type annotations needed for \`${typeName(t, { infer: cx.infer })}\``, l.pat.span);
    return;
  }
}
