// Trait selection and projection normalisation: which impl makes `ty: Trait` hold, and what
// `<ty as Trait>::Name` is. Answers are three-valued: a bound involving an unknown type or an
// unresolved variable is `maybe`, and only `no` may ever become an error.
import type { FnDef, ImplDef, TraitDef } from './defs';
import type { InferTable } from './infer';
import { boundsOf, isSettled, lowerTraitRef, lowerTy, superTraitsOf, type TyScope } from './lower';

export { superTraitsOf };
import type { Program } from './program';
import { matchImpl } from './implMatch';
import { type Def, ERROR, substitute, type TraitRef, type Ty, type TyOf } from './ty';

export type Answer = 'yes' | 'no' | 'maybe';

/** The impl's header lowered in its own generic scope (memoised on the impl). */
export function implHeader(p: Program, impl: ImplDef): { selfTy: Ty; trait: TraitRef | null } {
  if (impl.selfTy === undefined) {
    const base: TyScope = { generics: impl.generics, std: impl.std };
    impl.selfTy = lowerTy(p, impl.node.selfTy, base);
    const scope: TyScope = { ...base, selfTy: impl.selfTy };
    impl.trait = impl.node.trait ? lowerTraitRef(p, impl.node.trait, scope, impl.selfTy) ?? null : null;
  }
  // Once both are lowered the impl holds them itself: no object per call (selection asks often).
  if (impl.trait !== undefined) return impl as { selfTy: Ty; trait: TraitRef | null };
  return { selfTy: impl.selfTy, trait: null };
}

// One scope per program and impl, so what is cached per scope (`boundsOf`) is found again.
const implScopes = new WeakMap<Program, Map<ImplDef, TyScope>>();

export function implScope(p: Program, impl: ImplDef): TyScope {
  let scopes = implScopes.get(p);
  if (!scopes) implScopes.set(p, (scopes = new Map()));
  let scope = scopes.get(impl);
  if (!scope) {
    const { selfTy } = implHeader(p, impl);
    // Each projection through the impl asks for its associated type: lowered once per name.
    const lowered = new Map<string, Ty | undefined>();
    scope = {
      generics: impl.generics,
      selfTy,
      std: impl.std,
      assoc: (name) => {
        if (lowered.has(name)) return lowered.get(name);
        const a = impl.assocTypes.get(name);
        const ty = a?.ty ? lowerTy(p, a.ty, { generics: impl.generics, selfTy, std: impl.std }) : undefined;
        if (isSettled(p)) lowered.set(name, ty);
        return ty;
      },
    };
    scopes.set(impl, scope);
  }
  return scope;
}

/** The scope a fn's signature and body are written in: its impl's or trait's, then its own parameters. */
export function fnScope(cx: { p: Program }, def: FnDef): TyScope {
  const owner = def.owner;
  if (owner?.kind === 'impl') return { ...implScope(cx.p, owner), generics: def.generics };
  if (owner?.kind === 'trait') return { generics: def.generics, std: def.std, trait: owner, selfTy: cx.p.tcx.param(0, 'Self') };
  return { generics: def.generics, std: def.std };
}

/**
 * `impl Trait` in return position as callers see it (rustc's opaque type): free fns and inherent
 * methods; a trait's `-> impl Trait` is not modelled. The caller knows the written bounds and
 * nothing else: `fn evens() -> impl Iterator<Item = u32>` gives an `Iterator` whose `Item` is `u32`.
 */
export function returnsOpaque(def: FnDef): boolean {
  return def.node.sig.ret?.kind === 'ImplTrait' && def.owner?.kind !== 'trait' && !(def.owner?.kind === 'impl' && def.owner.node.trait);
}

/** The opaque type a fn's signature returns, its generic parameters as arguments. */
export function declaredOpaque(p: Program, def: FnDef): Ty {
  return p.tcx.opaque(def, def.generics.names.map((n, i) => p.tcx.param(i, n)));
}

const opaqueDeclared = new WeakMap<Program, Map<FnDef, TraitRef[]>>();

