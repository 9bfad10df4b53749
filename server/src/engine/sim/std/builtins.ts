// The enums std defines and the prelude names: `Option`, `Result`, `Ordering`. They are ordinary
// `AdtDef`s (so patterns, derives and formatting treat them like user enums) shared by every run;
// user trait impls on them are kept per program under the `#Option` foreign-impl entries.
import { newAdt, type AdtDef, type Program } from '../items';
import { Enum, type Value } from '../values';
import type { Ty } from '../types';

function builtinEnum(name: string, generics: string[], variants: [string, number, bigint][]): AdtDef {
  const d = newAdt(name, 'enum', 0);
  d.builtin = true;
  d.generics = generics;
  for (const [vname, arity, discr] of variants) {
    const tys: Ty[] = [];
    const names: string[] = [];
    for (let i = 0; i < arity; i++) {
      names.push(String(i));
      tys.push({ k: 'param', name: generics[i] ?? 'T', text: generics[i] ?? 'T' });
    }
    d.variants.push({ name: vname, shape: arity ? 'tuple' : 'unit', fieldNames: names, fieldTys: tys, discr });
  }
  for (const t of ['Debug', 'Clone', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash']) d.derives.add(t);
  return d;
}

export const OPTION = builtinEnum('Option', ['T'], [['None', 0, 0n], ['Some', 1, 1n]]);
export const RESULT = builtinEnum('Result', ['T', 'E'], [['Ok', 1, 0n], ['Err', 1, 1n]]);
RESULT.variants[1]!.fieldTys = [{ k: 'param', name: 'E', text: 'E' }];
export const ORDERING = builtinEnum('Ordering', [], [['Less', 0, -1n], ['Equal', 0, 0n], ['Greater', 0, 1n]]);
ORDERING.copy = true;
ORDERING.derives.add('Copy');

export const NONE = new Enum(OPTION, 0, []);

export function some(v: Value): Enum {
  return new Enum(OPTION, 1, [v]);
}

export function ok(v: Value): Enum {
  return new Enum(RESULT, 0, [v]);
}

export function err(v: Value): Enum {
  return new Enum(RESULT, 1, [v]);
}

const ORDS = [new Enum(ORDERING, 0, []), new Enum(ORDERING, 1, []), new Enum(ORDERING, 2, [])];

/** -1/0/1 → `Ordering`. */
export function ordering(n: number): Enum {
  return ORDS[n < 0 ? 0 : n > 0 ? 2 : 1]!;
}

export function orderingNum(v: Value): number {
  return v instanceof Enum ? v.vi - 1 : 0;
}

export function isSome(v: Value): v is Enum {
  return v instanceof Enum && v.def === OPTION && v.vi === 1;
}

/** Adds the prelude types to a program's item table. */
export function addBuiltins(prog: Program): void {
  prog.adts.set('Option', OPTION);
  prog.adts.set('Result', RESULT);
  prog.adts.set('Ordering', ORDERING);
}
