// Which arguments a call's result borrows from, read from the callee's declaration as rustc's
// lifetime elision reads it: an elided lifetime in the result is `&self`'s, or the one input
// lifetime when there is exactly one; a named `'a` ties the result to every parameter that
// mentions `'a`; a type parameter returned (`Box::new(x)`, `opt.unwrap()`) carries what the
// argument passed by value carries. Anything else (a closure, a function pointer, an unknown
// callee) ties nothing: the checker misses such a borrow rather than invent one.
import type { Operand } from '../mir/syntax';
import type * as A from '../syntax/ast';
import type { FnDef } from '../typeck/defs';
import { type Def, someTy, type Ty } from '../typeck/ty';
import type { CallSignatures, ItemFlow } from './loanFlow';
import { mayCarryLoans } from './regionTypes';
import { nameTable } from '../nameTable';

interface Mentions {
  /** Lifetimes in order; undefined for an elided one (`&T`, `'_`). */
  readonly lifetimes: (string | undefined)[];
  /** Type parameter names (and `Self`) mentioned outside any reference. */
  readonly byValue: Set<string>;
  readonly anywhere: Set<string>;
}

function mentions(t: A.Type | undefined, m: Mentions, behindRef: boolean): void {
  if (!t) return;
  switch (t.kind) {
    case 'RefType':
      m.lifetimes.push(t.lifetime && t.lifetime.name !== '_' ? t.lifetime.name : undefined);
      mentions(t.ty, m, true);
      return;
    case 'PathType': {
      const segs = t.path.segments;
      if (segs.length === 1 && !segs[0]!.args) {
        m.anywhere.add(segs[0]!.ident.name);
        if (!behindRef) m.byValue.add(segs[0]!.ident.name);
      }
      // `U::IntoIter` (`zip`, `chain`): an impl's associated type can only name lifetimes of the
      // type it is for, so it carries what `U` carries. `Self::Item` is left out: an adapter's
      // items do not carry what its closures captured (`resultFromReceiver`'s 'items').
      if (segs.length === 2 && !segs[0]!.args && segs[0]!.ident.name !== 'Self' && !t.path.qself) {
        m.anywhere.add(segs[0]!.ident.name);
        if (!behindRef) m.byValue.add(segs[0]!.ident.name);
      }
      for (const s of segs) {
        if (s.args?.kind !== 'AngleArgs') continue;
        for (const a of (s.args as A.AngleArgs).args ?? []) {
          if (a.kind === 'LifetimeArg') m.lifetimes.push(a.lifetime.name === '_' ? undefined : a.lifetime.name);
          else if (a.kind === 'TypeArg') mentions(a.ty, m, behindRef);
        }
      }
      return;
    }
    case 'SliceType': mentions(t.elem, m, behindRef); return;
    case 'ArrayType': mentions(t.elem, m, behindRef); return;
    case 'TupleType': for (const e of t.elems) mentions(e, m, behindRef); return;
    case 'ParenType': mentions(t.ty, m, behindRef); return;
    default: return;
  }
}

function fresh(): Mentions {
  return { lifetimes: [], byValue: new Set(), anywhere: new Set() };
}

/**
 * Whether the result has an elided lifetime that elision cannot resolve (rustc's E0106, which
 * stops rustc before borrow checking).
 */
export function elisionFails(def: FnDef): boolean {
  const sig = def.node.sig;
  const ret = fresh();
  mentions(sig.ret, ret, false);
  if (!ret.lifetimes.includes(undefined)) return false;
  if (sig.selfParam && sig.selfParam.mode !== 'value' && !sig.selfParam.ty) return false;
  let inputs = 0;
  for (const p of sig.params) {
    const m = fresh();
    mentions(p.ty, m, false);
    inputs += m.lifetimes.length;
  }
  if (sig.selfParam?.ty) {
    const m = fresh();
    mentions(sig.selfParam.ty, m, false);
    inputs += m.lifetimes.length;
  }
  return inputs !== 1;
}

