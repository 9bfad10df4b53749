// Binary and compound-assignment operators. On primitives rustc applies the built-in operator and
// makes both sides one type (shifts aside), which is how `total + n` makes `n` a `u64`; on other
// types the operator is its trait's method (`String + &str` through `Add<&str>`).
import type * as A from '../../syntax/ast';
import type { TraitDef } from '../defs';
import { BOOL, ERROR, isNumeric, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { checkCoerce, checkExpr } from './expr';
import { implHeader } from '../traits';
import { operatorError } from './opErrors';
import { userAdt } from './closedWorld';

const TRAITS: Record<string, string> = {
  '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Rem', '&': 'BitAnd', '|': 'BitOr', '^': 'BitXor', '<<': 'Shl', '>>': 'Shr',
};
const COMPARE = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** A primitive operand, seen through one reference (`&i32 + i32` is `i32` arithmetic in std). */
function scalar(cx: FnCtxt, t: Ty): Ty | undefined {
  let s = cx.shallow(t);
  if (s.k === 'ref') s = cx.shallow(s.inner);
  return isNumeric(s) || s === BOOL || s.k === 'char' ? s : undefined;
}

export function checkOperator(cx: FnCtxt, e: A.BinaryExpr | A.AssignOpExpr, _expected: Ty | undefined): Ty {
  const op = e.kind === 'AssignOp' ? e.op.slice(0, -1) : e.op;
  const unitOr = (t: Ty): Ty => (e.kind === 'AssignOp' ? cx.tcx.unit : t);
  if (op === '&&' || op === '||') {
    checkCoerce(cx, e.lhs, BOOL);
    checkCoerce(cx, e.rhs, BOOL);
    return BOOL;
  }
  const lhs = checkExpr(cx, e.lhs);
  const ls = scalar(cx, lhs);
  const shift = op === '<<' || op === '>>';
  const rhs = checkExpr(cx, e.rhs, ls && !shift ? ls : undefined);
  const rs = scalar(cx, rhs);
  if (e.kind === 'Binary') {
    const err = operatorError(cx, op, lhs, rhs);
    if (err) {
      cx.error(err.code, err.message, operatorSpan(e));
      return COMPARE.has(op) ? BOOL : ERROR;
    }
  }
  if (COMPARE.has(op)) {
    if (ls && rs) cx.infer.unify(ls, rs);
    else if (cx.infer.unifiable(lhs, rhs)) cx.infer.unify(lhs, rhs);
    return BOOL;
  }
  if (ls && rs) {
    if (!shift) cx.infer.unify(ls, rs);
    return unitOr(ls);
  }
  const name = TRAITS[op];
  const trait = name ? cx.p.stdTrait(e.kind === 'AssignOp' ? `${name}Assign` : name) : undefined;
  const base = name ? cx.p.stdTrait(name) : undefined;
  if (!trait || !base || e.kind === 'AssignOp') return unitOr(ERROR);
  return unitOr(operatorOutput(cx, base, lhs, rhs, e.rhs));
}

/**
 * `<lhs as Trait<rhs>>::Output`; with one impl for the left type, its right type is expected, and
 * rustc coerces the right operand to it: where every impl is known (`String`'s one `Add<&str>`, a
 * user's type in a closed world), a right operand that cannot be coerced is E0308.
 */
function operatorOutput(cx: FnCtxt, trait: TraitDef, lhs: Ty, rhs: Ty, rhsExpr: A.Expr): Ty {
  const l = cx.shallow(lhs);
  if (l.k === 'infer' || l.k === 'error') return ERROR;
  const impls = cx.index.candidates(l).filter((i) => implHeader(cx.p, i).trait?.def === trait);
  const only = impls.length === 1 ? implHeader(cx.p, impls[0]!).trait?.args[0] : undefined;
  let arg = rhs;
  const allKnown = (l.k === 'adt' && l.def.std && l.def.name === 'String' && trait.name === 'Add') || (!!userAdt(cx, l) && cx.p.closed);
  if (only && only.k !== 'param' && cx.coerce(rhs, only)) arg = only;
  else if (only && only.k !== 'param' && allKnown && cx.mismatchCertain(rhs, only)) cx.error('E0308', 'mismatched types', rhsExpr.span);
  const out = cx.solver.project(l, { def: trait, args: [arg], assoc: [] }, 'Output');
  return out ? cx.normalizeDeep(out) : ERROR;
}

/** Where rustc points for an operator's error: the operator, just after the left operand. */
function operatorSpan(e: A.BinaryExpr): A.Span {
  if (e.opSpan) return e.opSpan;
  const l = e.lhs.span;
  return { ...l, start: l.end, line: l.endLine, character: l.endCharacter };
}
