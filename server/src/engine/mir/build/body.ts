// One body: the arguments as locals `_1 ..= _n` (a pattern argument binds its variables from
// its argument local), the body's value into `_0`, then the function's scope ends, dropping the
// arguments after everything the body declared.
import type * as A from '../../syntax/ast';
import type { Ty } from '../../typeck/ty';
import type { Body } from '../syntax';
import { place } from '../syntax';
import type { Builder } from './builder';
import { into } from './expr';
import { bindPattern, declareBindings, simpleBinding } from './pattern';
import { endOf } from './scope';
import { lowerBlockInto } from './stmt';

export interface ArgSpec {
  /** Undefined for the closure environment and `self` (bound by `binding`). */
  readonly pat: A.Pat | undefined;
  readonly ty: Ty;
  readonly span: A.Span;
  readonly name: string | undefined;
  /** The node id a path to this argument resolves to (`self`). */
  readonly binding?: A.NodeId;
  /** A local that may be mutated though no pattern says `mut` (an `FnOnce` closure's environment). */
  readonly mutable?: boolean;
}

export function buildBody(b: Builder, args: readonly ArgSpec[], body: A.Block | A.Expr): Body {
  const fnScope = b.scopes.push('fn');
  const patterned: { pat: A.Pat; local: number; ty: Ty }[] = [];
  for (const a of args) {
    const simple = a.pat && simpleBinding(b, a.pat) && a.pat.kind === 'IdentPat' ? a.pat : undefined;
    const name = a.name ?? simple?.name.name;
    const local = b.newLocal({ kind: 'arg', mutable: simple?.isMut ?? a.mutable ?? false, ty: a.ty, span: a.span, name });
    if (simple) b.bindings.set(simple.id, local);
    else if (a.binding !== undefined) b.bindings.set(a.binding, local);
    else if (a.pat) patterned.push({ pat: a.pat, local, ty: a.ty });
    b.scopes.scheduleVar(local, a.span, fnScope);
  }
  for (const p of patterned) {
    declareBindings(b, p.pat, fnScope);
    bindPattern(b, p.pat, place(p.local), p.ty, 'move');
  }
  if (body.kind === 'Block') lowerBlockInto(b, place(0), body, body.span);
  else into(b, place(0), body);
  b.scopes.popEnd(body.span);
  b.goto(b.returnBlock, endOf(body.span));
  return b.finish(args.length);
}
