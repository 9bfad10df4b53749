// `Rc<T>`, `rc::Weak<T>`, `Arc<T>` and `sync::Weak<T>`: one heap block holds the value and the
// two counters (std's `RcBox`/`ArcInner`). The value drops when the strong count reaches zero; the
// block is freed when the weak count does too, so a `Weak` keeps a dropped value's memory. Every
// count change is an `rc` trace event. `Arc` behaves exactly as `Rc` here: the simulator runs one
// thread at a time, so atomicity cannot be observed.
import type { Interp } from '../interp/interp';
import { derefPlace } from '../trace/placeNames';
import { layoutOfTy, stdTy } from '../layout';
import type { Ty } from '../types';
import { eqValues, cmpValues } from '../interp/ops';
import { Arr, CapRef, Native, Ref, Slice, Str, StringV, VecV, HeapBlock, type NativeClass, type Value, Int, USIZE } from '../values';
import { NONE, some, ok, err } from './builtins';
import { definePath, defineMethods, method } from './registry';
import { describeBlocks } from '../trace/recorder';
import { forwardToTarget } from './deref';
import { REFCELL, refCellBorrow } from './cell';

/** The counters of an `RcBox`/`ArcInner`, kept in `HeapBlock.data`; the value is `block.items[0]`. */
export interface RcBox {
  strong: number;
  /** Weak pointers only (std's hidden extra weak reference held by the strong ones is not counted). */
  weak: number;
  atomic: boolean;
  /** The value's type (`T`, `str`, `[T]`), the checker's: what sizes the block and names it. */
  inner: Ty;
  /** The value is gone (dropped, or moved out by `try_unwrap`/`make_mut`); `Weak`s keep the memory. */
  dropped: boolean;
  /**
   * The value is being dropped: the strong pointers' hidden weak reference still holds the
   * block, so a `Weak` released meanwhile (by the value's own fields) does not free it.
   */
  dropping?: boolean;
}

export interface RcData {
  I: Interp;
  block: HeapBlock;
  /** The line that made this strong pointer (`Rc::new`, `clone`, `upgrade`): a cycle edge's origin. */
  line: number;
}

export interface WeakData {
  I: Interp;
  /** null for `Weak::new()`, which allocates nothing. */
  block: HeapBlock | null;
  atomic: boolean;
  /** The pointee's type, the checker's (a `Weak::new()` has no block to read it from). */
  inner: Ty | null;
}

export function rcBox(b: HeapBlock): RcBox {
  return b.data as RcBox;
}

function ptrName(atomic: boolean): string {
  return atomic ? 'Arc' : 'Rc';
}

function innerTypeName(b: HeapBlock): string {
  return rcBox(b).inner.text;
}

function event(I: Interp, b: HeapBlock): void {
  const c = rcBox(b);
  if (I.rec) I.rec.event({ kind: 'rc', block: b.id, strong: c.strong, weak: c.weak });
  I.touch(b);
}

function line(I: Interp): number {
  return I.site.sp.l + 1;
}

export const RC: NativeClass = {
  name: 'Rc',
  typeName: (d: RcData) => `${ptrName(rcBox(d.block).atomic)}<${innerTypeName(d.block)}>`,
  needsDrop: () => true,
  drop: (d: RcData, path: string) => releaseStrong(d.I, d.block, path),
  clone: (d: RcData): RcData => {
    retainStrong(d.I, d.block);
    return { I: d.I, block: d.block, line: line(d.I) };
  },
  deref: (d: RcData) => new Ref(d.block.items, 0, false, d.block),
  summary: (d: RcData) => `${ptrName(rcBox(d.block).atomic)}(#${d.block.id})`,
  pointers: (d: RcData) => [{ block: d.block, kind: 'strong', via: '' }],
  eq: (a: RcData, b: RcData) => eqValues(a.I, a.block.items[0], b.block.items[0]),
  cmp: (a: RcData, b: RcData) => cmpValues(a.I, a.block.items[0], b.block.items[0]),
};

