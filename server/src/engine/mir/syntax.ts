// The engine's MIR: one control-flow graph per function body, shaped like rustc's
// `rustc_middle::mir` so that what the rustc-dev-guide says about MIR holds here too. Every
// analysis after type checking reads it: drop elaboration, the borrow checker, the frame model and
// the machine. Only the typed front end builds it (`mir/build/`); nothing here refers to
// tree-sitter or to the source text.
import type { Span } from '../syntax/ast';
import type { Def, Ty } from '../typeck/ty';

/** `_0` is the return place, `_1 ..= _argCount` the arguments, then user variables and temporaries. */
export type Local = number;
export const RETURN_PLACE: Local = 0;

export type BasicBlock = number;
export const START_BLOCK: BasicBlock = 0;

export type ProjectionElem =
  | { readonly kind: 'deref' }
  /** `index` counts the variant's fields in declaration order; `ty` is the field's type. */
  | { readonly kind: 'field'; readonly index: number; readonly name: string; readonly ty: Ty }
  /** `base[i]` where `i` is a `usize` local (rustc's `ProjectionElem::Index`). */
  | { readonly kind: 'index'; readonly local: Local }
  /** A slice pattern's fixed position: `[a, ..]` is offset 0, `[.., z]` is offset 1 from the end. */
  | { readonly kind: 'constantIndex'; readonly offset: number; readonly fromEnd: boolean; readonly minLength: number }
  | { readonly kind: 'subslice'; readonly from: number; readonly to: number; readonly fromEnd: boolean }
  /** Viewing an enum as one of its variants, before a field projection into it. */
  | { readonly kind: 'downcast'; readonly variant: number; readonly name: string };

/** A memory location: a local and a path into it (`(*_1).next`, `_3[_4]`). */
export interface Place {
  readonly local: Local;
  readonly projection: readonly ProjectionElem[];
}

export type ConstValue =
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'char'; readonly value: string }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'unit' }
  /** A function item used as a value (`foo`, `Vec::new`, a method), monomorphised by `args`. */
  | { readonly kind: 'fn'; readonly def: Def; readonly args: readonly Ty[] }
  /**
   * A `const` item read where it is used (rustc's unevaluated constant, `const MAX`): its value is
   * the item's initialiser, which the builder does not evaluate.
   */
  | { readonly kind: 'item'; readonly def: Def };

export interface Constant {
  readonly value: ConstValue;
  readonly ty: Ty;
  readonly span: Span;
}

export type Operand =
  | { readonly kind: 'copy'; readonly place: Place }
  | { readonly kind: 'move'; readonly place: Place }
  | { readonly kind: 'constant'; readonly constant: Constant };

/**
 * `twoPhase` is a `&mut` auto-ref for a method call's receiver: it is reserved where it is
 * created and activated at the call, so `v.push(v.len())` borrows `v` mutably only at the call.
 * `fake` is the shallow borrow a `match` guard takes of the scrutinee.
 */
export type BorrowKind = 'shared' | 'mut' | 'twoPhase' | 'fake';

export type BinOp =
  | 'Add' | 'Sub' | 'Mul' | 'Div' | 'Rem' | 'BitXor' | 'BitAnd' | 'BitOr' | 'Shl' | 'Shr'
  | 'Eq' | 'Lt' | 'Le' | 'Ne' | 'Ge' | 'Gt' | 'Offset';
export type UnOp = 'Not' | 'Neg' | 'PtrMetadata';

export type AggregateKind =
  | { readonly kind: 'tuple' }
  | { readonly kind: 'array'; readonly elem: Ty }
  /** A struct (variant 0), an enum variant or a union, with its type arguments. */
  | { readonly kind: 'adt'; readonly def: Def; readonly variant: number; readonly args: readonly Ty[] }
  /** A closure's upvars in capture order; the closure type carries the capture modes. */
  | { readonly kind: 'closure'; readonly def: Def; /** Per operand, the use in the body that decided how it is captured. */ readonly uses?: readonly Span[] };

