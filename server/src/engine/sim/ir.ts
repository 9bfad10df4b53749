/**
 * The simulator's intermediate representation: the front end's Ast lowered once into plain
 * objects, with local names resolved to frame slots and source spans kept for the trace and for
 * messages. The interpreter compiles this IR into closures (interp/compile*.ts).
 */
import type { FrameParts } from '../../../../protocol/trace';
import type { PathHint } from './lower/frontEndNames';
import type { Ty } from './types';
import type { Value } from './values';

/** A 0-based source range: lines, and characters in UTF-16 code units (the Ast's span). */
export interface Span {
  l: number;
  c: number;
  el: number;
  ec: number;
}

export type Expr =
  | { k: 'lit'; sp: Span; v: Value }
  | { k: 'local'; sp: Span; slot: number; name: string }
  | { k: 'capture'; sp: Span; idx: number; name: string }
  /** `res`: what the front end's resolver says the path names, when the simulator should follow it. */
  | { k: 'path'; sp: Span; segs: string[]; generics: Ty[]; res?: PathHint }
  | { k: 'call'; sp: Span; fn: Expr; args: Expr[] }
  | { k: 'mcall'; sp: Span; recv: Expr; name: string; args: Expr[]; generics: Ty[]; nameSp: Span }
  | { k: 'field'; sp: Span; obj: Expr; name: string }
  /** `brSp`: the `[`, where an overloaded `Index` (Vec, String, maps) reports its panics. */
  | { k: 'index'; sp: Span; obj: Expr; idx: Expr; brSp: Span }
  | { k: 'bin'; sp: Span; op: string; l: Expr; r: Expr }
  | { k: 'and'; sp: Span; l: Expr; r: Expr }
  | { k: 'or'; sp: Span; l: Expr; r: Expr }
  | { k: 'neg'; sp: Span; e: Expr }
  | { k: 'not'; sp: Span; e: Expr }
  | { k: 'deref'; sp: Span; e: Expr }
  /** `ext`: the slot a `let` extended this borrowed temporary into. */
  | { k: 'ref'; sp: Span; mut: boolean; e: Expr; ext: number | null }
  | { k: 'assign'; sp: Span; op: string | null; place: Expr; value: Expr }
  | { k: 'block'; sp: Span; b: Block; label: number | null }
  | { k: 'if'; sp: Span; cond: Cond; then: Block; else: Expr | null }
  | { k: 'match'; sp: Span; scrut: Expr; arms: Arm[] }
  | { k: 'loop'; sp: Span; id: number; body: Block }
  | { k: 'while'; sp: Span; id: number; cond: Cond; body: Block }
  | { k: 'for'; sp: Span; id: number; pat: Pat; iter: Expr; body: Block; patSp: Span; binds: number[] }
  | { k: 'break'; sp: Span; id: number; value: Expr | null }
  | { k: 'continue'; sp: Span; id: number }
  | { k: 'return'; sp: Span; value: Expr | null }
  | { k: 'closure'; sp: Span; fn: ClosureIR }
  | { k: 'struct'; sp: Span; segs: string[]; fields: { name: string; value: Expr }[]; base: Expr | null }
  | { k: 'tuple'; sp: Span; items: Expr[] }
  | { k: 'array'; sp: Span; items: Expr[] }
  | { k: 'repeat'; sp: Span; value: Expr; len: Expr }
  | { k: 'range'; sp: Span; from: Expr | null; to: Expr | null; inclusive: boolean }
  | { k: 'cast'; sp: Span; e: Expr; ty: Ty }
  | { k: 'try'; sp: Span; e: Expr }
  | { k: 'fmt'; sp: Span; mac: string; fmt: FmtSpec | null; target: Expr | null }
  | { k: 'assert'; sp: Span; mac: 'assert' | 'assert_eq' | 'assert_ne' | 'debug_assert' | 'debug_assert_eq' | 'debug_assert_ne'; args: Expr[]; fmt: FmtSpec | null }
  | { k: 'vec'; sp: Span; items: Expr[] }
  | { k: 'vecRepeat'; sp: Span; value: Expr; len: Expr }
  | { k: 'matches'; sp: Span; e: Expr; pat: Pat; guard: Expr | null }
  | { k: 'typed'; sp: Span; e: Expr; ty: Ty };

/** An `if`/`while` condition: a boolean expression or `let PAT = EXPR`. */
export type Cond = { k: 'expr'; e: Expr } | { k: 'let'; pat: Pat; value: Expr; binds: number[] };

