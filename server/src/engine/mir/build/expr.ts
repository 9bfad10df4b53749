// Expressions as rustc_mir_build's `expr/` lowers them, by category: a place expression gives a
// `Place` (`as_place`), anything used as a value an `Operand` (`as_operand`: a local directly, a
// constant, otherwise a temporary), and `into` evaluates an expression into a destination place.
// The forms each live in their own file (ops, aggregates, calls, control flow, closures, macros).
import type * as A from '../../syntax/ast';
import type { Ty } from '../../typeck/ty';
import type { ConstValue, Operand, Place, ProjectionElem } from '../syntax';
import { DEREF, place } from '../syntax';
import { lowerAggregate, lowerRange } from './aggregate';
import { derefTy, type Builder } from './builder';
import { lowerCall, lowerMethodCall, overloadedDeref } from './call';
import { capturedExprPlace, lowerClosure } from './closure';
import { lowerBlockInto, lowerBreak, lowerContinue, lowerFor, lowerIf, lowerLoop, lowerMatch, lowerReturn, lowerWhile } from './control';
import { lowerMacro } from './macros';
import { lowerBinary, lowerCast, lowerLazyBool, lowerUnary, lowerIndex, lowerAssign, lowerAssignOp, lowerTry } from './ops';
import { resolveValuePath } from './paths';

/** Whether `e` denotes a place (rustc's `Category::Place`). */
export function isPlaceExpr(b: Builder, e: A.Expr): boolean {
  switch (e.kind) {
    case 'Paren': return isPlaceExpr(b, e.expr);
    case 'PathExpr': return resolveValuePath(b, e).kind === 'local';
    case 'Field': case 'Index': return true;
    case 'Unary': return e.op === 'Deref';
    default: return false;
  }
}

/**
 * The place an expression names. `mutably` is rustc's mutable place context (`&mut p`, `p = …`,
 * a `&mut self` receiver): an overloaded index or deref on the way is `IndexMut::index_mut` /
 * `DerefMut::deref_mut`, as rustc's `convert_place_derefs_to_mutable` makes it.
 */
export function asPlace(b: Builder, e: A.Expr, mutably = false): Place {
  if (b.upvars && (e.kind === 'Field' || e.kind === 'Unary')) {
    const captured = capturedExprPlace(b, e);
    if (captured) return captured;
  }
  switch (e.kind) {
    case 'Paren': return asPlace(b, e.expr, mutably);
    case 'PathExpr': {
      const r = resolveValuePath(b, e);
      if (r.kind === 'local') return r.place;
      break;
    }
    case 'Field': return fieldPlace(b, e, mutably);
    case 'Index': return lowerIndex(b, e, mutably);
    case 'Unary':
      if (e.op === 'Deref') {
        const inner = placeOrTemp(b, e.expr, mutably);
        const ty = b.placeTy(inner);
        if (derefTy(ty)) return project(inner, DEREF);
        const target = overloadedDeref(b, inner, ty, b.exprTy(e), e.span, mutably, e.expr.span);
        if (target) return target;
        b.unsupportedAt(e.span, `dereferencing a value of type that is not a pointer`);
        return inner;
      }
      break;
  }
  return place(asTemp(b, e));
}

/** `e`'s place if it is a place expression, else a temporary holding its value (a path resolved once, not twice). */
export function placeOrTemp(b: Builder, e: A.Expr, mutably = false): Place {
  if (e.kind === 'PathExpr') {
    const r = resolveValuePath(b, e);
    return r.kind === 'local' ? r.place : place(asTemp(b, e));
  }
  return isPlaceExpr(b, e) ? asPlace(b, e, mutably) : place(asTemp(b, e));
}

