// E0599 for a method that only a trait of the program's own provides, called where that trait is
// not in scope: rustc looks trait methods up only through the traits in scope at the call (those
// declared or imported in the call's module and enclosing blocks; a parent module's are not).
// Methods a parameter's bounds or a `dyn`/`impl` type's traits give need no trait in scope.
import type * as A from '../../syntax/ast';
import type { AdtDef } from '../defs';
import { typeName } from '../print';
import type { Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import type { Pick } from './method';

export function requireTraitInScope(cx: FnCtxt, call: A.MethodCallExpr, pick: Pick, recv: Ty): void {
  const owner = pick.method.owner;
  const name = call.method.name;
  if (!owner || owner.kind !== 'trait' || owner.std || !cx.p.closed) return;
  // Another trait of that method name may be the one in scope.
  if (cx.p.traitsWithFn(name).length !== 1) return;
  let self = cx.shallow(pick.adjusted);
  while (self.k === 'ref') self = cx.shallow(self.inner);
  if (self.k === 'param' || self.k === 'dyn' || self.k === 'opaque' || self.k === 'infer') return;
  if (cx.p.namesFor(false).traitInScope?.(call.id, owner.node.id) !== false) return;
  cx.error('E0599', `no method named \`${name}\` found for ${describe(cx, recv)} in the current scope`, call.method.span);
}

/** The receiver as rustc's E0599 names it. */
function describe(cx: FnCtxt, recv: Ty): string {
  const t = cx.shallow(recv);
  const shown = typeName(t, { infer: cx.infer });
  if (t.k === 'ref') return `${t.mut ? 'mutable reference' : 'reference'} \`${shown}\``;
  if (t.k === 'adt' && !t.def.std) return `${(t.def as AdtDef).adt} \`${shown}\``;
  if (t.k === 'array' || t.k === 'slice' || t.k === 'tuple') return `${t.k} \`${shown}\``;
  return `type \`${shown}\``;
}
