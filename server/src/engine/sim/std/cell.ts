// `Cell<T>` and `RefCell<T>`: interior mutability, stored inline where the cell lives. A
// `RefCell` tracks its borrow state (shared count or one mutable borrow); `borrow`/`borrow_mut`
// hand out `Ref`/`RefMut` guards that are ordinary values, so the borrow ends exactly when the
// guard drops (end of statement for a temporary, end of scope for a binding, `drop(guard)`,
// or unwinding). A conflicting borrow panics with std's message at the caller's location.
import { formattedPanic } from './panicMessage';
import type { Interp } from '../interp/interp';
import type { Span } from '../ir';
import type { PanicNote } from '../../../../../protocol/trace';
import { eqValues, cmpValues } from '../interp/ops';
import { isCopy, copyValue } from '../interp/copy';
import { CapRef, Native, Ref, UNIT, type NativeClass, type Value, type Root } from '../values';
import { ok, err } from './builtins';
import { debugStruct } from './fmt';
import { defineMethods, definePath, method } from './registry';
import { forwardToTarget, GUARD_FORWARDS } from './deref';
import { heapPointers } from './pointers';
import { defaultOf } from './default';
import { newString } from './string';
import { newVec } from './vec';
import { pathTy, type Ty } from '../types';
import { Arr, BoxV, Char, Enum, Float, Int, StringV, Struct, Tuple, VecV } from '../values';
import { NONE, OPTION } from './builtins';

export interface CellData {
  I: Interp;
  /** One-slot array so references into the cell are ordinary places. */
  slot: Value[];
  /** The contents' type, the checker's (`T` of `Cell<T>`); null where it could not spell it. */
  ty: Ty | null;
}

export interface RefCellData extends CellData {
  /** > 0: that many shared borrows; -1: mutably borrowed; 0: free. */
  borrow: number;
  /** The guards alive now, to say which one a conflicting borrow ran into. */
  guards?: Set<GuardData>;
}

interface GuardData {
  I: Interp;
  cell: RefCellData;
  mut: boolean;
  root: Root;
  /** The frame slot of the variable the cell lives in (-1 when it lives on the heap). */
  rootSlot: number;
  released: boolean;
  /** Where `borrow()`/`borrow_mut()` was called. */
  at: Span;
}

/** A cell's type name: its contents' type as the checker gave it, `_` where it did not. */
export function cellTypeName(name: string, ty: Ty | null): string {
  return `${name}<${ty ? ty.text : '_'}>`;
}

/** The `T` of the `name<T>` a call makes (`Cell<T>`, `Mutex<T>`), as the checker typed the call. */
export function contentsTy(ty: Ty | null | undefined, name: string): Ty | null {
  return ty?.k === 'path' && ty.name === name ? (ty.args[0] ?? null) : null;
}

export const CELL: NativeClass = {
  name: 'Cell',
  pointers: (d: CellData) => heapPointers(d.slot[0]),
  typeName: (d: CellData) => cellTypeName('Cell', d.ty),
  needsDrop: (d: CellData) => d.slot[0] !== undefined && typeof d.slot[0] === 'object',
  // The contents have no name of their own in Rust: they are dropped as the cell, `path`.
  drop: (d: CellData, path: string) => d.I.drop(d.slot[0], 'owner', path),
  clone: (d: CellData): CellData => ({ I: d.I, slot: [copyValue(d.slot[0])], ty: d.ty }),
  debug: (d: CellData, item, pretty) => debugStruct('Cell', [['value', item(d.slot[0])]], pretty),
  // What the cell holds, as its `Debug` shows it: the panel draws cells with their contents.
  summary: (d: CellData, inner) => (inner ? `Cell { value: ${inner(d.slot[0])} }` : cellTypeName('Cell', d.ty)),
  eq: (a: CellData, b: CellData) => eqValues(a.I, a.slot[0], b.slot[0]),
  cmp: (a: CellData, b: CellData) => cmpValues(a.I, a.slot[0], b.slot[0]),
};

