// What name resolution produces: a DefId for every item, and for every path (and identifier
// pattern) the thing it names, as rustc's resolver records it.
import type { Item, NodeId, Span } from '../syntax/ast';
import type { NodeTable } from '../syntax/nodeTable';
import type { Scope } from './scope';

/** Dense index into `Resolution.defs`. The crate root is 0. */
export type DefId = number;

export type DefKind =
  | 'Mod' | 'Fn' | 'Struct' | 'Enum' | 'Variant' | 'Union' | 'Trait' | 'Impl'
  | 'AssocFn' | 'AssocConst' | 'AssocTy' | 'Const' | 'Static' | 'TyAlias'
  | 'TyParam' | 'ConstParam' | 'LifetimeParam' | 'Field' | 'MacroRules';

export interface Def {
  id: DefId;
  kind: DefKind;
  /** `''` for impls; the index as a string for tuple fields. */
  name: string;
  /** The AST node that defines it (the item, variant, field or generic parameter). */
  node: NodeId;
  /** The def it is declared in (module, trait, impl, ADT, fn for its generics); undefined for the crate root. */
  parent?: DefId;
  /** Structs and variants: how they are constructed (`Tuple`/`Unit` ones also name a value). */
  ctor?: 'Tuple' | 'Unit' | 'Named';
}

/**
 * What a name refers to.
 * - `Local`: a binding; `binding` is the id of the `IdentPat` (or `SelfParam`) that introduced it
 *   (for an or-pattern, the first alternative's).
 * - `Def`: an item of this file. A struct or variant named in value position means its constructor.
 * - `Std`: a std item, by its full path (`std::collections::HashMap`, `std::option::Option::Some`).
 *   A path the std table does not know keeps the path as written after `std::`: never an error.
 * - `SelfTy`: `Self` inside the impl or trait `def`.
 * - `Prim`: a primitive type (`i32`, `str`, `bool`).
 * - `Err`: nothing (a diagnostic says why), or something the front end does not model.
 */
export type Res =
  | { kind: 'Local'; binding: NodeId }
  | { kind: 'Def'; def: DefId }
  | { kind: 'Std'; path: string }
  | { kind: 'SelfTy'; def: DefId }
  | { kind: 'Prim'; name: string }
  | { kind: 'Err' };

/**
 * A path's resolution. Like rustc's `PartialRes`, the last `unresolved` segments may be left to
 * type checking: `Vec::new`, `T::default`, `Self::CONST`, `<T>::f` name associated items of a
 * type, found by the type's impls.
 */
export interface PathRes {
  res: Res;
  unresolved: number;
}

export interface ResolveDiagnostic {
  /** rustc's error code. */
  code: string;
  /** rustc's message. */
  message: string;
  /** rustc's primary span. */
  span: Span;
}

export interface Resolution {
  defs: Def[];
  /** AST node id → the def it introduces (items, variants, fields, generic params). */
  defOfNode: Map<NodeId, DefId>;
  /** Path node id (of expressions, patterns, types, struct expressions, traits in impls and bounds…) → resolution. */
  paths: NodeTable<PathRes>;
  /**
   * `IdentPat` id → a fresh `Local` binding (itself, or the first alternative's in an or-pattern),
   * or the unit struct, unit variant or constant the identifier names instead.
   */
  patterns: Map<NodeId, Res>;
  /** Children of each def (a module's items, an ADT's variants and fields, an impl's items…). */
  children: Map<DefId, DefId[]>;
  /** Items declared in blocks, at any depth (`unsafe { fn helper() {} }`). */
  blockItems: Item[];
  /** The std path each `use` of std imports; `undefined` for a `use` that did not resolve. */
  stdImports: { path: string | undefined; glob: boolean }[];
  /** The scope each method call (by its node id) is made in, for the traits in scope there. */
  methodScopes: Map<NodeId, Scope>;
  diagnostics: ResolveDiagnostic[];
}
