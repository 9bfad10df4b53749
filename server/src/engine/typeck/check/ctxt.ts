// The state of checking one fn body (closures inside it included, as rustc checks them with their
// parent): the inference table, the locals' types, the expected return type, the enclosing
// loops, and the helpers every expression form uses: coercion, autoderef, normalisation.
import type * as A from '../../syntax/ast';
import type { FnDef } from '../defs';
import { InferTable } from '../infer';
import { lowerTy, type TyScope } from '../lower';
import type { Program } from '../program';
import type { TypeckResults } from '../results';
import { ImplIndex, implScope, TraitSolver } from '../traits';
import { addBounds, instantiatedSig } from './sig';
import { type BoundCheck, reportUnmetBounds } from './bounds';
import { type PatternCheck, reportPatternChecks } from './exhaustive';
import { type LetCheck, reportAnnotationsNeeded } from './annotations';
import { reportUndecidedSelf, type TraitSelfCheck } from './traitSelf';
import { type CastCheck, reportCasts } from './cast';
import { reportUnsendable, type SendCheck } from './sendCapture';
import { type Def, ERROR, HAS_CLOSURE, HAS_DYN, HAS_ERROR, HAS_INFER, HAS_OPAQUE, HAS_PARAM, HAS_PROJ, mapTy, NEVER, type TraitRef, type Ty } from '../ty';
import type { TraitDef } from '../defs';
import type { BodyScratch, BodyTable } from '../bodyTables';

/** The slots every body's side tables share in one run (see `BodyScratch`): the results' types, and the locals'. */
/** How many types autoderef walks (`ty`, `*ty`, …) before it gives up. */
export const AUTODEREF_STEPS = 8;

export interface BodyTables {
  readonly exprTypes: BodyScratch<Ty>;
  readonly patTypes: BodyScratch<Ty>;
  readonly locals: BodyScratch<Ty>;
}

/** A pending `ty: Trait` from a generic call, kept to type closures and `collect()` later. */
export interface Obligation {
  readonly self: Ty;
  readonly trait: TraitRef;
}

export interface LoopFrame {
  readonly label?: string;
  /** The type `break value` gives, for `loop` (undefined for `while`/`for`). */
  readonly breakTy?: Ty;
  broke: boolean;
}

export class FnCtxt {
  readonly infer: InferTable;
  readonly solver: TraitSolver;
  readonly locals: BodyTable<Ty>;
  readonly obligations: Obligation[] = [];
  /** Bounds the body's uses require, judged when its types are final. */
  readonly boundChecks: BoundCheck[] = [];
  /** Matches, `let`s and `for`s whose patterns are judged when the types are final. */
  readonly patternChecks: PatternCheck[] = [];
  /** Casts other than to an unsized type, judged after the fallback. */
  readonly casts: CastCheck[] = [];
  /** Closures a std fn requires to be `Send`, judged when the types are final. */
  readonly sendChecks: SendCheck[] = [];
  /** `let` bindings without a written type, for E0282. */
  readonly lets: LetCheck[] = [];
  /** `Trait::f` paths whose `Self` nothing in the signature decides, for E0790. */
  readonly traitSelfChecks: TraitSelfCheck[] = [];
  /** Errors before this body: pattern checks run only on a body that type-checked. */
  private readonly errorsBefore: number;
  readonly loops: LoopFrame[] = [];
  /** The closures whose bodies enclose the expression being checked, innermost last. */
  readonly closures: Def[] = [];
  /** The expression being coerced at a coercion site, where an unsizing's bound is reported. */
  coercionSpan: A.Span | undefined;
  /** The line of the call whose arguments are being checked, where rustc reports a closure's arity (E0593). */
  callLine: number | undefined;
  /** Return types of closures whose body diverges: unconstrained, they fall back to `()`. */
  readonly diverging: Ty[] = [];
  /** This body's types, with its own variables, until `finish` resolves them into the results. */
  readonly exprTypes: BodyTable<Ty>;
  readonly patTypes: BodyTable<Ty>;
  /** Each method call's instantiation of its method (the owner's arguments, then its own), as a tuple. */
  readonly methodArgs = new Map<A.NodeId, Ty>();
  /** The return type of the innermost fn or closure body being checked. */
  retTy: Ty;
  /** How many unsafe contexts enclose the expression being checked (an `unsafe fn` body is one). */
  unsafeDepth: number;

