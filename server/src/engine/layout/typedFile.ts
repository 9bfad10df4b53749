// A file's types as the type checker gives them, with their layouts: the checker's results (the
// type of every expression and binding) and a TyLayouts over the file's TypeEnv. The hover and
// the stack checks read types from here, so what they show is the type rustc infers, not the one
// written or guessed from an initializer. Built once per TypeEnv (itself once per tree).
import { typeName, type Typeck } from '../typeck';
import { HAS_INFER, hasError, someTy, type Ty } from '../typeck/ty';
import { closureUpvars, withUpvars } from '../typeck/captures';
import type { TypeckResults } from '../typeck/results';
import type { Interner } from '../typeck/interner';
import { revealed } from '../typeck/reveal';
import { unknown, type LayoutResult } from './layout';
import { TyLayouts } from './tyLayouts';
import type { TypeEnv } from './typeEnv';

export interface TypedFile {
  readonly env: TypeEnv;
  readonly results: TypeckResults;
  readonly tcx: Interner;
  readonly layouts: TyLayouts;
  /**
   * Each closure type's upvar types (`&T`, `&mut T` or the captured place's type, in capture
   * order) by the closure's `Def`: the checker's closure types leave them out, its capture
   * analysis has them. A closure missing here (captures the analysis does not model) has no size.
   */
  readonly upvars: ReadonlyMap<object, readonly Ty[]>;
}

const typedByEnv = new WeakMap<TypeEnv, TypedFile>();

/** The checker's view of the file `env` was built for; `types` must be the same Ast's. */
export function typedFile(env: TypeEnv, types: Typeck): TypedFile {
  let file = typedByEnv.get(env);
  if (!file) {
    const tcx = types.program.tcx;
    file = { env, results: types.results, tcx, layouts: new TyLayouts(env, types.program), upvars: closureUpvars(types.results, tcx, new Map<object, readonly Ty[]>()) };
    typedByEnv.set(env, file);
  }
  return file;
}

/** A type the checker settled: not an error and with nothing left to infer. */
export function settled(ty: Ty | undefined): ty is Ty {
  return ty !== undefined && !hasError(ty) && (ty.flags & HAS_INFER) === 0;
}

/**
 * A checked type as the running program has it: an `impl Trait` a function returns is the type its
 * body gives, a closure holds its captures (what `type_name_of_val` names and `size_of_val` measures).
 */
function asRun(file: TypedFile, ty: Ty | undefined): Ty | undefined {
  return ty && withUpvars(file.tcx, file.upvars, revealed(file.tcx, file.results, ty));
}

/** A closure in `ty` whose captures the analysis does not know: it would look empty. */
function uncaptured(file: TypedFile, ty: Ty): boolean {
  return someTy(ty, (t) => t.k === 'closure' && !t.upvars.length && file.upvars.get(t.def)?.length !== 0);
}

/** A binding's type (by its pattern's id), revealed. */
export function bindingTy(file: TypedFile, binding: number): Ty | undefined {
  return asRun(file, file.results.typeOfBinding(binding));
}

/**
 * The layout of a checked type, a `// @mem size` override first: by the type as printed, or an
 * ADT by its name, as the TypeEnv looks a written type up (TyLayouts does not apply them inside
 * other types).
 */
export function layoutOfTy(file: TypedFile, ty: Ty): LayoutResult {
  if (uncaptured(file, ty)) return unknown(`what a closure in \`${typeName(ty)}\` captures is not known`);
  const overrides = file.env.overrides;
  const forced = overrides.size ? (overrides.get(typeName(ty)) ?? (ty.k === 'adt' ? overrides.get(ty.def.name) : undefined)) : undefined;
  return forced ? { known: true, size: forced.size, align: forced.align, padding: 0, niche: null } : file.layouts.layoutOf(ty);
}

/** The layout of an expression's checked type, when the checker settled it. */
export function exprLayout(file: TypedFile, id: number): { ty: Ty; layout: LayoutResult } | undefined {
  const ty = asRun(file, file.results.typeOfExpr(id));
  return settled(ty) ? { ty, layout: layoutOfTy(file, ty) } : undefined;
}
