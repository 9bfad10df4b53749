// E0277 for a `let` binding of a type rustc knows is unsized (`str`, a slice, `dyn Trait`): a local
// must have a size known at compile time. Only a declared type is judged, where it is certain.
import type * as A from '../../syntax/ast';
import { typeName } from '../print';
import type { Ty } from '../ty';
import type { FnCtxt } from './ctxt';

export function requireSizedBinding(cx: FnCtxt, pat: A.Pat, declared: Ty): void {
  if (pat.kind !== 'IdentPat' || pat.mode !== 'value' || pat.sub) return;
  const t = cx.shallow(declared);
  if (t.k !== 'str' && t.k !== 'slice' && t.k !== 'dyn') return;
  if (t.k === 'slice' && !cx.certain(t)) return;
  cx.error('E0277', `the size for values of type \`${typeName(t, { infer: cx.infer })}\` cannot be known at compilation time`, pat.span);
}
