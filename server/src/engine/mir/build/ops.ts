// Operators as the debug build's MIR has them: integer `+ - *` as checked operations whose
// overflow flag is asserted, `/` and `%` behind a division-by-zero (and `MIN / -1`) assert, shifts
// behind an amount assert, negation behind `x == MIN`; an operator a trait implements is a call to
// the trait's method (`<String as Add<&str>>::add`). Also casts, indexing, assignment and `?`.
import type * as A from '../../syntax/ast';
import { BOOL, INT_NAMES, INTS, type Ty } from '../../typeck/ty';
import type { AssertMessage, BinOp, Operand, Place, Rvalue } from '../syntax';
import { DEREF, place } from '../syntax';
import { derefTy, type Builder } from './builder';
import { callFn, emitCall } from './call';
import { asOperand, asPlace, asTempNoDrop, into, isPlaceExpr, project } from './expr';
import { STD, stdItem } from './stdItems';

const BIN: Record<string, BinOp> = {
  '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Rem', '^': 'BitXor', '&': 'BitAnd', '|': 'BitOr',
  '<<': 'Shl', '>>': 'Shr', '==': 'Eq', '<': 'Lt', '<=': 'Le', '!=': 'Ne', '>=': 'Ge', '>': 'Gt',
};
const COMPARISON = new Set(['==', '!=', '<', '<=', '>', '>=']);

function constInt(ty: Ty, value: bigint, span: A.Span): Operand {
  return { kind: 'constant', constant: { value: { kind: 'int', value }, ty, span } };
}

interface IntBounds {
  readonly min: bigint;
  readonly bits: number;
  readonly signed: boolean;
}

/** Each integer type's bounds, worked out once rather than with `BigInt`s at every operator. */
const INT_BOUNDS: ReadonlyMap<string, IntBounds> = new Map(INT_NAMES.map((name) => {
  const bits = name === 'isize' || name === 'usize' ? 64 : Number(name.slice(1));
  const signed = name.startsWith('i');
  return [name, { min: signed ? -(1n << BigInt(bits - 1)) : 0n, bits, signed }];
}));

function intBounds(ty: Ty): IntBounds | undefined {
  return ty.k === 'int' ? INT_BOUNDS.get(ty.name) : undefined;
}

/** `dest = left op right`, with the checks the debug build puts before it. */
export function checkedBinary(b: Builder, dest: Place, op: BinOp, left: Operand, right: Operand, ty: Ty, span: A.Span): void {
  const bounds = intBounds(ty);
  if (!bounds) {
    b.assign(dest, { kind: 'binaryOp', op, left, right, checked: false }, span);
    return;
  }
  if (op === 'Add' || op === 'Sub' || op === 'Mul') {
    const pair = b.tcx.tuple([ty, BOOL]);
    const t = asTempNoDrop(b, pair, span);
    b.assign(place(t), { kind: 'binaryOp', op, left, right, checked: true }, span);
    const flag = project(place(t), { kind: 'field', index: 1, name: '1', ty: BOOL });
    const next = b.newBlock();
    b.terminate(b.current, { kind: 'assert', cond: { kind: 'move', place: flag }, expected: false, msg: { kind: 'overflow', op }, target: next, unwind: b.scopes.unwind() }, span);
    b.current = next;
    b.assign(dest, { kind: 'use', operand: { kind: 'move', place: project(place(t), { kind: 'field', index: 0, name: '0', ty }) } }, span);
    return;
  }
  if (op === 'Div' || op === 'Rem') {
    assertThat(b, { kind: 'binaryOp', op: 'Eq', left: right, right: constInt(ty, 0n, span), checked: false }, op === 'Div' ? { kind: 'divisionByZero' } : { kind: 'remainderByZero' }, span);
    if (bounds.signed) {
      const minusOne = asTempNoDrop(b, BOOL, span);
      b.assign(place(minusOne), { kind: 'binaryOp', op: 'Eq', left: right, right: constInt(ty, -1n, span), checked: false }, span);
      const isMin = asTempNoDrop(b, BOOL, span);
      b.assign(place(isMin), { kind: 'binaryOp', op: 'Eq', left, right: constInt(ty, bounds.min, span), checked: false }, span);
      assertThat(b, { kind: 'binaryOp', op: 'BitAnd', left: { kind: 'move', place: place(minusOne) }, right: { kind: 'move', place: place(isMin) }, checked: false }, { kind: 'overflow', op }, span);
    }
  } else if (op === 'Shl' || op === 'Shr') {
    const amount = asTempNoDrop(b, INTS.u32, span);
    b.assign(place(amount), { kind: 'cast', cast: 'intToInt', operand: right, ty: INTS.u32 }, span);
    assertThat(b, { kind: 'binaryOp', op: 'Lt', left: { kind: 'move', place: place(amount) }, right: constInt(INTS.u32, BigInt(bounds.bits), span), checked: false }, { kind: 'overflow', op }, span, true);
  }
  b.assign(dest, { kind: 'binaryOp', op, left, right, checked: false }, span);
}

