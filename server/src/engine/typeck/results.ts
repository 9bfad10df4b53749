// What type checking leaves for the analyses: side tables keyed by the syntax tree's node ids.
import type { NodeId, Span } from '../syntax/ast';
import type { ClosureCaptures, ClosureKind } from './captures';
import type { FnDef } from './defs';
import { NodeTable } from '../syntax/nodeTable';
import type { Def, Ty } from './ty';

/** A type error as rustc reports it: its code, its message, its primary span. */
export interface TypeError {
  readonly code: string;
  readonly message: string;
  readonly span: Span;
}

export class TypeckResults {
  /** The type of every expression that was checked, variables resolved (fallback applied). */
  readonly exprTypes = new NodeTable<Ty>();
  /** The type of every pattern node; a binding's `IdentPat` id gives the binding's type. */
  readonly patTypes = new NodeTable<Ty>();
  /** The method each method call (and each operator or index through a trait) resolved to. */
  readonly methods = new NodeTable<FnDef>();
  /**
   * The generic arguments each method call instantiates its method with (the impl's or trait's
   * parameters, then the method's own), as `fnDef` types carry them for path calls.
   */
  readonly methodArgs = new NodeTable<readonly Ty[]>();
  readonly errors: TypeError[] = [];
  /** Each closure's captured places and modes (captures.ts), by the closure expression's id. */
  readonly closureCaptures = new Map<NodeId, ClosureCaptures>();
  /** The kind a closure's expected type fixes (`F: FnMut(..)`, `dyn Fn`), by the closure expression's id. */
  readonly closureBoundKinds = new Map<NodeId, ClosureKind>();
  /** Each closure type's kind: the expected bound's, else what its captures decide (by the closure type's `Def`). */
  readonly closureKinds = new Map<Def, ClosureKind>();
  /** The type an `impl Trait` return stands for inside its function (the hidden type), by the fn item's id. */
  readonly hiddenTypes = new Map<NodeId, Ty>();

  typeOfExpr(id: NodeId): Ty | undefined {
    return this.exprTypes.get(id);
  }

  typeOfBinding(patId: NodeId): Ty | undefined {
    return this.patTypes.get(patId);
  }
}