/** A value: a local or constant directly, anything else through a temporary moved at its use. */
export function asOperand(b: Builder, e: A.Expr): Operand {
  if (e.kind === 'Paren') return asOperand(b, e.expr);
  if (e.kind === 'Lit') return { kind: 'constant', constant: { value: litValue(e.lit), ty: b.exprTy(e), span: e.span } };
  if (e.kind === 'PathExpr') {
    const r = resolveValuePath(b, e);
    if (r.kind === 'local' && r.place.projection.length === 0) return b.operandOf(r.place);
    if (r.kind === 'fn') return { kind: 'constant', constant: { value: { kind: 'fn', def: r.def, args: r.args }, ty: b.exprTy(e), span: e.span } };
    if (r.kind === 'const') return { kind: 'constant', constant: { value: { kind: 'item', def: r.def }, ty: b.exprTy(e), span: e.span } };
  }
  if (isPlaceExpr(b, e)) {
    // A projection is read into a temporary first, as rustc's `as_operand` does for places.
    const p = asPlace(b, e);
    if (p.projection.length === 0) return b.operandOf(p);
    const t = asTempNoDrop(b, b.placeTy(p), e.span);
    b.assign(place(t), { kind: 'use', operand: b.operandOf(p) }, e.span);
    return b.operandOf(place(t));
  }
  // Dropped if a panic comes before its use; the use records it as moved.
  const t = b.temp(b.exprTy(e), e.span, true);
  into(b, place(t), e);
  return b.operandOf(place(t));
}

/** A temporary holding `e`'s value, dropped at the end of the current temporary scope. */
export function asTemp(b: Builder, e: A.Expr): number {
  const t = b.temp(b.exprTy(e), e.span, true);
  into(b, place(t), e);
  return t;
}

/** A temporary whose value is moved out at once: only its storage is scheduled to end. */
export function asTempNoDrop(b: Builder, ty: Ty, span: A.Span): number {
  return b.temp(ty, span, false);
}

/** The expressions through which a `let` initialiser's `&temp` is still extended. */
const EXTENDING = new Set<A.Expr['kind']>(['Ref', 'Tuple', 'Array', 'StructExpr', 'Paren', 'Cast']);

/** Evaluates `e` into `dest`. */
export function into(b: Builder, dest: Place, e: A.Expr): void {
  const extendTo = b.extendTo;
  // Outside a `let` initialiser (most expressions) there is nothing to restore.
  if (extendTo === undefined) return intoExpr(b, dest, e);
  if (!EXTENDING.has(e.kind)) b.extendTo = undefined;
  try {
    intoExpr(b, dest, e);
  } finally {
    b.extendTo = extendTo;
  }
}

function intoExpr(b: Builder, dest: Place, e: A.Expr): void {
  switch (e.kind) {
    case 'Paren': return into(b, dest, e.expr);
    case 'Lit': case 'PathExpr': case 'Field': case 'Index':
      return valueInto(b, dest, e);
    case 'Unary':
      if (e.op === 'Deref') return valueInto(b, dest, e);
      return lowerUnary(b, dest, e);
    case 'Binary':
      if (e.op === '&&' || e.op === '||') return lowerLazyBool(b, dest, e);
      return lowerBinary(b, dest, e);
    case 'Ref': {
      if (e.raw) {
        b.assign(dest, { kind: 'rawPtr', mut: e.isMut, place: asPlace(b, e.expr) }, e.span);
        return;
      }
      if (b.extendTo !== undefined && !isPlaceExpr(b, e.expr)) {
        const local = b.newLocal({ kind: 'temp', mutable: true, ty: b.exprTy(e.expr), span: e.expr.span, extended: true });
        b.storageLive(local, e.span);
        b.scopes.scheduleVar(local, e.expr.span, b.extendTo, 'temporary');
        into(b, place(local), e.expr);
        b.assign(dest, { kind: 'ref', borrow: e.isMut ? 'mut' : 'shared', place: place(local) }, e.span);
        return;
      }
      b.assign(dest, { kind: 'ref', borrow: e.isMut ? 'mut' : 'shared', place: asPlace(b, e.expr, e.isMut) }, e.span);
      return;
    }
    case 'Tuple': case 'Array': case 'Repeat': case 'StructExpr':
      return lowerAggregate(b, dest, e);
    case 'Range': return lowerRange(b, dest, e);
    case 'Cast': return lowerCast(b, dest, e);
    case 'Call': return lowerCall(b, dest, e);
    case 'MethodCall': return lowerMethodCall(b, dest, e);
    case 'MacCallExpr': return lowerMacro(b, dest, e);
    case 'BlockExpr': return lowerBlockInto(b, dest, e.block, e.span);
    case 'If': return lowerIf(b, dest, e);
    case 'Match': return lowerMatch(b, dest, e);
    case 'Loop': return lowerLoop(b, dest, e);
    case 'While': return lowerWhile(b, dest, e);
    case 'For': return lowerFor(b, dest, e);
    case 'Break': return lowerBreak(b, e);
    case 'Continue': return lowerContinue(b, e);
    case 'Return': return lowerReturn(b, e);
    case 'Assign': return lowerAssign(b, dest, e);
    case 'AssignOp': return lowerAssignOp(b, dest, e);
    case 'Closure': return lowerClosure(b, dest, e);
    case 'Try': return lowerTry(b, dest, e);
    case 'LetExpr':
      b.unsupportedAt(e.span, '`let` outside an `if` or `while` condition');
      return;
    case 'Unsupported':
      b.unsupportedAt(e.span, e.what);
      return;
  }
}

