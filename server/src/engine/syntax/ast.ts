// The engine's own syntax tree: what the lowering produces from tree-sitter's tree, once, and
// what every later stage (resolve, typeck, the analyses) reads instead of tree-sitter nodes.
//
// It follows rustc's AST in shape (items, expressions, statements, patterns, types as separate
// unions, paths with per-segment generic arguments, qualified paths as a `qself`), after cfg
// stripping and `cfg_attr` expansion, for the Rust the product models: one file using std.
// Every node has a dense numeric `id` (0, 1, 2, … per file, so side tables can be arrays) and a
// `span`. A construct the lowering does not model becomes an `Unsupported` node that says what it
// was, so no stage ever guesses at it.

/** Dense per-file node index; `Ast.nodeCount` bounds it. */
export type NodeId = number;

/**
 * A source range. Offsets are UTF-16 code units into the file's text (what JavaScript strings and
 * tree-sitter index); lines and characters are 0-based, characters in UTF-16 code units, as LSP.
 */
export interface Span {
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

interface NodeBase {
  id: NodeId;
  span: Span;
}

/** An identifier as written (raw identifiers without `r#`), with where it was written. */
export interface Ident {
  name: string;
  span: Span;
}

/** A construct the engine does not model, in any position (item, expression, pattern, type…). */
export interface Unsupported extends NodeBase {
  kind: 'Unsupported';
  /** What was found, in words a user recognises: "async block", "extern block", "inline asm". */
  what: string;
  /**
   * `unmodelled`: valid Rust the engine does not model; `too-deep`: nesting past the lowering's
   * depth limit; `syntax-error`: tree-sitter could not parse it.
   */
  reason: 'unmodelled' | 'too-deep' | 'syntax-error';
  /** For an item put in its place (an `async fn`, whose `span` is its name): the whole item. */
  itemSpan?: Span;
}

// ---------------------------------------------------------------------------------------------
// The file

export interface Ast {
  root: SourceFile;
  /** Every id is in `[0, nodeCount)`. */
  nodeCount: number;
  /** Every `Unsupported` node in the tree, in source order. */
  unsupported: Unsupported[];
  /** What a false `#[cfg]` removed (items, statements, fields, variants, arms), attributes excluded. */
  cfgStripped: Span[];
  /** Every macro call in the tree, in the order lowered. */
  macCalls: MacCall[];
  /** The text the tree was lowered from (spans index into it). */
  text: string;
}

export interface SourceFile extends NodeBase {
  kind: 'SourceFile';
  /** Inner attributes (`#![…]`) that survived cfg evaluation. */
  attrs: Attribute[];
  items: Item[];
}

// ---------------------------------------------------------------------------------------------
// Attributes (kept after cfg evaluation; `cfg` and `cfg_attr` themselves are consumed)

/** `#[name]`, `#[name = lit]`, `#[name(items…)]`; nested meta items share the same shape. */
export type Meta = MetaWord | MetaNameValue | MetaList;
export interface MetaWord { kind: 'MetaWord'; path: string; span: Span }
export interface MetaNameValue { kind: 'MetaNameValue'; path: string; value: Lit; span: Span }
export interface MetaList { kind: 'MetaList'; path: string; items: (Meta | Lit)[]; span: Span }

export interface Attribute extends NodeBase {
  kind: 'Attribute';
  inner: boolean;
  meta: Meta;
}

// ---------------------------------------------------------------------------------------------
// Paths

/** `pub`, `pub(crate)`, `pub(super)`, `pub(in path)`, or nothing. */
export type Visibility =
  | { kind: 'Inherited' }
  | { kind: 'Public' }
  | { kind: 'Restricted'; path: Path };

/**
 * A path as written: `a::b::<T>::c`, `::a`, `crate::a`, `self::a`, `super::a`, `Self::a`.
 * `<T as Trait>::a::b` is a path with `qself = { ty: T, trait: Trait }` and segments `a::b`;
 * `<T>::a` has no `trait`.
 */
export interface Path extends NodeBase {
  kind: 'Path';
  /** Started with `::` (2015-style global path; in 2021 an extern crate root). */
  global: boolean;
  qself?: QSelf;
  segments: PathSegment[];
}

export interface QSelf {
  ty: Type;
  trait?: Path;
}

export interface PathSegment {
  /** Includes the keywords `self`, `super`, `crate`, `Self` as names. */
  ident: Ident;
  args?: GenericArgs;
}

export type GenericArgs = AngleArgs | ParenArgs;

/** `<T, 'a, 3, Item = U, Item: Bound>` (also the turbofish `::<…>`). */
export interface AngleArgs extends NodeBase {
  kind: 'AngleArgs';
  args: GenericArg[];
  constraints: AssocConstraint[];
}

/** `Fn(A, B) -> C` sugar. */
export interface ParenArgs extends NodeBase {
  kind: 'ParenArgs';
  inputs: Type[];
  output?: Type;
}

export type GenericArg =
  | { kind: 'TypeArg'; ty: Type }
  | { kind: 'LifetimeArg'; lifetime: Lifetime }
  | { kind: 'ConstArg'; expr: Expr };

/** `Item = T` or `Item: Bound` inside generic arguments. */
export interface AssocConstraint extends NodeBase {
  kind: 'AssocConstraint';
  ident: Ident;
  args?: GenericArgs;
  ty?: Type;
  bounds?: GenericBound[];
}

export interface Lifetime extends NodeBase {
  kind: 'Lifetime';
  /** Without the quote: `a`, `static`, `_`. */
  name: string;
}

// ---------------------------------------------------------------------------------------------
// Generics

export interface Generics {
  params: GenericParam[];
  where: WherePredicate[];
  span: Span;
}

export type GenericParam = LifetimeParam | TypeParam | ConstParam;

export interface LifetimeParam extends NodeBase {
  kind: 'LifetimeParam';
  name: Ident;
  bounds: Lifetime[];
}

export interface TypeParam extends NodeBase {
  kind: 'TypeParam';
  name: Ident;
  bounds: GenericBound[];
  default?: Type;
}

export interface ConstParam extends NodeBase {
  kind: 'ConstParam';
  name: Ident;
  ty: Type;
  default?: Expr;
}

export type GenericBound = TraitBound | LifetimeBound | Unsupported;

/** `Trait`, `?Sized`, `for<'a> Fn(&'a T)`. */
export interface TraitBound extends NodeBase {
  kind: 'TraitBound';
  path: Path;
  /** `?Trait` */
  maybe: boolean;
  forLifetimes: Ident[];
}

export interface LifetimeBound extends NodeBase {
  kind: 'LifetimeBound';
  lifetime: Lifetime;
}

export type WherePredicate =
  | (NodeBase & { kind: 'BoundPredicate'; forLifetimes: Ident[]; ty: Type; bounds: GenericBound[] })
  | (NodeBase & { kind: 'RegionPredicate'; lifetime: Lifetime; bounds: Lifetime[] });

// ---------------------------------------------------------------------------------------------
// Items

export type Item =
  | ModItem
  | UseItem
  | FnItem
  | StructItem
  | EnumItem
  | UnionItem
  | TraitItem
  | ImplItem
  | ConstItem
  | StaticItem
  | TypeAliasItem
  | MacroRulesItem
  | MacroCallItem
  | Unsupported;

interface ItemBase extends NodeBase {
  attrs: Attribute[];
  vis: Visibility;
}

/** `mod name { … }`; `mod name;` (another file) has `items: undefined`. */
export interface ModItem extends ItemBase {
  kind: 'Mod';
  name: Ident;
  items?: Item[];
}

export interface UseItem extends ItemBase {
  kind: 'Use';
  tree: UseTree;
}

/**
 * One use tree: `prefix::name [as rename]`, `prefix::*`, `prefix::{trees…}`.
 * `prefix` segments include `self`, `super`, `crate`; `use a::{self}` is a Simple tree whose
 * last prefix segment is `self`.
 */
export interface UseTree extends NodeBase {
  kind: 'UseTree';
  global: boolean;
  prefix: Ident[];
  use:
    | { kind: 'Simple'; rename?: Ident /* `_` for `as _` */ }
    | { kind: 'Glob' }
    | { kind: 'Nested'; trees: UseTree[] };
}

export interface FnSig {
  isConst: boolean;
  isAsync: boolean;
  isUnsafe: boolean;
  /** `extern "C"` → `"C"`. */
  abi?: string;
  selfParam?: SelfParam;
  params: Param[];
  ret?: Type;
}

/** `self`, `mut self`, `&self`, `&'a mut self`, `self: Box<Self>`. */
export interface SelfParam extends NodeBase {
  kind: 'SelfParam';
  mode: 'value' | 'ref' | 'refMut';
  isMut: boolean;
  lifetime?: Lifetime;
  /** Explicit `self: T`. */
  ty?: Type;
}

export interface Param extends NodeBase {
  kind: 'Param';
  attrs: Attribute[];
  pat: Pat;
  ty: Type;
}

export interface FnItem extends ItemBase {
  kind: 'Fn';
  name: Ident;
  generics: Generics;
  sig: FnSig;
  /** Absent for a trait method without a default body. */
  body?: Block;
}

export type VariantData =
  | { kind: 'Named'; fields: FieldDef[] }
  | { kind: 'Tuple'; fields: FieldDef[] }
  | { kind: 'Unit' };

export interface FieldDef extends NodeBase {
  kind: 'FieldDef';
  attrs: Attribute[];
  vis: Visibility;
  /** Absent for tuple fields (their name is their index). */
  name?: Ident;
  ty: Type;
}

export interface StructItem extends ItemBase {
  kind: 'Struct';
  name: Ident;
  generics: Generics;
  data: VariantData;
}

export interface UnionItem extends ItemBase {
  kind: 'Union';
  name: Ident;
  generics: Generics;
  fields: FieldDef[];
}

export interface Variant extends NodeBase {
  kind: 'Variant';
  attrs: Attribute[];
  name: Ident;
  data: VariantData;
  discriminant?: Expr;
}

export interface EnumItem extends ItemBase {
  kind: 'Enum';
  name: Ident;
  generics: Generics;
  variants: Variant[];
}

export interface TraitItem extends ItemBase {
  kind: 'Trait';
  name: Ident;
  isUnsafe: boolean;
  isAuto: boolean;
  generics: Generics;
  supertraits: GenericBound[];
  items: AssocItem[];
}

/** Associated items of traits and impls: fns, consts, types (and unsupported ones). */
export type AssocItem = FnItem | ConstItem | TypeAliasItem | MacroCallItem | Unsupported;

export interface ImplItem extends ItemBase {
  kind: 'Impl';
  isUnsafe: boolean;
  /** `impl !Trait for T` */
  negative: boolean;
  generics: Generics;
  trait?: Path;
  selfTy: Type;
  items: AssocItem[];
}

export interface ConstItem extends ItemBase {
  kind: 'Const';
  /** `_` for `const _: T = …`. */
  name: Ident;
  generics: Generics;
  ty: Type;
  /** Absent for a trait's associated const without a default. */
  value?: Expr;
}

export interface StaticItem extends ItemBase {
  kind: 'Static';
  name: Ident;
  isMut: boolean;
  ty: Type;
  value?: Expr;
}

/** `type A<T> = B;`, and associated types `type Item: Bound;` / `type Item = T;`. */
export interface TypeAliasItem extends ItemBase {
  kind: 'TypeAlias';
  name: Ident;
  generics: Generics;
  bounds: GenericBound[];
  ty?: Type;
}

/** `macro_rules! name { … }`: the name is resolved; the rules are kept as text, never expanded. */
export interface MacroRulesItem extends ItemBase {
  kind: 'MacroRules';
  name: Ident;
  body: string;
}

/** A macro invoked in item position (`thread_local! { … }`, a user macro). */
export interface MacroCallItem extends ItemBase {
  kind: 'MacroCallItem';
  mac: MacCall;
}

// ---------------------------------------------------------------------------------------------
// Statements and blocks

export interface Block extends NodeBase {
  kind: 'Block';
  /** The last statement is the block's value when it is an `ExprStmt` with `semi: false`. */
  stmts: Stmt[];
}

export type Stmt = LetStmt | ItemStmt | ExprStmt | EmptyStmt | Unsupported;

export interface LetStmt extends NodeBase {
  kind: 'Let';
  attrs: Attribute[];
  pat: Pat;
  ty?: Type;
  init?: Expr;
  /** `let PAT = EXPR else { … };` */
  else?: Block;
}

export interface ItemStmt extends NodeBase {
  kind: 'ItemStmt';
  item: Item;
}

export interface ExprStmt extends NodeBase {
  kind: 'ExprStmt';
  attrs: Attribute[];
  expr: Expr;
  semi: boolean;
}

export interface EmptyStmt extends NodeBase {
  kind: 'Empty';
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  | LitExpr
  | PathExpr
  | UnaryExpr
  | BinaryExpr
  | AssignExpr
  | AssignOpExpr
  | RefExpr
  | CallExpr
  | MethodCallExpr
  | FieldExpr
  | IndexExpr
  | TupleExpr
  | ArrayExpr
  | RepeatExpr
  | StructExpr
  | BlockExpr
  | IfExpr
  | LetExpr
  | MatchExpr
  | WhileExpr
  | LoopExpr
  | ForExpr
  | BreakExpr
  | ContinueExpr
  | ReturnExpr
  | ClosureExpr
  | RangeExpr
  | CastExpr
  | TryExpr
  | ParenExpr
  | MacCallExpr
  | Unsupported;

export type Lit =
  | { kind: 'Int'; value: bigint; suffix?: IntSuffix; span: Span }
  | { kind: 'Float'; value: number; text: string; suffix?: 'f32' | 'f64'; span: Span }
  | { kind: 'Bool'; value: boolean; span: Span }
  | { kind: 'Char'; value: string; span: Span }
  | { kind: 'Byte'; value: number; span: Span }
  | { kind: 'Str'; value: string; raw: boolean; span: Span }
  | { kind: 'ByteStr'; value: Uint8Array; raw: boolean; span: Span }
  | { kind: 'CStr'; value: Uint8Array; span: Span };

export type IntSuffix = 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize';

export interface LitExpr extends NodeBase { kind: 'Lit'; lit: Lit }
/** A name or path in value position: a local, a fn, a const, a unit/tuple struct or variant. */
export interface PathExpr extends NodeBase { kind: 'PathExpr'; path: Path }

export type UnOp = 'Deref' | 'Not' | 'Neg';
export interface UnaryExpr extends NodeBase { kind: 'Unary'; op: UnOp; expr: Expr }

export type BinOp = '+' | '-' | '*' | '/' | '%' | '&&' | '||' | '^' | '&' | '|' | '<<' | '>>' | '==' | '<' | '<=' | '!=' | '>=' | '>';
/** `opSpan` is the operator's own span, where rustc places an operator's errors (absent in a `&&`
 * chain of `let` conditions, which has no operator token of its own per link). */
export interface BinaryExpr extends NodeBase { kind: 'Binary'; op: BinOp; opSpan?: Span; lhs: Expr; rhs: Expr }
export interface AssignExpr extends NodeBase { kind: 'Assign'; lhs: Expr; rhs: Expr }
export type AssignOp = '+=' | '-=' | '*=' | '/=' | '%=' | '^=' | '&=' | '|=' | '<<=' | '>>=';
export interface AssignOpExpr extends NodeBase { kind: 'AssignOp'; op: AssignOp; lhs: Expr; rhs: Expr }

/** `&e`, `&mut e`, `&raw const e`, `&raw mut e`. */
export interface RefExpr extends NodeBase { kind: 'Ref'; isMut: boolean; raw: boolean; expr: Expr }

export interface CallExpr extends NodeBase { kind: 'Call'; callee: Expr; args: Expr[] }
export interface MethodCallExpr extends NodeBase {
  kind: 'MethodCall';
  receiver: Expr;
  method: Ident;
  turbofish?: AngleArgs;
  args: Expr[];
}
/** `e.name` or `e.0` (then `field.name` is the index as written). */
export interface FieldExpr extends NodeBase { kind: 'Field'; expr: Expr; field: Ident }
export interface IndexExpr extends NodeBase { kind: 'Index'; expr: Expr; index: Expr }
/** `()` is a tuple with no elements. */
export interface TupleExpr extends NodeBase { kind: 'Tuple'; elems: Expr[] }
export interface ArrayExpr extends NodeBase { kind: 'Array'; elems: Expr[] }
/** `[elem; count]` */
export interface RepeatExpr extends NodeBase { kind: 'Repeat'; elem: Expr; count: Expr }

export interface StructExprField extends NodeBase {
  kind: 'StructExprField';
  name: Ident;
  expr: Expr;
  /** `S { x }`: `expr` is then a path expression naming `x`. */
  shorthand: boolean;
}
export interface StructExpr extends NodeBase {
  kind: 'StructExpr';
  path: Path;
  fields: StructExprField[];
  /** `..base` */
  base?: Expr;
}

export interface BlockExpr extends NodeBase {
  kind: 'BlockExpr';
  block: Block;
  label?: Ident;
  isUnsafe: boolean;
  isConst: boolean;
}

/**
 * `if cond { … } else …`. `cond` may hold `Let` expressions joined by `&&` (if-let and let
 * chains); `else` is a `BlockExpr` or another `If`.
 */
export interface IfExpr extends NodeBase { kind: 'If'; cond: Expr; then: Block; else?: Expr }
/** `let PAT = EXPR`, only inside an `if`/`while` condition. */
export interface LetExpr extends NodeBase { kind: 'LetExpr'; pat: Pat; expr: Expr }

export interface Arm extends NodeBase {
  kind: 'Arm';
  attrs: Attribute[];
  pat: Pat;
  guard?: Expr;
  body: Expr;
}
export interface MatchExpr extends NodeBase { kind: 'Match'; scrutinee: Expr; arms: Arm[] }

export interface WhileExpr extends NodeBase { kind: 'While'; label?: Ident; cond: Expr; body: Block }
export interface LoopExpr extends NodeBase { kind: 'Loop'; label?: Ident; body: Block }
export interface ForExpr extends NodeBase { kind: 'For'; label?: Ident; pat: Pat; iter: Expr; body: Block }
export interface BreakExpr extends NodeBase { kind: 'Break'; label?: Ident; value?: Expr }
export interface ContinueExpr extends NodeBase { kind: 'Continue'; label?: Ident }
export interface ReturnExpr extends NodeBase { kind: 'Return'; value?: Expr }

export interface ClosureParam extends NodeBase { kind: 'ClosureParam'; pat: Pat; ty?: Type }
export interface ClosureExpr extends NodeBase {
  kind: 'Closure';
  isMove: boolean;
  params: ClosureParam[];
  ret?: Type;
  body: Expr;
}

/** `a..b`, `a..`, `..b`, `..`, `a..=b`, `..=b`. */
export interface RangeExpr extends NodeBase { kind: 'Range'; start?: Expr; end?: Expr; inclusive: boolean }
export interface CastExpr extends NodeBase { kind: 'Cast'; expr: Expr; ty: Type }
/** `e?` */
export interface TryExpr extends NodeBase { kind: 'Try'; expr: Expr }
/** Kept because `(a.f)()` and `a.f()` differ. */
export interface ParenExpr extends NodeBase { kind: 'Paren'; expr: Expr }
export interface MacCallExpr extends NodeBase { kind: 'MacCallExpr'; mac: MacCall }

// ---------------------------------------------------------------------------------------------
// Macro calls

/**
 * A macro invocation. For the std macros the product knows, `args` holds the arguments parsed
 * as expressions (and format strings parsed into pieces); any other macro's tokens stay opaque.
 */
export interface MacCall extends NodeBase {
  kind: 'MacCall';
  path: Path;
  /** Last path segment's name, without `std::`/`core::`: `println`, `vec`, `my_macro`. */
  name: string;
  args: MacArgs;
}

export type MacArgs =
  /** print!, println!, eprint!, eprintln!, format!, panic!, write!, writeln!, unreachable!, todo!, unimplemented!, format_args! */
  | { kind: 'Format'; dest?: Expr; format?: FormatArgs }
  /** vec![a, b], dbg!(a, b), assert!(c, …), assert_eq!(a, b, …), debug_assert*!: leading expressions, then an optional message. */
  | { kind: 'Exprs'; exprs: Expr[]; format?: FormatArgs }
  /** vec![elem; count] */
  | { kind: 'Repeat'; elem: Expr; count: Expr }
  /** matches!(expr, pat if guard) */
  | { kind: 'Matches'; expr: Expr; pat: Pat; guard?: Expr }
  /** cfg!(pred): evaluated during lowering. */
  | { kind: 'Cfg'; value: boolean }
  /** Any other macro: its token text, never expanded. */
  | { kind: 'Opaque'; tokens: string };

/** A format string with its arguments, as `format_args!` sees them. */
export interface FormatArgs extends NodeBase {
  kind: 'FormatArgs';
  /** The template literal itself. */
  template: Lit;
  pieces: FormatPiece[];
  /** Explicit arguments, positional then `name = expr`. */
  args: FormatArg[];
  /**
   * Names used in the template that no explicit argument provides (`{x}`, `{:w$}`): each is a
   * path expression (with its own id, spanning the name inside the literal) the resolver
   * resolves like any other.
   */
  captures: PathExpr[];
}

export interface FormatArg extends NodeBase {
  kind: 'FormatArg';
  name?: Ident;
  expr: Expr;
}

export type FormatPiece =
  | { kind: 'Text'; text: string }
  | { kind: 'Placeholder'; arg: FormatArgRef; spec: FormatSpec };

/** Which argument a placeholder (or a width/precision) names. */
export type FormatArgRef =
  | { kind: 'Index'; index: number }
  | { kind: 'Name'; name: string };

export type FormatCount = { kind: 'Literal'; value: number } | { kind: 'Arg'; arg: FormatArgRef };

export interface FormatSpec {
  fill?: string;
  align?: '<' | '^' | '>';
  sign?: '+' | '-';
  alternate: boolean;
  zeroPad: boolean;
  width?: FormatCount;
  precision?: FormatCount | { kind: 'Star' };
  /** `''` for Display, `?` Debug, `x`, `X`, `o`, `b`, `e`, `E`, `x?`, `X?`. */
  trait: string;
}

// ---------------------------------------------------------------------------------------------
// Patterns

export type Pat =
  | WildPat
  | IdentPat
  | PathPat
  | TupleStructPat
  | StructPat
  | TuplePat
  | SlicePat
  | RestPat
  | RefPat
  | LitPat
  | RangePat
  | OrPat
  | MacCallPat
  | Unsupported;

export interface WildPat extends NodeBase { kind: 'WildPat' }
/**
 * `x`, `mut x`, `ref x`, `ref mut x`, `x @ sub`. A lone identifier may name a unit struct, unit
 * variant or const instead of binding: the resolver decides, as rustc does.
 */
export interface IdentPat extends NodeBase {
  kind: 'IdentPat';
  mode: 'value' | 'ref' | 'refMut';
  isMut: boolean;
  name: Ident;
  sub?: Pat;
}
/** A multi-segment or qualified path: `E::A`, `<T>::C`. */
export interface PathPat extends NodeBase { kind: 'PathPat'; path: Path }
export interface TupleStructPat extends NodeBase { kind: 'TupleStructPat'; path: Path; elems: Pat[] }
export interface FieldPat extends NodeBase {
  kind: 'FieldPat';
  name: Ident;
  pat: Pat;
  /** `S { x }` / `S { ref mut x }`: `pat` is the `IdentPat` binding `x`. */
  shorthand: boolean;
}
export interface StructPat extends NodeBase { kind: 'StructPat'; path: Path; fields: FieldPat[]; rest: boolean }
export interface TuplePat extends NodeBase { kind: 'TuplePat'; elems: Pat[] }
export interface SlicePat extends NodeBase { kind: 'SlicePat'; elems: Pat[] }
/** `..` inside a tuple, tuple-struct or slice pattern. */
export interface RestPat extends NodeBase { kind: 'RestPat' }
export interface RefPat extends NodeBase { kind: 'RefPat'; isMut: boolean; pat: Pat }
/** A literal, possibly negated (`-1`). */
export interface LitPat extends NodeBase { kind: 'LitPat'; lit: Lit; negated: boolean }
/** `a..=b`, `a..b`, `a..`, `..=b`; ends are literals or paths. */
export interface RangePat extends NodeBase { kind: 'RangePat'; start?: Pat; end?: Pat; inclusive: boolean }
export interface OrPat extends NodeBase { kind: 'OrPat'; alts: Pat[] }
export interface MacCallPat extends NodeBase { kind: 'MacCallPat'; mac: MacCall }

// ---------------------------------------------------------------------------------------------
// Types

export type Type =
  | PathType
  | RefType
  | PtrType
  | SliceType
  | ArrayType
  | TupleType
  | NeverType
  | InferType
  | FnPtrType
  | ImplTraitType
  | DynTraitType
  | ParenType
  | MacCallType
  | Unsupported;

/** `Vec<T>`, `Self`, `T::Item`, `<T as Iterator>::Item`, `i32` (primitives are paths too, as in rustc). */
export interface PathType extends NodeBase { kind: 'PathType'; path: Path }
export interface RefType extends NodeBase { kind: 'RefType'; lifetime?: Lifetime; isMut: boolean; ty: Type }
export interface PtrType extends NodeBase { kind: 'PtrType'; isMut: boolean; ty: Type }
export interface SliceType extends NodeBase { kind: 'SliceType'; elem: Type }
export interface ArrayType extends NodeBase { kind: 'ArrayType'; elem: Type; len: Expr }
/** `()` is a tuple type with no elements. */
export interface TupleType extends NodeBase { kind: 'TupleType'; elems: Type[] }
export interface NeverType extends NodeBase { kind: 'NeverType' }
/** `_` */
export interface InferType extends NodeBase { kind: 'InferType' }
export interface FnPtrType extends NodeBase {
  kind: 'FnPtrType';
  forLifetimes: Ident[];
  isUnsafe: boolean;
  abi?: string;
  params: Type[];
  ret?: Type;
}
export interface ImplTraitType extends NodeBase { kind: 'ImplTrait'; bounds: GenericBound[] }
export interface DynTraitType extends NodeBase { kind: 'DynTrait'; bounds: GenericBound[] }
export interface ParenType extends NodeBase { kind: 'ParenType'; ty: Type }
export interface MacCallType extends NodeBase { kind: 'MacCallType'; mac: MacCall }

/** Every node kind that carries an id, for tables indexed by `NodeId`. */
export type AnyNode =
  | SourceFile | Attribute | Path | AngleArgs | ParenArgs | AssocConstraint | Lifetime
  | GenericParam | TraitBound | LifetimeBound | WherePredicate | Item | UseTree | SelfParam | Param
  | FieldDef | Variant | Block | Stmt | Expr | StructExprField | Arm | ClosureParam | MacCall
  | FormatArgs | FormatArg | Pat | FieldPat | Type;