/** The parameters (receiver first) a function's result borrows from, by its declaration. */
export function returnBorrowsFrom(def: FnDef): number[] {
  const sig = def.node.sig;
  const params: Mentions[] = [];
  let refSelf = false;
  if (sig.selfParam) {
    const m = fresh();
    if (sig.selfParam.ty) mentions(sig.selfParam.ty, m, false);
    else if (sig.selfParam.mode === 'value') m.byValue.add('Self');
    else {
      refSelf = true;
      m.lifetimes.push(sig.selfParam.lifetime && sig.selfParam.lifetime.name !== '_' ? sig.selfParam.lifetime.name : undefined);
    }
    params.push(m);
  }
  for (const p of sig.params) {
    const m = fresh();
    mentions(p.ty, m, false);
    params.push(m);
  }
  const ret = fresh();
  mentions(sig.ret, ret, false);
  const from = new Set<number>();
  const inputLifetimes = params.reduce((n, p) => n + p.lifetimes.length, 0);
  for (const l of ret.lifetimes) {
    if (l === 'static') continue;
    if (l === undefined) {
      if (refSelf) from.add(0);
      else if (inputLifetimes === 1) from.add(params.findIndex((p) => p.lifetimes.length === 1));
      continue;
    }
    params.forEach((p, i) => {
      if (p.lifetimes.includes(l)) from.add(i);
    });
  }
  const selfByValue = sig.selfParam?.mode === 'value' && !sig.selfParam.ty;
  for (const name of ret.anywhere) {
    if (name !== 'Self' && !isGenericName(def, name)) continue;
    params.forEach((p, i) => {
      if (p.byValue.has(name)) from.add(i);
    });
    // `self` by value carries every parameter of its type (`Option<T>::unwrap(self) -> T`),
    // not the method's own (`collect::<B>(self) -> B` makes a new value), nor one its impl's type
    // holds only behind a reference (returnBorrowsThrough).
    if (selfByValue && name !== 'Self' && ownerParam(def, name) === 'byValue') from.add(0);
  }
  return [...from].sort((a, b) => a - b);
}

/**
 * The receiver when the result carries what it points to but not the pointer: `self` by value of
 * an impl for a type holding the returned parameter only behind a reference
 * (`Option<&T>::copied(self) -> Option<T>`): the `T` is the referent, so the result keeps what
 * the referent holds, not the borrow the reference was.
 */
export function returnBorrowsThrough(def: FnDef): number[] {
  const sig = def.node.sig;
  if (sig.selfParam?.mode !== 'value' || sig.selfParam.ty) return [];
  const ret = fresh();
  mentions(sig.ret, ret, false);
  return [...ret.anywhere].some((name) => ownerParam(def, name) === 'behindRef') ? [0] : [];
}

/** How the type an impl is for holds its parameter `name`: by value (`Option<T>`), only behind a reference (`Option<&T>`); a trait's `Self` may hold it by value. */
function ownerParam(def: FnDef, name: string): 'byValue' | 'behindRef' | undefined {
  if (!(def.generics.parent?.names.includes(name) ?? false)) return undefined;
  if (def.owner?.kind !== 'impl') return 'byValue';
  const m = fresh();
  mentions(def.owner.node.selfTy, m, false);
  return m.byValue.has(name) ? 'byValue' : m.anywhere.has(name) ? 'behindRef' : undefined;
}

function isGenericName(def: FnDef, name: string): boolean {
  return def.generics.names.includes(name);
}

const cache = new WeakMap<object, number[]>();
const throughCache = new WeakMap<object, number[]>();
const storeCache = new WeakMap<object, readonly ArgStore[]>();

/** `from`'s borrows are stored where the `&mut` argument `into` points (`v.push(&x)` puts `x`'s loan in `v`). */
export interface ArgStore {
  readonly from: number;
  readonly into: number;
}

/**
 * By the declaration: a `&mut self` (or `&mut X<T>`) parameter whose referent mentions an owner's
 * type parameter that another parameter passes by value.
 */
