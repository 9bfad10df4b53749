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
import { ERROR, FLOATS, INTS, InferKind, mapTy, someTy, TraitRef, Ty, TyOf } from './ty';

export class InferTable {
  private readonly vars: VarNode[] = [];

  constructor(readonly tcx: Interner) {}

  get count(): number {
    return this.vars.length;
  }

  fresh(kind: InferKind = 'ty'): Ty {
    const v = this.vars.length;
    this.vars.push({ parent: v, rank: 0, value: undefined, kind });
    return this.tcx.infer(v, kind);
  }

  private node(v: number): VarNode {
    const n = this.vars[v];
    if (!n) throw new Error(`inference variable ${v} is not from this table`);
    return n;
  }

  private find(v: number): number {
    let root = v;
    while (this.node(root).parent !== root) root = this.node(root).parent;
    while (this.node(v).parent !== root) {
      const n = this.node(v);
      v = n.parent;
      n.parent = root;
    }
    return root;
  }

  /** The type a variable stands for at the top level (its binding, or its root variable). */
  shallow(ty: Ty): Ty {
    while (ty.k === 'infer') {
      const root = this.node(this.find(ty.v));
      if (!root.value) return root.parent === ty.v && root.kind === ty.kind ? ty : this.tcx.infer(root.parent, root.kind);
      ty = root.value;
    }
    return ty;
  }

  /** `ty` with every bound variable replaced by its type, all the way down. */
  resolve(ty: Ty): Ty {
    if (!someTy(ty, isInfer)) return ty;
    return mapTy(this.tcx, ty, resolveVar, this);
  }

  /** Binds every unconstrained integer variable to `i32` and float variable to `f64`. */
  fallback(): void {
    for (const n of this.vars) {
      if (n.value || this.node(n.parent) !== n) continue;
      if (n.kind === 'int') n.value = INTS.i32;
      else if (n.kind === 'float') n.value = FLOATS.f64;
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
        return b.k === 'dyn' && a.traits.length === b.traits.length && a.traits.every((t, i) => this.unifyTrait(t, b.traits[i] ?? t));
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
      case 'dyn': return b.k === 'dyn' && a.traits.length === b.traits.length && a.traits.every((t, i) => t.def === b.traits[i]?.def && this.allUnifiable(t.args, b.traits[i]?.args ?? []));
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
    const [va, vb] = [this.shallow(this.lenOf(a)), this.shallow(this.lenOf(b))];
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
    const nx = this.node(rx);
    const ny = this.node(ry);
    const kind = compatibleKinds(nx.kind, ny.kind);
    if (!kind) return false;
    const [root, child] = nx.rank >= ny.rank ? [nx, ny] : [ny, nx];
    if (nx.rank === ny.rank) root.rank++;
    child.parent = root.parent;
    root.kind = kind;
    return true;
  }

  private bind(v: number, ty: Ty): boolean {
    const root = this.find(v);
    const n = this.node(root);
    if (ty.k === 'error') {
      n.value = ERROR;
      return true;
    }
    if (!this.kindAccepts(n.kind, ty)) return false;
    // A type containing its own variable would be infinite (rustc: "cyclic type of infinite size").
    if (this.occurs(root, ty)) return false;
    n.value = ty;
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
      case 'dyn': return ty.traits.some((t) => this.occursIn(root, t.args) || t.assoc.some((a) => this.occurs(root, a.ty)));
      case 'proj': return this.occurs(root, ty.self) || this.occursIn(root, ty.trait.args) || ty.trait.assoc.some((a) => this.occurs(root, a.ty));
      default: return false;
    }
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

/** A root's `parent` is its own index. */
interface VarNode {
  parent: number;
  rank: number;
  value: Ty | undefined;
  kind: InferKind;
}

function compatibleKinds(a: InferKind, b: InferKind): InferKind | undefined {
  if (a === 'ty') return b;
  if (b === 'ty' || a === b) return a;
  return undefined;
}

/** `resolve`'s step at a leaf: a variable becomes what it is bound to, resolved in turn. */
function resolveVar(t: Ty, table: InferTable): Ty | undefined {
  if (t.k !== 'infer') return undefined;
  const s = table.shallow(t);
  return s.k === 'infer' ? s : table.resolve(s);
}

function isInfer(t: Ty): boolean {
  return t.k === 'infer';
}