export const REFCELL: NativeClass = {
  name: 'RefCell',
  pointers: (d: RefCellData) => heapPointers(d.slot[0]),
  typeName: (d: RefCellData) => cellTypeName('RefCell', d.ty),
  needsDrop: () => true,
  drop: (d: RefCellData, path: string) => d.I.drop(d.slot[0], 'owner', path),
  clone: (d: RefCellData): RefCellData => {
    if (d.borrow < 0) conflict(d.I, d, 'RefCell already mutably borrowed');
    return { I: d.I, slot: [d.I.clone(d.slot[0])], ty: d.ty, borrow: 0 };
  },
  debug: (d: RefCellData, item, pretty) => debugStruct('RefCell', [['value', d.borrow < 0 ? '<borrowed>' : item(d.slot[0])]], pretty),
  summary: (d: RefCellData, inner) => {
    const state = d.borrow < 0 ? ' (borrowed mutably)' : d.borrow > 0 ? ` (${d.borrow} shared borrow${d.borrow > 1 ? 's' : ''})` : '';
    return inner ? `RefCell { value: ${inner(d.slot[0])} }${state}` : `RefCell${state}`;
  },
  eq: (a: RefCellData, b: RefCellData) => eqValues(a.I, a.slot[0], b.slot[0]),
  cmp: (a: RefCellData, b: RefCellData) => cmpValues(a.I, a.slot[0], b.slot[0]),
};

/** The borrow state as the trace shows it. */
export function refCellBorrow(cell: Native): 'unborrowed' | { shared: number } | 'mutable' {
  const b = (cell.data as RefCellData).borrow;
  return b < 0 ? 'mutable' : b > 0 ? { shared: b } : 'unborrowed';
}

function guardClass(mut: boolean): NativeClass {
  return {
    name: mut ? 'RefMut' : 'cell::Ref',
    typeName: (d: GuardData) => cellTypeName(mut ? 'RefMut' : 'Ref', d.cell.ty),
    needsDrop: (d: GuardData) => !d.released,
    drop: (d: GuardData) => release(d),
    deref: (d: GuardData) => new Ref(d.cell.slot, 0, mut, d.root),
    lends: (d: GuardData) => (d.released ? undefined : { place: new Ref(d.cell.slot, 0, mut, d.root, d.rootSlot), cell: d.cell }),
    summary: () => (mut ? 'RefMut { .. }' : 'Ref { .. }'),
    eq: (a: GuardData, b: GuardData) => eqValues(a.I, a.cell.slot[0], b.cell.slot[0]),
    cmp: (a: GuardData, b: GuardData) => cmpValues(a.I, a.cell.slot[0], b.cell.slot[0]),
  };
}

export const BORROW_REF = guardClass(false);
export const BORROW_MUT = guardClass(true);
// Guards are not `Clone`: `guard.clone()` clones the borrowed value, as auto-deref finds it.
forwardToTarget('cell::Ref', GUARD_FORWARDS);
forwardToTarget('RefMut', GUARD_FORWARDS);

function release(d: GuardData): void {
  if (d.released) return;
  d.released = true;
  if (d.mut) d.cell.borrow = 0;
  else d.cell.borrow--;
  d.cell.guards?.delete(d);
  touchRoot(d.I, d.root);
}

function touchRoot(I: Interp, root: Root): void {
  if (I.rec && root) I.rec.dirty(root);
}

// ------------------------------------------------------------------------------ arguments