export function argumentStores(def: FnDef): ArgStore[] {
  const sig = def.node.sig;
  const owner = def.generics.parent?.names ?? [];
  const intoParams: { index: number; names: Set<string> }[] = [];
  const byValue: Mentions[] = [];
  let index = 0;
  if (sig.selfParam) {
    if (sig.selfParam.mode === 'refMut' && !sig.selfParam.ty) intoParams.push({ index, names: new Set(owner) });
    byValue.push(fresh());
    index++;
  }
  for (const p of sig.params) {
    const m = fresh();
    mentions(p.ty, m, false);
    if (p.ty.kind === 'RefType' && p.ty.isMut) {
      const inner = fresh();
      mentions(p.ty.ty, inner, false);
      intoParams.push({ index, names: inner.anywhere });
    }
    byValue.push(m);
    index++;
  }
  const out: ArgStore[] = [];
  for (const into of intoParams) {
    byValue.forEach((m, from) => {
      if (from !== into.index && [...m.byValue].some((n) => into.names.has(n) && def.generics.names.includes(n))) out.push({ from, into: into.index });
    });
  }
  return out;
}

/**
 * std items the MIR builder calls for desugarings, which have no declaration to read: each
 * returns a borrow of (or a value made from) its first argument (`&v[0]` is `*Index::index(&v, 0)`).
 */
const FROM_FIRST = new Set([
  'core::ops::Deref::deref', 'core::ops::DerefMut::deref_mut', 'core::ops::Index::index', 'core::ops::IndexMut::index_mut',
  'core::iter::IntoIterator::into_iter', 'core::ops::Try::branch',
  // `vec![a, b]` and `vec![x; n]`: the vector holds the elements it is made of.
  'alloc::boxed::box_assume_init_into_vec_unsafe', 'alloc::vec::from_elem',
]);

/**
 * Whether every lifetime in a value of this std type is one of the loans it holds: its type
 * arguments hold no reference, closure, user type with a lifetime, or unknown type
 * (`SplitWhitespace`, `Iter<i32>`, `IterMut<String>`, not `Iter<&str>` nor `Map<_, closure>`).
 */
function ownLoansOnly(ty: Ty): boolean {
  if (ty.k !== 'adt' || !ty.def.std) return false;
  return !ty.args.some((a) => someTy(a, (t) => !PLAIN.has(t.k) || (t.k === 'adt' && !t.def.std && mayCarryLoans(t))));
}

const PLAIN = new Set<Ty['k']>(['bool', 'char', 'int', 'float', 'str', 'tuple', 'array', 'slice', 'adt']);

/** The receivers of std methods the MIR builder calls for desugarings (a `for` loop's `next`), which have no declaration. */
const DESUGARED_RECEIVERS: Record<string, A.SelfParam['mode']> = nameTable({ 'core::iter::Iterator::next': 'refMut' });

function stdMethod(func: Operand): A.SelfParam['mode'] | undefined {
  if (func.kind !== 'constant' || func.constant.value.kind !== 'fn') return undefined;
  const def = func.constant.value.def as Partial<FnDef>;
  if (!def.std) return undefined;
  if (def.kind !== 'fn') return def.path ? DESUGARED_RECEIVERS[def.path] : undefined;
  const self = def.node?.sig.selfParam;
  return self && !self.ty ? self.mode : undefined;
}

/**
 * std iterator adapters whose `Item` is made only of their inner iterators' items, as their
 * declarations' `impl Iterator` say (`Filter<I, P>`: `I::Item`; `Zip<A, B>`: `(A::Item, B::Item)`;
 * `Copied<I>`: the `T` of `I::Item = &T`): a closure among their type arguments only decides which
 * items pass or watches them, it gives none.
 */
const ITEM_PRESERVING = new Set([
  'Filter', 'Rev', 'Skip', 'Take', 'StepBy', 'Peekable', 'SkipWhile', 'TakeWhile', 'Inspect', 'Enumerate',
  'Zip', 'Chain', 'Cycle', 'Copied', 'Cloned', 'Fuse',
]);

/**
 * std adapters whose items are what their closure returns (`Map<I, F>`: `B`; `FilterMap`,
 * `MapWhile`: the `B` of its `Option<B>`; `FlatMap<I, U, F>`: the items of the `U` it returns;
 * `Scan<I, St, F>`: the `B` of its `Option<B>`), by the position of the closure (and of `scan`'s
 * state) among their type arguments.
 */
