// E0133: a call of an `unsafe fn` outside an unsafe context. In edition 2021 the body of an
// `unsafe fn` is itself an unsafe context (`unsafe_op_in_unsafe_fn` only warns from 2024), and a
// closure inherits the context it is written in; a nested fn item does not (it is its own body).
import type * as A from '../../syntax/ast';
import type { FnDef } from '../defs';
import type { FnCtxt } from './ctxt';

/** Checks `block` with the unsafe context `unsafe { }` opens when it is one. */
export function inUnsafeBlock<T>(cx: FnCtxt, isUnsafe: boolean, check: () => T): T {
  if (!isUnsafe) return check();
  cx.unsafeDepth++;
  try {
    return check();
  } finally {
    cx.unsafeDepth--;
  }
}

/** Reports E0133 at the call when `fn` is unsafe and the call is not in an unsafe context. */
export function requireUnsafe(cx: FnCtxt, fn: FnDef, call: A.Span): void {
  if (cx.unsafeDepth > 0 || fn.std || !fn.node.sig.isUnsafe) return;
  const name = unsafeFnName(fn);
  if (name) cx.error('E0133', `call to unsafe function \`${name}\` is unsafe and requires unsafe function or block`, call);
}

/**
 * The fn as rustc names it in this message: a free fn by its name, an inherent method as
 * `Type::name`. Trait methods and methods of generic types are named in forms not modelled here,
 * so they are left unreported rather than misnamed.
 */
function unsafeFnName(fn: FnDef): string | undefined {
  const owner = fn.owner;
  if (!owner) return fn.node.name.name;
  if (owner.kind !== 'impl' || owner.node.trait || owner.node.generics.params.length > 0) return undefined;
  const self = owner.node.selfTy;
  if (self.kind !== 'PathType' || self.path.qself || self.path.segments.length !== 1) return undefined;
  const seg = self.path.segments[0]!;
  return seg.args ? undefined : `${seg.ident.name}::${fn.node.name.name}`;
}
