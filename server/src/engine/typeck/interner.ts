// The interner of the type checker's composite types (see ty.ts): structurally equal types made
// through one interner, or through a run's and std's, are one object with one id.
import { FIRST_COMPOSITE_ID, type Def, type FnSig, type InferKind, type TraitRef, type Ty } from './ty';

/**
 * Builds and interns composite types. The std declarations have one interner per process (the
 * root); each front-end run has a child of it, so a run's own types go when the run does.
 *
 * std's signatures are lowered on first use, often in the middle of a run, so the root grows
 * while children hold ids. Two rules keep every type one object with one id: the root's ids are
 * negative (its def ids too) and a child's positive, so neither can take an id the other gave;
 * and a type made only of the root's parts (primitives, parameters, std defs and the root's
 * types) is always interned in the root, whichever interner is asked, so a child can never hold
 * a second `Vec<T>` that std's own signatures would not be `===` to. The root thus also keeps the
 * std-only types runs build (`Vec<i32>`, `&str`): a few per distinct type a program writes.
 */
export class Interner {
  private readonly table = new Map<string, Ty>();
  private readonly defIds = new WeakMap<object, number>();
  private readonly root: Interner;
  private nextDefId: number;
  private nextId: number;
  private readonly step: number;
  readonly unit: Ty;

  constructor(parent?: Interner) {
    this.root = parent?.root ?? this;
    this.step = parent ? 1 : -1;
    this.nextDefId = parent ? 0 : -1;
    this.nextId = parent ? FIRST_COMPOSITE_ID : -1;
    this.unit = this.tuple([]);
  }

  get size(): number {
    return this.table.size;
  }

  adt(def: Def, args: readonly Ty[] = []): Ty {
    const shared = this.rootDef(def) && this.rootTys(args);
    return this.intern(shared, `a${this.defKey(def, shared)}${ids(args)}`, (id) => ({ k: 'adt', id, def, args: Object.freeze([...args]) }));
  }
  ref(inner: Ty, mut = false): Ty {
    return this.intern(isRootTy(inner), `${mut ? 'R' : 'r'}${inner.id}`, (id) => ({ k: 'ref', id, mut, inner }));
  }
  ptr(inner: Ty, mut: boolean): Ty {
    return this.intern(isRootTy(inner), `${mut ? 'P' : 'p'}${inner.id}`, (id) => ({ k: 'ptr', id, mut, inner }));
  }
  /** `lenVar` (a parameter or variable) stands for a length not known yet; a `const` is the length. */
  array(elem: Ty, len: number | undefined, lenVar?: Ty): Ty {
    if (len === undefined && lenVar?.k === 'const') len = lenVar.value;
    if (len !== undefined || (lenVar?.k !== 'param' && lenVar?.k !== 'infer')) lenVar = undefined;
    const shared = isRootTy(elem) && (!lenVar || isRootTy(lenVar));
    return this.intern(shared, `A${elem.id};${len ?? (lenVar ? `v${lenVar.id}` : '?')}`, (id) => (lenVar ? { k: 'array', id, elem, len, lenVar } : { k: 'array', id, elem, len }));
  }
  constValue(value: number): Ty {
    return this.intern(true, `K${value}`, (id) => ({ k: 'const', id, value }));
  }
  slice(elem: Ty): Ty {
    return this.intern(isRootTy(elem), `s${elem.id}`, (id) => ({ k: 'slice', id, elem }));
  }
  tuple(elems: readonly Ty[]): Ty {
    return this.intern(this.rootTys(elems), `t${ids(elems)}`, (id) => ({ k: 'tuple', id, elems: Object.freeze([...elems]) }));
  }
  fnDef(def: Def, args: readonly Ty[] = []): Ty {
    const shared = this.rootDef(def) && this.rootTys(args);
    return this.intern(shared, `f${this.defKey(def, shared)}${ids(args)}`, (id) => ({ k: 'fnDef', id, def, args: Object.freeze([...args]) }));
  }
  fnPtr(params: readonly Ty[], ret: Ty): Ty {
    return this.intern(this.rootTys(params) && isRootTy(ret), `F${ids(params)}>${ret.id}`, (id) => ({ k: 'fnPtr', id, params: Object.freeze([...params]), ret }));
  }
  closure(def: Def, sig: FnSig, upvars: readonly Ty[], args: readonly Ty[] = []): Ty {
    const shared = this.rootDef(def) && this.rootTys(sig.params) && isRootTy(sig.ret) && this.rootTys(upvars) && this.rootTys(args);
    return this.intern(shared, `c${this.defKey(def, shared)}${ids(sig.params)}>${sig.ret.id}${ids(upvars)}${args.length ? `<${ids(args)}` : ''}`, (id) => ({
      k: 'closure', id, def, sig, upvars: Object.freeze([...upvars]), args: Object.freeze([...args]),
    }));
  }
  dyn(traits: readonly TraitRef[]): Ty {
    const shared = traits.every((t) => this.rootTrait(t));
    return this.intern(shared, `d${traits.map((t) => this.traitKey(t, shared)).join('+')}`, (id) => ({ k: 'dyn', id, traits: Object.freeze([...traits]) }));
  }
  opaque(def: Def, args: readonly Ty[] = []): Ty {
    const shared = this.rootDef(def) && this.rootTys(args);
    return this.intern(shared, `o${this.defKey(def, shared)}${ids(args)}`, (id) => ({ k: 'opaque', id, def, args: Object.freeze([...args]) }));
  }
  proj(self: Ty, trait: TraitRef, name: string): Ty {
    const shared = isRootTy(self) && this.rootTrait(trait);
    return this.intern(shared, `j${self.id}${this.traitKey(trait, shared)}:${name}`, (id) => ({ k: 'proj', id, self, trait, name }));
  }
  param(index: number, name: string): Ty {
    return this.intern(true, `g${index}:${name}`, (id) => ({ k: 'param', id, index, name }));
  }
  /** Inference variables belong to one run: never the root's (unless it is a run's own). */
  infer(v: number, kind: InferKind): Ty {
    return this.intern(false, `v${kind[0]}${v}`, (id) => ({ k: 'infer', id, v, kind }));
  }

