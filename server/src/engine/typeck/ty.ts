// The type checker's types, as rustc's `TyKind` models them for the language this product covers.
// Types are interned (interner.ts): two structurally equal types are the same object, so equality
// is `===` and a type can key a Map. Primitives are module-level singletons shared by every
// interner; a composite type lives in std's interner when made only of std's parts, else in the
// interner of one front-end run, so an edited document never keeps its earlier versions' types.
import type { Interner } from './interner';

export type IntName = 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize';
export type FloatName = 'f32' | 'f64';

export const INT_NAMES: readonly IntName[] = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];
export const FLOAT_NAMES: readonly FloatName[] = ['f32', 'f64'];

/**
 * A definition a type refers to: a struct, enum or union, a trait, a fn item, a closure, an
 * opaque `impl Trait`. Identity is the object's; `name` is the last path segment (what the
 * trace prints) and `path` the full path `type_name` would print.
 */
export interface Def {
  readonly name: string;
  readonly path?: string;
  /** Declared by the std declarations rather than the user's file. */
  readonly std?: boolean;
  /** A closure's: the closure or fn it is written in (`type_name` names a closure through it). */
  readonly parent?: Def;
}

/** A trait applied to arguments, with the associated types a `dyn` type fixes (`Item = u8`). */
export interface TraitRef {
  readonly def: Def;
  readonly args: readonly Ty[];
  readonly assoc: readonly { readonly name: string; readonly ty: Ty }[];
}

export type InferKind = 'ty' | 'int' | 'float';

/**
 * What a type holds anywhere inside it (itself included), one bit per kind, as rustc's
 * `TypeFlags`: the interner sets a type's from its parts, so asking whether a type holds an
 * inference variable, a projection or a parameter reads one number instead of walking the type,
 * and a walk that replaces one kind skips every part without it.
 */
export const HAS_INFER = 1;
export const HAS_PROJ = 2;
export const HAS_PARAM = 4;
export const HAS_ERROR = 8;
export const HAS_OPAQUE = 16;
export const HAS_DYN = 32;
export const HAS_CLOSURE = 64;

export type Ty =
  | { readonly k: 'bool' | 'char' | 'str' | 'never' | 'error'; readonly id: number; readonly flags: number }
  | { readonly k: 'int'; readonly id: number; readonly flags: number; readonly name: IntName }
  | { readonly k: 'float'; readonly id: number; readonly flags: number; readonly name: FloatName }
  | { readonly k: 'adt'; readonly id: number; readonly flags: number; readonly def: Def; readonly args: readonly Ty[] }
  | { readonly k: 'ref'; readonly id: number; readonly flags: number; readonly mut: boolean; readonly inner: Ty }
  | { readonly k: 'ptr'; readonly id: number; readonly flags: number; readonly mut: boolean; readonly inner: Ty }
  /**
   * `len` is undefined while a const generic or an unevaluated length stands for it; `lenVar` is
   * then the const generic parameter or the inference variable for it, if any (`[U; N]`).
   */
  | { readonly k: 'array'; readonly id: number; readonly flags: number; readonly elem: Ty; readonly len: number | undefined; readonly lenVar?: Ty }
  /** A const generic argument's value (`IntoIter<i32, 3>`; an array length bound to a variable). */
  | { readonly k: 'const'; readonly id: number; readonly flags: number; readonly value: number }
  | { readonly k: 'slice'; readonly id: number; readonly flags: number; readonly elem: Ty }
  | { readonly k: 'tuple'; readonly id: number; readonly flags: number; readonly elems: readonly Ty[] }
  /** A fn item: zero-sized, one type per function and instantiation. */
  | { readonly k: 'fnDef'; readonly id: number; readonly flags: number; readonly def: Def; readonly args: readonly Ty[] }
  | { readonly k: 'fnPtr'; readonly id: number; readonly flags: number; readonly params: readonly Ty[]; readonly ret: Ty }
  /** `upvars` are the captured places' types in capture order (by ref they are `&T`/`&mut T`). */
  /** `args`: the enclosing generic fn's arguments, which a closure's type carries as rustc's does. */
  | { readonly k: 'closure'; readonly id: number; readonly flags: number; readonly def: Def; readonly sig: FnSig; readonly upvars: readonly Ty[]; readonly args: readonly Ty[] }
  | { readonly k: 'dyn'; readonly id: number; readonly flags: number; readonly traits: readonly TraitRef[] }
  /** `impl Trait` in return position, seen from outside its defining function. */
  | { readonly k: 'opaque'; readonly id: number; readonly flags: number; readonly def: Def; readonly args: readonly Ty[] }
  /** `<self as trait>::name` not yet normalised (the self type is still a parameter or a variable). */
  | { readonly k: 'proj'; readonly id: number; readonly flags: number; readonly self: Ty; readonly trait: TraitRef; readonly name: string }
  | { readonly k: 'param'; readonly id: number; readonly flags: number; readonly index: number; readonly name: string }
  | { readonly k: 'infer'; readonly id: number; readonly flags: number; readonly v: number; readonly kind: InferKind };

export type TyOf<K extends Ty['k']> = Extract<Ty, { k: K }>;

