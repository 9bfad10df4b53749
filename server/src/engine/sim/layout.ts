/**
 * The simulator's door to type sizes. `size_of`/`align_of`, heap block sizes, element sizes of
 * buffers, variable sizes in the trace and the parameter part of frame sizes all come from the
 * layout engine (engine/layout), through the program's own `TypeEnv` (`prog.typeEnv`, built from
 * the same tree the program was lowered from), so the simulator and the layout hovers and CLI
 * share one truth: rustc 1.95's layouts. The types asked about are the type checker's (each std
 * call's `Site.ty`, each binding's checked type), never read off a value.
 *
 * - `layoutOfTy(ty)` asks the engine for a type; null when the engine cannot know it (a generic
 *   parameter, `impl Trait`, a type from another crate). `engineLayoutOfTy` also says why.
 * Nothing here estimates a size or reads a type off a value: without the checker's type the
 * caller stops the run as `unsupported`.
 *
 * A std type the simulator models but the engine does not know gets its layout in
 * engine/layout/stdTypes.ts (from std's real fields, checked against rustc), never here.
 */
import { buildTypeEnv, type LayoutResult, type TypeEnv } from '../layout/index';
import { parseRust, type Tree } from '../parse/parser';
import { lower } from '../syntax/lower';
import { resolve } from '../resolve';
import type { FrameParts } from '../../../../protocol/trace';
import type { Program } from './items';
import type { Ty } from './types';
import { HAS_ERROR, HAS_INFER, HAS_OPAQUE, HAS_PARAM, HAS_PROJ } from '../typeck/ty';

const NOT_CONCRETE = HAS_PARAM | HAS_ERROR | HAS_INFER | HAS_PROJ | HAS_OPAQUE;

export interface SizeAlign {
  size: number;
  align: number;
  /** A niche an enclosing `Option` can use (references, Box, Vec, String, bool, char, enums). */
  niche: boolean;
}

// ------------------------------------------------------------------------------ the engine

/** Answers by type text, per TypeEnv: the hot loop pays one Map lookup per query. */
const answers = new WeakMap<TypeEnv, Map<string, LayoutResult>>();
let stdOnly: { tree: Tree; env: TypeEnv } | null = null;

/** The program's TypeEnv; without a program, one that knows only std and primitives. */
function envOf(prog: Program | null): TypeEnv {
  if (prog?.typeEnv) return prog.typeEnv;
  if (!stdOnly) {
    const tree = parseRust('');
    const ast = lower(tree, '');
    stdOnly = { tree, env: buildTypeEnv({ ast, resolution: resolve(ast) }) };
  }
  return stdOnly.env;
}

function layoutOfText(text: string, prog: Program | null): LayoutResult {
  const env = envOf(prog);
  let m = answers.get(env);
  if (!m) {
    m = new Map();
    answers.set(env, m);
  }
  let r = m.get(text);
  if (!r) {
    r = env.layoutOfText(text);
    m.set(text, r);
  }
  return r;
}

function sizeAlign(r: LayoutResult): SizeAlign | null {
  return r.known ? { size: r.size, align: r.align, niche: r.niche !== null } : null;
}

const texts = new WeakMap<Ty, string | null>();

/**
 * The text of a written type as the layout engine reads it (full paths kept, so `a::Node` and
 * `std::rc::Weak` resolve as written), or null when it names no concrete type here (a generic
 * parameter, `impl Trait`, `_`).
 */
function tyText(ty: Ty): string | null {
  let t = texts.get(ty);
  if (t === undefined) {
    t = computeTyText(ty);
    texts.set(ty, t);
  }
  return t;
}

function computeTyText(ty: Ty): string | null {
  const all = (tys: Ty[]): string[] | null => {
    const out: string[] = [];
    for (const x of tys) {
      const s = tyText(x);
      if (s === null) return null;
      out.push(s);
    }
    return out;
  };
  switch (ty.k) {
    case 'path': {
      const args = all(ty.args);
      if (!args) return null;
      return ty.segs.join('::') + (args.length ? `<${args.join(', ')}>` : '');
    }
    case 'ref': case 'ptr': {
      const inner = tyText(ty.inner);
      if (inner === null) return null;
      return ty.k === 'ref' ? `&${ty.mut ? 'mut ' : ''}${inner}` : `*${ty.mut ? 'mut' : 'const'} ${inner}`;
    }
    case 'tuple': {
      const items = all(ty.items);
      if (!items) return null;
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'array': {
      const elem = tyText(ty.elem);
      if (elem === null) return null;
      // A length the lowering could not read (a constant's name) is left for the engine to evaluate.
      const len = ty.len >= 0 ? String(ty.len) : ty.text.slice(ty.text.lastIndexOf(';') + 1, -1).trim();
      return `[${elem}; ${len}]`;
    }
    case 'slice': {
      const elem = tyText(ty.elem);
      return elem === null ? null : `[${elem}]`;
    }
    case 'dyn': return `dyn ${ty.trait}`;
    case 'fn': return ty.text;
    case 'never': return '!';
    default: return null;
  }
}

/** The engine's answer for a type, with the reason when it is unknown. */
export function engineLayoutOfTy(ty: Ty, prog: Program | null): LayoutResult {
  // A checked type naming a generic parameter is sized once the running call's instance fills it
  // in; one the checker could not type (a std type it does not declare) by its spelling.
  if (ty.checked && prog && (ty.checked.flags & NOT_CONCRETE) === 0) return prog.tyLayouts.layoutOf(ty.checked);
  const text = tyText(ty);
  if (text === null) {
    const why = ty.k === 'param' ? `generic parameter \`${ty.name}\` is not known here` : `\`${ty.text}\` is not a concrete type`;
    return { known: false, reason: why, unknownTypes: [ty.text] };
  }
  return layoutOfText(text, prog);
}

/** Size, alignment and niche of a written type, or null when the layout engine cannot know it. */
export function layoutOfTy(ty: Ty, prog: Program | null): SizeAlign | null {
  return sizeAlign(engineLayoutOfTy(ty, prog));
}

export function sizeOfTy(ty: Ty, prog: Program | null): number | null {
  const r = engineLayoutOfTy(ty, prog);
  return r.known ? r.size : null;
}