  constructor(
    readonly p: Program,
    readonly index: ImplIndex,
    readonly results: TypeckResults,
    /** One body is checked at a time: its tables take the run's shared slots. */
    tables: BodyTables,
    /** The generic scope of the fn (its impl's or trait's parameters included). */
    readonly scope: TyScope,
    retTy: Ty,
    readonly fn?: FnDef,
  ) {
    this.exprTypes = tables.exprTypes.table();
    this.patTypes = tables.patTypes.table();
    this.locals = tables.locals.table();
    this.infer = new InferTable(p.tcx);
    this.solver = new TraitSolver(p, index, this.infer, scope, (impl, args) => addBounds(this, implScope(p, impl), args));
    this.retTy = retTy;
    this.unsafeDepth = fn?.node.sig.isUnsafe ? 1 : 0;
    this.errorsBefore = results.errors.length;
  }

  get tcx() {
    return this.p.tcx;
  }

  fresh(): Ty {
    return this.infer.fresh();
  }

  resolved(ty: Ty): Ty {
    return this.infer.resolve(ty);
  }

  shallow(ty: Ty): Ty {
    return this.normalize(this.infer.shallow(ty));
  }

  /** The fn's scope where `_` is a new inference variable; made on the body's first written type, not per type. */
  private bodyScope: TyScope | undefined;

  /** Lowers a type written in the body (`let x: Vec<_>`, casts, turbofish). */
  lowerTy(t: A.Type): Ty {
    this.bodyScope ??= { ...this.scope, fresh: () => this.fresh() };
    return this.normalizeDeep(lowerTy(this.p, t, this.bodyScope));
  }

  /** Replaces projections that can be known (`<Vec<u8> as IntoIterator>::Item` → `u8`). */
  normalize(ty: Ty): Ty {
    for (let i = 0; ty.k === 'proj' && i < 8; i++) {
      const t = this.solver.project(ty.self, ty.trait, ty.name);
      if (!t) return ty;
      ty = this.infer.shallow(t);
    }
    return ty;
  }

  normalizeDeep(ty: Ty): Ty {
    if ((ty.flags & HAS_PROJ) === 0) return ty;
    return mapTy(this.tcx, ty, normalizePart, this);
  }

  /** A projection that cannot be known yet becomes a variable, constrained when it can. */
  normalizeOrVar(t: Ty & { k: 'proj' }): Ty {
    const n = this.normalize(t);
    if (n.k !== 'proj') return this.normalizeDeep(n);
    const self = this.infer.shallow(n.self);
    if (self.k === 'param' || self.k === 'error') return n;
    const v = this.fresh();
    this.pendingProjections.push({ proj: n, v });
    return v;
  }

  readonly pendingProjections: { proj: Ty & { k: 'proj' }; v: Ty }[] = [];

  /** Retries what waited for more type information: projections, then obligations. */
  progress(): void {
    for (let round = 0; round < 4; round++) {
      let moved = false;
      for (let i = this.pendingProjections.length - 1; i >= 0; i--) {
        const pp = this.pendingProjections[i];
        if (!pp) continue;
        const t = this.solver.project(pp.proj.self, pp.proj.trait, pp.proj.name);
        if (!t) continue;
        this.infer.unify(pp.v, this.normalizeDeep(t));
        this.pendingProjections.splice(i, 1);
        moved = true;
      }
      for (let i = this.obligations.length - 1; i >= 0; i--) {
        const o = this.obligations[i];
        if (!o) continue;
        const self = this.infer.shallow(o.self);
        if (self.k === 'infer' || self.k === 'error') continue;
        if (this.callable(self, o.trait)) {
          this.obligations.splice(i, 1);
          moved = true;
          continue;
        }
        const sel = this.solver.select(self, o.trait.def as TraitDef, o.trait.args);
        if (sel !== 'ambiguous') {
          this.obligations.splice(i, 1);
          if (sel) moved = true;
        }
      }
      if (!moved) return;
    }
  }

  /** An Fn-family obligation on a closure or fn: its arguments and `Output` are the signature's. */
  private callable(self: Ty, trait: TraitRef): boolean {
    if (!trait.def.std || !['Fn', 'FnMut', 'FnOnce'].includes(trait.def.name)) return false;
    // A fn item named as a value (`map(str::len)`) is called with its instantiated signature.
    const sig = self.k === 'closure' ? self.sig : self.k === 'fnPtr' ? { params: self.params, ret: self.ret }
      : self.k === 'fnDef' ? instantiatedSig(this, self.def as FnDef, self.args) : undefined;
    if (!sig) return false;
    const inputs = trait.args[0];
    if (inputs) this.infer.unify(inputs, this.tcx.tuple(sig.params));
    const out = trait.assoc.find((a) => a.name === 'Output');
    if (out) this.infer.unify(out.ty, sig.ret);
    return true;
  }

