// E0277 at an impl of a trait whose supertrait the self type lacks (`trait Banner: Display`,
// `impl Banner for Title {}` with no `Display` for `Title`), as rustc's well-formedness check
// reports it at the impl's self type. Judged only where the absence is certain: a user's type
// named without generics, in a file whose impls are all seen, against a supertrait that is the
// user's own or a std trait a user's type gets only by deriving or implementing it.
import type * as A from '../syntax/ast';
import type { AdtDef, TraitDef } from './defs';
import type { Program } from './program';
import type { TypeError } from './results';
import { headKey, implHeader, superTraitsOf } from './traits';
import type { TraitRef, Ty } from './ty';

/** std traits with no blanket impl that could reach a user's type. */
const ONLY_BY_DERIVE_OR_IMPL = new Set(['Display', 'Debug', 'Clone', 'Copy', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default']);

export function superTraitErrors(p: Program): TypeError[] {
  if (!p.closed) return [];
  const errors: TypeError[] = [];
  for (const impl of p.impls) {
    if (impl.std || !impl.node.trait || impl.node.negative || impl.generics.count > 0) continue;
    const { selfTy, trait } = implHeader(p, impl);
    const def = trait?.def as TraitDef | undefined;
    if (!def || def.kind !== 'trait' || def.std) continue;
    if (selfTy.k !== 'adt' || selfTy.def.std || (selfTy.def as AdtDef).kind !== 'adt' || selfTy.args.length > 0) continue;
    const lacking = superTraitsOf(p, def).find((s) => lacks(p, selfTy, s));
    if (lacking) errors.push({ code: 'E0277', message: message(selfTy, lacking), span: impl.node.selfTy.span });
  }
  return errors;
}

function lacks(p: Program, self: Ty & { k: 'adt' }, sup: TraitRef): boolean {
  if (sup.args.length > 0 || sup.assoc.length > 0) return false;
  const def = sup.def as TraitDef;
  if (def.std && (!ONLY_BY_DERIVE_OR_IMPL.has(def.name) || (self.def as AdtDef).derives.has(def.name))) return false;
  const key = headKey(self);
  return !p.impls.some((i) => {
    if (i.std || !i.node.trait) return false;
    const h = implHeader(p, i);
    // An impl of a trait that did not lower, named like the supertrait, may be it.
    const same = h.trait ? h.trait.def === def : lastSegment(i.node.trait) === def.name;
    const head = headKey(h.selfTy);
    return same && (h.selfTy.k === 'param' || head === undefined || head === key);
  });
}

function lastSegment(path: A.Path): string | undefined {
  return path.segments[path.segments.length - 1]?.ident.name;
}

function message(self: Ty & { k: 'adt' }, sup: TraitRef): string {
  const shown = self.def.name;
  if (sup.def.std && sup.def.name === 'Display') return `\`${shown}\` doesn't implement \`std::fmt::Display\``;
  if (sup.def.std && sup.def.name === 'Debug') return `\`${shown}\` doesn't implement \`Debug\``;
  return `the trait bound \`${shown}: ${sup.def.name}\` is not satisfied`;
}
