/**
 * The simulator's value model. A Rust value is one of these JS objects; every value carries its
 * runtime type (integers their exact width, structs their definition), because the simulator
 * resolves methods, `Copy`-ness and formatting from the value it holds.
 *
 * Places are slots of plain JS arrays: a frame's locals, a struct's fields, a tuple's items, a
 * `Vec` buffer, a `Box`'s pointee. A reference (`Ref`) is (array, index), so writing through it
 * writes the real place. A slot holding `undefined` was moved out of (the drop flag is clear).
 */
import type { AdtDef } from './items';
import type { Ty } from './types';
import type { InstanceArgs } from './lower/instances';
import type { Ty as CheckedTy } from '../typeck/ty';

// ---------------------------------------------------------------------------------------------
// Integers: exact for every width. Values that fit a JS safe integer are numbers (fast path),
// larger magnitudes are bigints; `normInt` keeps that invariant.

export class IntTy {
  readonly min: bigint;
  readonly max: bigint;
  readonly minN: number;
  readonly maxN: number;
  /** Size in bytes. */
  readonly size: number;
  constructor(
    readonly name: string,
    readonly bits: number,
    readonly signed: boolean,
    /** An unsuffixed literal whose type the program has not fixed yet (rustc's `{integer}`); behaves as i32. */
    readonly flex = false,
  ) {
    this.min = signed ? -(1n << BigInt(bits - 1)) : 0n;
    this.max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
    this.minN = Number(this.min);
    this.maxN = Number(this.max);
    this.size = bits / 8;
  }
}

export const INT_TYPES: Record<string, IntTy> = {};
for (const [name, bits, signed] of [
  ['i8', 8, true], ['i16', 16, true], ['i32', 32, true], ['i64', 64, true], ['i128', 128, true], ['isize', 64, true],
  ['u8', 8, false], ['u16', 16, false], ['u32', 32, false], ['u64', 64, false], ['u128', 128, false], ['usize', 64, false],
] as const) {
  INT_TYPES[name] = new IntTy(name, bits, signed);
}
export const FLEX_INT = new IntTy('i32', 32, true, true);
export const I32 = INT_TYPES.i32!;
export const U8 = INT_TYPES.u8!;
export const U32 = INT_TYPES.u32!;
export const U64 = INT_TYPES.u64!;
export const I64 = INT_TYPES.i64!;
export const USIZE = INT_TYPES.usize!;
export const ISIZE = INT_TYPES.isize!;

export class Int {
  constructor(readonly ty: IntTy, readonly v: number | bigint) {}
}

/** Builds an integer from a bigint already known to be in range, choosing the representation. */
export function normInt(ty: IntTy, v: bigint): Int {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return new Int(ty, Number(v));
  return new Int(ty, v);
}

export function intOf(ty: IntTy, v: number): Int {
  return new Int(ty, v);
}

export function usize(n: number): Int {
  return new Int(USIZE, n);
}

export function big(i: Int): bigint {
  return typeof i.v === 'bigint' ? i.v : BigInt(i.v);
}

/** The value as a JS number (exact for safe integers; used for lengths and indices). */
export function num(i: Int): number {
  return typeof i.v === 'number' ? i.v : Number(i.v);
}

export function inRange(ty: IntTy, v: bigint): boolean {
  return v >= ty.min && v <= ty.max;
}

// ---------------------------------------------------------------------------------------------

export type FloatKind = 'f32' | 'f64';

export class Float {
  constructor(
    readonly ty: FloatKind,
    readonly v: number,
    /** An unsuffixed literal (rustc's `{float}`); behaves as f64. */
    readonly flex = false,
  ) {}
}

export class Char {
  constructor(readonly cp: number) {}
}

/**
 * A `&str` (shared reference to string data). Strings are immutable once sliced, so it is `Copy` and
 * holds the text; `buf` is the `String` buffer it was borrowed from, if any.
 */
export class Str {
  constructor(
    private readonly t: string,
    /** Moved onto a freed copy when the buffer grows under it (sim/ub.ts `retireText`). */
    public buf?: HeapBlock,
  ) {}
  get s(): string {
    // A run as if accepted poisons a freed buffer's text (sim/ub.ts): reading it there stops the run.
    const b = this.buf;
    if (b !== undefined && b.freed) void b.text;
    return this.t;
  }
}

export class Tuple {
  constructor(public items: Value[]) {}
}

export const UNIT = new Tuple([]);

/** `[T; N]`, stored inline. */
export class Arr {
  constructor(public items: Value[]) {}
}

export class Struct {
  /**
   * A value of one of the program's generic types: its type as the type checker gave it where the
   * value was built (`Wrapper<i32>`), which names the instance of a method std calls on it. Set
   * only on such values (`declare`: no property on the others).
   */
  declare typed?: CheckedTy;
  constructor(readonly def: AdtDef, public f: Value[]) {}
}

