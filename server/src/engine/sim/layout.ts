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
 * - `exactTyOfValue(v)` is for what the checker left open only (the error type a `?` boxes
 *   into `Box<dyn Error>`): the value's type when the value shows all of it and the engine knows it, else null,
 *   and the caller stops the run as `unsupported`. Nothing here estimates a size.
 *
 * A std type the simulator models but the engine does not know gets its layout in
 * engine/layout/stdTypes.ts (from std's real fields, checked against rustc), never here.
 */
import { buildTypeEnv, type LayoutResult, type TypeEnv } from '../layout/index';
import { parseRust, type Tree } from '../parse/parser';
import { lower } from '../syntax/lower';
import { resolve } from '../resolve';
import type { FrameParts } from '../../../../protocol/trace';
import type { AdtDef, Program } from './items';
import type { Ty } from './types';
import { Arr, BoxV, CapRef, Enum, Native, Ref, Slice, Str, Struct, Tuple, VecV, type Value } from './values';
import { scalarTypeName, typeNameOf } from './interp/typename';
import { nameTable } from '../nameTable';

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

/** The engine's answer for a written type, with the reason when it is unknown. */
export function engineLayoutOfTy(ty: Ty, prog: Program | null): LayoutResult {
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

// ------------------------------------------------------------------------------ values

/** `_` standing alone marks a part of a type the value cannot show. */
const HOLE = /\b_\b/;

/** Names std modules give their values (`rc::Weak<T>`) as paths the engine resolves. */
function stdPath(name: string): string {
  return name.startsWith('rc::') || name.startsWith('sync::') ? `std::${name}` : name;
}

/**
 * The type of a run-time value as text, with `_` where the value does not show a part (the
 * payload type of a `None`, the element type of an empty `Vec`); null for values whose type has no
 * name (closures, function items). The engine decides whether a `_` matters for the layout.
 */
function valueTypeText(v: Value, prog: Program | null, depth = 0): string | null {
  if (depth > 8) return '_';
  const scalar = scalarTypeName(v);
  if (scalar !== undefined) return scalar;
  if (v instanceof VecV) return 'Vec<_>';
  if (v instanceof Slice) return '&[_]';
  if (v instanceof BoxV) {
    if (v.block.dyn) return `Box<dyn ${v.block.dyn}>`;
    const x = v.block.items[0];
    return x instanceof Str ? 'Box<str>' : `Box<${x === undefined ? '_' : (valueTypeText(x, prog, depth + 1) ?? '_')}>`;
  }
  if (v instanceof Ref || v instanceof CapRef) {
    const x = v.arr[v.idx];
    const mut = v.mut ? 'mut ' : '';
    return x instanceof Str ? `&${mut}str` : `&${mut}${x === undefined ? '_' : (valueTypeText(x, prog, depth + 1) ?? '_')}`;
  }
  if (v instanceof Tuple) {
    const items = v.items.map((x) => valueTypeText(x, prog, depth + 1) ?? '_');
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (v instanceof Arr) return `[${v.items.length ? (valueTypeText(v.items[0], prog, depth + 1) ?? '_') : '_'}; ${v.items.length}]`;
  if (v instanceof Struct) return adtText(v.def, v.def.fieldTys, v.f, prog, depth);
  if (v instanceof Enum) return adtText(v.def, v.def.variants[v.vi]?.fieldTys ?? [], v.f, prog, depth);
  if (v instanceof Native) {
    const name = v.cls.typeName(v.data);
    // A file's own type of the same name would shadow the std one in the engine.
    const base = name.split('<')[0]!.split('::').pop()!;
    return prog?.typeEnv?.declarations.byName.has(base) ? null : stdPath(name);
  }
  return null;
}

/** Builtin enums are std's, whatever the file declares under the same names. */
const STD_ENUMS: Record<string, string> = nameTable({ Option: 'std::option::Option', Result: 'std::result::Result', Ordering: 'std::cmp::Ordering' });

function adtText(def: AdtDef, fieldTys: Ty[], fields: Value[], prog: Program | null, depth: number): string {
  const name = def.builtin ? (STD_ENUMS[def.name] ?? def.name) : def.name;
  if (def.generics.length === 0) return name;
  const bound = new Map<string, string>();
  fieldTys.forEach((t, i) => {
    const x = fields[i];
    if (x !== undefined) bindParams(t, x, bound, prog, depth + 1);
  });
  return `${name}<${def.generics.map((g) => bound.get(g) ?? '_').join(', ')}>`;
}

/** Reads generic arguments off a value: the field `T` holding `5u8` binds `T = u8`. */
function bindParams(ty: Ty, v: Value, bound: Map<string, string>, prog: Program | null, depth: number): void {
  if (depth > 8) return;
  if (ty.k === 'param') {
    if (bound.has(ty.name)) return;
    const t = valueTypeText(v, prog, depth);
    if (t !== null && !HOLE.test(t)) bound.set(ty.name, t);
    return;
  }
  const inner = (t: Ty | undefined, x: Value | undefined) => {
    if (t && x !== undefined) bindParams(t, x, bound, prog, depth + 1);
  };
  if (ty.k === 'ref' && (v instanceof Ref || v instanceof CapRef)) inner(ty.inner, v.arr[v.idx]);
  else if (ty.k === 'tuple' && v instanceof Tuple) ty.items.forEach((t, i) => inner(t, v.items[i]));
  else if (ty.k === 'array' && v instanceof Arr) inner(ty.elem, v.items[0]);
  else if (ty.k === 'path') {
    const arg = ty.args[0];
    if (v instanceof BoxV) inner(arg, v.block.items[0]);
    else if (v instanceof VecV) inner(arg, v.block.items[0]);
    else if (v instanceof Enum || v instanceof Struct) {
      // `Option<Box<Node<T>>>` inside `Node<T>`: follow the value's own fields with the type's arguments.
      const def = v.def;
      if (def.name !== ty.name || def.generics.length !== ty.args.length) return;
      const sub = new Map<string, string>();
      const tys = v instanceof Enum ? (def.variants[v.vi]?.fieldTys ?? []) : def.fieldTys;
      tys.forEach((t, i) => {
        const x = v.f[i];
        if (x !== undefined) bindParams(t, x, sub, prog, depth + 1);
      });
      def.generics.forEach((g, i) => {
        const a = ty.args[i];
        const t = sub.get(g);
        if (a?.k === 'param' && t !== undefined && !bound.has(a.name)) bound.set(a.name, t);
      });
    }
  }
}

/**
 * A run-time value's type, only where the value shows all of it (no `_` left: `5u8`, `(1usize,
 * "a")`; never an empty `Vec` or a `None`) and the engine knows its layout; null otherwise. Only
 * for what the checker left open (std/boxed.ts `boxFor`: the error a `?` boxes): the
 * type is named as the trace names it and sized by the engine's reading of the value's type.
 */
export function exactTyOfValue(v: Value, prog: Program | null): Ty | null {
  const text = valueTypeText(v, prog);
  if (text === null || HOLE.test(text) || !layoutOfText(text, prog).known) return null;
  return { k: 'path', name: text, segs: [text], args: [], text: typeNameOf(v) };
}