function cellOf<T>(I: Interp, v: Value, cls: NativeClass, what: string): T {
  for (let i = 0; i < 12; i++) {
    if (v instanceof Native && v.cls === cls) return v.data as T;
    if (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
    else break;
  }
  return I.unsupported(`\`${what}\` on \`${I.typeName(v)}\``);
}

function recvRoot(I: Interp): Root {
  return I.recv ? I.recv.root : null;
}

// ------------------------------------------------------------------------------ borrow errors

export const BORROW_ERROR: NativeClass = {
  name: 'BorrowError',
  typeName: (d: { mut: boolean }) => (d.mut ? 'BorrowMutError' : 'BorrowError'),
  debug: (d: { mut: boolean }) => (d.mut ? 'BorrowMutError' : 'BorrowError'),
  display: (d: { mut: boolean }) => (d.mut ? 'already borrowed' : 'already mutably borrowed'),
};

function guard(I: Interp, c: RefCellData, root: Root, mut: boolean): Native {
  const g: GuardData = { I, cell: c, mut, root, rootSlot: I.recv?.root === root ? I.recv.rootSlot : -1, released: false, at: I.site.sp };
  (c.guards ??= new Set()).add(g);
  touchRoot(I, root);
  return new Native(mut ? BORROW_MUT : BORROW_REF, g);
}

function borrowShared(I: Interp, c: RefCellData, root: Root): Native {
  c.borrow++;
  return guard(I, c, root, false);
}

function borrowMut(I: Interp, c: RefCellData, root: Root): Native {
  c.borrow = -1;
  return guard(I, c, root, true);
}

/** std's panic for a borrow that conflicts, with the borrows still alive as its notes. */
function conflict(I: Interp, c: RefCellData, message: string): never {
  const notes: PanicNote[] = [...(c.guards ?? [])].map((g) => ({
    line: g.at.l + 1,
    column: g.at.c + 1,
    message: g.mut
      ? 'the mutable borrow taken here (a `RefMut`) is still alive'
      : 'a shared borrow taken here (a `Ref`) is still alive',
  }));
  // std formats the borrow error with `{}`: one write into the payload's `String`.
  throw formattedPanic(I, (sink) => sink(message), undefined, notes);
}

/** What `borrow_mut` would panic with, for the methods that borrow mutably for a moment. */
function requireUnborrowed(I: Interp, c: RefCellData): void {
  if (c.borrow !== 0) conflict(I, c, 'RefCell already borrowed');
}

// ------------------------------------------------------------------------------ Cell

definePath('Cell::new', (I, args, site) => new Native(CELL, { I, slot: [args[0]], ty: contentsTy(site.ty, 'Cell') } satisfies CellData));
definePath('RefCell::new', (I, args, site) => new Native(REFCELL, { I, slot: [args[0]], ty: contentsTy(site.ty, 'RefCell'), borrow: 0 } satisfies RefCellData));
definePath('Cell::from', (I, args, site) => new Native(CELL, { I, slot: [args[0]], ty: contentsTy(site.ty, 'Cell') } satisfies CellData));
definePath('RefCell::from', (I, args, site) => new Native(REFCELL, { I, slot: [args[0]], ty: contentsTy(site.ty, 'RefCell'), borrow: 0 } satisfies RefCellData));

defineMethods('Cell', {
  get: method('ref', (I, self) => {
    const c = cellOf<CellData>(I, self, CELL, 'get');
    const v = c.slot[0];
    return isCopy(v) ? copyValue(v) : I.unsupported('`Cell::get` on a type that is not `Copy`');
  }),
  set: method('ref', (I, self, args) => {
    const c = cellOf<CellData>(I, self, CELL, 'set');
    const old = c.slot[0];
    c.slot[0] = args[0];
    touchRoot(I, recvRoot(I));
    I.drop(old, 'assign', 'old value', '`Cell::set` replaced it');
    return UNIT;
  }),
  replace: method('ref', (I, self, args) => {
    const c = cellOf<CellData>(I, self, CELL, 'replace');
    const old = c.slot[0];
    c.slot[0] = args[0];
    touchRoot(I, recvRoot(I));
    return old;
  }),
  take: method('ref', (I, self) => {
    const c = cellOf<CellData>(I, self, CELL, 'take');
    const old = c.slot[0];
    c.slot[0] = defaultLike(I, old);
    touchRoot(I, recvRoot(I));
    return old;
  }),
  into_inner: method('value', (I, self) => cellOf<CellData>(I, self, CELL, 'into_inner').slot[0]),
  get_mut: method('mut', (I, self) => new Ref(cellOf<CellData>(I, self, CELL, 'get_mut').slot, 0, true, recvRoot(I))),
  swap: method('ref', (I, self, args) => {
    const a = cellOf<CellData>(I, self, CELL, 'swap');
    const b = cellOf<CellData>(I, args[0], CELL, 'swap');
    const t = a.slot[0];
    a.slot[0] = b.slot[0];
    b.slot[0] = t;
    return UNIT;
  }),
});

// ------------------------------------------------------------------------------ RefCell

defineMethods('RefCell', {
  borrow: method('ref', (I, self) => {
    const c = cellOf<RefCellData>(I, self, REFCELL, 'borrow');
    if (c.borrow < 0) conflict(I, c, 'RefCell already mutably borrowed');
    return borrowShared(I, c, recvRoot(I));
  }),
  borrow_mut: method('ref', (I, self) => {
    const c = cellOf<RefCellData>(I, self, REFCELL, 'borrow_mut');
    requireUnborrowed(I, c);
    return borrowMut(I, c, recvRoot(I));
  }),
  try_borrow: method('ref', (I, self) => {
    const c = cellOf<RefCellData>(I, self, REFCELL, 'try_borrow');
    if (c.borrow < 0) return err(new Native(BORROW_ERROR, { mut: false }));
    return ok(borrowShared(I, c, recvRoot(I)));
  }),
  try_borrow_mut: method('ref', (I, self) => {
    const c = cellOf<RefCellData>(I, self, REFCELL, 'try_borrow_mut');
    if (c.borrow !== 0) return err(new Native(BORROW_ERROR, { mut: true }));
    return ok(borrowMut(I, c, recvRoot(I)));
  }),
  replace: method('ref', (I, self, args) => {
    const c = cellOf<RefCellData>(I, self, REFCELL, 'replace');
    requireUnborrowed(I, c);
    const old = c.slot[0];
    c.slot[0] = args[0];
    touchRoot(I, recvRoot(I));
    return old;
  }),
  replace_with: method('ref', (I, self, args) => {
    const c = cellOf<RefCellData>(I, self, REFCELL, 'replace_with');
    requireUnborrowed(I, c);
    c.borrow = -1;
    let next: Value;
    try {
      next = I.callValue(args[0], [new Ref(c.slot, 0, true, recvRoot(I))]);
    } finally {
      c.borrow = 0;
    }
    const old = c.slot[0];
    c.slot[0] = next;
    touchRoot(I, recvRoot(I));
    return old;
  }),
  take: method('ref', (I, self) => {
    const c = cellOf<RefCellData>(I, self, REFCELL, 'take');
    requireUnborrowed(I, c);
    const old = c.slot[0];
    c.slot[0] = defaultLike(I, old);
    touchRoot(I, recvRoot(I));
    return old;
  }),
  into_inner: method('value', (I, self) => cellOf<RefCellData>(I, self, REFCELL, 'into_inner').slot[0]),
  get_mut: method('mut', (I, self) => new Ref(cellOf<RefCellData>(I, self, REFCELL, 'get_mut').slot, 0, true, recvRoot(I))),
  swap: method('ref', (I, self, args) => {
    const a = cellOf<RefCellData>(I, self, REFCELL, 'swap');
    const b = cellOf<RefCellData>(I, args[0], REFCELL, 'swap');
    requireUnborrowed(I, a);
    requireUnborrowed(I, b);
    const t = a.slot[0];
    a.slot[0] = b.slot[0];
    b.slot[0] = t;
    return UNIT;
  }),
});

const nativeDefaults = new Map<NativeClass, (I: Interp, data: any) => Value>();

/** Lets a std type say what its `Default` is (an empty map, a zero atomic ...). */
export function defineNativeDefault(cls: NativeClass, fn: (I: Interp, data: any) => Value): void {
  nativeDefaults.set(cls, fn);
}

/**
 * `Default::default()` of the type of `v` (what `Cell::take`, `RefCell::take` and `mem::take` put
 * back), decided from the value because the simulator's values carry their types.
 */
export function defaultLike(I: Interp, v: Value): Value {
  if (v instanceof Int) return new Int(v.ty, 0);
  if (v instanceof Float) return new Float(v.ty, 0);
  if (typeof v === 'boolean') return false;
  if (v instanceof Char) return new Char(0);
  if (v instanceof StringV) return newString(I, '', 0);
  if (v instanceof VecV) return newVec(I, [], 0, v.elemTy);
  if (v instanceof Tuple) return new Tuple(v.items.map((x) => defaultLike(I, x)));
  if (v instanceof Arr) return new Arr(v.items.map((x) => defaultLike(I, x)));
  if (v instanceof Enum && v.def === OPTION) return NONE;
  if (v instanceof Struct || v instanceof Enum) return defaultOf(I, pathTy(v.def.name), I.site.sp);
  const d = v instanceof Native ? nativeDefaults.get(v.cls) : undefined;
  if (d) return d(I, (v as Native).data);
  void BoxV;
  return I.unsupported(`\`Default\` for \`${I.typeName(v)}\``);
}
