import type { BindingTypes, CallTypes, LiteralTypes } from './lower/checkedTypes';
/**
 * The program's items after lowering: type definitions (structs and enums, the user's and the
 * built-in `Option`/`Result`/`Ordering`), functions, traits, constants and `use` aliases. Lookups
 * by name happen once, when the interpreter compiles a call site, not per execution.
 */
import type { TyLayouts, TypeEnv } from '../layout/index';
import type { ProgramFrames } from '../mir/frame';
import type { Ty as CheckedTy } from '../typeck/ty';
import type { Program as TypeckProgram } from '../typeck/program';
import type { Instances } from './lower/instances';
import type { Expr, FnIR, Span } from './ir';
import type { Ty } from './types';

export interface VariantDef {
  name: string;
  shape: 'named' | 'tuple' | 'unit';
  fieldNames: string[];
  fieldTys: Ty[];
  discr: bigint;
}

export interface AdtDef {
  name: string;
  kind: 'struct' | 'enum';
  generics: string[];
  /** Struct shape and fields (for enums: unused). */
  shape: 'named' | 'tuple' | 'unit';
  fieldNames: string[];
  fieldTys: Ty[];
  variants: VariantDef[];
  derives: Set<string>;
  /** Inherent methods and associated functions. */
  methods: Map<string, FnIR>;
  /** Trait implementations: trait name → its methods (with defaults filled in at lookup). */
  traitImpls: Map<string, Map<string, FnIR>>;
  copy: boolean;
  builtin: boolean;
  /** The variant marked `#[default]` (for `#[derive(Default)]` on enums). */
  defaultVariant: number;
  line: number;
  /** Source text of the item, for the layout engine. */
  sp: Span | null;
  /**
   * A program type's path after the crate's name, as `std::any::type_name` prints it
   * (`shapes::Square`); absent where the simulator does not know it.
   */
  path?: string;
}

export interface TraitDef {
  name: string;
  /** Methods with a default body. */
  defaults: Map<string, FnIR>;
  /** All method names the trait declares. */
  methods: Set<string>;
  supertraits: string[];
}

export interface ConstDef {
  name: string;
  ty: Ty;
  expr: Expr;
  isStatic: boolean;
  mutable: boolean;
  sp: Span;
}

export interface Program {
  adts: Map<string, AdtDef>;
  /** Free functions by (module-qualified) name. */
  fns: Map<string, FnIR>;
  traits: Map<string, TraitDef>;
  consts: Map<string, ConstDef>;
  /** `use` aliases: the name in scope → the full path. */
  uses: Map<string, string[]>;
  /** Blanket impls (`impl<T: Bound> Trait for T`): methods usable on any value. */
  blanket: Map<string, Map<string, FnIR>>;
  /** Source text (for layout queries and messages). */
  source: string;
  /** The type checker's types of unsuffixed number literals, by position. */
  literalTypes: LiteralTypes;
  /** The type checker's types of bindings, by position of the pattern or its name. */
  bindingTypes: BindingTypes;
  /** The type checker's types of call expressions, by position. */
  callTypes: CallTypes;
  /** The type checker's error types of `?` on a `Result`, by position of the `?` expression. */
  tryErrorTypes: CallTypes;
  /**
   * The layout engine's view of the same tree: every size the simulator uses comes from it
   * (sim/layout.ts). It reads the tree lazily, so the tree lives as long as the program.
   */
  typeEnv: TypeEnv;
  /**
   * Layouts of the type checker's types on the same TypeEnv, one cache for the program: what sizes
   * every type the simulator has the checker's type of (sim/layout.ts), and the frames' locals.
   */
  tyLayouts: TyLayouts;
  /** The type checker's types of bindings that name their body's generic parameters, by position. */
  genericBindingTypes: ReadonlyMap<string, CheckedTy>;
  /**
   * Each function's and closure's frame in bytes, from its MIR as the debug build lays it out
   * (mir/frame.ts), by where the item or closure starts (`line:character`, 0-based), and of each
   * instantiation of a generic one.
   */
  frames: ProgramFrames;
  /** The instantiation each call of a generic function runs (lower/instances.ts). */
  instances: Instances;
  /** The type checker's program: its interner and std's declarations, for the types std's models name themselves (sim/layout.ts `stdTy`). */
  typeck: TypeckProgram;
}

export function newAdt(name: string, kind: 'struct' | 'enum', line: number): AdtDef {
  return {
    name, kind, generics: [], shape: 'unit', fieldNames: [], fieldTys: [], variants: [],
    derives: new Set(), methods: new Map(), traitImpls: new Map(), copy: false, builtin: false, defaultVariant: -1, line, sp: null,
  };
}

/** Finds a method of a type: inherent first, then each implemented trait (with trait defaults). */
export function findMethod(prog: Program, adt: AdtDef, name: string): FnIR | undefined {
  const own = adt.methods.get(name);
  if (own) return own;
  for (const [trait, methods] of adt.traitImpls) {
    const m = methods.get(name);
    if (m) return m;
    const t = prog.traits.get(trait);
    const d = t?.defaults.get(name);
    if (d) return d;
  }
  return undefined;
}

/** A trait method of a type, including the trait's default body. */
export function findTraitMethod(prog: Program, adt: AdtDef, trait: string, name: string): FnIR | undefined {
  const methods = adt.traitImpls.get(trait);
  if (!methods) return undefined;
  return methods.get(name) ?? prog.traits.get(trait)?.defaults.get(name);
}

/**
 * A type's name as Rust prints it in `{:?}` and the trace shows it: a program type whose name
 * another type shares is keyed by its path (lower/adtKeys.ts), and shown by its own name.
 */
export function adtShownName(def: AdtDef): string {
  const at = def.builtin ? -1 : def.name.lastIndexOf('::');
  return at < 0 ? def.name : def.name.slice(at + 2);
}
