// Module-like scopes: each `mod` (and the crate root) and each block that declares items or
// `use`s. A scope holds its items and imports per namespace; globs are looked through on demand.
import type { Res } from './res';

export type Ns = 'type' | 'value' | 'macro';

export interface Binding {
  res: Res;
  /** The module the binding is visible from, with its descendants; `undefined` when public. */
  visibleIn?: Scope;
  /** An item declared without `pub`: seen from outside its module, rustc says it is private (E0603). */
  privateItem?: true;
}

export interface Glob {
  /** What the glob imports from: a module scope, an enum (its variants), or a std path. */
  from: { kind: 'Scope'; scope: Scope } | { kind: 'Enum'; def: number } | { kind: 'Std'; path: string };
  /** `pub use …::*` re-exports what it imports. */
  isPub: boolean;
}

export class Scope {
  readonly names: Record<Ns, Map<string, Binding>> = { type: new Map(), value: new Map(), macro: new Map() };
  readonly globs: Glob[] = [];
  /**
   * Names here may come from somewhere the resolver cannot see (an item-position macro the
   * front end does not expand, a glob of a std module the table does not list): a name not
   * found is then not an error.
   */
  opaque = false;
  /** A `use … as _` here brings a trait into scope without a name. */
  underscoreImports = false;

  constructor(
    readonly kind: 'Mod' | 'Block',
    /** The module's DefId (for a block: the enclosing module's). */
    readonly def: number,
    /** For a module: its parent module (`super`); for a block: the scope around it. */
    readonly parent: Scope | undefined,
  ) {}

  /** The nearest enclosing `mod` (itself for a module): what `self` names. */
  get normal(): Scope {
    let s: Scope = this;
    while (s.kind === 'Block' && s.parent) s = s.parent;
    return s;
  }

  /**
   * Whether the trait `def` is in scope for a method call made in this scope: declared or
   * imported here or in an enclosing block, up to the module (a parent module's traits are not).
   * Undefined when a glob, an unnamed or failed import, or an opaque scope may bring it.
   */
  traitInScope(def: number): boolean | undefined {
    for (let s: Scope | undefined = this; s; s = s.kind === 'Block' ? s.parent : undefined) {
      if (s.opaque || s.underscoreImports || s.globs.length > 0) return undefined;
      for (const b of s.names.type.values()) {
        if (b.res.kind === 'Err') return undefined;
        if (b.res.kind === 'Def' && b.res.def === def) return true;
      }
    }
    return false;
  }

  /** Whether code in `from` may see an item that is private to `this` module. */
  isAncestorOf(from: Scope): boolean {
    for (let s: Scope | undefined = from; s; s = s.parent) if (s === this) return true;
    return false;
  }
}