  /** Whether `def` is the root's: a std declaration, or anything when this is the root. */
  private rootDef(def: Def): boolean {
    return this.root === this || def.std === true;
  }

  private rootTys(tys: readonly Ty[]): boolean {
    for (const t of tys) if (!isRootTy(t)) return false;
    return true;
  }

  private rootTrait(t: TraitRef): boolean {
    return this.rootDef(t.def) && this.rootTys(t.args) && t.assoc.every((a) => isRootTy(a.ty));
  }

  private traitKey(t: TraitRef, shared: boolean): string {
    return `${this.defKey(t.def, shared)}${ids(t.args)}{${t.assoc.map((a) => `${a.name}=${a.ty.id}`).join(',')}}`;
  }

  private defKey(def: Def, shared: boolean): number {
    const owner = shared || def.std === true ? this.root : this;
    let n = owner.defIds.get(def);
    if (n === undefined) {
      n = owner.nextDefId;
      owner.nextDefId += owner.step;
      owner.defIds.set(def, n);
    }
    return n;
  }

  private intern(shared: boolean, key: string, make: (id: number) => Ty): Ty {
    const owner = shared ? this.root : this;
    let ty = owner.table.get(key);
    if (!ty) {
      ty = Object.freeze(make(owner.nextId));
      owner.nextId += owner.step;
      owner.table.set(key, ty);
    }
    return ty;
  }
}

/** A primitive or a root interner's type (the root's ids are negative). */
function isRootTy(ty: Ty): boolean {
  return ty.id < FIRST_COMPOSITE_ID;
}

function ids(tys: readonly Ty[]): string {
  if (tys.length === 0) return '';
  let key = `<${tys[0]!.id}`;
  for (let i = 1; i < tys.length; i++) key += `,${tys[i]!.id}`;
  return `${key}>`;
}