export type CastKind = 'intToInt' | 'floatToInt' | 'intToFloat' | 'floatToFloat' | 'ptrToPtr' | 'unsize' | 'reifyFnPointer' | 'closureFnPointer' | 'transmute';

export type Rvalue =
  | { readonly kind: 'use'; readonly operand: Operand }
  | { readonly kind: 'repeat'; readonly operand: Operand; readonly count: number }
  | { readonly kind: 'ref'; readonly borrow: BorrowKind; readonly place: Place }
  | { readonly kind: 'rawPtr'; readonly mut: boolean; readonly place: Place }
  | { readonly kind: 'len'; readonly place: Place }
  | { readonly kind: 'cast'; readonly cast: CastKind; readonly operand: Operand; readonly ty: Ty }
  /** `checked` is the debug build's overflow check: the result is `(T, bool)`, asserted after. */
  | { readonly kind: 'binaryOp'; readonly op: BinOp; readonly left: Operand; readonly right: Operand; readonly checked: boolean }
  | { readonly kind: 'unaryOp'; readonly op: UnOp; readonly operand: Operand }
  | { readonly kind: 'discriminant'; readonly place: Place }
  | { readonly kind: 'aggregate'; readonly aggregate: AggregateKind; readonly operands: readonly Operand[] }
  /** `*p` read into a temporary so a later projection does not go through a `Box`'s deref twice. */
  | { readonly kind: 'copyForDeref'; readonly place: Place };

/** Why a `FakeRead` exists: a `match` scrutinee or a `let` initialiser is read even when unused. */
export type FakeReadCause = 'forMatchedPlace' | 'forLet' | 'forMatchGuard' | 'forGuardBinding' | 'forIndex';

export type StatementKind =
  | { readonly kind: 'assign'; readonly place: Place; readonly rvalue: Rvalue }
  | { readonly kind: 'storageLive'; readonly local: Local }
  | { readonly kind: 'storageDead'; readonly local: Local }
  | { readonly kind: 'fakeRead'; readonly cause: FakeReadCause; readonly place: Place }
  | { readonly kind: 'setDiscriminant'; readonly place: Place; readonly variant: number }
  | { readonly kind: 'nop' };

export type Statement = StatementKind & { readonly span: Span };

/** What happens if a call or a drop panics: continue unwinding, or run a cleanup block first. */
export type UnwindAction =
  | { readonly kind: 'continue' }
  | { readonly kind: 'cleanup'; readonly block: BasicBlock }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'terminate' };

/**
 * Why a value is dropped here, for the trace and the inspector (rustc's MIR does not keep it;
 * the builder knows it when it schedules the drop).
 */
export type DropReason =
  | 'scopeEnd'      // the variable's scope ends
  | 'temporary'     // a temporary's enclosing statement or tail expression ends
  | 'assignment'    // the place is overwritten (`x = y;` drops the old `x`)
  | 'unwind'        // a panic is unwinding through the scope
  | 'owner';        // the value is dropped as part of its owner (a field, an element)

export type AssertMessage =
  | { readonly kind: 'overflow'; readonly op: BinOp }
  | { readonly kind: 'overflowNeg' }
  | { readonly kind: 'divisionByZero' }
  | { readonly kind: 'remainderByZero' }
  | { readonly kind: 'boundsCheck'; readonly len: Operand; readonly index: Operand };

export interface SwitchTargets {
  /** Parallel to `targets`: the value that selects each target. */
  readonly values: readonly bigint[];
  readonly targets: readonly BasicBlock[];
  readonly otherwise: BasicBlock;
}

