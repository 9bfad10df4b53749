// Formatting as a sequence of writes. core::fmt hands its output to the destination one
// `write_str`/`write_char` at a time (each literal piece, each number, a derived `Debug`'s name,
// separators and fields separately), and a `String` destination grows at each write that does not
// fit: the real build's reallocations follow the writes, not the final length. Each function here
// passes the text of every write to `sink`, in order, and runs user `fmt` impls exactly once.
import type { FmtPiece } from '../ir';
import { adtShownName, findTraitMethod } from '../items';
import type { Interp } from '../interp/interp';
import { BoxV, CapRef, Char, Enum, Int, Native, Ref, Slice, Arr, Str, StringV, Struct, Tuple, VecV, type Value } from '../values';
import { debug, display, escapeChar, formatArg, userFmt, type Spec } from './fmt';

export type Sink = (text: string) => void;

function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

/** The program's own `fmt` for the value (a std type's comes from the program's std prelude), as fmt.ts finds it. */
function userImpl(I: Interp, v: Struct | Enum, trait: 'Display' | 'Debug') {
  const foreign = v.def.builtin ? I.prog.adts.get('#' + v.def.name) : undefined;
  const own = trait === 'Display' || !v.def.builtin ? findTraitMethod(I.prog, v.def, trait, 'fmt') : undefined;
  return own ?? (foreign ? findTraitMethod(I.prog, foreign, trait, 'fmt') : undefined);
}

/** No width, precision, sign, `#` or radix: the spec under which core writes the fewest pieces. */
function plain(spec: Spec): boolean {
  return spec.width === null && spec.precision === null && spec.sign === '' && !spec.alt && (spec.trait === '' || spec.trait === '?');
}

/** A format string with its arguments: literal pieces and arguments in order, as `fmt::write` does. */
export function writeArgs(I: Interp, pieces: FmtPiece[], args: Value[], sink: Sink): void {
  for (const p of pieces) {
    if (typeof p === 'string') {
      if (p) sink(p);
    } else if (p.width === null && p.precision === null && p.sign === '' && !p.alt && (p.trait === '' || p.trait === '?')) {
      const spec: Spec = { fill: p.fill, align: p.align, sign: p.sign, alt: p.alt, zero: p.zero, width: null, precision: null, trait: p.trait };
      if (p.trait === '') writeDisplay(I, args[p.arg], spec, sink);
      else writeDebug(I, args[p.arg], spec, sink);
    } else sink(formatArg(I, p, args));
  }
}

/** An integer is written by `pad_integral`: the sign, then the digits. */
function writeInt(text: string, sink: Sink): void {
  if (text.startsWith('-')) {
    sink('-');
    sink(text.slice(1));
  } else sink(text);
}

export function writeDisplay(I: Interp, v: Value, spec: Spec, sink: Sink): void {
  v = deref(v);
  if (v instanceof BoxV) return writeDisplay(I, v.block.items[0], spec, sink);
  if (plain(spec) && v instanceof Int) return writeInt(display(I, v, spec), sink);
  if (plain(spec) && v instanceof Native && v.cls.displayPieces) {
    for (const piece of v.cls.displayPieces(v.data)) sink(piece);
    return;
  }
  if (v instanceof Struct || v instanceof Enum) {
    const m = userImpl(I, v, 'Display');
    if (m) {
      userFmt(I, m, v, spec, sink);
      return;
    }
  }
  const text = display(I, v, spec);
  if (text) sink(text);
}

/** `{:?}` of a `str`: the quotes as characters, the text between escapes as runs. */
function writeDebugStr(s: string, sink: Sink): void {
  sink('"');
  let run = '';
  for (const c of s) {
    const esc = escapeChar(c, true);
    if (esc === c) run += c;
    else {
      if (run) sink(run);
      run = '';
      sink(esc);
    }
  }
  if (run) sink(run);
  sink('"');
}

/** A derived `Debug` without `#`: `Name { a: 1, b: 2 }`, `Name(1, 2)`, `Name` piece by piece. */
function writeDerived(I: Interp, v: Struct | Enum, spec: Spec, sink: Sink): void {
  const shape = v instanceof Struct ? v.def.shape : v.def.variants[v.vi]!.shape;
  const name = v instanceof Struct ? adtShownName(v.def) : v.def.variants[v.vi]!.name;
  const names = v instanceof Struct ? v.def.fieldNames : v.def.variants[v.vi]!.fieldNames;
  sink(name);
  if (shape === 'unit' || v.f.length === 0) return;
  if (shape === 'tuple') {
    v.f.forEach((x, i) => {
      sink(i === 0 ? '(' : ', ');
      writeDebug(I, x, spec, sink);
    });
    sink(')');
    return;
  }
  v.f.forEach((x, i) => {
    sink(i === 0 ? ' { ' : ', ');
    sink(names[i]!);
    sink(': ');
    writeDebug(I, x, spec, sink);
  });
  sink(' }');
}

function writeList(I: Interp, items: readonly Value[], spec: Spec, sink: Sink): void {
  sink('[');
  items.forEach((x, i) => {
    if (i > 0) sink(', ');
    writeDebug(I, x, spec, sink);
  });
  sink(']');
}

export function writeDebug(I: Interp, v: Value, spec: Spec, sink: Sink): void {
  v = deref(v);
  if (v instanceof BoxV) return writeDebug(I, v.block.items[0], spec, sink);
  if (plain(spec)) {
    if (v instanceof Int) return writeInt(debug(I, v, spec), sink);
    if (v instanceof Str) return writeDebugStr(v.s, sink);
    if (v instanceof StringV) return writeDebugStr(v.block.text, sink);
    if (v instanceof Char) {
      sink("'");
      sink(escapeChar(String.fromCodePoint(v.cp), false));
      sink("'");
      return;
    }
    if (v instanceof VecV) return writeList(I, v.block.items, spec, sink);
    if (v instanceof Arr) return writeList(I, v.items, spec, sink);
    if (v instanceof Slice) return writeList(I, v.arr.slice(v.start, v.start + v.len), spec, sink);
    if (v instanceof Tuple && v.items.length > 0) {
      v.items.forEach((x, i) => {
        sink(i === 0 ? '(' : ', ');
        writeDebug(I, x, spec, sink);
      });
      if (v.items.length === 1) sink(',');
      sink(')');
      return;
    }
  }
  if (v instanceof Struct || v instanceof Enum) {
    const user = userImpl(I, v, 'Debug');
    if (user) {
      userFmt(I, user, v, spec, sink);
      return;
    }
    if (!user && plain(spec) && v.def.derives.has('Debug')) return writeDerived(I, v, spec, sink);
  }
  const text = debug(I, v, spec);
  if (text) sink(text);
}

/** The writes of a format string, collected: their texts in order. */
export function argsWrites(I: Interp, pieces: FmtPiece[], args: Value[]): string[] {
  const out: string[] = [];
  writeArgs(I, pieces, args, (s) => out.push(s));
  return out;
}
