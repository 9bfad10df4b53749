// Which Fn trait a call `f(..)` of a value goes through, as rustc's callee resolution picks it:
// a reference callee is dereferenced once (so `f: &mut impl FnMut()` needs no `mut f`), then the
// first of `Fn`, `FnMut`, `FnOnce` the type implements. A closure implements what its kind allows,
// a `dyn Fn…`, a generic parameter or an `impl Trait` result what its bound says (and the traits that bound implies), and
// `Box<F>` what `F` does, the box itself being the receiver.
import type { ClosureKind } from '../../typeck/captures';
import { fnScope, opaqueBounds } from '../../typeck/traits';
import { boundsOf } from '../../typeck/lower';
import type { TraitRef, Ty } from '../../typeck/ty';
import type { Builder } from './builder';

const NOT_CALLABLE = { unsupported: 'a call of a value whose type is not a function, closure, fn pointer or Fn trait object or parameter' };

export interface FnTraitCall {
  readonly kind: ClosureKind;
  /** Whether the callee is a reference the call looks through (`Fn::call(&*f, ..)`). */
  readonly throughRef: boolean;
  /** The type implementing the trait: the receiver is it, `&` it or `&mut` it by `kind`. */
  readonly selfTy: Ty;
}

/** How `f(..)` is called, or why it cannot be built, for a callee that is no fn item or pointer. */
export function fnTraitCall(b: Builder, calleeTy: Ty): FnTraitCall | { readonly unsupported: string } {
  const throughRef = calleeTy.k === 'ref';
  const selfTy = calleeTy.k === 'ref' ? calleeTy.inner : calleeTy;
  const kind = kindOf(b, selfTy);
  if (typeof kind !== 'string') return kind;
  // Calling an `FnOnce` moves the callee, which a reference does not allow (rustc: E0507 or E0161).
  if (throughRef && kind === 'FnOnce') return { unsupported: 'a call of an `FnOnce` behind a reference' };
  return { kind, throughRef, selfTy };
}

function kindOf(b: Builder, ty: Ty): ClosureKind | { readonly unsupported: string } {
  switch (ty.k) {
    case 'closure':
      return b.results.closureKinds.get(ty.def) ?? { unsupported: 'a call of a closure whose kind is not known' };
    case 'dyn':
      return strongest(ty.traits) ?? { unsupported: 'a call of a `dyn` value without an Fn trait' };
    case 'param':
      return strongest(boundsOf(b.cx.fe.types.program, ty, fnScope({ p: b.cx.fe.types.program }, b.cx.fn))) ?? { unsupported: 'a call of a generic value whose bounds name no Fn trait' };
    case 'opaque':
      return strongest(opaqueBounds(b.cx.fe.types.program, ty)) ?? { unsupported: 'a call of an `impl Trait` value whose bounds name no Fn trait' };
    case 'adt':
      if (ty.def.std && ty.def.name === 'Box' && ty.args[0] && ty.args[0].k !== 'ref') return kindOf(b, ty.args[0]);
      return NOT_CALLABLE;
    default:
      return NOT_CALLABLE;
  }
}

/** `Fn` implies `FnMut` implies `FnOnce`, and rustc tries them in that order. */
function strongest(bounds: readonly TraitRef[]): ClosureKind | undefined {
  const names = new Set(bounds.filter((t) => t.def.std).map((t) => t.def.name));
  for (const k of ['Fn', 'FnMut', 'FnOnce'] as const) if (names.has(k)) return k;
  return undefined;
}
