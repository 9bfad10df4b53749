// E0308 between two `impl Trait` results of different functions: each fn's opaque return type is
// a type of its own (even when both are `impl Fn(i32) -> i32`), so an array or `vec!` whose items
// come from two such fns has no common item type, nor an `if`/`match` whose branches do. The
// checker keeps opaque types unknown (`ERROR`) elsewhere; this judges only the certain case: calls
// of two different non-generic free fns whose written return type is `impl …`, with no expected
// type to coerce to.
import type * as A from '../../syntax/ast';
import type { FnDef } from '../defs';
import type { FnCtxt } from './ctxt';

/** The fn whose opaque result `e` is, when `e` calls a non-generic free fn returning `impl …`. */
function opaqueSource(cx: FnCtxt, e: A.Expr): FnDef | undefined {
  if (e.kind !== 'Call' || e.callee.kind !== 'PathExpr') return undefined;
  const callee = cx.exprTypes.get(e.callee.id);
  const t = callee && cx.shallow(callee);
  if (t?.k !== 'fnDef') return undefined;
  const def = t.def as FnDef;
  if (def.std || def.owner || def.generics.count > 0 || def.node.sig.ret?.kind !== 'ImplTrait') return undefined;
  return def;
}

/** The first value whose opaque type is not the first value's, reported at that value. */
function reportFirstDistinct(cx: FnCtxt, values: readonly (A.Expr | undefined)[], message: string): void {
  const first = values[0] && opaqueSource(cx, values[0]);
  if (!first) return;
  for (const value of values.slice(1)) {
    const source = value && opaqueSource(cx, value);
    if (source && source !== first) {
      cx.error('E0308', message, value.span);
      return;
    }
  }
}

/** An array's or `vec!`'s items, once checked. */
export function reportDistinctOpaques(cx: FnCtxt, items: readonly A.Expr[]): void {
  reportFirstDistinct(cx, items, 'mismatched types');
}

/** A branch's value: a block's tail expression, else the expression itself. */
function branchValue(b: A.Expr | A.Block): A.Expr | undefined {
  const block = b.kind === 'Block' ? b : b.kind === 'BlockExpr' && !b.label ? b.block : undefined;
  if (!block) return b as A.Expr;
  const last = block.stmts[block.stmts.length - 1];
  return last?.kind === 'ExprStmt' && !last.semi ? branchValue(last.expr) : undefined;
}

/** The branches of an `if` or `match` with no expected type, in rustc's words for them. */
export function reportDistinctOpaqueBranches(cx: FnCtxt, branches: readonly (A.Expr | A.Block)[], message: string): void {
  reportFirstDistinct(cx, branches.map(branchValue), message);
}

/**
 * An `else if` chain with no expected type: rustc checks the `else` (the inner `if`) before joining
 * it, with the outer `if`'s expectation, so the innermost `if` whose branches are two different
 * opaque results is the error, at its `else` value. The outer levels compare against that inner
 * `if`'s joined type, which is left alone.
 */
export function reportDistinctOpaqueElseIf(cx: FnCtxt, e: A.IfExpr, message: string): void {
  let inner = e.else;
  while (inner?.kind === 'If' && inner.else?.kind === 'If') inner = inner.else;
  if (inner?.kind !== 'If' || !inner.else) return;
  reportFirstDistinct(cx, [branchValue(inner.then), branchValue(inner.else)], message);
}