/** Evaluates `cond` into a `bool` temporary and asserts it is `expected` (false unless told). */
function assertThat(b: Builder, cond: Rvalue, msg: AssertMessage, span: A.Span, expected = false): void {
  const t = asTempNoDrop(b, BOOL, span);
  b.assign(place(t), cond, span);
  const next = b.newBlock();
  b.terminate(b.current, { kind: 'assert', cond: { kind: 'move', place: place(t) }, expected, msg, target: next, unwind: b.scopes.unwind() }, span);
  b.current = next;
}

const OP_TRAITS: Record<string, string> = {
  '+': 'Add::add', '-': 'Sub::sub', '*': 'Mul::mul', '/': 'Div::div', '%': 'Rem::rem', '^': 'BitXor::bitxor',
  '&': 'BitAnd::bitand', '|': 'BitOr::bitor', '<<': 'Shl::shl', '>>': 'Shr::shr',
  '==': 'PartialEq::eq', '!=': 'PartialEq::ne', '<': 'PartialOrd::lt', '<=': 'PartialOrd::le', '>': 'PartialOrd::gt', '>=': 'PartialOrd::ge',
};

/**
 * The trait method an operator calls: the checker's, or std's for an operand that is not a
 * scalar (`3.0 * &x`, `name != other` of two `String`s: built-in operators are for scalars only).
 */
function operatorMethod(b: Builder, e: A.BinaryExpr) {
  const method = b.results.methods.get(e.id);
  if (method) return method;
  if (!isScalar(b.exprTy(e.lhs)) || !isScalar(b.exprTy(e.rhs))) {
    const path = OP_TRAITS[e.op];
    if (path) return stdItem(`core::ops::${path}`);
  }
  return undefined;
}

/**
 * A type whose operators are built in (an unknown type is left to the caller's `unsupported`). A
 * generic parameter's stays built in too: the debug build inlines the primitive impls it is
 * instantiated with (frames), and the borrow checker does not check such a body.
 */
function isScalar(ty: Ty): boolean {
  return ty.k === 'int' || ty.k === 'float' || ty.k === 'bool' || ty.k === 'char' || ty.k === 'ptr' || ty.k === 'param'
    || ty.k === 'error' || ty.k === 'infer' || ty.k === 'never';
}

