// Inference variables and their unification, as rustc's unification tables do it: a union-find
// over variables, each root either unbound or bound to a type. Integer and float literal variables
// are their own kinds (`{integer}`, `{float}`): they unify only with integer (float) types and fall
// back to `i32` (`f64`) when nothing constrains them by the end of the body.
//
// There are no snapshots: method probing asks `unifiable`, which compares without binding, so a
// failed probe leaves nothing to roll back. A failed `unify` may leave partial bindings; the
// caller reports the mismatch and the body's later errors involving those types are about types
// the user already has to fix.
import type { Interner } from './interner';
import { ERROR, FLOATS, HAS_INFER, INTS, InferKind, mapTy, TraitRef, Ty, TyOf } from './ty';

export class InferTable {
  // The variables as columns, by variable number (no object per variable): a root's parent is
  // itself; a root's value is its binding, its kind what it may be bound to.
  private readonly parents: number[] = [];
  private readonly ranks: number[] = [];
  private readonly values: (Ty | undefined)[] = [];
  private readonly kinds: InferKind[] = [];

  constructor(readonly tcx: Interner) {}

  get count(): number {
    return this.parents.length;
  }

  fresh(kind: InferKind = 'ty'): Ty {
    const v = this.parents.length;
    this.parents.push(v);
    this.ranks.push(0);
    this.values.push(undefined);
    this.kinds.push(kind);
    return this.tcx.infer(v, kind);
  }

  private parent(v: number): number {
    const p = this.parents[v];
    if (p === undefined) throw new Error(`inference variable ${v} is not from this table`);
    return p;
  }

  private find(v: number): number {
    let root = v;
    while (this.parent(root) !== root) root = this.parent(root);
    while (this.parent(v) !== root) {
      const next = this.parent(v);
      this.parents[v] = root;
      v = next;
    }
    return root;
  }

  /** The type a variable stands for at the top level (its binding, or its root variable). */
  shallow(ty: Ty): Ty {
    while (ty.k === 'infer') {
      const root = this.find(ty.v);
      const value = this.values[root];
      if (!value) return root === ty.v && this.kinds[root] === ty.kind ? ty : this.tcx.infer(root, this.kinds[root]!);
      ty = value;
    }
    return ty;
  }

  /** `ty` with every bound variable replaced by its type, all the way down. */
  resolve(ty: Ty): Ty {
    if ((ty.flags & HAS_INFER) === 0) return ty;
    return mapTy(this.tcx, ty, resolveVar, this);
  }

  /** Binds every unconstrained integer variable to `i32` and float variable to `f64`. */
  fallback(): void {
    for (let v = 0; v < this.parents.length; v++) {
      if (this.values[v] || this.parents[v] !== v) continue;
      if (this.kinds[v] === 'int') this.values[v] = INTS.i32;
      else if (this.kinds[v] === 'float') this.values[v] = FLOATS.f64;
    }
  }

  /** Makes `a` and `b` the same type; false when they cannot be. `Error` unifies with anything. */
  unify(a: Ty, b: Ty): boolean {
    a = this.shallow(a);
    b = this.shallow(b);
    if (a === b) return true;
    if (a.k === 'infer' && b.k === 'infer') return this.union(a.v, b.v);
    if (a.k === 'infer') return this.bind(a.v, b);
    if (b.k === 'infer') return this.bind(b.v, a);
    if (a.k === 'error' || b.k === 'error') return true;
    // Not yet normalised: nothing certain can be said, and a false error is worse than none.
    if (a.k === 'proj' || b.k === 'proj' || a.k === 'opaque' || b.k === 'opaque') return true;
    switch (a.k) {
      case 'adt':
        return b.k === 'adt' && a.def === b.def && this.unifyAll(a.args, b.args);
      case 'fnDef':
        return b.k === 'fnDef' && a.def === b.def && this.unifyAll(a.args, b.args);
      case 'ref':
      case 'ptr':
        return b.k === a.k && a.mut === b.mut && this.unify(a.inner, b.inner);
      case 'array':
        return b.k === 'array' && this.unifyLen(a, b) && this.unify(a.elem, b.elem);
      case 'slice':
        return b.k === 'slice' && this.unify(a.elem, b.elem);
      case 'tuple':
        return b.k === 'tuple' && this.unifyAll(a.elems, b.elems);
      case 'fnPtr':
        return b.k === 'fnPtr' && this.unifyAll(a.params, b.params) && this.unify(a.ret, b.ret);
      case 'closure':
        return b.k === 'closure' && a.def === b.def;
      case 'dyn':
        return b.k === 'dyn' && this.unifyTraits(a.traits, b.traits);
      default:
        // Primitives and parameters are interned: equal only when identical.
        return false;
    }
  }