/** The written bounds of an opaque type, `Self` being the opaque type itself, for its arguments. */
export function opaqueBounds(p: Program, ty: TyOf<'opaque'>): TraitRef[] {
  const def = ty.def as FnDef;
  let byDef = opaqueDeclared.get(p);
  if (!byDef) opaqueDeclared.set(p, (byDef = new Map()));
  let bounds = byDef.get(def);
  if (!bounds) {
    const ret = def.node.sig.ret;
    const scope = fnScope({ p }, def);
    const self = declaredOpaque(p, def);
    bounds = ret?.kind === 'ImplTrait' ? ret.bounds.flatMap((b) => (b.kind === 'TraitBound' && !b.maybe ? [lowerTraitRef(p, b.path, scope, self)] : [])).filter((r): r is TraitRef => !!r) : [];
    byDef.set(def, bounds);
  }
  if (ty.args.length === 0) return bounds;
  return bounds.map((b) => ({
    def: b.def,
    args: b.args.map((a) => substitute(p.tcx, a, ty.args)),
    assoc: b.assoc.map((a) => ({ name: a.name, ty: substitute(p.tcx, a.ty, ty.args) })),
  }));
}

/** A key for the outermost constructor of a type, to find the impls that could apply. */
export function headKey(ty: Ty): string | undefined {
  switch (ty.k) {
    case 'adt': {
      // Made once per def: selection asks for the head of every type it is given.
      let key = adtKeys.get(ty.def);
      if (key === undefined) adtKeys.set(ty.def, (key = `adt:${ty.def.path ?? ''}:${ty.def.name}`));
      return key;
    }
    case 'int': case 'float': return ty.name;
    case 'bool': case 'char': case 'str': case 'never': return ty.k;
    case 'ref': return ty.mut ? '&mut' : '&';
    case 'ptr': case 'slice': case 'array': case 'tuple': case 'dyn': case 'fnPtr': return ty.k;
    default: return undefined;
  }
}

const adtKeys = new WeakMap<Def, string>();

/** The impls that could be for a type, by its head: std's (from its table) and the program's. */
export class ImplIndex {
  private readonly byHead = new Map<string, ImplDef[]>();
  /** Impls whose self type is a bare parameter (`impl<T: Display> ToString for T`). */
  private readonly blanket: ImplDef[] = [];
  /**
   * Selection's bindings of an impl's parameters, one Map for the run: bodies are checked one at
   * a time, and a candidate's bindings are read into its probe before a nested selection reuses it.
   */
  readonly binds = new Map<number, Ty>();

  constructor(private readonly p: Program) {
    for (const impl of p.impls) {
      const { selfTy } = implHeader(p, impl);
      const key = headKey(selfTy);
      if (key === undefined) {
        if (selfTy.k === 'param') this.blanket.push(impl);
        continue;
      }
      const list = this.byHead.get(key);
      if (list) list.push(impl);
      else this.byHead.set(key, [impl]);
    }
  }

  /** The impls that could be for `ty`; an unknown head could be any, so it gets none. */
  candidates(ty: Ty): readonly ImplDef[] {
    const key = headKey(ty);
    if (key === undefined) return [];
    let list = this.withBlanket.get(key);
    if (!list) {
      const std = this.p.stdItems;
      this.withBlanket.set(key, (list = [...std.implsForHead(key), ...(this.byHead.get(key) ?? []), ...std.blanketImpls(), ...this.blanket]));
    }
    return list;
  }

  private readonly withBlanket = new Map<string, ImplDef[]>();

  /** The impls of `trait` that could be for `ty`, in `candidates`' order: selection asks for no other. */
  candidatesOf(ty: Ty, trait: TraitDef): readonly ImplDef[] {
    return this.filtered(this.ofTrait, ty, trait, implOfTrait);
  }

  /** The inherent impls that could be for `ty` with a method `name` taking `self`, in `candidates`' order. */
  inherentWith(ty: Ty, name: string): readonly ImplDef[] {
    return this.filtered(this.inherentByName, ty, name, inherentMethod);
  }

  /** The inherent impls that could be for `ty` with an associated fn or const `name` (`Type::name`), in `candidates`' order. */
  inherentAssoc(ty: Ty, name: string): readonly ImplDef[] {
    return this.filtered(this.assocByName, ty, name, inherentAssocItem);
  }