const MAPPING: Readonly<Record<string, { closure: number; state?: number }>> = nameTable({
  Map: { closure: 1 }, FilterMap: { closure: 1 }, MapWhile: { closure: 1 }, FlatMap: { closure: 2 }, Scan: { closure: 2, state: 1 },
});

/**
 * std iterators over a collection (or an `Option`) whose declared `Item` is made of every
 * parameter they have (`slice::Iter<'a, T>`: `&'a T`; `vec::IntoIter<T>`: `T`;
 * `hash_map::Iter<'a, K, V>`: `(&'a K, &'a V)`), of any element type (`Iter<&str>`): an item may
 * carry anything the iterator holds. `Keys`, `Values` and `Drain` leave a parameter out.
 */
const WHOLE_ITEMS = new Set([
  'slice::Iter', 'slice::IterMut', 'slice::Windows', 'slice::Chunks', 'vec::IntoIter', 'array::IntoIter', 'option::Iter',
  'collections::hash_map::Iter', 'collections::hash_map::IterMut', 'collections::hash_map::IntoIter',
  'collections::btree_map::Iter', 'collections::btree_map::IterMut', 'collections::btree_map::IntoIter', 'collections::btree_map::Range',
  'collections::hash_set::Iter', 'collections::hash_set::IntoIter', 'collections::btree_set::Iter', 'collections::btree_set::IntoIter',
  'collections::vec_deque::Iter',
]);

/** Whether a closure (by its definition) may return what it is given. */
export type ReturnsArgument = (closure: Def) => boolean;

/**
 * An iterator whose items borrow only what the iterators at its bottom lend, closures in it aside;
 * through `Map<I, F>` (and the other MAPPING adapters) only when `F` may return (part of) its
 * argument, so that `map`'s items are tied to `I::Item` as rustc's inference ties them (a closure
 * giving `"text"` ties nothing). `'plain'` when an iterator at the bottom has elements that hold
 * loans themselves (`Iter<&str>`): an item is then `&&str`, whose loans the checker does not tell
 * apart from the `&str` a deref coercion or `copied()` makes of it, so only the loans of places
 * that hold none (the `Vec<i32>` of a `zip`) are the items' for certain.
 */
function itemsFromInner(ty: Ty, returnsArgument: ReturnsArgument | undefined, depth = 0): ItemLoans | undefined {
  if (ownLoansOnly(ty)) return 'items';
  if (depth > 16 || ty.k !== 'adt' || !ty.def.std) return undefined;
  if (ty.def.path !== undefined && WHOLE_ITEMS.has(ty.def.path) && !ty.args.some((a) => someTy(a, (t) => t.k === 'closure'))) return 'plain';
  const mapping = MAPPING[ty.def.name];
  if (mapping) {
    const inner = ty.args[0];
    const f = ty.args[mapping.closure];
    if (mapping.state !== undefined) {
      // `scan`'s items may be made from its state, which the closure is given beside the item.
      const state = ty.args[mapping.state];
      if (state === undefined || mayCarryLoans(state)) return undefined;
    }
    if (inner === undefined || f?.k !== 'closure' || returnsArgument === undefined || !returnsArgument(f.def)) return undefined;
    return itemsFromInner(inner, returnsArgument, depth + 1);
  }
  if (!ITEM_PRESERVING.has(ty.def.name)) return undefined;
  const inner = ty.args.filter((a) => a.k !== 'closure');
  let loans: ItemLoans | undefined = inner.length > 0 ? 'items' : undefined;
  for (const a of inner) {
    const got = itemsFromInner(a, returnsArgument, depth + 1);
    if (got === undefined) return undefined;
    if (got === 'plain') loans = 'plain';
  }
  return loans;
}

type ItemLoans = Exclude<ItemFlow, 'all'>;

/** Whether a std method's only parameters besides `self` are counts (`take(n)`), nothing that could lend a reference. */
function selfOnly(func: Operand): boolean {
  if (func.kind !== 'constant' || func.constant.value.kind !== 'fn') return false;
  const def = func.constant.value.def as Partial<FnDef>;
  if (def.kind !== 'fn') return def.path !== undefined && def.path in DESUGARED_RECEIVERS;
  return !!def.node && def.node.sig.params.every((p) => p.ty.kind === 'PathType' && p.ty.path.segments.length === 1 && p.ty.path.segments[0]!.ident.name === 'usize');
}

