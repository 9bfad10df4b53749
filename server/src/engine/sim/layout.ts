/**
 * The simulator's door to type sizes. `size_of`/`align_of`, heap block sizes, element sizes of
 * buffers, variable sizes in the trace and the parameter part of frame sizes all come from the
 * layout engine (engine/layout): the type checker's type of each simulator type (`Ty.checked`) is
 * laid out by the program's `TyLayouts` (`prog.tyLayouts`, over the `TypeEnv` of the same tree, one
 * cache shared with the MIR frames), so the simulator and the layout hovers and CLI share one
 * truth: rustc 1.95's layouts. Every type asked about carries the checker's type: a binding's, a
 * call's `Site.ty`, a written type's (sim/lower/types.ts), a std type std's models name themselves
 * (`stdTy`, `pairTy`); none is read off a value or printed and read back.
 *
 * - `layoutOfTy(ty)` asks the engine for a type; null when the engine cannot know it (a generic
 *   parameter, `impl Trait`, `_`, a type from another crate). `engineLayoutOfTy` also says why.
 * Nothing here estimates a size: without the checker's type the caller stops the run as
 * `unsupported`.
 *
 * A std type the simulator models but the engine does not know gets its layout in
 * engine/layout/stdTypes.ts (from std's real fields, checked against rustc), never here.
 */
import type { LayoutResult } from '../layout/index';
import type { Program } from './items';
import type { Ty } from './types';
import { HAS_ERROR, HAS_INFER, HAS_OPAQUE, HAS_PARAM, HAS_PROJ, INTS, STR, type Ty as Checked } from '../typeck/ty';

const NOT_CONCRETE = HAS_PARAM | HAS_ERROR | HAS_INFER | HAS_PROJ | HAS_OPAQUE;

export interface SizeAlign {
  size: number;
  align: number;
  /** A niche an enclosing `Option` can use (references, Box, Vec, String, bool, char, enums). */
  niche: boolean;
}

function sizeAlign(r: LayoutResult): SizeAlign | null {
  return r.known ? { size: r.size, align: r.align, niche: r.niche !== null } : null;
}

/** The engine's answer for a type, with the reason when it is unknown. */
export function engineLayoutOfTy(ty: Ty, prog: Program): LayoutResult {
  // A checked type naming a generic parameter is sized once the running call's instance fills it in.
  if (ty.checked && (ty.checked.flags & NOT_CONCRETE) === 0) return prog.tyLayouts.layoutOf(ty.checked);
  const why = ty.k === 'param' ? `generic parameter \`${ty.name}\` is not known here` : `\`${ty.text}\` is not a concrete type`;
  return { known: false, reason: why, unknownTypes: [ty.text] };
}

/** Size, alignment and niche of a type, or null when the layout engine cannot know it. */
export function layoutOfTy(ty: Ty, prog: Program): SizeAlign | null {
  return sizeAlign(engineLayoutOfTy(ty, prog));
}

export function sizeOfTy(ty: Ty, prog: Program): number | null {
  const r = engineLayoutOfTy(ty, prog);
  return r.known ? r.size : null;
}

// ------------------------------------------------------------------------------ std's own types

const STD_TYS = new WeakMap<Program, Map<string, Ty>>();

/**
 * A type std's models name themselves (the `String`s of `env::args`, the bytes of a `Vec<u8>` a
 * `String` hands over, the `str` of an `Rc<str>`), with the checker's type of it: one object per
 * program and name.
 */
export function stdTy(prog: Program, name: 'String' | 'u8' | 'str'): Ty {
  let m = STD_TYS.get(prog);
  if (!m) STD_TYS.set(prog, (m = new Map()));
  let t = m.get(name);
  if (!t) {
    const p = prog.typeck;
    const adt = name === 'String' ? p.stdAdt(name) : undefined;
    const checked: Checked | undefined = name === 'u8' ? INTS.u8 : name === 'str' ? STR : adt && p.tcx.adt(adt);
    m.set(name, (t = { k: 'path', name, segs: [name], args: [], text: name, checked }));
  }
  return t;
}

/** The pair `(a, b)` (a map's entry, as a B-tree collects its entries), with the checker's type when both parts have one. */
export function pairTy(prog: Program, a: Ty, b: Ty): Ty {
  const checked = a.checked && b.checked ? prog.typeck.tcx.tuple([a.checked, b.checked]) : undefined;
  return { k: 'tuple', items: [a, b], text: `(${a.text}, ${b.text})`, checked };
}