  /**
   * The impls of `candidates(ty)` that `keep` accepts for `sub`, cached per head type and `sub`:
   * selection and method lookup then walk only the impls that can answer them. `keep` is a plain
   * function of its arguments (no closure per call on these hot paths).
   */
  private filtered<K>(cache: Map<string, Map<K, ImplDef[]>>, ty: Ty, sub: K, keep: (p: Program, impl: ImplDef, sub: K) => boolean): readonly ImplDef[] {
    const key = headKey(ty);
    if (key === undefined) return [];
    let bySub = cache.get(key);
    if (!bySub) cache.set(key, (bySub = new Map()));
    let list = bySub.get(sub);
    if (!list) {
      const all = this.candidates(ty);
      list = [];
      for (let i = 0; i < all.length; i++) if (keep(this.p, all[i]!, sub)) list.push(all[i]!);
      bySub.set(sub, list);
    }
    return list;
  }

  private readonly ofTrait = new Map<string, Map<TraitDef, ImplDef[]>>();
  private readonly inherentByName = new Map<string, Map<string, ImplDef[]>>();
  private readonly assocByName = new Map<string, Map<string, ImplDef[]>>();
}

export interface Selected {
  readonly impl: ImplDef;
  /** The impl's generic arguments (inference variables, unified with the query). */
  readonly args: Ty[];
}

/** An impl whose header fits a selection, with the arguments its header matched (`probe`). */
type Candidate = Selected & { readonly probe: Ty[] };

export class TraitSolver {
  constructor(
    private readonly p: Program,
    private readonly index: ImplIndex,
    private readonly infer: InferTable,
    /** The bounds in scope of the body being checked. */
    private readonly env: TyScope,
    /** Told of each impl selected for good, to take on its bounds (`F: FnMut(I::Item) -> B`). */
    private readonly onSelect?: (impl: ImplDef, args: Ty[]) => void,
  ) {}

  /** Whether `ty: trait<args>` holds. */
  implements(ty: Ty, trait: TraitDef, args: readonly Ty[] = [], depth = 0, strict = false): Answer {
    ty = this.infer.shallow(ty);
    if (ty.k === 'error' || ty.k === 'infer' || ty.k === 'proj' || depth > 6) return 'maybe';
    // What the written bounds imply holds; anything else is unknown (auto traits leak through).
    if (ty.k === 'opaque') return opaqueBounds(this.p, ty).some((r) => this.implies(r, trait)) ? 'yes' : 'maybe';
    if (trait.std && ['Sized', 'Send', 'Sync', 'Unpin', 'Any'].includes(trait.name)) return 'maybe';
    if (ty.k === 'param') return this.envHas(ty, trait) ? 'yes' : 'maybe';
    if (ty.k === 'dyn') return ty.traits.some((t) => t.def === trait) ? 'yes' : 'maybe';
    if (ty.k === 'closure' || ty.k === 'fnDef' || ty.k === 'fnPtr') {
      if (['Fn', 'FnMut', 'FnOnce', 'Copy', 'Clone'].includes(trait.name)) return 'yes';
    }
    if (ty.k === 'never') return 'yes';
    if (ty.k === 'adt' && 'derives' in ty.def && (ty.def as { derives: ReadonlySet<string> }).derives.has(trait.name)) return 'yes';
    if (builtin(ty, trait.name)) return 'yes';
    if ((ty.k === 'tuple' || ty.k === 'array') && trait.std && STRUCTURAL.has(trait.name)) {
      const parts = ty.k === 'tuple' ? ty.elems : [ty.elem];
      const answers = parts.map((t) => this.implements(t, trait, args, depth + 1));
      return answers.includes('no') ? 'no' : answers.includes('maybe') ? 'maybe' : 'yes';
    }
    const found = this.select(ty, trait, args, depth, false);
    if (found === 'ambiguous') return 'maybe';
    // An impl whose where-clauses certainly fail does not apply (`Option<T>: Clone` needs `T: Clone`;
    // `some_option.clone()` on a non-`Clone` `T` clones the reference instead, as rustc probes).
    if (found) {
      const probe = (found as { probe?: Ty[] }).probe;
      return probe && found.impl.generics.count > 0 && this.whereClauseFails(found.impl, probe, depth, false) ? 'maybe' : 'yes';
    }
    // Std's impls are declared only where the product models them: absence is not proof.
    return trait.std && !strict && !(ty.k === 'adt' && !ty.def.std) ? 'maybe' : 'no';
  }

  private envHas(ty: Ty, trait: TraitDef): boolean {
    return boundsOf(this.p, ty, this.env).some((r) => this.implies(r, trait));
  }