/**
 * A std method taking `self` by value from such a value: every reference in its result can only
 * be one the receiver lent (`collect()`, `max()`), as the trait bounds that tie them
 * (`FromIterator<Self::Item>`) say and elision cannot. `'all'`: whatever the receiver holds;
 * `'items'`: an adapter holding closures (`filter(|x| **x > limit)`), whose items carry what its
 * inner iterators hold but not what the closures captured, for a method given nothing else;
 * `'plain'`: of those, only loans of places holding none (itemsFromInner).
 */
export function resultFromReceiver(func: Operand, receiver: Ty | undefined, returnsArgument?: ReturnsArgument): ItemFlow | undefined {
  if (stdMethod(func) !== 'value' || receiver === undefined) return undefined;
  if (ownLoansOnly(receiver)) return 'all';
  return selfOnly(func) ? itemsFromInner(receiver, returnsArgument) : undefined;
}

/**
 * A std method taking `&self`/`&mut self` of such a value: its result may be what the value lends
 * (`next()` of an `IterMut` yields a `&mut` into the vector it borrows, `Self::Item`); of an
 * adapter holding closures, only its items' loans (`'items'`, as for `resultFromReceiver`).
 */
export function resultFromReferent(func: Operand, referent: Ty | undefined, returnsArgument?: ReturnsArgument): ItemFlow | undefined {
  const self = stdMethod(func);
  if (self === undefined || self === 'value' || referent === undefined) return undefined;
  if (ownLoansOnly(referent)) return 'all';
  return selfOnly(func) ? itemsFromInner(referent, returnsArgument) : undefined;
}

/**
 * `Scope::spawn(&'scope self, f: F) where F: 'scope`: the closure must live for `'scope`, and
 * `Scope` is invariant in it, so that region is the one `thread::scope` gave the body, which
 * outlives every point of it. The declaration's bound alone does not say so (variance), hence by name.
 */
export function outlivesBody(func: Operand): readonly number[] {
  if (func.kind !== 'constant' || func.constant.value.kind !== 'fn') return [];
  const def = func.constant.value.def as Partial<FnDef>;
  if (!def.std || def.kind !== 'fn' || def.name !== 'spawn' || def.owner?.kind !== 'impl') return [];
  const self = def.owner.node.selfTy;
  const last = self.kind === 'PathType' ? self.path.segments[self.path.segments.length - 1]?.ident.name : undefined;
  return last === 'Scope' && def.node?.sig.selfParam ? [1] : [];
}

export const DECLARED_SIGNATURES: CallSignatures = {
  resultFromReceiver,
  resultFromReferent,
  outlivesBody,
  argumentStores(func: Operand): readonly ArgStore[] {
    if (func.kind !== 'constant' || func.constant.value.kind !== 'fn') return [];
    const def = func.constant.value.def as Partial<FnDef>;
    if (def.kind !== 'fn' || !def.node) return [];
    let stores = storeCache.get(def);
    if (!stores) {
      stores = argumentStores(def as FnDef);
      storeCache.set(def, stores);
    }
    return stores;
  },
  returnBorrowsThrough(func: Operand): readonly number[] {
    if (func.kind !== 'constant' || func.constant.value.kind !== 'fn') return [];
    const def = func.constant.value.def as Partial<FnDef>;
    if (def.kind !== 'fn' || !def.node) return [];
    let through = throughCache.get(def);
    if (!through) {
      through = returnBorrowsThrough(def as FnDef);
      throughCache.set(def, through);
    }
    return through;
  },
  returnBorrowsFrom(func: Operand): readonly number[] {
    if (func.kind !== 'constant' || func.constant.value.kind !== 'fn') return [];
    const def = func.constant.value.def as Partial<FnDef>;
    if (def.std && def.path && FROM_FIRST.has(def.path)) return [0];
    if (def.kind !== 'fn' || !def.node) return [];
    let flows = cache.get(def);
    if (!flows) {
      flows = returnBorrowsFrom(def as FnDef);
      cache.set(def, flows);
    }
    return flows;
  },
};
