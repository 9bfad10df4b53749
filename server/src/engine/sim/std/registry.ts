/**
 * How the simulator's standard library is put together. Each module in std/ (vec, string, iter,
 * option, mem, fmt, ... and rc, cell, collections, sync, thread) registers, at import time:
 *
 *   - methods for a kind of value:   `defineMethods('Vec', { push: method('mut', (I, self, args, site) => ...) })`
 *     Kinds: 'int', 'float', 'bool', 'char', 'str', 'String', 'Vec', 'slice', 'array', 'tuple', 'Box',
 *     'Option', 'Result', 'Ordering', 'fn' (closures and fn items), '*' (any value: clone, to_string, ...)
 *     and the `name` of every `NativeClass`. A `String` that lacks a method falls back to 'str'; a
 *     `Vec` or array to 'slice'.
 *     The receiver mode says what `self` is: 'value' = the value moved (or copied) out of the place,
 *     'ref'/'mut' = the value in place (not copied; mutate it in place for 'mut'). `I.recv` is the
 *     place itself for the few methods that replace the whole value (`Option::take`).
 *   - path functions:                `definePath('Vec::new', (I, args, site) => ...)`, `definePath('mem::swap', ...)`
 *     Keys are the path without `std::`/`core::`/`alloc::`; type-associated functions use `Type::name`.
 *   - native types:                   `new Native(cls, data)` values whose `NativeClass` (values.ts) says how
 *     they print, clone, compare, drop and which heap blocks they point to.
 *
 * Values and memory come from the interpreter `I` (interp/interp.ts): `I.alloc(kind, type, size)`
 * makes a heap block (an `alloc` event), `I.free(block)`, `I.touch(block)` after a mutation (the trace
 * records the new state), `I.drop(value, reason, what)` runs drop glue, `I.callValue(f, args)` calls a
 * closure, `I.panic(message)` panics at the current call site.
 */
import type { Interp } from '../interp/interp';
import type { Span } from '../ir';
import type { Ty } from '../types';
import type { Value } from '../values';

/** Where a std function was called from and what the caller expects back. */
export interface Site {
  sp: Span;
  /** Turbofish arguments (`collect::<Vec<_>>()`, `Vec::<u8>::new()`, `size_of::<T>()`). */
  generics: Ty[];
  /** The type the context expects (a `let` annotation, a parameter type), if known. */
  expect: Ty | null;
  /**
   * The type checker's type of the call's result (`Vec<u8>` for a `Vec::with_capacity(10)` whose
   * element type a later push fixes), in the running instance's terms; absent where the checker
   * could not spell it. A model that sizes memory takes its types from here, never from values.
   */
  ty?: Ty | null;
}

export type MethodFn = (I: Interp, self: Value, args: Value[], site: Site) => Value;
export type PathFn = (I: Interp, args: Value[], site: Site) => Value;

export interface StdMethod {
  self: 'value' | 'ref' | 'mut';
  fn: MethodFn;
}

const methods = new Map<string, Map<string, StdMethod>>();
const paths = new Map<string, PathFn>();
/** Constant paths (`i32::MAX`, `f64::consts::PI`, `usize::MAX`). */
const constants = new Map<string, (site: Site) => Value>();

export function method(self: StdMethod['self'], fn: MethodFn): StdMethod {
  return { self, fn };
}

export function defineMethods(kind: string, table: Record<string, StdMethod>): void {
  let m = methods.get(kind);
  if (!m) {
    m = new Map();
    methods.set(kind, m);
  }
  for (const [name, impl] of Object.entries(table)) m.set(name, impl);
}

export function definePath(key: string, fn: PathFn): void {
  paths.set(key, fn);
}

export function defineConst(key: string, fn: (site: Site) => Value): void {
  constants.set(key, fn);
}

export function stdMethod(kind: string, name: string): StdMethod | undefined {
  return methods.get(kind)?.get(name);
}

export function stdPath(key: string): PathFn | undefined {
  return paths.get(key);
}

export function stdConst(key: string): ((site: Site) => Value) | undefined {
  return constants.get(key);
}