export interface FnSig {
  readonly params: readonly Ty[];
  readonly ret: Ty;
}

let nextPrimId = 0;
function prim<K extends 'bool' | 'char' | 'str' | 'never' | 'error'>(k: K): Ty {
  return Object.freeze({ k, id: nextPrimId++, flags: k === 'error' ? HAS_ERROR : 0 });
}

export const BOOL = prim('bool');
export const CHAR = prim('char');
export const STR = prim('str');
export const NEVER = prim('never');
/** The type of anything the checker could not type: unifies with everything, reports nothing. */
export const ERROR = prim('error');
export const INTS: Readonly<Record<IntName, TyOf<'int'>>> = Object.fromEntries(
  INT_NAMES.map((name) => [name, Object.freeze({ k: 'int' as const, id: nextPrimId++, flags: 0, name })]),
) as Record<IntName, TyOf<'int'>>;
export const FLOATS: Readonly<Record<FloatName, TyOf<'float'>>> = Object.fromEntries(
  FLOAT_NAMES.map((name) => [name, Object.freeze({ k: 'float' as const, id: nextPrimId++, flags: 0, name })]),
) as Record<FloatName, TyOf<'float'>>;
/** Composite types a run makes have ids from here up; std's interner counts down from -1. */
export const FIRST_COMPOSITE_ID = nextPrimId;

/** The primitive a path names (`u8`, `str`, `bool`), if it is one. */
export function primitiveTy(name: string): Ty | undefined {
  switch (name) {
    case 'bool': return BOOL;
    case 'char': return CHAR;
    case 'str': return STR;
  }
  if (name in INTS) return INTS[name as IntName];
  if (name in FLOATS) return FLOATS[name as FloatName];
  return undefined;
}

/** Whether the type or anything inside it is `Error`: such a type never produces a diagnostic. */
export function hasError(ty: Ty): boolean {
  return (ty.flags & HAS_ERROR) !== 0;
}

/** Whether any type inside `ty` (itself included) satisfies `pred`. */
export function someTy(ty: Ty, pred: (t: Ty) => boolean): boolean {
  if (pred(ty)) return true;
  switch (ty.k) {
    case 'adt': case 'fnDef': case 'opaque': return someOf(ty.args, pred);
    case 'ref': case 'ptr': return someTy(ty.inner, pred);
    case 'array': return someTy(ty.elem, pred) || (ty.lenVar !== undefined && someTy(ty.lenVar, pred));
    case 'slice': return someTy(ty.elem, pred);
    case 'tuple': return someOf(ty.elems, pred);
    case 'fnPtr': return someOf(ty.params, pred) || someTy(ty.ret, pred);
    case 'closure': return someOf(ty.sig.params, pred) || someTy(ty.sig.ret, pred) || someOf(ty.upvars, pred) || someOf(ty.args, pred);
    case 'dyn': {
      for (let i = 0; i < ty.traits.length; i++) if (traitSome(ty.traits[i]!, pred)) return true;
      return false;
    }
    case 'proj': return someTy(ty.self, pred) || traitSome(ty.trait, pred);
    default: return false;
  }
}

// Loops rather than `Array.some` with a closure, here and in `mapTy`: these run for every type the
// checker builds, and a closure over a parameter makes V8 allocate a context on every call.
function someOf(tys: readonly Ty[], pred: (t: Ty) => boolean): boolean {
  for (let i = 0; i < tys.length; i++) if (someTy(tys[i]!, pred)) return true;
  return false;
}

function traitSome(t: TraitRef, pred: (t: Ty) => boolean): boolean {
  if (someOf(t.args, pred)) return true;
  for (let i = 0; i < t.assoc.length; i++) if (someTy(t.assoc[i]!.ty, pred)) return true;
  return false;
}

/**
 * Rebuilds `ty` bottom-up with `f` applied to every leaf it chooses to replace (`arg` is passed
 * to `f`, so a hot caller needs no closure per call). A type whose parts
 * all come back unchanged is returned as it is: interning would give back that very object.
 */
