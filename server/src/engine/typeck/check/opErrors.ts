// rustc's errors for a binary operator with no impl for its operands, reported only where the
// absence is certain: mixing integers and floats (E0277), comparing a reference with a value or a
// string with a number (E0277), and operators on types that have no impl of the operator's trait
// at all (E0369): a user's type that neither derives nor implements it, and the std types that
// implement no arithmetic (`&str`, `Option`, `Vec`, `String` beyond `+ &str`).
import type * as A from '../../syntax/ast';
import type { Generics } from '../defs';
import { lowerTraitRef } from '../lower';
import { typeName } from '../print';
import { implHeader } from '../traits';
import { BOOL, isNumeric, STR, type Ty } from '../ty';
import { stdTraitsOf, userAdt } from './closedWorld';
import type { FnCtxt } from './ctxt';

const ARITH: Record<string, { trait: string; words: (l: string, r: string) => string }> = {
  '+': { trait: 'Add', words: (l, r) => `cannot add \`${r}\` to \`${l}\`` },
  '-': { trait: 'Sub', words: (l, r) => `cannot subtract \`${r}\` from \`${l}\`` },
  '*': { trait: 'Mul', words: (l, r) => `cannot multiply \`${l}\` by \`${r}\`` },
  '/': { trait: 'Div', words: (l, r) => `cannot divide \`${l}\` by \`${r}\`` },
  '%': { trait: 'Rem', words: (l, r) => `cannot calculate the remainder of \`${l}\` divided by \`${r}\`` },
};
const COMPARE: Record<string, string> = { '==': 'PartialEq', '!=': 'PartialEq', '<': 'PartialOrd', '<=': 'PartialOrd', '>': 'PartialOrd', '>=': 'PartialOrd' };

export interface OpError {
  readonly code: string;
  readonly message: string;
}

/** The error `lhs op rhs` certainly is, if any (plain operators, not compound assignment). */
export function operatorError(cx: FnCtxt, op: string, lhs: Ty, rhs: Ty): OpError | undefined {
  const l = cx.shallow(lhs);
  const r = cx.shallow(rhs);
  const show = (t: Ty): string => typeName(t, { infer: cx.infer });
  const arith = ARITH[op];
  if (arith && isNumeric(l) && isNumeric(r) && numKind(l) !== numKind(r)) {
    const message = l.k === 'infer' && r.k === 'infer' ? `cannot ${op === '+' ? 'add' : op === '-' ? 'subtract' : op === '*' ? 'multiply' : op === '/' ? 'divide' : 'calculate the remainder of'} ${numWords(op, l, r)}` : arith.words(show(l), show(r));
    return { code: 'E0277', message };
  }
  // A number's arithmetic impls take only the same number (by value or by reference); a std
  // type other than those cannot be the right side, and no user impl may add one (orphan rule).
  if (arith && isNumeric(l) && notANumber(cx, r) && !userImplFor(cx, l, arith.trait)) return { code: 'E0277', message: arith.words(show(l), show(r)) };
  const cmp = COMPARE[op];
  if (cmp) {
    const lv = l.k === 'ref' ? cx.shallow(l.inner) : l;
    const rv = r.k === 'ref' ? cx.shallow(r.inner) : r;
    const oneRef = (l.k === 'ref') !== (r.k === 'ref');
    if (oneRef && isNumeric(lv) && isNumeric(rv) && numKind(lv) === numKind(rv)) return { code: 'E0277', message: `can't compare \`${show(l)}\` with \`${show(r)}\`` };
    if (isStringLike(cx, l) && (isNumeric(r) || r === BOOL || r.k === 'char')) return { code: 'E0277', message: `can't compare \`${show(l)}\` with \`${show(r)}\`` };
    let base = l;
    while (base.k === 'ref') base = cx.shallow(base.inner);
    if (lacksStructurally(cx, base, cmp)) return { code: 'E0369', message: `binary operation \`${op}\` cannot be applied to type \`${show(l)}\`` };
    return undefined;
  }
  if (arith && hasNoImpl(cx, l, arith.trait)) return { code: 'E0369', message: arith.words(show(l), show(r)) };
  return undefined;
}

/** A type that is certainly no number nor a reference to one: never a number operator's right side. */
function notANumber(cx: FnCtxt, t: Ty): boolean {
  const s = t.k === 'ref' ? cx.shallow(t.inner) : t;
  if (s === BOOL || s === STR || s.k === 'char' || s.k === 'tuple') return true;
  return s.k === 'adt' && !!s.def.std && ['Option', 'Result', 'Vec', 'String'].includes(s.def.name);
}

function numKind(t: Ty): 'int' | 'float' | undefined {
  if (t.k === 'int' || (t.k === 'infer' && t.kind === 'int')) return 'int';
  if (t.k === 'float' || (t.k === 'infer' && t.kind === 'float')) return 'float';
  return undefined;
}

/** rustc's words for two literal variables: "a float to an integer", "an integer by a float". */
function numWords(op: string, l: Ty, r: Ty): string {
  const a = (t: Ty): string => (numKind(t) === 'int' ? 'an integer' : 'a float');
  if (op === '+') return `${a(r)} to ${a(l)}`;
  if (op === '-') return `${a(r)} from ${a(l)}`;
  return `${a(l)} by ${a(r)}`;
}