  /** The type under one dereference (`*x`): refs, pointers, Box, and `Deref` impls. */
  derefOnce(ty: Ty): Ty | undefined {
    const t = this.shallow(ty);
    if (t.k === 'ref' || t.k === 'ptr') return t.inner;
    if (t.k === 'adt') {
      const deref = this.p.stdTrait('Deref');
      if (!deref) return undefined;
      const target = this.solver.project(t, { def: deref, args: [], assoc: [] }, 'Target');
      return target ? this.normalizeDeep(target) : undefined;
    }
    return undefined;
  }

  /** `ty`, `*ty`, `**ty`, … as method lookup walks them (at most AUTODEREF_STEPS). */
  autoderef(ty: Ty): Ty[] {
    const steps: Ty[] = [];
    let t: Ty | undefined = ty;
    for (let i = 0; t && i < AUTODEREF_STEPS; i++) {
      const s = this.shallow(t);
      steps.push(s);
      t = this.derefOnce(s);
    }
    return steps;
  }

  /**
   * Makes a value of type `actual` fit `expected` the way rustc coerces at a coercion site:
   * never to anything, reborrow `&mut T` as `&T`, deref `&String` to `&str`, unsize arrays to
   * slices and concrete types to `dyn`, fn items and closures to fn pointers. Returns false only
   * for a mismatch it is sure of.
   */
  coerce(actual: Ty, expected: Ty): boolean {
    const a = this.shallow(actual);
    const e = this.shallow(expected);
    if (a.k === 'never' || a.k === 'error' || e.k === 'error') return true;
    if (a.k === 'ref' && e.k === 'ref' && (e.mut ? a.mut : true)) {
      if (this.infer.unifiable(a.inner, e.inner)) return this.infer.unify(a.inner, e.inner);
      const target = this.shallow(e.inner);
      if (target.k === 'dyn') {
        this.unsize(a.inner, target);
        return true;
      }
      if (target.k === 'infer') return this.infer.unify(a.inner, e.inner);
      for (const step of this.autoderef(a.inner).slice(1)) {
        if (this.infer.unifiable(step, target)) return this.infer.unify(step, target);
        if (step.k === 'array' && target.k === 'slice') return this.infer.unify(step.elem, target.elem);
      }
      const src = this.shallow(a.inner);
      if (src.k === 'array' && target.k === 'slice') return this.infer.unify(src.elem, target.elem);
      return this.infer.unify(a, e);
    }
    if (a.k === 'ref' && e.k === 'ptr') return this.infer.unify(a.inner, e.inner);
    if ((a.k === 'fnDef' || a.k === 'closure') && e.k === 'fnPtr') return true;
    // CoerceUnsized: `Box<[T; N]>` to `Box<[T]>`, `Rc<T>` to `Rc<dyn Trait>`.
    if (a.k === 'adt' && e.k === 'adt' && a.def === e.def && e.args.some((x) => ['dyn', 'slice', 'str'].includes(this.shallow(x).k))) {
      a.args.forEach((x, i) => this.unsize(x, e.args[i]));
      return true;
    }
    return this.infer.unify(a, e);
  }

  /**
   * A closure made into `dyn Fn(A) -> R` takes that signature (rustc registers the closure's Fn
   * obligation at the unsizing), so `Box::new(move || { count += 1; count })` as a
   * `Box<dyn FnMut() -> u32>` makes `count` a `u32`.
   */
  private unsize(src: Ty | undefined, target: Ty | undefined): void {
    if (!src || !target) return;
    const s = this.shallow(src);
    const t = this.shallow(target);
    if (t.k !== 'dyn') {
      if (s !== t && this.infer.unifiable(s, t)) this.infer.unify(s, t);
      return;
    }
    // `Button` as `dyn Draw` needs `Button: Draw`, judged with the body's other bounds.
    if (this.coercionSpan) for (const r of t.traits) this.boundChecks.push({ self: s, trait: r, span: this.coercionSpan });
    if (s.k !== 'closure') return;
    const fn = t.traits.find((r) => r.def.std && ['Fn', 'FnMut', 'FnOnce'].includes(r.def.name));
    if (fn) this.callable(s, fn);
  }

