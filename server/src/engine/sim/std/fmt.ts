// `Display` and `Debug` for every value, format strings, `Formatter` for user impls, and the
// format macros' output. Layout follows core::fmt: derived `Debug` passes the spec (width, precision)
// down to the leaves, `{:#?}` indents nested output by four spaces per level, `str`/`char` `Debug`
// ignores width, user `Display` impls see the spec through their `Formatter`.
import type { FmtArg, FmtPiece } from '../ir';
import { adtShownName, findTraitMethod } from '../items';
import type { Interp } from '../interp/interp';
import {
  Arr, BoxV, CapRef, Char, Closure, Enum, Float, FnV, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, UNIT, VecV,
  num, type NativeClass, type Value,
} from '../values';
import { ok } from './builtins';
import { formatFloat, formatInt, pad, padNumber, PLAIN, type Spec } from './fmtnum';
import { defineMethods, method } from './registry';

export { PLAIN, type Spec };

// ------------------------------------------------------------------------------ layout helpers

function indent(s: string): string {
  return s.replace(/\n/g, '\n    ');
}

/** `[a, b]` / `(a, b)` / `{a, b}` in compact or pretty form. */
export function debugList(items: string[], pretty: boolean, open: string, close: string): string {
  if (items.length === 0) return open + close;
  if (!pretty) return open + items.join(', ') + close;
  return `${open}\n${items.map((i) => '    ' + indent(i) + ',\n').join('')}${close}`;
}

