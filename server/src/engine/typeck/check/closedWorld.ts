// What a user's type certainly lacks. The std declarations in typeck/std are a partial surface
// (absence there proves nothing), so a user's ADT is known to lack an item only when every way
// std could give it one is accounted for: its own impls, the user's traits, the methods of the
// std traits it derives or implements (listed in full in stdTraitItems.ts), and std's blanket impls.
import type { AdtDef, TraitDef } from '../defs';
import { typeName } from '../print';
import { implHeader } from '../traits';
import type { Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { STD_TRAIT_ITEMS } from '../stdTraitItems';

/**
 * Items every type may have through std's blanket impls (`Any`, `Borrow`, `From<T> for T`,
 * `Into`, `TryFrom`, `TryInto`, `ToOwned` for `Clone` types, `ToString` for `Display` ones).
 */
const BLANKET_ITEMS = new Set(['type_id', 'borrow', 'borrow_mut', 'from', 'into', 'try_from', 'try_into', 'to_owned', 'clone_into', 'to_string']);

/** The user's ADT a type is, when its head is one (its arguments may still be unknown). */
export function userAdt(cx: FnCtxt, ty: Ty): (Ty & { k: 'adt' }) | undefined {
  const t = cx.shallow(ty);
  return t.k === 'adt' && !t.def.std && (t.def as AdtDef).kind === 'adt' ? t : undefined;
}

/** The std traits `adt` derives or implements, by name. */
export function stdTraitsOf(cx: FnCtxt, adt: Ty & { k: 'adt' }): string[] {
  const out = [...(adt.def as AdtDef).derives];
  for (const impl of cx.index.candidates(adt)) {
    if (!impl.node.trait || impl.std) continue;
    const last = impl.node.trait.segments[impl.node.trait.segments.length - 1]?.ident.name;
    if (last) out.push(last);
  }
  return out;
}

/**
 * Whether the user's ADT `adt` certainly has no associated item (method, fn, const or type)
 * named `name`, reachable by a method call (`method`) or a path (`Type::name`).
 * For a method call, an inherent fn of that name without a receiver does not count (the call
 * cannot reach it).
 */
export function certainlyLacks(cx: FnCtxt, adt: Ty & { k: 'adt' }, name: string, method: boolean): boolean {
  if (!cx.p.closed || BLANKET_ITEMS.has(name)) return false;
  if ((adt.def as AdtDef).adt === 'enum' && (adt.def as AdtDef).variants.some((v) => v.name === name)) return false;
  for (const impl of cx.index.candidates(adt)) {
    if (impl.std) continue;
    for (const item of impl.node.items) {
      if (item.kind === 'Unsupported' || item.kind === 'MacroCallItem') return false;
      if (!('name' in item) || item.name.name !== name) continue;
      if (method && item.kind === 'Fn' && !item.sig.selfParam && !impl.node.trait) continue;
      return false;
    }
  }
  for (const t of stdTraitsOf(cx, adt)) {
    const items = STD_TRAIT_ITEMS[t];
    if (!items || items.includes(name)) return false;
  }
  for (const trait of cx.p.traitsDeclaring(name)) {
    if (cx.solver.implements(adt, trait, fresh(cx, trait)) !== 'no') return false;
    const sp = trait.methods.get(name)?.node.sig.selfParam;
    if (!method || !sp) continue;
    if (sp.ty) return false;
    // A by-value method also reaches `Self = &T` and `&mut T` by autoref.
    if (sp.mode !== 'value') continue;
    for (const self of [cx.tcx.ref(adt), cx.tcx.ref(adt, true)]) {
      if (!trait.std) {
        if (cx.solver.implements(self, trait, fresh(cx, trait)) !== 'no') return false;
        continue;
      }
      // std implements its traits for references only by delegating to the referent (`&mut I:
      // Iterator` for `I: Iterator`), which was just ruled out; a user's impl for a reference counts.
      if (cx.index.candidates(self).some((i) => !i.std && i.node.trait && implHeader(cx.p, i).trait?.def === trait)) return false;
    }
  }
  return true;
}

function fresh(cx: FnCtxt, trait: TraitDef): Ty[] {
  return trait.generics.names.slice(1).map(() => cx.fresh());
}

function declares(trait: TraitDef, name: string): boolean {
  return trait.node.items.some((i) => 'name' in i && i.name.name === name);
}

/** Whether any std trait (declared or listed here) has an item of this name. */
function stdTraitItem(cx: FnCtxt, name: string): boolean {
  return Object.values(STD_TRAIT_ITEMS).some((items) => items.includes(name)) || cx.p.traitsDeclaring(name).some((t) => t.std);
}

/**
 * rustc's E0599 message for `recv.name(…)` when the receiver is (a reference to) a user's ADT that
 * certainly has no such method; undefined when that is not certain.
 */
export function noMethodMessage(cx: FnCtxt, recv: Ty, name: string): string | undefined {
  const steps = cx.autoderef(recv);
  const last = steps[steps.length - 1];
  if (!last || steps.slice(0, -1).some((s) => s.k !== 'ref')) return undefined;
  const adt = userAdt(cx, last);
  if (!adt || !certainlyLacks(cx, adt, name, true)) return undefined;
  // A user's `Deref` makes its target's methods reachable; references implement std traits.
  if (stdTraitsOf(cx, adt).includes('Deref') || (steps.length > 1 && stdTraitItem(cx, name))) return undefined;
  const shown = typeName(adt, { infer: cx.infer });
  const iterator = cx.p.stdTrait('Iterator');
  if (iterator && declares(iterator, name)) return `\`${shown}\` is not an iterator`;
  return `no method named \`${name}\` found for ${(adt.def as AdtDef).adt} \`${shown}\` in the current scope`;
}

/** rustc's E0599 message for `Type::name` when the user's ADT certainly has no such item. */
export function noAssocItemMessage(cx: FnCtxt, ty: Ty, name: string): string | undefined {
  const adt = userAdt(cx, ty);
  if (!adt || !certainlyLacks(cx, adt, name, false)) return undefined;
  const def = adt.def as AdtDef;
  const what = def.adt === 'enum' ? 'variant or associated item' : 'function or associated item';
  return `no ${what} named \`${name}\` found for ${def.adt} \`${typeName(adt, { infer: cx.infer })}\` in the current scope`;
}

/**
 * rustc's E0609 message for `base.name` when no type on the autoderef chain certainly has the
 * field: (references to) a user's ADT without `Deref`, or a tuple indexed past its end (a std
 * type is judged by stdFields.ts). A method of that name would make it E0615: that must be
 * certainly absent too.
 */
export function noFieldMessage(cx: FnCtxt, base: Ty, name: string): string | undefined {
  const steps = cx.autoderef(base);
  const last = steps[steps.length - 1];
  if (!last || steps.slice(0, -1).some((s) => s.k !== 'ref')) return undefined;
  const shown = (): string => `no field \`${name}\` on type \`${typeName(last, { infer: cx.infer })}\``;
  if (last.k === 'tuple') return /^\d+$/.test(name) && Number(name) >= last.elems.length ? shown() : undefined;
  const adt = userAdt(cx, last);
  if (!adt) return undefined;
  const def = adt.def as AdtDef;
  if (def.adt !== 'enum' && def.variants[0]?.fields.some((f) => f.name === name)) return undefined;
  return certainlyLacks(cx, adt, name, true) && !stdTraitsOf(cx, adt).includes('Deref') ? shown() : undefined;
}