export function lowerBinary(b: Builder, dest: Place, e: A.BinaryExpr): void {
  const method = operatorMethod(b, e);
  if (method) {
    const cmp = COMPARISON.has(e.op);
    const args = cmp ? [refOf(b, e.lhs, e.span), refOf(b, e.rhs, e.span)] : [asOperand(b, e.lhs), asOperand(b, e.rhs)];
    emitCall(b, dest, callFn(method, e.span), args, e.span, false);
    return;
  }
  const left = asOperand(b, e.lhs);
  const right = asOperand(b, e.rhs);
  const op = BIN[e.op]!;
  if (COMPARISON.has(e.op) || op === 'BitAnd' || op === 'BitOr' || op === 'BitXor') {
    b.assign(dest, { kind: 'binaryOp', op, left, right, checked: false }, e.span);
    return;
  }
  checkedBinary(b, dest, op, left, right, b.exprTy(e), e.span);
}

/** `&e` for an operator's operand: the place itself, or a temporary holding the value. */
function refOf(b: Builder, e: A.Expr, span: A.Span): Operand {
  const p = asPlace(b, e);
  const t = asTempNoDrop(b, b.tcx.ref(b.placeTy(p)), span);
  b.assign(place(t), { kind: 'ref', borrow: 'shared', place: p }, span);
  return { kind: 'move', place: place(t) };
}

export function lowerUnary(b: Builder, dest: Place, e: A.UnaryExpr): void {
  const method = b.results.methods.get(e.id);
  if (method) {
    emitCall(b, dest, callFn(method, e.span), [asOperand(b, e.expr)], e.span, false);
    return;
  }
  const operand = asOperand(b, e.expr);
  const ty = b.exprTy(e);
  const bounds = intBounds(ty);
  if (e.op === 'Neg' && bounds?.signed) {
    assertThat(b, { kind: 'binaryOp', op: 'Eq', left: operand, right: constInt(ty, bounds.min, e.span), checked: false }, { kind: 'overflowNeg' }, e.span);
  }
  b.assign(dest, { kind: 'unaryOp', op: e.op === 'Neg' ? 'Neg' : 'Not', operand }, e.span);
}

/** `a && b`, `a || b`: the right operand only on the path that needs it. */
export function lowerLazyBool(b: Builder, dest: Place, e: A.BinaryExpr): void {
  const left = asOperand(b, e.lhs);
  const rhsBlock = b.newBlock();
  const shortBlock = b.newBlock();
  const join = b.newBlock();
  const and = e.op === '&&';
  b.terminate(b.current, { kind: 'switchInt', discr: left, targets: { values: [0n], targets: [and ? shortBlock : rhsBlock], otherwise: and ? rhsBlock : shortBlock } }, e.span);
  b.current = shortBlock;
  b.assign(dest, { kind: 'use', operand: { kind: 'constant', constant: { value: { kind: 'bool', value: !and }, ty: BOOL, span: e.span } } }, e.span);
  b.goto(join, e.span);
  b.current = rhsBlock;
  into(b, dest, e.rhs);
  b.goto(join, e.span);
  b.current = join;
}

export function lowerCast(b: Builder, dest: Place, e: A.CastExpr): void {
  const from = b.exprTy(e.expr);
  const to = b.exprTy(e);
  const operand = asOperand(b, e.expr);
  const isInt = (t: Ty) => t.k === 'int' || t.k === 'bool' || t.k === 'char';
  const cast =
    isInt(from) && isInt(to) ? 'intToInt'
      : from.k === 'float' && to.k === 'float' ? 'floatToFloat'
        : from.k === 'float' ? 'floatToInt'
          : to.k === 'float' ? 'intToFloat'
            : unsizes(from, to) ? 'unsize' : 'ptrToPtr';
  b.assign(dest, { kind: 'cast', cast, operand, ty: to }, e.span);
}

/** rustc's unsizing coercion by `as`: an array behind a pointer to a slice, a sized value behind one to `dyn Trait` (`Box<{closure}> as Box<dyn Fn()>`). */
function unsizes(from: Ty, to: Ty): boolean {
  const pointee = (t: Ty): Ty | undefined => (t.k === 'ref' || t.k === 'ptr' ? t.inner : t.k === 'adt' && t.def.std && t.def.name === 'Box' ? t.args[0] : undefined);
  const f = pointee(from);
  const t = pointee(to);
  return f !== undefined && t !== undefined && ((f.k === 'array' && t.k === 'slice') || (f.k !== 'dyn' && t.k === 'dyn'));
}