export function debugMap(entries: [string, string][], pretty: boolean): string {
  if (entries.length === 0) return '{}';
  if (!pretty) return `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
  return `{\n${entries.map(([k, v]) => `    ${indent(k)}: ${indent(v)},\n`).join('')}}`;
}

export function debugStruct(name: string, fields: [string, string][], pretty: boolean): string {
  if (fields.length === 0) return name;
  if (!pretty) return `${name} { ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  return `${name} {\n${fields.map(([k, v]) => `    ${k}: ${indent(v)},\n`).join('')}}`;
}

export function debugTuple(name: string, items: string[], pretty: boolean): string {
  if (items.length === 0) return name;
  if (!pretty) return `${name}(${items.join(', ')})`;
  return `${name}(\n${items.map((i) => '    ' + indent(i) + ',\n').join('')})`;
}

// ------------------------------------------------------------------------------ escapes

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|[^\P{Zs} ]/u;

export function escapeChar(c: string, inStr: boolean): string {
  switch (c) {
    case '\0': return '\\0';
    case '\t': return '\\t';
    case '\r': return '\\r';
    case '\n': return '\\n';
    case '\\': return '\\\\';
    case '"': return inStr ? '\\"' : '"';
    case "'": return inStr ? "'" : "\\'";
    default:
      if (NON_PRINTABLE.test(c)) return `\\u{${c.codePointAt(0)!.toString(16)}}`;
      return c;
  }
}

export function debugStr(s: string): string {
  let out = '"';
  for (const c of s) out += escapeChar(c, true);
  return out + '"';
}

export function debugChar(cp: number): string {
  return `'${escapeChar(String.fromCodePoint(cp), false)}'`;
}

// ------------------------------------------------------------------------------ Display / Debug

function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

export function display(I: Interp, v: Value, spec: Spec = PLAIN): string {
  v = deref(v);
  if (v instanceof Int) return formatInt(v, spec, spec.trait);
  if (v instanceof Float) return formatFloat(v.v, v.ty === 'f32', spec, false);
  if (v instanceof Str) return pad(v.s, spec);
  if (v instanceof StringV) return pad(v.block.text, spec);
  if (typeof v === 'boolean') return pad(v ? 'true' : 'false', spec);
  if (v instanceof Char) return pad(String.fromCodePoint(v.cp), spec);
  if (v instanceof BoxV) return display(I, v.block.items[0], spec);
  if (v instanceof Struct || v instanceof Enum) {
    const m = findTraitMethod(I.prog, v.def, 'Display', 'fmt') ?? foreignFmt(I, v, 'Display');
    if (m) return userFmt(I, m, v, spec);
  }
  if (v instanceof Native) {
    if (v.cls.display) return pad(v.cls.display(v.data, (x) => display(I, x, spec)), spec);
    if (v.cls.deref) return display(I, v.cls.deref(v.data).get(), spec);
  }
  const foreign = foreignDisplay(I, v);
  if (foreign) return userFmt(I, foreign, v, spec);
  return I.unsupported(`\`{}\` of \`${I.typeName(v)}\` (no Display)`);
}

function foreignFmt(I: Interp, v: Struct | Enum, trait: string) {
  if (!v.def.builtin) return undefined;
  const adt = I.prog.adts.get('#' + v.def.name);
  return adt ? findTraitMethod(I.prog, adt, trait, 'fmt') : undefined;
}

function foreignDisplay(I: Interp, v: Value) {
  const key = v instanceof VecV ? 'Vec' : null;
  if (!key) return undefined;
  const adt = I.prog.adts.get('#' + key);
  return adt ? findTraitMethod(I.prog, adt, 'Display', 'fmt') : undefined;
}

export function debug(I: Interp, v: Value, spec: Spec = PLAIN): string {
  const pretty = spec.alt;
  v = deref(v);
  if (v instanceof Int) return formatInt(v, spec, spec.trait);
  if (v instanceof Float) return formatFloat(v.v, v.ty === 'f32', spec, true);
  if (v instanceof Str) return debugStr(v.s);
  if (v instanceof StringV) return debugStr(v.block.text);
  if (typeof v === 'boolean') return pad(v ? 'true' : 'false', spec);
  if (v instanceof Char) return debugChar(v.cp);
  const item = (x: Value) => debug(I, x, spec);
  if (v instanceof Tuple) {
    if (v.items.length === 0) return pad('()', spec);
    if (v.items.length === 1 && !pretty) return `(${item(v.items[0])},)`;
    return debugList(v.items.map(item), pretty, '(', ')');
  }
  if (v instanceof VecV) return debugList(v.block.items.map(item), pretty, '[', ']');
  if (v instanceof Arr) return debugList(v.items.map(item), pretty, '[', ']');
  if (v instanceof Slice) return debugList(v.arr.slice(v.start, v.start + v.len).map(item), pretty, '[', ']');
  if (v instanceof BoxV) return debug(I, v.block.items[0], spec);
  if (v instanceof Struct || v instanceof Enum) {
    const user = v.def.builtin ? foreignFmt(I, v, 'Debug') : findTraitMethod(I.prog, v.def, 'Debug', 'fmt');
    if (user) return userFmt(I, user, v, spec);
    if (!v.def.derives.has('Debug')) return I.unsupported(`\`{:?}\` of \`${v.def.name}\` (no Debug)`);
    const shape = v instanceof Struct ? v.def.shape : v.def.variants[v.vi]!.shape;
    const name = v instanceof Struct ? adtShownName(v.def) : v.def.variants[v.vi]!.name;
    const names = v instanceof Struct ? v.def.fieldNames : v.def.variants[v.vi]!.fieldNames;
    if (shape === 'unit') return pad(name, { ...spec, width: null });
    if (shape === 'tuple') return debugTuple(name, v.f.map(item), pretty);
    return debugStruct(name, v.f.map((x, i) => [names[i]!, item(x)] as [string, string]), pretty);
  }
  if (v instanceof Native) {
    if (v.cls.debug) return v.cls.debug(v.data, item, pretty);
    if (v.cls.deref) return debug(I, v.cls.deref(v.data).get(), spec);
  }
  if (v instanceof Closure || v instanceof FnV) return I.unsupported('`{:?}` of a closure');
  if (v === undefined) return I.unsupported('formatting a moved-out value');
  return I.unsupported(`\`{:?}\` of \`${I.typeName(v)}\``);
}

// ------------------------------------------------------------------------------ Formatter

export interface FormatterData {
  out: string;
  spec: Spec;
  /** Where each write goes as it happens (see fmtWrites.ts); without one, writes collect in `out`. */
  sink?: (text: string) => void;
}

/** One `write_str`/`write_char` through a `Formatter`. */
export function emit(d: FormatterData, text: string): void {
  if (!text) return;
  if (d.sink) d.sink(text);
  else d.out += text;
}

export const FORMATTER: NativeClass = {
  name: 'Formatter',
  typeName: () => 'Formatter',
};

export function userFmt(I: Interp, m: import('../ir').FnIR, v: Value, spec: Spec, sink?: (text: string) => void): string {
  const data: FormatterData = { out: '', spec, ...(sink ? { sink } : {}) };
  const fmtr = new Native(FORMATTER, data);
  const r = I.callUser(m, [new Ref([v], 0, false, null), new Ref([fmtr], 0, true, null)], I.site.sp);
  if (r instanceof Enum && r.vi === 1) I.panic('a formatting trait implementation returned an error when the underlying stream did not');
  return data.out;
}

/** Formats a parsed format string with evaluated arguments. */
export function formatPieces(I: Interp, pieces: FmtPiece[], args: Value[]): string {
  let out = '';
  for (const p of pieces) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    out += formatArg(I, p, args);
  }
  return out;
}

function countOf(c: FmtArg['width'], args: Value[]): number | null {
  if (c === null) return null;
  if (typeof c === 'number') return c;
  const v = deref(args[c.arg]);
  return v instanceof Int ? num(v) : null;
}

export function formatArg(I: Interp, p: FmtArg, args: Value[]): string {
  const spec: Spec = {
    fill: p.fill, align: p.align, sign: p.sign, alt: p.alt, zero: p.zero,
    width: countOf(p.width, args), precision: countOf(p.precision, args), trait: p.trait,
  };
  const v = args[p.arg];
  if (p.trait === '' ) return display(I, v, spec);
  if (p.trait === '?' || p.trait === 'x?' || p.trait === 'X?') return debug(I, v, spec);
  const d = deref(v);
  if (d instanceof Int) return formatInt(d, spec, p.trait);
  if (d instanceof Float && (p.trait === 'e' || p.trait === 'E')) return formatFloat(d.v, d.ty === 'f32', spec, false);
  return I.unsupported(`\`{:${p.trait}}\` of \`${I.typeName(v)}\``);
}