export const WEAK: NativeClass = {
  name: 'Weak',
  typeName: (d: WeakData) => `${d.atomic ? 'sync' : 'rc'}::Weak<${d.block ? innerTypeName(d.block) : (d.inner?.text ?? '_')}>`,
  needsDrop: (d: WeakData) => d.block !== null,
  drop: (d: WeakData) => releaseWeak(d.I, d.block),
  clone: (d: WeakData): WeakData => {
    if (d.block) {
      rcBox(d.block).weak++;
      event(d.I, d.block);
    }
    return { I: d.I, block: d.block, atomic: d.atomic, inner: d.inner };
  },
  debug: () => '(Weak)',
  summary: (d: WeakData) => (d.block ? `Weak(#${d.block.id})` : 'Weak(dangling)'),
  pointers: (d: WeakData) => (d.block ? [{ block: d.block, kind: 'weak', via: '' }] : []),
};

// ------------------------------------------------------------------------------ counting

/**
 * A new `RcBox<T>`/`ArcInner<T>` (`repr(C)`: the two counters, then the value) holding `value` of
 * type `inner`: `str` and `[T]` take their length from the value, everything else its size from
 * the type alone.
 */
export function newRc(I: Interp, value: Value, atomic: boolean, inner: Ty, kind = 'rc'): Native {
  const l = valueLayout(I, value, inner, kind);
  const align = Math.max(8, l.align);
  const size = Math.ceil((Math.ceil(16 / l.align) * l.align + l.size) / align) * align;
  const b = I.alloc(kind, `${atomic ? 'ArcInner' : 'RcBox'}<${inner.text}>`, size);
  b.items = [value];
  b.data = { strong: 1, weak: 0, atomic, inner, dropped: false } satisfies RcBox;
  event(I, b);
  return new Native(RC, { I, block: b, line: line(I) } satisfies RcData);
}

function valueLayout(I: Interp, value: Value, inner: Ty, kind: string): { size: number; align: number } {
  if (kind === 'rc-str') return { size: Buffer.byteLength((value as Str).s), align: 1 };
  const one = kind === 'rc-slice' ? (inner.k === 'slice' ? inner.elem : null) : inner;
  const l = one && layoutOfTy(one, I.prog);
  if (!l) return I.unsupported(`the size of \`${inner.text}\``);
  return kind === 'rc-slice' ? { size: l.size * (value as Arr).items.length, align: l.align } : l;
}

/** The `T` of the `Rc<T>`/`Arc<T>`/`Weak<T>` a call makes, as the checker typed the call. */
function pointeeOf(ty: Ty | null | undefined): Ty | undefined {
  return ty?.k === 'path' && (ty.name === 'Rc' || ty.name === 'Arc' || ty.name === 'Weak') ? ty.args[0] : undefined;
}

function madeOf(I: Interp, ty: Ty | null | undefined, what: string): Ty {
  return pointeeOf(ty) ?? I.unsupported(`\`${what}\` whose type is not known here`);
}

function retainStrong(I: Interp, b: HeapBlock): void {
  rcBox(b).strong++;
  event(I, b);
}

/** One strong pointer goes away: the last one drops the value, and frees the block if no `Weak` remains. */
function releaseStrong(I: Interp, b: HeapBlock, path?: string): void {
  const c = rcBox(b);
  if (c.strong === 0) return;
  c.strong--;
  event(I, b);
  if (c.strong > 0) return;
  const v = b.items[0];
  b.items[0] = undefined;
  c.dropped = true;
  c.dropping = true;
  try {
    I.drop(v, 'last-strong', path ? derefPlace(path) : `the value of the ${ptrName(c.atomic)}`, `the last strong \`${ptrName(c.atomic)}\` to block #${b.id} went away`);
  } finally {
    c.dropping = false;
  }
  if (c.weak === 0) I.free(b);
  else I.touch(b);
}

function releaseWeak(I: Interp, b: HeapBlock | null): void {
  if (!b) return;
  const c = rcBox(b);
  if (c.weak === 0) return;
  c.weak--;
  event(I, b);
  if (c.weak === 0 && c.strong === 0 && !c.dropping) I.free(b);
}

// ------------------------------------------------------------------------------ arguments