function valueInto(b: Builder, dest: Place, e: A.Expr): void {
  if (e.kind === 'PathExpr') {
    const r = resolveValuePath(b, e);
    if (r.kind === 'ctor') {
      b.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', def: r.def, variant: r.variant, args: r.args }, operands: [] }, e.span);
      return;
    }
    if (r.kind === 'unsupported') {
      b.unsupportedAt(e.span, r.what);
      return;
    }
    b.assign(dest, { kind: 'use', operand: r.kind === 'local' ? b.operandOf(r.place) : asOperand(b, e) }, e.span);
    return;
  }
  b.assign(dest, { kind: 'use', operand: isPlaceExpr(b, e) ? b.operandOf(asPlace(b, e)) : asOperand(b, e) }, e.span);
}

function fieldPlace(b: Builder, e: A.FieldExpr, mutably = false): Place {
  let base = placeOrTemp(b, e.expr, mutably);
  let ty = b.placeTy(base);
  // Field access auto-dereferences through references and boxes, then through `Deref` impls.
  for (let i = 0; i < 8 && fieldIndex(b, ty, e.field.name) === undefined; i++) {
    const inner = derefTy(ty);
    if (inner) {
      base = project(base, DEREF);
      ty = inner;
      continue;
    }
    const target = overloadedDeref(b, base, ty, undefined, e.span, mutably);
    if (!target) break;
    base = target;
    ty = b.placeTy(base);
  }
  const index = fieldIndex(b, ty, e.field.name);
  if (index === undefined) {
    b.unsupportedAt(e.span, `field \`${e.field.name}\` of a value whose type is not known`);
    return base;
  }
  return project(base, { kind: 'field', index, name: e.field.name, ty: b.exprTy(e) });
}

export function fieldIndex(b: Builder, ty: Ty, name: string, variant = 0): number | undefined {
  if (ty.k === 'tuple') {
    const i = Number(name);
    return Number.isInteger(i) && i < ty.elems.length ? i : undefined;
  }
  if (ty.k !== 'adt') return undefined;
  const def = ty.def as { variants?: readonly { fields: readonly { name: string }[] }[] };
  const i = def.variants?.[variant]?.fields.findIndex((f) => f.name === name) ?? -1;
  return i >= 0 ? i : undefined;
}

export function project(p: Place, elem: ProjectionElem): Place {
  // Exactly as long as it needs to be (a pushed array keeps spare room), and no spread: the
  // interpreter would step an iterator through the array.
  const from = p.projection;
  const projection = from.length === 0 ? [elem] : from.length === 1 ? [from[0]!, elem] : from.concat(elem);
  return { local: p.local, projection };
}

export function litValue(lit: A.Lit): ConstValue {
  switch (lit.kind) {
    case 'Int': return { kind: 'int', value: lit.value };
    case 'Float': return { kind: 'float', value: lit.value };
    case 'Bool': return { kind: 'bool', value: lit.value };
    case 'Char': return { kind: 'char', value: lit.value };
    case 'Byte': return { kind: 'int', value: BigInt(lit.value) };
    case 'Str': return { kind: 'str', value: lit.value };
    case 'ByteStr': case 'CStr': return { kind: 'str', value: new TextDecoder().decode(lit.value) };
  }
}