// Formatter methods available to user `fmt` implementations.
function fdata(self: Value): FormatterData {
  const v = deref(self);
  return (v as Native).data as FormatterData;
}

defineMethods('Formatter', {
  write_str: method('mut', (I, self, args) => {
    emit(fdata(self), strArg(I, args[0]));
    return ok(UNIT);
  }),
  write_char: method('mut', (_I, self, args) => {
    emit(fdata(self), String.fromCodePoint((args[0] as Char).cp));
    return ok(UNIT);
  }),
  pad: method('mut', (I, self, args) => {
    const d = fdata(self);
    emit(d, pad(strArg(I, args[0]), d.spec));
    return ok(UNIT);
  }),
  width: method('ref', (_I, self) => optUsize(fdata(self).spec.width)),
  precision: method('ref', (_I, self) => optUsize(fdata(self).spec.precision)),
  alternate: method('ref', (_I, self) => fdata(self).spec.alt),
  sign_plus: method('ref', (_I, self) => fdata(self).spec.sign === '+'),
  fill: method('ref', (_I, self) => new Char(fdata(self).spec.fill.codePointAt(0)!)),
  debug_struct: method('mut', (I, self, args) => new Native(DEBUG_BUILDER, { f: fdata(self), kind: 'struct', name: strArg(I, args[0]), parts: [] })),
  debug_tuple: method('mut', (I, self, args) => new Native(DEBUG_BUILDER, { f: fdata(self), kind: 'tuple', name: strArg(I, args[0]), parts: [] })),
  debug_list: method('mut', (_I, self) => new Native(DEBUG_BUILDER, { f: fdata(self), kind: 'list', name: '', parts: [] })),
  debug_set: method('mut', (_I, self) => new Native(DEBUG_BUILDER, { f: fdata(self), kind: 'set', name: '', parts: [] })),
  debug_map: method('mut', (_I, self) => new Native(DEBUG_BUILDER, { f: fdata(self), kind: 'map', name: '', parts: [] })),
});

function optUsize(n: number | null): Value {
  const { some, NONE } = require('./builtins') as typeof import('./builtins');
  return n === null ? NONE : some(new Int(require('../values').USIZE, n));
}

function strArg(I: Interp, v: Value): string {
  const d = deref(v);
  if (d instanceof Str) return d.s;
  if (d instanceof StringV) return d.block.text;
  return I.unsupported(`expected a string, found \`${I.typeName(v)}\``);
}

interface BuilderData {
  f: FormatterData;
  kind: 'struct' | 'tuple' | 'list' | 'set' | 'map';
  name: string;
  parts: [string, string][];
}

const DEBUG_BUILDER: NativeClass = { name: 'DebugBuilder', typeName: () => 'DebugStruct' };

function bdata(self: Value): BuilderData {
  return (deref(self) as Native).data as BuilderData;
}

defineMethods('DebugBuilder', {
  field: method('mut', (I, self, args) => {
    const b = bdata(self);
    if (b.kind === 'struct') b.parts.push([strArg(I, args[0]), debug(I, args[1], b.f.spec)]);
    else b.parts.push(['', debug(I, args[0], b.f.spec)]);
    return self;
  }),
  entry: method('mut', (I, self, args) => {
    const b = bdata(self);
    if (b.kind === 'map') b.parts.push([debug(I, args[0], b.f.spec), debug(I, args[1], b.f.spec)]);
    else b.parts.push(['', debug(I, args[0], b.f.spec)]);
    return self;
  }),
  entries: method('mut', (I, self, args) => {
    const b = bdata(self);
    const { collectItems } = require('./iter') as typeof import('./iter');
    for (const x of collectItems(I, args[0])) {
      if (b.kind === 'map' && x instanceof Tuple) b.parts.push([debug(I, x.items[0], b.f.spec), debug(I, x.items[1], b.f.spec)]);
      else b.parts.push(['', debug(I, x, b.f.spec)]);
    }
    return self;
  }),
  finish: method('mut', (_I, self) => {
    const b = bdata(self);
    const pretty = b.f.spec.alt;
    let s: string;
    switch (b.kind) {
      case 'struct': s = debugStruct(b.name, b.parts, pretty); break;
      case 'tuple': s = debugTuple(b.name, b.parts.map((p) => p[1]), pretty); break;
      case 'list': s = debugList(b.parts.map((p) => p[1]), pretty, '[', ']'); break;
      case 'set': s = debugList(b.parts.map((p) => p[1]), pretty, '{', '}'); break;
      case 'map': s = debugMap(b.parts, pretty); break;
    }
    emit(b.f, s);
    return ok(UNIT);
  }),
  finish_non_exhaustive: method('mut', (I) => I.unsupported('finish_non_exhaustive')),
});

export { padNumber };