function derefTo(v: Value, cls: NativeClass): Native | null {
  for (let i = 0; i < 12; i++) {
    if (v instanceof Native && v.cls === cls) return v;
    if (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
    else return null;
  }
  return null;
}

function rcArg(I: Interp, v: Value, what: string): Native {
  return derefTo(v, RC) ?? I.unsupported(`\`${what}\` on \`${I.typeName(v)}\``);
}

function weakArg(I: Interp, v: Value, what: string): Native {
  return derefTo(v, WEAK) ?? I.unsupported(`\`${what}\` on \`${I.typeName(v)}\``);
}

/** The place holding the `Rc` behind a `&mut Rc<T>` argument (for `get_mut`/`make_mut`). */
function rcPlace(I: Interp, v: Value, what: string): Native {
  return rcArg(I, v, what);
}

function usize(n: number): Int {
  return new Int(USIZE, n);
}

// ------------------------------------------------------------------------------ associated functions

/** `Rc::from(..)`: `&str`/`String` → `Rc<str>`, `Vec<T>`/arrays → `Rc<[T]>`, `T` → `Rc<T>`. */
function rcFrom(I: Interp, v: Value, atomic: boolean, inner: Ty): Native {
  if (v instanceof Str) return newRc(I, new Str(v.s), atomic, stdTy(I.prog, 'str'), 'rc-str');
  // The shared allocation is made first; the String's or Vec's buffer is freed once copied.
  if (v instanceof StringV) {
    const rc = newRc(I, new Str(v.block.text), atomic, stdTy(I.prog, 'str'), 'rc-str');
    I.drop(v, 'explicit', 'String', 'copied into the shared allocation');
    return rc;
  }
  if (v instanceof VecV) {
    const items = v.block.items.slice();
    v.block.items.length = 0;
    const rc = newRc(I, new Arr(items), atomic, inner, 'rc-slice');
    I.drop(v, 'explicit', 'Vec', 'elements moved into the shared allocation');
    return rc;
  }
  if (v instanceof Ref && v.arr[v.idx] instanceof Slice) {
    const s = v.arr[v.idx] as Slice;
    return newRc(I, new Arr(s.arr.slice(s.start, s.start + s.len).map((x) => I.clone(x))), atomic, inner, 'rc-slice');
  }
  if (v instanceof Slice) return newRc(I, new Arr(v.arr.slice(v.start, v.start + v.len).map((x) => I.clone(x))), atomic, inner, 'rc-slice');
  // `Rc<[u8]>::from(Rc<str>)` is the same shared data read as bytes, not an `Rc<Rc<str>>`; without
  // the target type the two cannot be told apart here.
  if (v instanceof Native && v.cls === RC && (v.data as RcData).block.kind === 'rc-str') return I.unsupported(`\`${atomic ? 'Arc' : 'Rc'}::from\` of an \`${atomic ? 'Arc' : 'Rc'}<str>\``);
  return newRc(I, v, atomic, inner);
}

function define(prefix: 'Rc' | 'Arc', atomic: boolean, weakKey: string): void {
  const P = prefix;
  definePath(`${P}::new`, (I, args, site) => newRc(I, args[0], atomic, madeOf(I, site.ty, `${P}::new`)));
  definePath(`${P}::from`, (I, args, site) => rcFrom(I, args[0], atomic, madeOf(I, site.ty, `${P}::from`)));
  definePath(`${P}::clone`, (I, args) => {
    const r = rcArg(I, args[0], `${P}::clone`);
    return new Native(RC, RC.clone!(r.data));
  });
  definePath(`${P}::strong_count`, (I, args) => usize(rcBox((rcArg(I, args[0], `${P}::strong_count`).data as RcData).block).strong));
  definePath(`${P}::weak_count`, (I, args) => usize(rcBox((rcArg(I, args[0], `${P}::weak_count`).data as RcData).block).weak));
  definePath(`${P}::downgrade`, (I, args) => {
    const b = (rcArg(I, args[0], `${P}::downgrade`).data as RcData).block;
    rcBox(b).weak++;
    event(I, b);
    return new Native(WEAK, { I, block: b, atomic, inner: rcBox(b).inner } satisfies WeakData);
  });
  definePath(`${P}::ptr_eq`, (I, args) => {
    const a = rcArg(I, args[0], `${P}::ptr_eq`).data as RcData;
    const b = rcArg(I, args[1], `${P}::ptr_eq`).data as RcData;
    return a.block === b.block;
  });
  definePath(`${P}::try_unwrap`, (I, args) => {
    const r = rcArg(I, args[0], `${P}::try_unwrap`);
    const d = r.data as RcData;
    if (rcBox(d.block).strong !== 1) return err(r);
    return ok(takeUnique(I, d.block));
  });
  definePath(`${P}::into_inner`, (I, args) => {
    const r = rcArg(I, args[0], `${P}::into_inner`);
    const d = r.data as RcData;
    if (rcBox(d.block).strong === 1) return some(takeUnique(I, d.block));
    releaseStrong(I, d.block);
    return NONE;
  });
  definePath(`${P}::get_mut`, (I, args) => {
    const d = rcPlace(I, args[0], `${P}::get_mut`).data as RcData;
    const c = rcBox(d.block);
    if (c.strong !== 1 || c.weak !== 0) return NONE;
    return some(new Ref(d.block.items, 0, true, d.block));
  });
  definePath(`${P}::make_mut`, (I, args) => {
    const r = rcPlace(I, args[0], `${P}::make_mut`);
    const d = r.data as RcData;
    const c = rcBox(d.block);
    if (c.strong !== 1) {
      // Shared: a fresh allocation, then the value cloned into it; this pointer moves to it.
      const old = d.block.items[0];
      const copy = newRc(I, old, atomic, c.inner, d.block.kind);
      const nb = (copy.data as RcData).block;
      nb.items[0] = undefined;
      nb.items[0] = I.clone(old);
      I.touch(nb);
      releaseStrong(I, d.block);
      r.data = copy.data;
    } else if (c.weak !== 0) {
      // Unique but observed by `Weak`s: the value moves out to a fresh allocation and the old
      // block, left with no strong owner, can no longer be upgraded.
      const v = d.block.items[0];
      d.block.items[0] = undefined;
      c.strong = 0;
      c.dropped = true;
      event(I, d.block);
      r.data = newRc(I, v, atomic, c.inner, d.block.kind).data;
    }
    const nd = r.data as RcData;
    return new Ref(nd.block.items, 0, true, nd.block);
  });
  definePath(`${P}::as_ptr`, (I) => I.unsupported(`\`${P}::as_ptr\``));

  definePath(`${weakKey}::new`, (I, _a, site) => new Native(WEAK, { I, block: null, atomic, inner: pointeeOf(site.ty) ?? null } satisfies WeakData));
}

/** Moves the value out of a block whose only strong pointer is being consumed. */
function takeUnique(I: Interp, b: HeapBlock): Value {
  const c = rcBox(b);
  const v = b.items[0];
  b.items[0] = undefined;
  c.strong = 0;
  rcBox(b).dropped = true;
  event(I, b);
  if (c.weak === 0) I.free(b);
  return v;
}

for (const kind of ['rc', 'rc-str', 'rc-slice']) {
  describeBlocks(kind, (b) => {
    const c = rcBox(b);
    const inner = b.items[0];
    const borrow = inner instanceof Native && inner.cls === REFCELL ? refCellBorrow(inner) : undefined;
    return { strong: c.strong, weak: c.weak, ...(c.dropped ? { dropped: true } : {}), ...(borrow ? { borrow } : {}) };
  });
}

define('Rc', false, 'rc::Weak');
// `rc.borrow()` on an `Rc<RefCell<T>>` is `RefCell::borrow` (the `Borrow` trait is not in the prelude).
forwardToTarget('Rc', ['borrow', 'borrow_mut']);
define('Arc', true, 'sync::Weak');

defineMethods('Rc', {
  clone: method('ref', (_I, self) => {
    const r = self as Native;
    return new Native(RC, RC.clone!(r.data));
  }),
});

defineMethods('Weak', {
  upgrade: method('ref', (I, self) => {
    const d = weakArg(I, self, 'upgrade').data as WeakData;
    if (!d.block || rcBox(d.block).strong === 0) return NONE;
    retainStrong(I, d.block);
    return some(new Native(RC, { I, block: d.block, line: line(I) } satisfies RcData));
  }),
  strong_count: method('ref', (I, self) => {
    const d = weakArg(I, self, 'strong_count').data as WeakData;
    return usize(d.block ? rcBox(d.block).strong : 0);
  }),
  weak_count: method('ref', (I, self) => {
    const d = weakArg(I, self, 'weak_count').data as WeakData;
    // std reports 0 once no strong pointer remains.
    return usize(d.block && rcBox(d.block).strong > 0 ? rcBox(d.block).weak : 0);
  }),
  ptr_eq: method('ref', (I, self, args) => {
    const a = weakArg(I, self, 'ptr_eq').data as WeakData;
    const b = weakArg(I, args[0], 'ptr_eq').data as WeakData;
    return a.block === b.block;
  }),
  clone: method('ref', (_I, self) => {
    const w = self as Native;
    return new Native(WEAK, WEAK.clone!(w.data));
  }),
});