/** `base[i]`: a bounds-checked projection for arrays and slices, `*Index::index(&base, i)` otherwise. */
export function lowerIndex(b: Builder, e: A.IndexExpr, mutably = false): Place {
  const method = b.results.methods.get(e.id);
  let base = asPlace(b, e.expr, mutably);
  let ty = b.placeTy(base);
  for (let inner = derefTy(ty); !method && inner && ty.k !== 'array' && ty.k !== 'slice'; inner = derefTy(ty)) {
    base = project(base, DEREF);
    ty = inner;
  }
  if (method || (ty.k !== 'array' && ty.k !== 'slice')) {
    const refTy = b.tcx.ref(ty, mutably);
    const recv = asTempNoDrop(b, refTy, e.span);
    b.assign(place(recv), { kind: 'ref', borrow: mutably ? 'mut' : 'shared', place: base }, e.span);
    const result = asTempNoDrop(b, b.tcx.ref(b.exprTy(e), mutably), e.span);
    // The type checker resolves `Index::index`; a mutable place needs `IndexMut::index_mut`, which
    // for a user type is another impl the builder does not look up.
    if (method && mutably && !(method as { std?: boolean }).std) b.unsupportedAt(e.span, '`IndexMut` of a user type');
    const fn = method && !mutably ? callFn(method, e.span) : callFn(stdItem(mutably ? STD.indexMut : STD.index), e.span);
    emitCall(b, place(result), fn, [{ kind: 'move', place: place(recv) }, asOperand(b, e.index)], e.span, false);
    return project(place(result), DEREF);
  }
  const idx = asTempNoDrop(b, INTS.usize, e.span);
  into(b, place(idx), e.index);
  let len: Operand;
  if (ty.k === 'array' && ty.len !== undefined) len = constInt(INTS.usize, BigInt(ty.len), e.span);
  else {
    const l = asTempNoDrop(b, INTS.usize, e.span);
    b.assign(place(l), { kind: 'len', place: base }, e.span);
    len = { kind: 'copy', place: place(l) };
  }
  const ok = asTempNoDrop(b, BOOL, e.span);
  b.assign(place(ok), { kind: 'binaryOp', op: 'Lt', left: { kind: 'copy', place: place(idx) }, right: len, checked: false }, e.span);
  const next = b.newBlock();
  b.terminate(b.current, {
    kind: 'assert', cond: { kind: 'move', place: place(ok) }, expected: true, msg: { kind: 'boundsCheck', len, index: { kind: 'copy', place: place(idx) } }, target: next, unwind: b.scopes.unwind(),
  }, e.span);
  b.current = next;
  return project(base, { kind: 'index', local: idx });
}

/** `lhs = rhs`: the old value of `lhs` is dropped first when its type needs it. */
export function lowerAssign(b: Builder, _dest: Place, e: A.AssignExpr): void {
  const value = asOperand(b, e.rhs);
  const lhs = isPlaceExpr(b, e.lhs) ? asPlace(b, e.lhs, true) : undefined;
  if (!lhs) {
    b.unsupportedAt(e.lhs.span, 'an assignment to a pattern (destructuring assignment)');
    return;
  }
  if (b.cx.props.needsDrop(b.placeTy(lhs), b.cx.copyParams)) {
    const next = b.newBlock();
    b.terminate(b.current, { kind: 'drop', place: lhs, target: next, unwind: b.scopes.unwind(), reason: 'assignment' }, e.span);
    b.current = next;
  }
  b.assign(lhs, { kind: 'use', operand: value }, e.span);
}