export class Enum {
  /** The declared type when an annotation gave one (`Option<String>`), for `unwrap_or_default` & co. */
  ty?: Ty;
  /** As `Struct.typed`. */
  declare typed?: CheckedTy;
  constructor(readonly def: AdtDef, readonly vi: number, public f: Value[]) {}
}

/**
 * What owns the place a reference points into: a frame (with the slot of the local, in `rootSlot`)
 * or a heap block. The trace uses it to know which variable or block a write changes.
 */
export type Root = Frame | HeapBlock | null;

/** `&T` / `&mut T` to one place. */
export class Ref {
  constructor(
    public arr: Value[],
    public idx: number,
    readonly mut: boolean,
    readonly root: Root,
    readonly rootSlot = -1,
  ) {}
  get(): Value {
    return this.arr[this.idx];
  }
}

/** `&[T]` / `&mut [T]`: a window over an array, a `Vec` buffer or another slice. */
export class Slice {
  constructor(
    public arr: Value[],
    public start: number,
    public len: number,
    readonly mut: boolean,
    readonly root: Root,
  ) {}
}

/** One heap allocation. Its contents depend on what owns it. */
/** Characters of a `String`'s text kept in `HeapBlock.head`: more than a summary shows. */
export const HEAD_CHARS = 128;
/** Characters of appends a `String` gathers before joining them to its text (see `appendText`). */
const TAIL_CHARS = 4096;

export class HeapBlock {
  freed = false;
  /** Elements of a `Vec` buffer, or the single slot of a `Box` (`items[0]`). */
  items: Value[] = [];
  /**
   * The text of a `String` buffer (write it through `setText`/`appendText`, which keep `head`).
   * Reading it joins the appends not yet joined (`tail`).
   */
  get text(): string {
    if (this.tail.length > 0) this.joinTail();
    return this.joined;
  }
  /** `text.length`, without joining the tail (a trace summary asks at every step). */
  get textLength(): number {
    return this.joined.length + this.tail.length;
  }
  /**
   * The first `HEAD_CHARS` characters of `text`: what a trace summary shows. Reading them from a
   * text grown by appends would flatten the whole string at every step (quadratic).
   */
  head = '';
  /** Bytes of `text` in UTF-8. */
  bytes = 0;
  cap = 0;
  /** Bytes per element for buffers (known once an element type is). */
  elemSize = -1;
  /** `Box<dyn Trait>`: the trait. */
  dyn?: string;
  /** A `Box`'s contents' type, the checker's, when known (`Box::clone` allocates from it). */
  valueTy?: Ty;
  /** Extra per-kind state for std modules (Rc counters, RefCell borrow state, map entries, ...). */
  data: unknown;

  /** The text up to the last join: the tails joined so far, one pair of pointers each. */
  private joined = '';
  /** The appends since the last join, fewer than `TAIL_CHARS` characters. */
  private tail = '';

  setText(text: string): void {
    this.joined = text;
    this.tail = '';
    this.head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  }

  appendText(text: string): void {
    if (this.head.length < HEAD_CHARS) this.head = (this.head + text).slice(0, HEAD_CHARS);
    // V8 keeps `a + b` as a pair of pointers (32 bytes), so a text grown by 8-byte appends cost
    // four times its length, and one grown by `push(ch)` 32 times. The appends gather in a short
    // tail, made one piece and joined once it has `TAIL_CHARS` characters: a pair per 4 K
    // characters, so the text costs its own length. Reading a character makes the whole text one
    // piece in place (V8 flattens it), once per read after appends.
    this.tail += text;
    if (this.tail.length >= TAIL_CHARS) this.joinTail();
  }

  private joinTail(): void {
    this.tail.charCodeAt(0);
    this.joined += this.tail;
    this.tail = '';
  }
  constructor(
    /** 0 while a buffer has no allocation yet (an empty `Vec`/`String`); numbered on first allocation. */
    public id: number,
    /**
     * What the allocation holds (`vec`, `string`, `box`, `rc` …). It changes only through
     * `Interp.retype`, when std hands the buffer to another type (`String::into_bytes`).
     */
    public kind: string,
    public type: string,
    public size: number,
    public line: number,
  ) {}
}

export class StringV {
  constructor(readonly block: HeapBlock) {}
}

export class VecV {
  constructor(
    readonly block: HeapBlock,
    /** The element type when known from an annotation or an element (for display and sizes). */
    public elemTy?: Ty,
  ) {}
}

export class BoxV {
  constructor(readonly block: HeapBlock) {}
}