  /** Whether a bound is `trait` or has it among its supertraits. */
  private implies(bound: TraitRef, trait: TraitDef): boolean {
    const seen = new Set<TraitDef>();
    const walk = (r: TraitRef): boolean => {
      const d = r.def as TraitDef;
      if (d === trait) return true;
      if (seen.has(d)) return false;
      seen.add(d);
      return this.superTraits(d).some(walk);
    };
    return walk(bound);
  }

  superTraits(t: TraitDef): TraitRef[] {
    return superTraitsOf(this.p, t);
  }

  /**
   * The one impl of `trait<args>` for `ty`; `bind` unifies its arguments with the query. Two or
   * more that could apply (the types are not known well enough yet) are `ambiguous`.
   */
  select(ty: Ty, trait: TraitDef, args: readonly Ty[], depth = 0, bind = true): Selected | 'ambiguous' | undefined {
    // The first candidate whose header fits, and the list of all of them only once a second does
    // (most selections find one).
    let one: Candidate | undefined;
    let found: Candidate[] | undefined;
    // One Map for every candidate (and every nested selection): a candidate's bindings are read
    // into its probe before `boundsHold` can select again.
    const binds = this.index.binds;
    const candidates = this.index.candidatesOf(this.infer.shallow(ty), trait);
    for (let c = 0; c < candidates.length; c++) {
      const impl = candidates[c]!;
      const h = implHeader(this.p, impl);
      if (h.trait === null) continue;
      binds.clear();
      if (!matchImpl(this.infer, h.selfTy, ty, binds)) continue;
      if (args.length && !this.argsMatch(h.trait.args, args, binds)) continue;
      const n = impl.generics.names.length;
      // At their final length: a list grown by `push` keeps room for 17.
      const fresh: Ty[] = n === 0 ? [] : new Array<Ty>(n);
      for (let i = 0; i < n; i++) fresh[i] = this.infer.fresh();
      const probe: Ty[] = n === 0 ? [] : new Array<Ty>(n);
      for (let i = 0; i < n; i++) probe[i] = binds.get(i) ?? fresh[i]!;
      if (h.selfTy.k === 'param' && !this.boundsHold(impl, ty, depth)) continue;
      const candidate = { impl, args: fresh, probe };
      if (!one) one = candidate;
      else (found ??= [one]).push(candidate);
    }
    if (!one) return undefined;
    // Of two or more whose headers fit, those whose where-clauses certainly fail drop out, as
    // rustc's winnowing does (`[&str]::join(", ")` is `Join<&str>`, not `Join<&T>` whose
    // `V: Borrow<[T]>` no impl gives).
    if (found) {
      const fitting = found.filter((c) => !this.whereClauseFails(c.impl, c.probe, depth, true));
      if (fitting.length !== 1) return 'ambiguous';
      one = fitting[0]!;
    }
    if (!bind) return one;
    const h = implHeader(this.p, one.impl);
    this.infer.unify(substitute(this.p.tcx, h.selfTy, one.args), ty);
    const traitArgs = h.trait?.args ?? [];
    for (let i = 0; i < traitArgs.length; i++) {
      const q = args[i];
      if (q) this.infer.unify(substitute(this.p.tcx, traitArgs[i]!, one.args), q);
    }
    this.onSelect?.(one.impl, one.args);
    return one;
  }

  /** Whether the query's trait arguments fit the impl's (an argument not given fits). */
  private argsMatch(implArgs: readonly Ty[], args: readonly Ty[], binds: Map<number, Ty>): boolean {
    for (let i = 0; i < implArgs.length; i++) {
      const q = args[i];
      if (q && !matchImpl(this.infer, implArgs[i]!, q, binds)) return false;
    }
    return true;
  }

  /**
   * Whether a bound of the impl's parameters, with the arguments a probe matched (`probe`),
   * certainly fails. `strict`: only the impls declared here exist (a std impl not declared here
   * then counts as absent); otherwise a bound on a type not known yet, or one std may implement,
   * may hold.
   */
  private whereClauseFails(impl: ImplDef, probe: readonly Ty[], depth: number, strict: boolean): boolean {
    const scope = implScope(this.p, impl);
    for (let i = 0; i < impl.generics.count; i++) {
      const self = probe[i];
      if (!self) continue;
      for (const b of boundsOf(this.p, this.p.tcx.param(i, impl.generics.names[i] ?? ''), scope)) {
        const args = b.args.map((a) => substitute(this.p.tcx, a, probe));
        if (this.implements(self, b.def as TraitDef, args, depth + 1, strict) === 'no') return true;
      }
    }
    return false;
  }