  /** Whether `unify(a, b)` would succeed, without binding anything. */
  unifiable(a: Ty, b: Ty): boolean {
    a = this.shallow(a);
    b = this.shallow(b);
    if (a === b || a.k === 'error' || b.k === 'error') return true;
    if (a.k === 'infer' || b.k === 'infer') {
      const v = a.k === 'infer' ? a : (b as Ty & { k: 'infer' });
      const other = a.k === 'infer' ? b : a;
      return other.k === 'infer' ? compatibleKinds(v.kind, other.kind) !== undefined : this.kindAccepts(v.kind, other);
    }
    if (a.k === 'proj' || b.k === 'proj' || a.k === 'opaque' || b.k === 'opaque') return true;
    // No closure or array per call: method probing asks this for every candidate.
    switch (a.k) {
      case 'adt': case 'fnDef': return b.k === a.k && a.def === (b as typeof a).def && this.allUnifiable(a.args, (b as typeof a).args);
      case 'ref': case 'ptr': return b.k === a.k && a.mut === (b as typeof a).mut && this.unifiable(a.inner, (b as typeof a).inner);
      case 'array': return b.k === 'array' && this.lenUnifiable(a, b) && this.unifiable(a.elem, b.elem);
      case 'slice': return b.k === 'slice' && this.unifiable(a.elem, b.elem);
      case 'tuple': return b.k === 'tuple' && this.allUnifiable(a.elems, b.elems);
      case 'fnPtr': return b.k === 'fnPtr' && this.allUnifiable(a.params, b.params) && this.unifiable(a.ret, b.ret);
      case 'closure': return b.k === 'closure' && a.def === b.def;
      case 'dyn': return b.k === 'dyn' && this.traitsUnifiable(a.traits, b.traits);
      default: return false;
    }
  }

  /**
   * Two arrays' lengths: a variable standing for one (a const generic's, `[T; N]` instantiated)
   * takes the other's: a length, a parameter, or `ERROR` for a length nothing can know, rather
   * than staying open to ask for an annotation rustc would not ask for. A parameter or an unknown
   * length agrees with any other, as before lengths were types.
   */
  private unifyLen(a: TyOf<'array'>, b: TyOf<'array'>): boolean {
    if (a.len !== undefined && b.len !== undefined) return a.len === b.len;
    const x = this.shallow(this.lenOf(a));
    const y = this.shallow(this.lenOf(b));
    if (x.k === 'infer' || y.k === 'infer') return this.unify(x, y);
    return x.k !== 'const' || y.k !== 'const' || x === y;
  }

  private lenUnifiable(a: TyOf<'array'>, b: TyOf<'array'>): boolean {
    if (a.len !== undefined && b.len !== undefined) return a.len === b.len;
    const va = this.shallow(this.lenOf(a));
    const vb = this.shallow(this.lenOf(b));
    return va.k !== 'const' || vb.k !== 'const' || va === vb;
  }

  /** An array's length as a type: a `const`, its variable or parameter, or `ERROR` when unknown. */
  private lenOf(t: TyOf<'array'>): Ty {
    return t.len !== undefined ? this.tcx.constValue(t.len) : t.lenVar ?? ERROR;
  }

  private allUnifiable(xs: readonly Ty[], ys: readonly Ty[]): boolean {
    if (xs.length !== ys.length) return false;
    for (let i = 0; i < xs.length; i++) if (!this.unifiable(xs[i]!, ys[i] ?? xs[i]!)) return false;
    return true;
  }

  private unifyAll(xs: readonly Ty[], ys: readonly Ty[]): boolean {
    if (xs.length !== ys.length) return false;
    let ok = true;
    for (let i = 0; i < xs.length; i++) ok = this.unify(xs[i]!, ys[i]!) && ok;
    return ok;
  }