function isStringLike(cx: FnCtxt, t: Ty): boolean {
  const s = t.k === 'ref' ? cx.shallow(t.inner) : t;
  return s === STR || (s.k === 'adt' && !!s.def.std && s.def.name === 'String');
}

/** Whether a comparison trait certainly has no impl: a user's type without it, or a std container of one. */
function lacksStructurally(cx: FnCtxt, t: Ty, trait: string): boolean {
  if (t.k === 'param') return paramLacks(cx, t.name, trait);
  const adt = userAdt(cx, t);
  if (adt) return cx.p.closed && !stdTraitsOf(cx, adt).includes(trait) && !userImplFor(cx, adt, trait);
  if (t.k === 'adt' && t.def.std && ['Vec', 'Option', 'Box', 'VecDeque'].includes(t.def.name) && t.args.length >= 1) return lacksStructurally(cx, cx.shallow(t.args[0]!), trait);
  if (t.k === 'array' || t.k === 'slice') return lacksStructurally(cx, cx.shallow(t.elem), trait);
  return false;
}

/** Whether `l` certainly has no impl at all of the arithmetic trait, whatever the right side. */
function hasNoImpl(cx: FnCtxt, l: Ty, trait: string): boolean {
  const adt = userAdt(cx, l);
  if (adt) return cx.p.closed && !stdTraitsOf(cx, adt).includes(trait) && !userImplFor(cx, adt, trait);
  if (l.k === 'ref') {
    const inner = cx.shallow(l.inner);
    // `&str` and references to std types without arithmetic; a user's impl for a reference counts.
    if (userImplFor(cx, l, trait)) return false;
    return inner === STR || noArithmetic(inner, trait);
  }
  return noArithmetic(l, trait);
}

function noArithmetic(t: Ty, trait: string): boolean {
  if (t.k === 'char' || t.k === 'tuple') return true;
  if (t === BOOL) return true;
  if (t.k !== 'adt' || !t.def.std) return false;
  if (t.def.name === 'String') return trait !== 'Add';
  return ['Option', 'Result', 'Vec'].includes(t.def.name);
}

/** A user's impl of the std trait for this type's head (`impl Add for Money`, `impl Add for &Money`). */
function userImplFor(cx: FnCtxt, t: Ty, trait: string): boolean {
  return cx.index.candidates(t).some((i) => !i.std && !!i.node.trait && implHeader(cx.p, i).trait?.def.name === trait);
}



/** The std traits that are, or have as a supertrait, each comparison trait. */
const IMPLYING: Record<string, readonly string[]> = {
  PartialEq: ['PartialEq', 'Eq', 'PartialOrd', 'Ord'],
  PartialOrd: ['PartialOrd', 'Ord'],
};

/**
 * Whether a generic parameter certainly lacks a comparison trait: a parameter offers only what
 * its bounds say, so it lacks the trait when every bound is a std trait that does not imply it.
 * A bound on a user's trait (its supertraits could), one that does not resolve, or a `where`
 * clause on a type built from the parameter (`&'a T: PartialOrd`) leaves it uncertain.
 */
function paramLacks(cx: FnCtxt, name: string, trait: string): boolean {
  if (name === 'Self') return false;
  const implying = IMPLYING[trait] ?? [trait];
  const certain = (bounds: readonly A.GenericBound[]): boolean =>
    bounds.every((b) => {
      if (b.kind === 'LifetimeBound') return true;
      if (b.kind !== 'TraitBound') return false;
      const ref = lowerTraitRef(cx.p, b.path, cx.scope, undefined);
      return !!ref && ref.def.std && !implying.includes(ref.def.name);
    });
  let declared = false;
  for (let g: Generics | undefined = cx.scope.generics; g; g = g.parent) {
    const node = g.node;
    if (!node) {
      if (g.count > 0 && !declared) return false;
      continue;
    }
    for (const param of node.params) {
      if (param.kind !== 'TypeParam' || param.name.name !== name || declared) continue;
      declared = true;
      if (!certain(param.bounds)) return false;
    }
    for (const w of node.where) {
      if (w.kind !== 'BoundPredicate') continue;
      const ty = w.ty.kind === 'PathType' && !w.ty.path.qself && w.ty.path.segments.length === 1 ? w.ty.path.segments[0]! : undefined;
      if (!ty || ty.args) {
        if (mentions(w.ty, name)) return false;
        continue;
      }
      if (ty.ident.name === name && !certain(w.bounds)) return false;
    }
  }
  return declared;
}

/** Whether a written type names the parameter anywhere (`&'a T`, `Vec<T>`). */
function mentions(n: unknown, name: string): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some((x) => mentions(x, name));
  if ((n as { ident?: { name?: string } }).ident?.name === name) return true;
  for (const [k, v] of Object.entries(n)) if (k !== 'span' && v && typeof v === 'object' && mentions(v, name)) return true;
  return false;
}
