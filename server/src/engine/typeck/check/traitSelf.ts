// E0790: `Trait::f()` calls a trait's associated fn whose signature never mentions `Self`, so no
// argument or expected type can say which impl is meant; rustc asks for `<Type as Trait>::f()`
// however many impls there are.
import type * as A from '../../syntax/ast';
import type { FnDef, TraitDef } from '../defs';
import type { Ty } from '../ty';
import type { FnCtxt } from './ctxt';

export interface TraitSelfCheck {
  /** The variable that stands for the trait's `Self` at this path. */
  readonly self: Ty;
  readonly span: A.Span;
}

/** Whether nothing at a call of `method` through its trait's path can decide `Self`. */
export function selfUndecidable(trait: TraitDef, method: FnDef): boolean {
  if (trait.generics.names.length !== 1) return false;
  const n = method.node;
  if (n.sig.selfParam) return false;
  return !namesSelf(n.sig) && !namesSelf(n.generics);
}

function namesSelf(n: unknown): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(namesSelf);
  if ((n as { ident?: { name?: string } }).ident?.name === 'Self') return true;
  for (const [k, v] of Object.entries(n)) if (k !== 'span' && v && typeof v === 'object' && namesSelf(v)) return true;
  return false;
}

/**
 * Reports E0790 when exactly one such path is left with `Self` unknown and no `let` waits on
 * inference (rustc's order among ambiguity errors is then not in question). Whether it did.
 */
export function reportUndecidedSelf(cx: FnCtxt, checks: readonly TraitSelfCheck[], unresolvedLets: number): boolean {
  const open = checks.filter((c) => cx.resolved(c.self).k === 'infer');
  if (open.length !== 1 || unresolvedLets > 0) return false;
  cx.error('E0790', 'cannot call associated function on trait without specifying the corresponding `impl` type', open[0]!.span);
  return true;
}