export function mapTy<A = undefined>(tcx: Interner, ty: Ty, f: (t: Ty, arg: A) => Ty | undefined, arg?: A): Ty {
  const direct = f(ty, arg as A);
  if (direct) return direct;
  switch (ty.k) {
    case 'adt': {
      const args = mapAll(tcx, ty.args, f, arg as A);
      return args === ty.args ? ty : tcx.adt(ty.def, args);
    }
    case 'fnDef': {
      const args = mapAll(tcx, ty.args, f, arg as A);
      return args === ty.args ? ty : tcx.fnDef(ty.def, args);
    }
    case 'opaque': {
      const args = mapAll(tcx, ty.args, f, arg as A);
      return args === ty.args ? ty : tcx.opaque(ty.def, args);
    }
    case 'ref': {
      const inner = mapTy(tcx, ty.inner, f, arg as A);
      return inner === ty.inner ? ty : tcx.ref(inner, ty.mut);
    }
    case 'ptr': {
      const inner = mapTy(tcx, ty.inner, f, arg as A);
      return inner === ty.inner ? ty : tcx.ptr(inner, ty.mut);
    }
    case 'array': {
      const elem = mapTy(tcx, ty.elem, f, arg as A);
      const lenVar = ty.lenVar && mapTy(tcx, ty.lenVar, f, arg as A);
      return elem === ty.elem && lenVar === ty.lenVar ? ty : tcx.array(elem, ty.len, lenVar);
    }
    case 'slice': {
      const elem = mapTy(tcx, ty.elem, f, arg as A);
      return elem === ty.elem ? ty : tcx.slice(elem);
    }
    case 'tuple': {
      const elems = mapAll(tcx, ty.elems, f, arg as A);
      return elems === ty.elems ? ty : tcx.tuple(elems);
    }
    case 'fnPtr': {
      const params = mapAll(tcx, ty.params, f, arg as A);
      const ret = mapTy(tcx, ty.ret, f, arg as A);
      return params === ty.params && ret === ty.ret ? ty : tcx.fnPtr(params, ret);
    }
    case 'closure': {
      const params = mapAll(tcx, ty.sig.params, f, arg as A);
      const ret = mapTy(tcx, ty.sig.ret, f, arg as A);
      const upvars = mapAll(tcx, ty.upvars, f, arg as A);
      const args = mapAll(tcx, ty.args, f, arg as A);
      return params === ty.sig.params && ret === ty.sig.ret && upvars === ty.upvars && args === ty.args ? ty : tcx.closure(ty.def, { params, ret }, upvars, args);
    }
    case 'dyn': {
      let traits: TraitRef[] | undefined;
      for (let i = 0; i < ty.traits.length; i++) {
        const t = ty.traits[i]!;
        const m = mapTrait(tcx, t, f, arg as A);
        if (m !== t && !traits) traits = prefix(ty.traits, i, ty.traits.length);
        if (traits) traits[i] = m;
      }
      return traits ? tcx.dyn(traits) : ty;
    }
    case 'proj': {
      const self = mapTy(tcx, ty.self, f, arg as A);
      const trait = mapTrait(tcx, ty.trait, f, arg as A);
      return self === ty.self && trait === ty.trait ? ty : tcx.proj(self, trait, ty.name);
    }
    default: return ty;
  }
}

/** `tys` mapped, or `tys` itself when every element comes back unchanged. */
function mapAll<A>(tcx: Interner, tys: readonly Ty[], f: (t: Ty, arg: A) => Ty | undefined, arg: A): readonly Ty[] {
  let out: Ty[] | undefined;
  for (let i = 0; i < tys.length; i++) {
    const t = tys[i]!;
    const m = mapTy(tcx, t, f, arg as A);
    if (m !== t && !out) out = prefix(tys, i, tys.length);
    if (out) out[i] = m;
  }
  return out ?? tys;
}

function mapTrait<A>(tcx: Interner, t: TraitRef, f: (t: Ty, arg: A) => Ty | undefined, arg: A): TraitRef {
  const args = mapAll(tcx, t.args, f, arg as A);
  let assoc: { name: string; ty: Ty }[] | undefined;
  for (let i = 0; i < t.assoc.length; i++) {
    const a = t.assoc[i]!;
    const ty = mapTy(tcx, a.ty, f, arg as A);
    if (ty !== a.ty && !assoc) assoc = t.assoc.slice(0, i).map(copyAssoc);
    if (assoc) assoc.push({ name: a.name, ty });
  }
  return args === t.args && !assoc ? t : { def: t.def, args, assoc: assoc ?? t.assoc };
}

/**
 * A new array of `length` slots holding the first `n` elements, copied one by one: an interned
 * type's arrays are frozen, and V8 gives `slice` of a frozen array a kind that `push` then handles
 * on its slow path. Made at its final length: a list grown by `push` gets room for 17, garbage the
 * moment the interner has copied it.
 */
function prefix<T>(xs: readonly T[], n: number, length: number): T[] {
  const out = new Array<T>(length);
  for (let i = 0; i < n; i++) out[i] = xs[i]!;
  return out;
}

function copyAssoc(a: { readonly name: string; readonly ty: Ty }): { name: string; ty: Ty } {
  return { name: a.name, ty: a.ty };
}

/** Replaces generic parameters by the arguments of one instantiation (`args[param.index]`). */
export function substitute(tcx: Interner, ty: Ty, args: readonly Ty[]): Ty {
  // Without a parameter inside, the rebuilt type would be the same interned object.
  if (args.length === 0 || (ty.flags & HAS_PARAM) === 0) return ty;
  return mapTy(tcx, ty, argOf, args);
}

function argOf(t: Ty, args: readonly Ty[]): Ty | undefined {
  if ((t.flags & HAS_PARAM) === 0) return t;
  return t.k === 'param' && t.index < args.length ? args[t.index] : undefined;
}

export function isIntegral(ty: Ty): boolean {
  return ty.k === 'int' || (ty.k === 'infer' && ty.kind === 'int');
}

export function isNumeric(ty: Ty): boolean {
  return ty.k === 'int' || ty.k === 'float' || (ty.k === 'infer' && ty.kind !== 'ty');
}
