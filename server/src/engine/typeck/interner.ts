// The interner of the type checker's composite types (see ty.ts): structurally equal types made
// through one interner, or through a run's and std's, are one object with one id. A lookup hashes
// the kind and the parts' ids into a number and compares the parts of the types in that slot of an
// open-addressed table: no key string is built per type asked for, and nothing is allocated
// unless the type is new.
import { FIRST_COMPOSITE_ID, HAS_CLOSURE, HAS_DYN, HAS_INFER, HAS_OPAQUE, HAS_PARAM, HAS_PROJ, type Def, type FnSig, type InferKind, type TraitRef, type Ty } from './ty';

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
  /** Open addressing: `slots[i]` holds a type whose hash is `hashes[i]`; the length is a power of two. */
  private slots: (Ty | undefined)[] = new Array<Ty | undefined>(64).fill(undefined);
  private hashes = new Int32Array(64);
  private count = 0;
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
    return this.count;
  }

  adt(def: Def, args: readonly Ty[] = []): Ty {
    const shared = this.rootDef(def) && this.rootTys(args);
    const owner = this.owner(shared);
    const h = hashList(mix(K.adt, this.defKey(def, shared)), args);
    return owner.find(h, 'adt', def, args) ?? owner.add(h, { k: 'adt', id: owner.takeId(), flags: flagsOf(args, 0), def, args: Object.freeze([...args]) });
  }
  ref(inner: Ty, mut = false): Ty {
    const owner = this.owner(isRootTy(inner));
    const h = finish(mix(mut ? K.refMut : K.ref, inner.id));
    return owner.find(h, 'ref', inner, mut) ?? owner.add(h, { k: 'ref', id: owner.takeId(), flags: inner.flags, mut, inner });
  }
  ptr(inner: Ty, mut: boolean): Ty {
    const owner = this.owner(isRootTy(inner));
    const h = finish(mix(mut ? K.ptrMut : K.ptr, inner.id));
    return owner.find(h, 'ptr', inner, mut) ?? owner.add(h, { k: 'ptr', id: owner.takeId(), flags: inner.flags, mut, inner });
  }
  /** `lenVar` (a parameter or variable) stands for a length not known yet; a `const` is the length. */
  array(elem: Ty, len: number | undefined, lenVar?: Ty): Ty {
    if (len === undefined && lenVar?.k === 'const') len = lenVar.value;
    if (len !== undefined || (lenVar?.k !== 'param' && lenVar?.k !== 'infer')) lenVar = undefined;
    const owner = this.owner(isRootTy(elem) && (!lenVar || isRootTy(lenVar)));
    const h = finish(mix(mix(mix(K.array, elem.id), len ?? -1), lenVar ? lenVar.id : 0));
    return owner.find(h, 'array', elem, len, lenVar)
      ?? owner.add(h, lenVar ? { k: 'array', id: owner.takeId(), flags: elem.flags | lenVar.flags, elem, len, lenVar } : { k: 'array', id: owner.takeId(), flags: elem.flags, elem, len });
  }
  constValue(value: number): Ty {
    const owner = this.root;
    const h = finish(mix(K.const, value));
    return owner.find(h, 'const', value) ?? owner.add(h, { k: 'const', id: owner.takeId(), flags: 0, value });
  }
  slice(elem: Ty): Ty {
    const owner = this.owner(isRootTy(elem));
    const h = finish(mix(K.slice, elem.id));
    return owner.find(h, 'slice', elem) ?? owner.add(h, { k: 'slice', id: owner.takeId(), flags: elem.flags, elem });
  }
  tuple(elems: readonly Ty[]): Ty {
    const owner = this.owner(this.rootTys(elems));
    const h = hashList(K.tuple, elems);
    return owner.find(h, 'tuple', elems) ?? owner.add(h, { k: 'tuple', id: owner.takeId(), flags: flagsOf(elems, 0), elems: Object.freeze([...elems]) });
  }
  fnDef(def: Def, args: readonly Ty[] = []): Ty {
    const shared = this.rootDef(def) && this.rootTys(args);
    const owner = this.owner(shared);
    const h = hashList(mix(K.fnDef, this.defKey(def, shared)), args);
    return owner.find(h, 'fnDef', def, args) ?? owner.add(h, { k: 'fnDef', id: owner.takeId(), flags: flagsOf(args, 0), def, args: Object.freeze([...args]) });
  }
  fnPtr(params: readonly Ty[], ret: Ty): Ty {
    const owner = this.owner(this.rootTys(params) && isRootTy(ret));
    const h = hashList(mix(K.fnPtr, ret.id), params);
    return owner.find(h, 'fnPtr', params, ret) ?? owner.add(h, { k: 'fnPtr', id: owner.takeId(), flags: flagsOf(params, ret.flags), params: Object.freeze([...params]), ret });
  }
  closure(def: Def, sig: FnSig, upvars: readonly Ty[], args: readonly Ty[] = []): Ty {
    const shared = this.rootDef(def) && this.rootTys(sig.params) && isRootTy(sig.ret) && this.rootTys(upvars) && this.rootTys(args);
    const owner = this.owner(shared);
    const h = hashList(hashParts(hashParts(mix(mix(K.closure, this.defKey(def, shared)), sig.ret.id), sig.params), upvars), args);
    return owner.find(h, 'closure', def, sig.params, sig.ret, upvars, args) ?? owner.add(h, {
      k: 'closure', id: owner.takeId(), flags: flagsOf(args, flagsOf(upvars, flagsOf(sig.params, HAS_CLOSURE | sig.ret.flags))), def, sig, upvars: Object.freeze([...upvars]), args: Object.freeze([...args]),
    });
  }
  dyn(traits: readonly TraitRef[]): Ty {
    let shared = true;
    for (const t of traits) if (!this.rootTrait(t)) shared = false;
    const owner = this.owner(shared);
    let h = K.dyn;
    for (const t of traits) h = this.hashTrait(h, t, shared);
    h = finish(h);
    return owner.find(h, 'dyn', traits) ?? owner.add(h, { k: 'dyn', id: owner.takeId(), flags: traitsFlags(traits, HAS_DYN), traits: Object.freeze([...traits]) });
  }
  opaque(def: Def, args: readonly Ty[] = []): Ty {
    const shared = this.rootDef(def) && this.rootTys(args);
    const owner = this.owner(shared);
    const h = hashList(mix(K.opaque, this.defKey(def, shared)), args);
    return owner.find(h, 'opaque', def, args) ?? owner.add(h, { k: 'opaque', id: owner.takeId(), flags: flagsOf(args, HAS_OPAQUE), def, args: Object.freeze([...args]) });
  }
  proj(self: Ty, trait: TraitRef, name: string): Ty {
    const shared = isRootTy(self) && this.rootTrait(trait);
    const owner = this.owner(shared);
    const h = finish(mix(this.hashTrait(mix(K.proj, self.id), trait, shared), name.length));
    return owner.find(h, 'proj', self, trait, name) ?? owner.add(h, { k: 'proj', id: owner.takeId(), flags: traitFlags(trait, HAS_PROJ | self.flags), self, trait, name });
  }
  param(index: number, name: string): Ty {
    const owner = this.root;
    const h = finish(mix(mix(K.param, index), name.length));
    return owner.find(h, 'param', index, name) ?? owner.add(h, { k: 'param', id: owner.takeId(), flags: HAS_PARAM, index, name });
  }
  /** Inference variables belong to one run: never the root's (unless it is a run's own). */
  infer(v: number, kind: InferKind): Ty {
    const h = finish(mix(mix(K.infer, v), kind === 'ty' ? 0 : kind === 'int' ? 1 : 2));
    return this.find(h, 'infer', v, kind) ?? this.add(h, { k: 'infer', id: this.takeId(), flags: HAS_INFER, v, kind });
  }

  private owner(shared: boolean): Interner {
    return shared ? this.root : this;
  }

  /** Whether `def` is the root's: a std declaration, or anything when this is the root. */
  private rootDef(def: Def): boolean {
    return this.root === this || def.std === true;
  }

  private rootTys(tys: readonly Ty[]): boolean {
    for (let i = 0; i < tys.length; i++) if (!isRootTy(tys[i]!)) return false;
    return true;
  }

  private rootTrait(t: TraitRef): boolean {
    if (!this.rootDef(t.def) || !this.rootTys(t.args)) return false;
    for (let i = 0; i < t.assoc.length; i++) if (!isRootTy(t.assoc[i]!.ty)) return false;
    return true;
  }

  private hashTrait(h: number, t: TraitRef, shared: boolean): number {
    h = hashParts(mix(h, this.defKey(t.def, shared)), t.args);
    for (let i = 0; i < t.assoc.length; i++) h = mix(mix(h, t.assoc[i]!.name.length), t.assoc[i]!.ty.id);
    return h;
  }

  /** A number per def, for hashing: the root's for std's defs and shared types, negative there. */
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

  private takeId(): number {
    const id = this.nextId;
    this.nextId += this.step;
    return id;
  }

  /** The interned type of kind `k` with these parts (in the order `same` reads them), if any. */
  private find(h: number, k: Ty['k'], a: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown): Ty | undefined {
    const mask = this.slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const t = this.slots[i];
      if (t === undefined) return undefined;
      if (this.hashes[i] === h && same(t, k, a, b, c, d, e)) return t;
    }
  }

  private add(h: number, ty: Ty): Ty {
    Object.freeze(ty);
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    this.place(h, ty);
    this.count++;
    return ty;
  }

  private place(h: number, ty: Ty): void {
    const mask = this.slots.length - 1;
    let i = h & mask;
    while (this.slots[i] !== undefined) i = (i + 1) & mask;
    this.slots[i] = ty;
    this.hashes[i] = h;
  }

  private grow(): void {
    const slots = this.slots;
    const hashes = this.hashes;
    this.slots = new Array<Ty | undefined>(slots.length * 2).fill(undefined);
    this.hashes = new Int32Array(slots.length * 2);
    for (let i = 0; i < slots.length; i++) {
      const t = slots[i];
      if (t !== undefined) this.place(hashes[i]!, t);
    }
  }
}

