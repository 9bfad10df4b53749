// The trait bounds a use of a generic fn requires (`T: Speak` at `announce(&Rock)`) and the
// traits a format placeholder requires (`{:?}` needs `Debug`), checked once the body's types are
// final and reported as E0277 only when the bound certainly does not hold: for a user's trait, no
// impl of the program could apply; for a derivable std trait, the user's type neither derives nor
// implements it (or it is a std type that is never `Copy`).
import type * as A from '../../syntax/ast';
import type { FnDef, TraitDef } from '../defs';
import { boundsOf } from '../lower';
import { typeName } from '../print';
import { fnScope, headKey, implHeader } from '../traits';
import { FLOATS, INTS, substitute, type TraitRef, type Ty } from '../ty';
import { stdTraitsOf, userAdt } from './closedWorld';
import type { FnCtxt } from './ctxt';

export interface BoundCheck {
  readonly self: Ty;
  readonly trait: TraitRef;
  readonly span: A.Span;
  /** The `From` bound of `?` converting an error, which rustc words as such. */
  readonly question?: boolean;
  /**
   * The `From` bound of `x.into()` on a literal whose type was not fixed at the call: rustc judges
   * it then, so it fails only when no type the literal could become converts, and names the
   * argument `{integer}` / `{float}`.
   */
  readonly literal?: 'int' | 'float';
}