  /** A blanket impl applies only when its parameter's bounds hold for the queried type. */
  private boundsHold(impl: ImplDef, ty: Ty, depth: number): boolean {
    const self = this.p.tcx.param(0, impl.generics.names[0] ?? 'T');
    const scope: TyScope = { generics: impl.generics, std: impl.std };
    for (const b of boundsOf(this.p, self, scope)) {
      // Strict: a blanket impl is chosen over a declared one only when its bounds are declared to hold.
      if (this.implements(ty, b.def as TraitDef, [], depth + 1, true) === 'no') return false;
    }
    return true;
  }

  /** `<ty as trait>::name`, or undefined when it cannot be known yet. */
  project(ty: Ty, trait: TraitRef, name: string): Ty | undefined {
    ty = this.infer.shallow(ty);
    if (ty.k === 'error') return ERROR;
    if (ty.k === 'param' || ty.k === 'infer' || ty.k === 'proj') {
      for (const b of ty.k === 'param' ? boundsOf(this.p, ty, this.env) : []) {
        if (b.def !== trait.def) continue;
        const a = b.assoc.find((x) => x.name === name);
        if (a) return a.ty;
      }
      return undefined;
    }
    if (ty.k === 'dyn') return ty.traits.find((t) => t.def === trait.def)?.assoc.find((a) => a.name === name)?.ty;
    if (ty.k === 'opaque') return this.projectOpaque(ty, trait, name);
    if ((ty.k === 'closure' || ty.k === 'fnDef' || ty.k === 'fnPtr') && name === 'Output') {
      return ty.k === 'closure' ? ty.sig.ret : ty.k === 'fnPtr' ? ty.ret : undefined;
    }
    const sel = this.select(ty, trait.def as TraitDef, trait.args);
    if (!sel || sel === 'ambiguous') return undefined;
    const scope = implScope(this.p, sel.impl);
    const assoc = scope.assoc?.(name);
    return assoc ? substitute(this.p.tcx, assoc, sel.args) : undefined;
  }

  /**
   * An associated type of an opaque type: the one its bound fixes (`Item = u32`); through std's
   * `impl<I: Iterator> IntoIterator for I`, an iterator's `IntoIter` is itself and its `Item` the
   * iterator's. Undefined when the bounds do not say.
   */
  private projectOpaque(ty: TyOf<'opaque'>, trait: TraitRef, name: string): Ty | undefined {
    const bounds = opaqueBounds(this.p, ty);
    const fixed = (def: object, n: string) => bounds.find((b) => b.def === def)?.assoc.find((a) => a.name === n)?.ty;
    const own = fixed(trait.def, name);
    if (own) return own;
    const def = trait.def as TraitDef;
    if (!def.std || def.name !== 'IntoIterator') return undefined;
    const iterator = bounds.find((b) => b.def.std && b.def.name === 'Iterator');
    if (!iterator) return undefined;
    if (name === 'IntoIter') return ty;
    return name === 'Item' ? fixed(iterator.def, 'Item') : undefined;
  }
}

/** Traits tuples and arrays implement when their elements do. */
const STRUCTURAL = new Set(['Copy', 'Clone', 'Debug', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default']);

/** Impls rustc provides in the compiler or by macro for every instance. */
function builtin(ty: Ty, trait: string): boolean {
  switch (trait) {
    case 'Copy': case 'Clone':
      return ty.k === 'ref' ? !ty.mut : ty.k === 'ptr';
    default:
      return false;
  }
}

function implOfTrait(p: Program, impl: ImplDef, trait: TraitDef): boolean {
  return implHeader(p, impl).trait?.def === trait;
}

function inherentMethod(_p: Program, impl: ImplDef, name: string): boolean {
  return !impl.node.trait && !!impl.methods.get(name)?.node.sig.selfParam;
}

function inherentAssocItem(_p: Program, impl: ImplDef, name: string): boolean {
  return !impl.node.trait && (impl.methods.has(name) || impl.node.items.some((it) => it.kind === 'Const' && it.name.name === name));
}