/** `flags` with the flags of every type of `tys` (see `HAS_INFER`). */
function flagsOf(tys: readonly Ty[], flags: number): number {
  for (let i = 0; i < tys.length; i++) flags |= tys[i]!.flags;
  return flags;
}

/** `flags` with those of a trait's arguments and associated types, the parts `someTy` reads. */
function traitFlags(t: TraitRef, flags: number): number {
  flags = flagsOf(t.args, flags);
  for (let i = 0; i < t.assoc.length; i++) flags |= t.assoc[i]!.ty.flags;
  return flags;
}

function traitsFlags(traits: readonly TraitRef[], flags: number): number {
  for (let i = 0; i < traits.length; i++) flags = traitFlags(traits[i]!, flags);
  return flags;
}

/** Seeds of each kind's hash (`ref` and `&mut` apart). */
const enum K {
  adt = 1, ref, refMut, ptr, ptrMut, array, const, slice, tuple, fnDef, fnPtr, closure, dyn, opaque, proj, param, infer,
}

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193) ^ (h >>> 15);
}

function hashParts(h: number, tys: readonly Ty[]): number {
  h = mix(h, tys.length);
  for (let i = 0; i < tys.length; i++) h = mix(h, tys[i]!.id);
  return h;
}

function hashList(h: number, tys: readonly Ty[]): number {
  return finish(hashParts(h, tys));
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/** Whether `t` is the type of kind `k` made of parts `a`…`e` (as each constructor passes them). */
function same(t: Ty, k: Ty['k'], a: unknown, b: unknown, c: unknown, d: unknown, e: unknown): boolean {
  if (t.k !== k) return false;
  switch (t.k) {
    case 'adt': case 'fnDef': case 'opaque': return t.def === a && sameTys(t.args, b as readonly Ty[]);
    case 'ref': case 'ptr': return t.inner === a && t.mut === b;
    case 'array': return t.elem === a && t.len === b && t.lenVar === c;
    case 'const': return t.value === a;
    case 'slice': return t.elem === a;
    case 'tuple': return sameTys(t.elems, a as readonly Ty[]);
    case 'fnPtr': return t.ret === b && sameTys(t.params, a as readonly Ty[]);
    case 'closure':
      return t.def === a && t.sig.ret === c && sameTys(t.sig.params, b as readonly Ty[]) && sameTys(t.upvars, d as readonly Ty[]) && sameTys(t.args, e as readonly Ty[]);
    case 'dyn': {
      const traits = a as readonly TraitRef[];
      if (t.traits.length !== traits.length) return false;
      for (let i = 0; i < traits.length; i++) if (!sameTrait(t.traits[i]!, traits[i]!)) return false;
      return true;
    }
    case 'proj': return t.self === a && t.name === c && sameTrait(t.trait, b as TraitRef);
    case 'param': return t.index === a && t.name === b;
    case 'infer': return t.v === a && t.kind === b;
    default: return false;
  }
}

function sameTys(x: readonly Ty[], y: readonly Ty[]): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameTrait(x: TraitRef, y: TraitRef): boolean {
  if (x === y) return true;
  if (x.def !== y.def || !sameTys(x.args, y.args) || x.assoc.length !== y.assoc.length) return false;
  for (let i = 0; i < x.assoc.length; i++) if (x.assoc[i]!.name !== y.assoc[i]!.name || x.assoc[i]!.ty !== y.assoc[i]!.ty) return false;
  return true;
}

/** A primitive or a root interner's type (the root's ids are negative). */
function isRootTy(ty: Ty): boolean {
  return ty.id < FIRST_COMPOSITE_ID;
}