export interface Arm {
  sp: Span;
  pat: Pat;
  guard: Expr | null;
  body: Expr;
  /** Slots bound by the pattern, in binding order. */
  binds: number[];
}

export type Stmt =
  /** `refSlot`: `let PAT = temporary` with `ref` bindings in PAT keeps the temporary alive in this slot until the block ends. */
  | { k: 'let'; sp: Span; pat: Pat; ty: Ty | null; init: Expr | null; else: Block | null; binds: number[]; extended: number[]; refSlot: number | null }
  | { k: 'expr'; sp: Span; e: Expr; semi: boolean };

export interface Block {
  sp: Span;
  stmts: Stmt[];
  tail: Expr | null;
  /** Slots declared directly in this block, in declaration order (dropped in reverse). */
  locals: number[];
}

export type Pat =
  | { k: 'bind'; sp: Span; name: string; slot: number; mut: boolean; byRef: 'ref' | 'mut' | null; sub: Pat | null }
  | { k: 'wild'; sp: Span }
  | { k: 'rest'; sp: Span; bind: Pat | null }
  | { k: 'lit'; sp: Span; v: Value }
  | { k: 'range'; sp: Span; lo: Value | null; hi: Value | null; inclusive: boolean }
  | { k: 'tuple'; sp: Span; items: Pat[] }
  | { k: 'tstruct'; sp: Span; segs: string[]; items: Pat[] }
  | { k: 'struct'; sp: Span; segs: string[]; fields: { name: string; pat: Pat }[]; rest: boolean }
  | { k: 'path'; sp: Span; segs: string[] }
  | { k: 'or'; sp: Span; alts: Pat[] }
  | { k: 'ref'; sp: Span; mut: boolean; pat: Pat }
  | { k: 'slice'; sp: Span; items: Pat[] };

/** A piece of a parsed format string. */
export type FmtPiece = string | FmtArg;

export interface FmtArg {
  /** Index into `FmtSpec.args`. */
  arg: number;
  /** `''` Display, `'?'` Debug, `'x'`, `'X'`, `'b'`, `'o'`, `'e'`, `'E'`. */
  trait: string;
  fill: string;
  align: '<' | '>' | '^' | '';
  sign: '+' | '-' | '';
  alt: boolean;
  zero: boolean;
  width: number | { arg: number } | null;
  precision: number | { arg: number } | null;
}

export interface FmtSpec {
  pieces: FmtPiece[];
  args: Expr[];
}

export interface FnIR {
  name: string;
  /** `Type::name` for methods, the plain name for free functions. */
  qual: string;
  sp: Span;
  params: Pat[];
  paramTys: Ty[];
  self: 'value' | 'ref' | 'mut' | null;
  ret: Ty | null;
  body: Block;
  nslots: number;
  slotNames: string[];
  generics: string[];
  /** Bytes of stack a call takes, from the layout model (`frameParts` in sim/layout.ts). */
  frameSize: number;
  /** What those bytes hold; absent for a function the simulator cannot run. */
  frameParts?: FrameParts;
  /** Type the method belongs to (for `Self`). */
  selfTy: Ty | null;
  /**
   * Set when the body uses something the simulator does not model: reported when the function is
   * first called, so a program whose unused functions do is still simulated.
   */
  error?: Error;
}

export interface ClosureIR {
  name: string;
  sp: Span;
  params: Pat[];
  paramTys: (Ty | null)[];
  ret: Ty | null;
  body: Expr;
  move: boolean;
  /** Captured outer variables; `from` says where they live in the enclosing function. */
  caps: Capture[];
  nslots: number;
  slotNames: string[];
  frameSize: number;
  frameParts: FrameParts;
  /**
   * The closure's return type as the surrounding call implies it (`map(|c| ... collect())` whose
   * result is collected into `Vec<Vec<usize>>` returns `Vec<usize>`), set while compiling the call.
   */
  retHint?: Ty;
}

export interface Capture {
  name: string;
  from: { k: 'local'; slot: number } | { k: 'capture'; idx: number };
  /** A place of the variable is captured by value (moved unless it is `Copy`). */
  byValue: boolean;
  /** A place of it is captured by `&mut` (or a unique borrow). */
  mutated: boolean;
  /**
   * Edition 2021 captures places, not variables: when every captured place of the variable is a
   * field path (`a.name`), the fields they start with (null otherwise). A by-value capture of
   * `Copy` fields then leaves the variable where it is.
   */
  fields: string[] | null;
  /** The captured variable's type, the checker's (what a thread's frame shows for it). */
  ty?: import('./lower/checkedTypes').BindingType;
}
