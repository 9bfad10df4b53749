// What the checker needs to know of a path: the definition its resolved prefix names and how many
// trailing segments are left for the checker to resolve as associated items (`Vec::new` is the
// type `Vec` and the associated fn `new`, as rustc's partial resolutions are).
import type * as A from '../syntax/ast';
import type { AdtDef, ItemDef } from './defs';
import type { Ty } from './ty';

export type Res =
  | { readonly kind: 'Local'; readonly binding: A.NodeId }
  | { readonly kind: 'Def'; readonly def: ItemDef }
  | { readonly kind: 'Variant'; readonly adt: AdtDef; readonly index: number }
  | { readonly kind: 'Prim'; readonly ty: Ty }
  /** `Self` in an impl or trait. */
  | { readonly kind: 'SelfTy' }
  | { readonly kind: 'Module' }
  /** Known not to be anything the checker models: its type is unknown. */
  | { readonly kind: 'Unknown' };

export interface PartialRes {
  readonly res: Res;
  /** Segments after the resolved prefix, for the checker (associated items, variants of aliases). */
  readonly unresolved: number;
}

/** Resolves the paths of one source (the user's file, or the std declarations). */
export interface Names {
  resolve(path: A.Path): PartialRes;
  /** What a lone identifier pattern names when it does not bind (a unit variant, unit struct, const). */
  identPat?(pat: A.IdentPat): Res | undefined;
  /** How many impls and traits the source declares anywhere, nested blocks included. */
  itemCount?(kind: 'Impl' | 'Trait'): number;
  /** Items declared in blocks, at any depth. */
  blockItems?(): readonly A.Item[];
  /** The std path each `use` of std imports; `undefined` for a `use` that did not resolve. */
  stdImports?(): readonly { path: string | undefined; glob: boolean }[];
  /** Whether the trait declared by `trait` is in scope at the method call `call`; undefined when not known. */
  traitInScope?(call: A.NodeId, trait: A.NodeId): boolean | undefined;
}

export const UNKNOWN: PartialRes = { res: { kind: 'Unknown' }, unresolved: 0 };