  /** Whether a type is known well enough for an error about it to be certain. */
  certain(ty: Ty): boolean {
    const t = this.resolved(ty);
    return (t.flags & UNCERTAIN) === 0;
  }

  /**
   * Whether a coercion of `actual` to `expected` that failed is certainly an error: both types are
   * fully known, or their outermost constructors differ where no coercion could join them (a
   * literal's integer variable is some integer, never a `&str`; a struct is never a `Box`).
   */
  mismatchCertain(actual: Ty, expected: Ty): boolean {
    if (this.certain(actual) && this.certain(expected)) return true;
    const a = this.head(this.shallow(actual));
    const e = this.head(this.shallow(expected));
    if (!a || !e || a === e) return false;
    // The coercions between different constructors: `&T` to `*const T`, fn items and closures to fn pointers.
    return !(a === 'ref' && e === 'ptr') && !((a === 'fnDef' || a === 'closure') && e === 'fnPtr');
  }

  /** A type's outermost constructor, when it is known; a generic parameter only of the body's own scope. */
  private head(t: Ty): string | undefined {
    switch (t.k) {
      case 'infer': return t.kind === 'ty' ? undefined : t.kind;
      case 'error': case 'proj': case 'opaque': case 'never': return undefined;
      case 'param': return !this.scope.std && this.scope.generics.names[t.index] === t.name ? `param:${t.index}` : undefined;
      case 'adt': return `adt:${t.def.path ?? ''}:${t.def.name}`;
      case 'tuple': return `tuple:${t.elems.length}`;
      default: return t.k;
    }
  }

  error(code: string, message: string, span: A.Span): void {
    this.results.errors.push({ code, message, span });
  }

  record(e: { id: A.NodeId }, ty: Ty): Ty {
    this.exprTypes.set(e.id, ty);
    return ty;
  }

  /** Types that diverge (`!`) end the block's value. */
  diverges(ty: Ty): boolean {
    return this.infer.shallow(ty) === NEVER;
  }

  /** Fills the results' tables with the final types (after integer/float fallback). */
  finish(): void {
    this.progress();
    this.infer.fallback();
    // Edition 2021's never-type fallback: a variable only a diverging expression gave a type is `()`.
    for (const v of this.diverging) if (this.infer.shallow(v).k === 'infer') this.infer.unify(v, this.tcx.unit);
    reportCasts(this);
    this.progress();
    reportUnmetBounds(this);
    reportUnsendable(this);
    // rustc checks patterns only in a body free of type errors.
    if (this.results.errors.length === this.errorsBefore) reportPatternChecks(this, this.patternChecks);
    if (this.results.errors.length === this.errorsBefore) {
      const unresolvedLets = this.lets.filter((l) => (this.resolved(l.ty).flags & HAS_INFER) !== 0).length;
      if (!reportUndecidedSelf(this, this.traitSelfChecks, unresolvedLets)) reportAnnotationsNeeded(this, this.lets);
    }
    // Many expressions share a type: each distinct one is resolved once. The body's tables are
    // the results' slots (BodyScratch), so its final types are written in place.
    const memo = new Map<Ty, Ty>();
    const final = (t: Ty): Ty => {
      // Most types are final already: no lookup for them.
      if ((t.flags & (HAS_INFER | HAS_PROJ)) === 0) return t;
      let r = memo.get(t);
      if (!r) memo.set(t, (r = this.normalizeDeep(this.resolved(t))));
      return r;
    };
    this.exprTypes.update(final);
    this.patTypes.update(final);
    for (const [id, t] of this.methodArgs) {
      const r = final(t);
      if (r.k === 'tuple') this.results.methodArgs.set(id, r.elems);
    }
  }

  unknown(): Ty {
    return ERROR;
  }
}

/** The parts that keep a type from being known well enough for a certain error (see `certain`). */
const UNCERTAIN = HAS_ERROR | HAS_INFER | HAS_PROJ | HAS_OPAQUE | HAS_PARAM | HAS_DYN | HAS_CLOSURE;

/** `normalizeDeep`'s step: each projection normalised (or a variable for it); parts without one kept unwalked. */
function normalizePart(t: Ty, cx: FnCtxt): Ty | undefined {
  if ((t.flags & HAS_PROJ) === 0) return t;
  return t.k === 'proj' ? cx.normalizeOrVar(t) : undefined;
}