/** std traits whose every impl for a user's type is written by the user (derive or impl). */
const DERIVABLE = new Set(['Clone', 'Copy', 'Debug', 'Display', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default']);

/** The traits that build a value from an iterator's items (`collect`, `sum`, `product`). */
const BUILT_FROM = new Set(['FromIterator', 'Sum', 'Product']);

/** std types that own a resource (they implement `Drop` or hold a type that does): never `Copy`. */
const NEVER_COPY = new Set(['String', 'Vec', 'Box', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque', 'Rc', 'Arc', 'RefCell', 'Mutex']);

/**
 * Records the bounds of `def`'s generic parameters for this use. `args` are its generic arguments;
 * `spanOf(i)` is where rustc points for parameter `i` (the argument of that type, else the callee).
 */
export function requireBounds(cx: FnCtxt, def: FnDef, args: readonly Ty[], spanOf: (param: Ty) => A.Span): void {
  const scope = fnScope(cx, def);
  for (let i = 0; i < scope.generics.count; i++) {
    const self = args[i];
    if (!self) continue;
    const param = cx.tcx.param(i, scope.generics.names[i] ?? '');
    for (const b of boundsOf(cx.p, param, scope)) {
      const trait = b.def as TraitDef;
      // std's declarations here are a surface, not std: only the derivable traits' bounds are trusted.
      if (def.std && !(trait.std && (DERIVABLE.has(trait.name) || BUILT_FROM.has(trait.name) || trait.name === 'From'))) continue;
      cx.boundChecks.push({ self, trait: { def: b.def, args: b.args.map((a) => substitute(cx.tcx, a, args)), assoc: [] }, span: spanOf(param) });
    }
  }
}

/**
 * `x.into()` through `Into`: std's one impl is `impl<T, U: From<T>> Into<U> for T`, so the call
 * needs `Target: From<X>` (`ownerArgs` are `[Self, T]` of the trait).
 */
export function requireIntoTarget(cx: FnCtxt, method: FnDef, ownerArgs: readonly Ty[], span: A.Span): void {
  const owner = method.owner;
  const from = cx.p.stdTrait('From');
  if (!from || owner?.kind !== 'trait' || !owner.std || owner.name !== 'Into' || method.name !== 'into') return;
  const [self, target] = ownerArgs;
  if (!self || !target) return;
  const s = cx.shallow(self);
  const literal = s.k === 'infer' && s.kind !== 'ty' ? s.kind : undefined;
  cx.boundChecks.push({ self: target, trait: { def: from, args: [self], assoc: [] }, span, literal });
}

/** `{}` needs `Display`, `{:?}` needs `Debug`, of the argument's type. */
export function requireFormatTrait(cx: FnCtxt, self: Ty, spec: string, span: A.Span): void {
  const name = spec === '' ? 'Display' : spec === '?' ? 'Debug' : undefined;
  const trait = name ? cx.p.stdTrait(name) : undefined;
  if (trait) cx.boundChecks.push({ self, trait: { def: trait, args: [], assoc: [] }, span });
}

const NO_ARGS: readonly Ty[] = [];

/** Reports E0277 for each recorded bound that certainly does not hold. */
export function reportUnmetBounds(cx: FnCtxt): void {
  for (const c of cx.boundChecks) {
    let self = cx.resolved(c.self);
    // `&T: Debug` (and `Display`) holds exactly when `T: Debug` does.
    const fmt = c.trait.def.std && (c.trait.def.name === 'Debug' || c.trait.def.name === 'Display');
    while (fmt && self.k === 'ref') self = cx.resolved(self.inner);
    const args = c.trait.args.length === 0 ? NO_ARGS : c.trait.args.map((a) => cx.normalizeDeep(cx.resolved(a)));
    if (!cx.certain(self) || !args.every((a) => cx.certain(a))) continue;
    const trait = c.trait.def as TraitDef;
    if (BUILT_FROM.has(trait.name) && trait.std) {
      const item = args[0];
      if (item && cannotBuild(cx, self, trait.name, item)) cx.error('E0277', builtMessage(cx, self, trait.name, item), c.span);
      continue;
    }
    if (c.literal) {
      const candidates: readonly Ty[] = Object.values(c.literal === 'int' ? INTS : FLOATS);
      if (!cx.certain(self) || !candidates.every((t) => certainlyUnmet(cx, self, trait, [t]))) continue;
      const shown = typeName(self, { infer: cx.infer });
      cx.error('E0277', `the trait bound \`${shown}: From<${c.literal === 'int' ? '{integer}' : '{float}'}>\` is not satisfied`, c.span);
      continue;
    }
    if (!certainlyUnmet(cx, self, trait, args)) continue;
    cx.error('E0277', c.question ? `\`?\` couldn't convert the error to \`${typeName(self, { infer: cx.infer })}\`` : message(cx, self, c.trait), c.span);
  }
}

function message(cx: FnCtxt, self: Ty, trait: TraitRef): string {
  const shown = typeName(self, { infer: cx.infer });
  if (trait.def.std && trait.def.name === 'Debug') return `\`${shown}\` doesn't implement \`Debug\``;
  if (trait.def.std && trait.def.name === 'Display') return `\`${shown}\` doesn't implement \`std::fmt::Display\``;
  const args = trait.args.length ? `<${trait.args.map((a) => typeName(a, { infer: cx.infer })).join(', ')}>` : '';
  return `the trait bound \`${shown}: ${trait.def.name}${args}\` is not satisfied`;
}

function certainlyUnmet(cx: FnCtxt, self: Ty, trait: TraitDef, args: readonly Ty[]): boolean {
  if (!cx.p.closed) return false;
  // `x.into()` needs `Target: From<X>`: a user's type has std's reflexive impl and its own only.
  if (trait.std && trait.name === 'From') {
    const from = args[0];
    if (!from || from === self || headKey(from) === undefined) return false;
    const isString = self.k === 'adt' && !!self.def.std && self.def.name === 'String';
    if (isString ? stringFrom(from) : !userAdt(cx, self)) return false;
    // The program's own impls (`impl From<Celsius> for String` too).
    return !cx.p.impls.some((i) => {
      if (i.std || !i.node.trait) return false;
      const h = implHeader(cx.p, i);
      if (h.selfTy.k === 'param') return true;
      const arg = h.trait?.args[0];
      return h.trait?.def === trait && headKey(h.selfTy) === headKey(self) && (!arg || arg.k === 'param' || headKey(arg) === headKey(from));
    });
  }
  if (!trait.std) {
    // A user's trait has only the user's impls: none may have a header that could be `self`.
    if (headKey(self) === undefined) return false;
    for (const impl of cx.p.impls) {
      if (impl.std) continue;
      const h = implHeader(cx.p, impl);
      if (h.trait?.def !== trait) continue;
      if (h.selfTy.k === 'param' || headKey(h.selfTy) === headKey(self)) return false;
    }
    return true;
  }
  if (!DERIVABLE.has(trait.name)) return false;
  // Floats have no total order and no hash: std implements neither for them.
  if (self.k === 'float' && ['Ord', 'Eq', 'Hash'].includes(trait.name)) return true;
  const adt = userAdt(cx, self);
  if (adt) return !stdTraitsOf(cx, adt).includes(trait.name) && !cx.p.impls.some((i) => !i.std && !!i.node.trait && implHeader(cx.p, i).selfTy.k === 'param');
  return trait.name === 'Copy' && self.k === 'adt' && !!self.def.std && NEVER_COPY.has(self.def.name);
}


/** Whether `String: From<from>` may hold: std converts strings, `char`, `Box<str>` and `Cow<str>` only. */
function stringFrom(from: Ty): boolean {
  if (from.k === 'ref') return true;
  if (from.k === 'char') return true;
  return from.k === 'adt' && !!from.def.std && ['String', 'Box', 'Cow'].includes(from.def.name);
}

/** Where rustc points for a parameter's unmet bound: the argument declared as `T` or `&T`, else the callee. */
export function boundSpan(cx: FnCtxt, declared: readonly Ty[], args: readonly A.Expr[], callee: A.Span): (param: Ty) => A.Span {
  return (param) => {
    const i = declared.findIndex((t) => t === param || (t.k === 'ref' && t.inner === param));
    return args[i]?.span ?? callee;
  };
}

/**
 * Whether std certainly has no impl building `self` from items of type `item`: numbers are summed
 * from themselves or references to themselves only, and `Vec<T>` is collected from `T` only;
 * scalars are never collected into, and a user's type only through its own impl.
 */
function cannotBuild(cx: FnCtxt, self: Ty, trait: string, item: Ty): boolean {
  const scalar = self.k === 'int' || self.k === 'float' || self.k === 'bool' || self.k === 'char';
  const adt = userAdt(cx, self);
  if (adt) return cx.p.closed && !stdTraitsOf(cx, adt).includes(trait);
  if (trait === 'FromIterator') {
    if (scalar) return true;
    if (self.k === 'adt' && self.def.std && self.def.name === 'Vec' && self.args[0]) return !sameTy(cx, self.args[0], item);
    return false;
  }
  if (self.k !== 'int' && self.k !== 'float') return false;
  return !sameTy(cx, self, item) && !(item.k === 'ref' && sameTy(cx, item.inner, self));
}

function sameTy(cx: FnCtxt, a: Ty, b: Ty): boolean {
  return cx.resolved(a) === cx.resolved(b);
}

function builtMessage(cx: FnCtxt, self: Ty, trait: string, item: Ty): string {
  const show = (t: Ty): string => typeName(t, { infer: cx.infer });
  if (trait === 'FromIterator') return `a value of type \`${show(self)}\` cannot be built from an iterator over elements of type \`${show(item)}\``;
  const verb = trait === 'Sum' ? 'summing' : 'multiplying';
  return `a value of type \`${show(self)}\` cannot be made by ${verb} an iterator over elements of type \`${show(item)}\``;
}
