// Whether a place may be written or mutably borrowed, as rustc's `is_mutable` decides: a local
// needs `mut`, except below a `&mut` (writing through a unique reference does not need the
// reference itself to be `mut`); nothing behind a `&` or a `*const` may be written.
import type { Body, Place } from '../mir/syntax';
import type { FnDef } from '../typeck/defs';
import { isBox, placeTy } from './places';

/** `mut self` is a mutable receiver even where the builder's declaration of `self` does not say so. */
function declaredMutable(body: Body, local: number): boolean {
  const decl = body.localDecls[local]!;
  if (decl.mutable) return true;
  return decl.kind === 'arg' && decl.name === 'self' && ((body.def as Partial<FnDef>).node?.sig.selfParam?.isMut ?? false);
}

export type Immutability =
  /** The local itself is not declared `mut`. */
  | { readonly kind: 'local'; readonly local: number }
  /** The place is behind the `&` reference `reference` (a prefix of the place). */
  | { readonly kind: 'sharedRef'; readonly reference: Place }
  | { readonly kind: 'other' };

/** Undefined when the place is mutable. */
export function immutability(body: Body, place: Place): Immutability | undefined {
  return check(body, place, place.projection.length, false);
}

function check(body: Body, place: Place, n: number, localMutationAllowed: boolean): Immutability | undefined {
  if (n === 0) {
    const decl = body.localDecls[place.local];
    if (!decl) return { kind: 'other' };
    if (localMutationAllowed || declaredMutable(body, place.local) || decl.kind === 'temp' || decl.kind === 'return') return undefined;
    return { kind: 'local', local: place.local };
  }
  const elem = place.projection[n - 1]!;
  if (elem.kind !== 'deref') return check(body, place, n - 1, localMutationAllowed);
  const base = placeTy(body, place, n - 1);
  if (!base) return { kind: 'other' };
  if (base.k === 'ref') return base.mut ? check(body, place, n - 1, true) : { kind: 'sharedRef', reference: { local: place.local, projection: place.projection.slice(0, n - 1) } };
  if (base.k === 'ptr') return base.mut ? undefined : { kind: 'other' };
  if (isBox(base)) return check(body, place, n - 1, localMutationAllowed);
  return { kind: 'other' };
}
