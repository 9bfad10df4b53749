// Names of places in trace events, written the way Rust writes the place: `a.next`, `list.1`,
// `(*rc).children`, `words[2]`, `*b`. A dereference binds looser than a field or an index, so a
// field of a dereferenced place gets parentheses, as in Rust source.
import type { Expr } from '../ir';
import { Int } from '../values';

/** A name that starts with `*` needs parentheses before `.field` or `[i]`. */
function operand(base: string): string {
  return base.startsWith('*') ? `(${base})` : base;
}

/** The field `field` (a name, or a tuple index) of the place `base`. */
export function fieldPlace(base: string, field: string | number): string {
  return `${operand(base)}.${field}`;
}

/** Element `index` (a number, or an index expression's text) of the place `base`. */
export function indexPlace(base: string, index: string | number): string {
  return `${operand(base)}[${index}]`;
}

/** The pointee of the pointer `base` (a `Box`, an `Rc`, a reference). */
export function derefPlace(base: string): string {
  return `*${base}`;
}

/**
 * A closure as a learner finds it in the source: `closure in main (line 26)`. rustc's own name
 * (`main::{closure#0}`) is what backtraces print; `line` is 1-based.
 */
export function closureLabel(name: string, line: number): string {
  const m = /^(.*)::\{closure#\d+\}$/.exec(name);
  return `closure in ${m ? m[1] : name} (line ${line})`;
}

/** The place an expression names, for trace events (`temporary` for a value that is not a place). */
export function describePlace(e: Expr): string {
  switch (e.k) {
    case 'local': case 'capture': return e.name;
    case 'field': return fieldPlace(describePlace(e.obj), e.name);
    case 'index': return indexPlace(describePlace(e.obj), indexText(e.idx));
    case 'deref': return derefPlace(describePlace(e.e));
    case 'path': return e.segs.join('::');
    default: return 'temporary';
  }
}

/** An index as written when it is a literal or a variable; `..` for any other expression. */
function indexText(e: Expr): string {
  if (e.k === 'lit' && e.v instanceof Int) return String(e.v.v);
  if (e.k === 'local' || e.k === 'capture') return e.name;
  return '..';
}