export function lowerAssignOp(b: Builder, _dest: Place, e: A.AssignOpExpr): void {
  const method = b.results.methods.get(e.id);
  if (method) {
    const rhs = asOperand(b, e.rhs);
    const lhs = asPlace(b, e.lhs, true);
    const r = asTempNoDrop(b, b.tcx.ref(b.placeTy(lhs), true), e.span);
    b.assign(place(r), { kind: 'ref', borrow: 'mut', place: lhs }, e.span);
    emitCall(b, place(asTempNoDrop(b, b.tcx.unit, e.span)), callFn(method, e.span), [{ kind: 'move', place: place(r) }, rhs], e.span, false);
    return;
  }
  const rhs = asOperand(b, e.rhs);
  const lhs = asPlace(b, e.lhs, true);
  const op = BIN[e.op.slice(0, -1)]!;
  checkedBinary(b, lhs, op, { kind: 'copy', place: lhs }, rhs, b.placeTy(lhs), e.span);
}

/** `e?`: `match Try::branch(e) { Continue(v) => v, Break(r) => return FromResidual::from_residual(r) }`. */
export function lowerTry(b: Builder, dest: Place, e: A.TryExpr): void {
  const scrutTy = b.exprTy(e.expr);
  const valueTy = b.exprTy(e);
  if (scrutTy.k !== 'adt' || (scrutTy.def.name !== 'Result' && scrutTy.def.name !== 'Option')) {
    b.unsupportedAt(e.span, '`?` on a type other than `Result` or `Option`');
    return;
  }
  const never = b.tcx.adt(stdItem('core::convert::Infallible'));
  const residual = scrutTy.def.name === 'Result' ? b.tcx.adt(scrutTy.def, [never, scrutTy.args[1]!]) : b.tcx.adt(scrutTy.def, [never]);
  const flowTy = b.tcx.adt(stdItem(STD.controlFlow), [residual, valueTy]);
  const arg = asOperand(b, e.expr);
  const flow = b.temp(flowTy, e.span, true);
  emitCall(b, place(flow), callFn(stdItem(STD.branch), e.span), [arg], e.span, false);
  const discr = asTempNoDrop(b, INTS.isize, e.span);
  b.assign(place(discr), { kind: 'discriminant', place: place(flow) }, e.span);
  const cont = b.newBlock();
  const brk = b.newBlock();
  const unreachable = b.newBlock();
  b.terminate(unreachable, { kind: 'unreachable' }, e.span);
  b.terminate(b.current, { kind: 'switchInt', discr: { kind: 'move', place: place(discr) }, targets: { values: [0n, 1n], targets: [cont, brk], otherwise: unreachable } }, e.span);
  b.current = brk;
  const r = b.newLocal({ kind: 'user', mutable: false, ty: residual, span: e.span, name: 'residual' });
  b.storageLive(r, e.span);
  b.assign(place(r), { kind: 'use', operand: { kind: 'move', place: project(project(place(flow), { kind: 'downcast', variant: 1, name: 'Break' }), { kind: 'field', index: 0, name: '0', ty: residual }) } }, e.span);
  emitCall(b, place(0), callFn(stdItem(STD.fromResidual), e.span), [{ kind: 'move', place: place(r) }], e.span, false);
  b.storageDead(r, e.span);
  b.scopes.exitTo(0, e.span);
  b.goto(b.returnBlock, e.span);
  b.current = cont;
  // `Continue(val) => val`: the desugaring's own binding, named as rustc names it.
  const val = b.newLocal({ kind: 'user', mutable: false, ty: valueTy, span: e.span, name: 'val' });
  b.storageLive(val, e.span);
  b.assign(place(val), { kind: 'use', operand: b.operandOf(project(project(place(flow), { kind: 'downcast', variant: 0, name: 'Continue' }), { kind: 'field', index: 0, name: '0', ty: valueTy })) }, e.span);
  b.assign(dest, { kind: 'use', operand: b.operandOf(place(val)) }, e.span);
  b.storageDead(val, e.span);
}