  // The `dyn` cases apart, in loops: a closure in `unify` or `unifiable` would make V8 allocate a
  // context on every call of them.
  private unifyTraits(as: readonly TraitRef[], bs: readonly TraitRef[]): boolean {
    if (as.length !== bs.length) return false;
    for (let i = 0; i < as.length; i++) if (!this.unifyTrait(as[i]!, bs[i] ?? as[i]!)) return false;
    return true;
  }

  private traitsUnifiable(as: readonly TraitRef[], bs: readonly TraitRef[]): boolean {
    if (as.length !== bs.length) return false;
    for (let i = 0; i < as.length; i++) {
      const t = as[i]!;
      if (t.def !== bs[i]?.def || !this.allUnifiable(t.args, bs[i]?.args ?? [])) return false;
    }
    return true;
  }

  private unifyTrait(a: TraitRef, b: TraitRef): boolean {
    if (a.def !== b.def || !this.unifyAll(a.args, b.args)) return false;
    for (const x of a.assoc) {
      const y = b.assoc.find((o) => o.name === x.name);
      if (y && !this.unify(x.ty, y.ty)) return false;
    }
    return true;
  }

  private union(x: number, y: number): boolean {
    const rx = this.find(x);
    const ry = this.find(y);
    if (rx === ry) return true;
    const kind = compatibleKinds(this.kinds[rx]!, this.kinds[ry]!);
    if (!kind) return false;
    const rankX = this.ranks[rx]!;
    const rankY = this.ranks[ry]!;
    const root = rankX >= rankY ? rx : ry;
    const child = root === rx ? ry : rx;
    if (rankX === rankY) this.ranks[root] = rankX + 1;
    this.parents[child] = root;
    this.kinds[root] = kind;
    return true;
  }

  private bind(v: number, ty: Ty): boolean {
    const root = this.find(v);
    if (ty.k === 'error') {
      this.values[root] = ERROR;
      return true;
    }
    if (!this.kindAccepts(this.kinds[root]!, ty)) return false;
    // A type containing its own variable would be infinite (rustc: "cyclic type of infinite size").
    if (this.occurs(root, ty)) return false;
    this.values[root] = ty;
    return true;
  }

  /** Whether the variable whose root is `root` is inside `ty`. */
  private occurs(root: number, ty: Ty): boolean {
    switch (ty.k) {
      case 'infer': return this.find(ty.v) === root;
      case 'adt': case 'fnDef': case 'opaque': return this.occursIn(root, ty.args);
      case 'ref': case 'ptr': return this.occurs(root, ty.inner);
      case 'array': case 'slice': return this.occurs(root, ty.elem);
      case 'tuple': return this.occursIn(root, ty.elems);
      case 'fnPtr': return this.occursIn(root, ty.params) || this.occurs(root, ty.ret);
      case 'closure': return this.occursIn(root, ty.sig.params) || this.occurs(root, ty.sig.ret) || this.occursIn(root, ty.upvars);
      case 'dyn': {
        for (let i = 0; i < ty.traits.length; i++) if (this.occursInTrait(root, ty.traits[i]!)) return true;
        return false;
      }
      case 'proj': return this.occurs(root, ty.self) || this.occursInTrait(root, ty.trait);
      default: return false;
    }
  }

  private occursInTrait(root: number, t: TraitRef): boolean {
    if (this.occursIn(root, t.args)) return true;
    for (let i = 0; i < t.assoc.length; i++) if (this.occurs(root, t.assoc[i]!.ty)) return true;
    return false;
  }

  private occursIn(root: number, tys: readonly Ty[]): boolean {
    for (let i = 0; i < tys.length; i++) if (this.occurs(root, tys[i]!)) return true;
    return false;
  }

  private kindAccepts(kind: InferKind, ty: Ty): boolean {
    if (kind === 'ty' || ty.k === 'error') return true;
    return kind === 'int' ? ty.k === 'int' : ty.k === 'float';
  }
}

function compatibleKinds(a: InferKind, b: InferKind): InferKind | undefined {
  if (a === 'ty') return b;
  if (b === 'ty' || a === b) return a;
  return undefined;
}

/** `resolve`'s step at a leaf: a variable becomes what it is bound to, resolved in turn. */
function resolveVar(t: Ty, table: InferTable): Ty | undefined {
  // A part without a variable stays as it is: not walked.
  if ((t.flags & HAS_INFER) === 0) return t;
  if (t.k !== 'infer') return undefined;
  const s = table.shallow(t);
  return s.k === 'infer' ? s : table.resolve(s);
}