/** A function item or pointer (`fn` name used as a value). */
export class FnV {
  constructor(readonly fn: Callable) {}
}

/**
 * A value of a std type that a module in std/ implements (iterators, ranges, Rc, RefCell, maps ...).
 * `cls` says how it behaves; `data` is the module's own state.
 */
export class Native {
  constructor(readonly cls: NativeClass, public data: any) {}
}

export class Closure {
  constructor(
    readonly def: ClosureDef,
    /** Captured values: by value, or `CapRef` for captures by reference. */
    readonly env: Value[],
    /** The generic arguments of the instance whose body made it, when it was made in a generic one. */
    readonly instance: InstanceArgs | null = null,
  ) {}
}

/** A capture by (mutable) reference inside a closure's environment. */
export class CapRef {
  constructor(readonly arr: Value[], readonly idx: number, readonly mut: boolean, readonly root: Root, readonly rootSlot = -1) {}
}

export type Value =
  | Int | Float | boolean | Char | Str | Tuple | Arr | Struct | Enum | Ref | Slice
  | StringV | VecV | BoxV | FnV | Native | Closure | CapRef | undefined;

// ---------------------------------------------------------------------------------------------
// Interfaces the value model refers to and the interpreter implements.

export interface Frame {
  readonly id: number;
  slots: Value[];
  /** Discriminates a frame from a heap block in a `Root`. */
  readonly isFrame: true;
}

/** Anything callable with already-evaluated arguments. */
export interface Callable {
  readonly name: string;
  /** `ret`: the result's type where the caller knows it and the callee's own site does not. */
  call(args: Value[], ret?: Ty): Value;
}

export interface ClosureDef {
  readonly name: string;
  readonly nparams: number;
  readonly line: number;
  /** The names of the captured variables, in the order of the closure's environment. */
  readonly captureNames?: readonly string[];
}

/** How a std type behaves; registered by its module (see std/registry.ts). */
export interface NativeClass {
  readonly name: string;
  typeName(data: any): string;
  /** `Copy` types are duplicated on use instead of moved. */
  readonly copy?: boolean;
  /** Whether dropping this value does anything (frees memory, drops contents). */
  needsDrop?(data: any): boolean;
  /** `reason` is the drop rule that applied to the value being dropped (guards poison their lock on 'unwind'). */
  drop?(data: any, path: string, reason?: import('../../../../protocol/trace').DropReason): void;
  clone?(data: any): any;
  /**
   * `{:?}`: `item` formats a nested value with the current spec (use std/fmt.ts `debugList` /
   * `debugMap` / `debugStruct` to lay the parts out, pretty or not).
   */
  debug?(data: any, item: (v: Value) => string, pretty: boolean): string;
  /** `{}` (the text before padding). */
  display?(data: any, item: (v: Value) => string): string;
  /** `{}` when std's impl writes several `write_str`s (a `String` destination grows at each): their texts, in order. */
  displayPieces?(data: any): string[];
  /** A short `{:?}`-like text for the trace. */
  summary?(data: any, inner?: (v: Value) => string): string;
  /** Heap blocks this value owns or points to, for the trace. */
  pointers?(data: any): { block: HeapBlock; kind: 'owner' | 'strong' | 'weak' | 'ref' | 'mut-ref' | 'raw'; via: string }[];
  /** `==` on two values of this class. */
  eq?(a: any, b: any): boolean;
  cmp?(a: any, b: any): number;
  /** For iterator classes: the next item, or undefined at the end. */
  next?(data: any): Value | typeof END;
  nextBack?(data: any): Value | typeof END;
  /** For smart pointers and guards (`Rc`, `Ref`, `MutexGuard`): the place they deref to. */
  deref?(data: any): Ref;
  /**
   * For a guard that is still held: the place inside the cell or lock it lends (rooted where the
   * cell lives) and the cell's own data, by which the trace finds the cell in its owner's value.
   */
  lends?(data: any): { place: Ref; cell: object } | undefined;
  /** `container[key]` for maps: the place of the value (panics through `I.panic` when absent). */
  index?(data: any, key: Value): Ref;
  /** `IntoIterator` for the value itself (`'value'`), `&value` (`'ref'`) or `&mut value` (`'mut'`): an iterator value. */
  intoIter?(data: any, mode: 'value' | 'ref' | 'mut'): Value;
  /** For iterators that know their length (ExactSizeIterator). */
  len?(data: any): number;
}

/** Iterator exhaustion marker (distinct from a moved-out `undefined`). */
export const END: unique symbol = Symbol('end');

export function isCopyPrimitive(v: Value): boolean {
  return v instanceof Int || typeof v === 'boolean' || v instanceof Float || v instanceof Char || v instanceof Str;
}
