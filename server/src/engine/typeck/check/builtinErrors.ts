// What a value certainly cannot do, as rustc reports it: a unary operator its type has no impl of
// (E0600), a dereference of a type with no `Deref` (E0614), indexing a type with no `Index`
// (E0608), a call of something that is not a function (E0618). Built-in types are judged by
// their kind alone (no program can implement `Neg` for `u32` or `Index` for a tuple); a user's
// type only in a closed world, and never one with a `Deref` impl (autoderef would go on).
import type * as A from '../../syntax/ast';
import type { AdtDef } from '../defs';
import { typeName } from '../print';
import { BOOL, CHAR, STR, type Ty } from '../ty';
import { stdTraitsOf, userAdt } from './closedWorld';
import type { FnCtxt } from './ctxt';

const UNSIGNED = new Set(['u8', 'u16', 'u32', 'u64', 'u128', 'usize']);

function show(cx: FnCtxt, t: Ty): string {
  return typeName(t, { infer: cx.infer });
}

/** A number, bool or char, or a literal's integer or float variable. */
function scalar(t: Ty): boolean {
  return t === BOOL || t === CHAR || t.k === 'int' || t.k === 'float' || (t.k === 'infer' && t.kind !== 'ty');
}

/** A user's type that certainly has none of `traits` (and no `Deref` that could lead to one). */
function userLacks(cx: FnCtxt, t: Ty, traits: readonly string[]): boolean {
  const adt = userAdt(cx, t);
  if (!adt || !cx.p.closed) return false;
  const has = stdTraitsOf(cx, adt);
  return ![...traits, 'Deref'].some((n) => has.includes(n));
}

/** E0600: `-x` or `!x` where the operand's type certainly implements no `Neg` (`Not`). */
export function unaryError(cx: FnCtxt, op: 'Neg' | 'Not', t: Ty): string | undefined {
  const isString = t.k === 'adt' && !!t.def.std && t.def.name === 'String';
  const strRef = t.k === 'ref' && cx.shallow(t.inner) === STR;
  const lacks =
    isString || strRef || t === CHAR || t.k === 'tuple' ||
    (op === 'Neg' ? t === BOOL || (t.k === 'int' && UNSIGNED.has(t.name)) : t.k === 'float' || (t.k === 'infer' && t.kind === 'float')) ||
    userLacks(cx, t, [op]);
  return lacks ? `cannot apply unary operator \`${op === 'Neg' ? '-' : '!'}\` to type \`${show(cx, t)}\`` : undefined;
}

/** E0614: `*x` where `x`'s type is neither a reference, a pointer nor has a `Deref`. */
export function derefError(cx: FnCtxt, t: Ty): string | undefined {
  return scalar(t) || t.k === 'tuple' || userLacks(cx, t, []) ? `type \`${show(cx, t)}\` cannot be dereferenced` : undefined;
}

/** E0608: `x[i]` where no type on `x`'s autoderef chain can be indexed. */
export function indexError(cx: FnCtxt, base: Ty): string | undefined {
  const steps = cx.autoderef(base);
  const last = steps[steps.length - 1];
  if (!last || steps.slice(0, -1).some((s) => s.k !== 'ref')) return undefined;
  return scalar(last) || last.k === 'tuple' || userLacks(cx, last, ['Index']) ? `cannot index into a value of type \`${show(cx, cx.shallow(base))}\`` : undefined;
}

/**
 * E0618: a call whose callee is not callable: a unit struct named by its path, or a value of a
 * scalar or tuple type, or of a user's type (no program can implement the `Fn` traits on stable).
 */
export function callError(cx: FnCtxt, callee: A.Expr, t: Ty): string | undefined {
  if (callee.kind === 'PathExpr') {
    const { res, unresolved } = cx.p.namesFor(cx.scope.std).resolve(callee.path);
    if (unresolved === 0 && res.kind === 'Def' && res.def.kind === 'adt') {
      const def = res.def as AdtDef;
      if (def.adt === 'struct' && def.variants[0]?.shape === 'Unit') return `expected function, found struct \`${def.name}\``;
      return undefined;
    }
    if (res.kind !== 'Local') return undefined;
  }
  return scalar(t) || t.k === 'tuple' || userLacks(cx, t, []) ? `expected function, found \`${show(cx, t)}\`` : undefined;
}