export type TerminatorKind =
  | { readonly kind: 'goto'; readonly target: BasicBlock }
  | { readonly kind: 'switchInt'; readonly discr: Operand; readonly targets: SwitchTargets }
  | { readonly kind: 'return' }
  | { readonly kind: 'unwindResume' }
  | { readonly kind: 'unreachable' }
  | {
      readonly kind: 'drop';
      readonly place: Place;
      readonly target: BasicBlock;
      readonly unwind: UnwindAction;
      readonly reason: DropReason;
    }
  | {
      readonly kind: 'call';
      readonly func: Operand;
      readonly args: readonly Operand[];
      readonly destination: Place;
      /** Undefined when the callee returns `!`. */
      readonly target: BasicBlock | undefined;
      readonly unwind: UnwindAction;
      /** Written as a method call (`a.f()`), as rustc's `CallSource` records for diagnostics. */
      readonly fromMethodCall: boolean;
      /**
       * The argument expressions the user wrote, by argument (undefined for a receiver or an
       * operand the builder made): rustc evaluates each into a temporary at that span, which is
       * where its diagnostics say a borrow the argument carries is used.
       */
      readonly argSpans?: readonly (Span | undefined)[];
    }
  | {
      readonly kind: 'assert';
      readonly cond: Operand;
      readonly expected: boolean;
      readonly msg: AssertMessage;
      readonly target: BasicBlock;
      readonly unwind: UnwindAction;
    }
  /** Edges only the borrow checker follows: a `match` arm's imaginary fall-through to the next. */
  | { readonly kind: 'falseEdge'; readonly realTarget: BasicBlock; readonly imaginaryTarget: BasicBlock }
  /** A loop head's edge to the function's exit, so an infinite loop still has one for liveness. */
  | { readonly kind: 'falseUnwind'; readonly realTarget: BasicBlock; readonly unwind: UnwindAction };

export type Terminator = TerminatorKind & { readonly span: Span };

export interface BasicBlockData {
  readonly statements: Statement[];
  /** Set once the block is finished; every block of a built body has one. */
  terminator: Terminator | undefined;
  /** A block on the unwind path: it runs only while a panic unwinds. */
  readonly isCleanup: boolean;
}

export type LocalKind = 'return' | 'arg' | 'user' | 'temp';

export interface LocalDecl {
  readonly kind: LocalKind;
  readonly mutable: boolean;
  readonly ty: Ty;
  readonly span: Span;
  /** The user's name for a user variable or a named argument (`self` for the receiver). */
  readonly name?: string;
  /** A temporary whose lifetime was extended to the enclosing block (`let r = &make();`). */
  readonly extended?: boolean;
}

export interface Body {
  /** The function, method or closure this body belongs to. */
  readonly def: Def;
  readonly span: Span;
  readonly argCount: number;
  readonly localDecls: LocalDecl[];
  readonly basicBlocks: BasicBlockData[];
  /** The constructs the builder does not model, by span: an analysis of this body must not guess. */
  readonly unsupported: readonly { readonly span: Span; readonly what: string }[];
  /** A closure's body: where each captured variable (by upvar index) is declared, when it is a local of the enclosing body. */
  readonly upvarDecls?: readonly (Span | undefined)[];
  /** A closure's body: whether each upvar is a reference the closure took (so `*upvar` is the captured variable itself). */
  readonly upvarByRef?: readonly boolean[];
}

/** `*p`: one object for every place, since a projection element is never changed once made. */
export const DEREF: ProjectionElem = { kind: 'deref' };

// Shared by every place of a whole local: a projection is never changed once made.
const WHOLE_LOCAL: readonly ProjectionElem[] = [];
// A place is never changed once made, so every body shares one object per whole local (most
// places are one): a body of thousands of temporaries allocates none for them.
const WHOLE_PLACES: Place[] = [];

export function place(local: Local, projection: readonly ProjectionElem[] = WHOLE_LOCAL): Place {
  if (projection.length > 0) return { local, projection };
  let p = WHOLE_PLACES[local];
  if (p === undefined) {
    for (let l = WHOLE_PLACES.length; l <= local; l++) WHOLE_PLACES.push({ local: l, projection: WHOLE_LOCAL });
    p = WHOLE_PLACES[local]!;
  }
  return p;
}
