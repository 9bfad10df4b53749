// Expressions: each form's type from its parts, with the expected type passed down where rustc
// passes it (literals take an expected integer type directly; blocks, ifs and matches pass it to
// their arms) and coercions applied at rustc's coercion sites.
import type * as A from '../../syntax/ast';
import { inUnsafeBlock } from './unsafety';
import { requireSizedBinding } from './unsized';
import type { AdtDef } from '../defs';
import { adtFieldTys, constUsize } from '../lower';
import { BOOL, CHAR, ERROR, FLOATS, INTS, isNumeric, NEVER, STR, substitute, type Ty } from '../ty';
import { checkCall, checkMethodCall } from './call';
import { AUTODEREF_STEPS, type FnCtxt } from './ctxt';
import { checkClosure } from './closure';
import { typeName } from '../print';
import { noFieldMessage } from './closedWorld';
import { stdFieldError } from './stdFields';
import { checkMacro } from './macros';
import { checkOperator } from './ops';
import { checkPat } from './pat';
import { privateFieldMessage } from './privacy';
import { castHint, checkCastTarget } from './cast';
import { derefError, indexError, unaryError } from './builtinErrors';
import { checkPathExpr, checkStructExpr } from './path';
import { reportDistinctOpaqueBranches, reportDistinctOpaqueElseIf, reportDistinctOpaques } from './opaqueTypes';

export function checkExpr(cx: FnCtxt, e: A.Expr, expected?: Ty): Ty {
  return cx.record(e, exprKind(cx, e, expected));
}

/**
 * Checks `e` and coerces it to `target`, reporting E0308 when the mismatch is certain. `expected`
 * is what `e` is checked against when the caller knows more than the target (a call's hint).
 */
export function checkCoerce(cx: FnCtxt, e: A.Expr, target: Ty, expected: Ty = target): Ty {
  const ty = checkExpr(cx, e, expected);
  const outer = cx.coercionSpan;
  cx.coercionSpan = e.span;
  const fits = cx.coerce(ty, target);
  cx.coercionSpan = outer;
  if (!fits && cx.mismatchCertain(ty, target)) cx.error('E0308', 'mismatched types', e.span);
  return target;
}

function exprKind(cx: FnCtxt, e: A.Expr, expected: Ty | undefined): Ty {
  const tcx = cx.tcx;
  switch (e.kind) {
    case 'Lit': return litTy(cx, e.lit, expected);
    case 'PathExpr': return checkPathExpr(cx, e);
    case 'Paren': return checkExpr(cx, e.expr, expected);
    case 'Unary': return checkUnary(cx, e, expected);
    case 'Binary': case 'AssignOp': return checkOperator(cx, e, expected);
    case 'Assign': {
      // tree-sitter-rust reads a half-open `..=end` in some positions as `.. = end`: not an assignment.
      if (e.lhs.kind === 'Range' && !e.lhs.start && !e.lhs.end) {
        checkExpr(cx, e.rhs);
        return ERROR;
      }
      const lhs = checkExpr(cx, e.lhs);
      checkCoerce(cx, e.rhs, lhs);
      return tcx.unit;
    }
    case 'Ref': {
      const hint = expected && cx.shallow(expected);
      const inner = checkExpr(cx, e.expr, hint && (hint.k === 'ref' || hint.k === 'ptr') ? hint.inner : undefined);
      return e.raw ? tcx.ptr(inner, e.isMut) : tcx.ref(inner, e.isMut);
    }
    case 'Call': return checkCall(cx, e, expected);
    case 'MethodCall': return checkMethodCall(cx, e);
    case 'Field': return checkField(cx, e);
    case 'Index': return checkIndex(cx, e);
    case 'Tuple': {
      const hint = expected && cx.shallow(expected);
      // As rustc: with a tuple of the same arity expected, each element is a coercion site
      // (`(query, path)` of `&String`s returned as `(&str, &str)`).
      if (hint?.k === 'tuple' && hint.elems.length === e.elems.length) return tcx.tuple(e.elems.map((x, i) => checkCoerce(cx, x, hint.elems[i]!)));
      return tcx.tuple(e.elems.map((x, i) => checkExpr(cx, x, hint?.k === 'tuple' ? hint.elems[i] : undefined)));
    }
    case 'Array': {
      const hint = expected && cx.shallow(expected);
      const hinted = hint && (hint.k === 'array' || hint.k === 'slice') ? hint.elem : undefined;
      const elem = hinted ?? cx.fresh();
      for (const x of e.elems) checkCoerce(cx, x, elem);
      if (!hinted) reportDistinctOpaques(cx, e.elems);
      return tcx.array(elem, e.elems.length);
    }
    case 'Repeat': {
      const hint = expected && cx.shallow(expected);
      const elem = checkExpr(cx, e.elem, hint?.k === 'array' ? hint.elem : undefined);
      checkExpr(cx, e.count, INTS.usize);
      return tcx.array(elem, constUsize(cx.p, e.count, cx.scope));
    }
    case 'StructExpr': return checkStructExpr(cx, e);
    case 'BlockExpr': {
      if (e.label) {
        const frame = { label: e.label.name, breakTy: expected ?? cx.fresh(), broke: false };
        cx.loops.push(frame);
        const ty = checkBlock(cx, e.block, frame.breakTy);
        cx.loops.pop();
        cx.coerce(ty, frame.breakTy);
        return frame.breakTy;
      }
      return inUnsafeBlock(cx, e.isUnsafe, () => checkBlock(cx, e.block, expected));
    }
    case 'If': return checkIf(cx, e, expected);
    case 'LetExpr': {
      const scrut = checkExpr(cx, e.expr);
      checkPat(cx, e.pat, scrut);
      return BOOL;
    }
    case 'Match': return checkMatch(cx, e, expected);
    case 'While': {
      checkCoerce(cx, e.cond, BOOL);
      cx.loops.push({ label: e.label?.name, broke: false });
      checkBlock(cx, e.body, tcx.unit);
      cx.loops.pop();
      return tcx.unit;
    }
    case 'Loop': {
      const frame = { label: e.label?.name, breakTy: expected ?? cx.fresh(), broke: false };
      cx.loops.push(frame);
      checkBlock(cx, e.body, tcx.unit);
      cx.loops.pop();
      return frame.broke ? frame.breakTy : NEVER;
    }
    case 'For': return checkFor(cx, e);
    case 'Break': {
      const frame = findLoop(cx, e.label?.name);
      if (frame) frame.broke = true;
      if (e.value) {
        if (frame?.breakTy) checkCoerce(cx, e.value, frame.breakTy);
        else checkExpr(cx, e.value);
      } else if (frame?.breakTy) cx.infer.unify(frame.breakTy, tcx.unit);
      return NEVER;
    }
    case 'Continue': return NEVER;
    case 'Return': {
      if (e.value) checkCoerce(cx, e.value, cx.retTy);
      return NEVER;
    }
    case 'Closure': return checkClosure(cx, e, expected);
    case 'Range': return checkRange(cx, e);
    case 'Cast': {
      const target = cx.lowerTy(e.ty);
      checkCastTarget(cx, checkExpr(cx, e.expr, castHint(cx, target)), target, e.span);
      return target;
    }
    case 'Try': return checkTry(cx, e);
    case 'MacCallExpr': return checkMacro(cx, e.mac, expected);
    default: return ERROR;
  }
}

/** rustc types an unsuffixed literal by the expected type when that is an integer (float) type. */
export function litTy(cx: FnCtxt, lit: A.Lit, expected: Ty | undefined): Ty {
  const hint = expected && cx.shallow(expected);
  switch (lit.kind) {
    case 'Int':
      if (lit.suffix) return INTS[lit.suffix];
      if (hint?.k === 'int') return hint;
      return cx.infer.fresh('int');
    case 'Float':
      if (lit.suffix) return FLOATS[lit.suffix];
      if (hint?.k === 'float') return hint;
      return cx.infer.fresh('float');
    case 'Bool': return BOOL;
    case 'Char': return CHAR;
    case 'Byte': return INTS.u8;
    case 'Str': return cx.tcx.ref(STR);
    case 'ByteStr': return cx.tcx.ref(cx.tcx.array(INTS.u8, lit.value.length));
    default: return ERROR;
  }
}

export function checkBlock(cx: FnCtxt, b: A.Block, expected?: Ty): Ty {
  let diverges = false;
  let tail: Ty | undefined;
  const stmts = b.stmts;
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i]!;
    const last = i === stmts.length - 1;
    switch (s.kind) {
      case 'Let': {
        const declared = s.ty ? cx.lowerTy(s.ty) : undefined;
        if (declared) requireSizedBinding(cx, s.pat, declared);
        let ty = declared;
        if (s.init) {
          if (declared) checkCoerce(cx, s.init, declared);
          else ty = checkExpr(cx, s.init);
        }
        const patTy = ty ?? cx.fresh();
        checkPat(cx, s.pat, patTy);
        if (s.else) checkBlock(cx, s.else, NEVER);
        else cx.patternChecks.push({ kind: 'let', ty: patTy, pats: [s.pat], span: s.pat.span });
        if (!s.ty && (s.pat.kind === 'IdentPat' || s.pat.kind === 'TuplePat')) cx.lets.push({ pat: s.pat, ty: patTy, init: s.init });
        cx.progress();
        break;
      }
      case 'ExprStmt': {
        if (last && !s.semi) {
          tail = checkExpr(cx, s.expr, expected);
        } else {
          const t = checkExpr(cx, s.expr, s.semi ? undefined : cx.tcx.unit);
          if (cx.diverges(t)) diverges = true;
        }
        cx.progress();
        break;
      }
      default:
        break;
    }
  }
  if (tail) return tail;
  return diverges ? NEVER : cx.tcx.unit;
}

function checkUnary(cx: FnCtxt, e: A.UnaryExpr, expected: Ty | undefined): Ty {
  if (e.op === 'Deref') {
    const t = checkExpr(cx, e.expr);
    // As rustc's structurally_resolve_type: a type still waiting on a projection (a `zip` item's
    // `&i32`) is resolved before it is dereferenced.
    const s = cx.shallow(t);
    if (s.k === 'infer' && s.kind === 'ty') cx.progress();
    const inner = cx.derefOnce(t);
    if (inner) return inner;
    const missing = derefError(cx, cx.shallow(t));
    if (missing) cx.error('E0614', missing, e.span);
    return ERROR;
  }
  const t = cx.shallow(checkExpr(cx, e.expr, expected));
  if (e.op === 'Not' && (t === BOOL || t.k === 'int' || (t.k === 'infer' && t.kind === 'int'))) return t;
  if (e.op === 'Neg' && isNumeric(t) && !(t.k === 'int' && t.name.startsWith('u'))) return t;
  const missing = unaryError(cx, e.op, t);
  if (missing) cx.error('E0600', missing, e.span);
  return ERROR;
}

function checkIf(cx: FnCtxt, e: A.IfExpr, expected: Ty | undefined): Ty {
  checkCoerce(cx, e.cond, BOOL);
  if (!e.else) {
    checkBlock(cx, e.then, cx.tcx.unit);
    // An `if` without `else` is `()`: where a value of another type is expected, rustc says so as E0317.
    const want = expected && cx.resolved(expected);
    if (want && cx.certain(want) && want !== cx.tcx.unit && want !== NEVER) {
      cx.error('E0317', '`if` may be missing an `else` clause', e.span);
      return ERROR;
    }
    return cx.tcx.unit;
  }
  const a = checkBlock(cx, e.then, expected);
  const b = checkExpr(cx, e.else, expected ?? (cx.diverges(a) ? undefined : a));
  const message = '`if` and `else` have incompatible types';
  // The inner `if` of an `else if` was checked against this `then`'s type, not rustc's expectation.
  if (e.else.kind === 'If' && (!expected || cx.shallow(expected).k === 'infer')) reportDistinctOpaqueElseIf(cx, e, message);
  return join(cx, [a, b], expected, [e.then, e.else], message);
}

function checkMatch(cx: FnCtxt, e: A.MatchExpr, expected: Ty | undefined): Ty {
  const scrut = checkExpr(cx, e.scrutinee);
  cx.patternChecks.push({ kind: 'match', ty: scrut, pats: e.arms.filter((a) => !a.guard).map((a) => a.pat), span: e.scrutinee.span });
  const arms: Ty[] = [];
  for (const arm of e.arms) {
    checkPat(cx, arm.pat, scrut);
    if (arm.guard) checkExpr(cx, arm.guard, BOOL);
    const prev = arms.find((t) => !cx.diverges(t));
    arms.push(checkExpr(cx, arm.body, expected ?? prev));
  }
  return arms.length === 0 ? NEVER : join(cx, arms, expected, e.arms.map((a) => a.body), '`match` arms have incompatible types');
}

/**
 * The common type of branches: the first that does not diverge, the others coerced to it, or it to
 * a later one where only that way works (rustc's LUB coercion: `&String` and `&str` join as `&str`). Without
 * an expected type a branch that cannot be coerced is rustc's E0308 at its value; fn items and
 * closures are left alone (rustc joins them as fn pointers). An expected type that unsizes
 * (`Box<dyn Fn(f64) -> f64>`, `&[T]`) is what each branch is coerced to first, as rustc's
 * `CoerceMany` does: two arms' `Box<{closure}>` are distinct types, and only that unsizing gives the
 * second closure its signature. (A cast's hint is no such type: rustc coerces to it only where the
 * type is required.)
 */
function join(cx: FnCtxt, tys: Ty[], expected?: Ty, branches?: readonly (A.Expr | A.Block)[], message?: string): Ty {
  const first = tys.find((t) => !cx.diverges(t));
  if (!first) return NEVER;
  let target: Ty = first;
  const free = !expected || cx.shallow(expected).k === 'infer';
  if (expected && unsizes(cx, expected)) for (const t of tys) if (!cx.diverges(t)) cx.coerce(t, expected);
  const callable = (t: Ty): boolean => ['fnDef', 'closure'].includes(cx.shallow(t).k);
  tys.forEach((t, i) => {
    if (t === target || cx.coerce(t, target)) return;
    // rustc's LUB coercion tries the other way too: the branches so far coerce to this one's type
    // (`&String` then `"none"` is a `&str`, `&mut String` then `&String` a `&String`).
    if (!cx.diverges(t) && cx.coerce(target, t)) {
      target = t;
      return;
    }
    const at = branches?.[i];
    if (free && at && message && !callable(t) && !callable(target) && cx.mismatchCertain(t, target)) cx.error('E0308', message, valueSpan(at));
  });
  if (free && branches && message) reportDistinctOpaqueBranches(cx, branches, message);
  return target;
}

/** Whether a coercion to `ty` may unsize: a `dyn`, slice or `str` behind a reference, pointer or smart pointer. */
function unsizes(cx: FnCtxt, ty: Ty): boolean {
  const t = cx.shallow(ty);
  const unsized = (x: Ty) => ['dyn', 'slice', 'str'].includes(cx.shallow(x).k);
  if (t.k === 'ref' || t.k === 'ptr') return unsized(t.inner);
  return t.k === 'adt' && t.args.some(unsized);
}

/** Where a branch's value is: a block's tail expression, else the expression itself. */
function valueSpan(b: A.Expr | A.Block): A.Span {
  const block = b.kind === 'Block' ? b : b.kind === 'BlockExpr' && !b.label ? b.block : undefined;
  if (!block) return b.span;
  const last = block.stmts[block.stmts.length - 1];
  return last?.kind === 'ExprStmt' && !last.semi ? valueSpan(last.expr) : b.span;
}

function findLoop(cx: FnCtxt, label: string | undefined) {
  for (let i = cx.loops.length - 1; i >= 0; i--) {
    const f = cx.loops[i];
    if (f && (!label || f.label === label)) return f;
  }
  return undefined;
}

function checkFor(cx: FnCtxt, e: A.ForExpr): Ty {
  const iter = checkExpr(cx, e.iter);
  const into = cx.p.stdTrait('IntoIterator');
  const item = into ? cx.normalizeDeep(cx.tcx.proj(iter, { def: into, args: [], assoc: [] }, 'Item')) : ERROR;
  const it = cx.shallow(iter);
  if (isNumeric(it) || it === BOOL || it.k === 'char') cx.error('E0277', `\`${typeName(it, { infer: cx.infer })}\` is not an iterator`, e.iter.span);
  checkPat(cx, e.pat, item.k === 'proj' ? ERROR : item);
  cx.patternChecks.push({ kind: 'for', ty: item.k === 'proj' ? ERROR : item, pats: [e.pat], span: e.pat.span });
  cx.loops.push({ label: e.label?.name, broke: false });
  checkBlock(cx, e.body, cx.tcx.unit);
  cx.loops.pop();
  return cx.tcx.unit;
}

function checkField(cx: FnCtxt, e: A.FieldExpr): Ty {
  const base = checkExpr(cx, e.expr);
  const name = e.field.name;
  // The autoderef steps one at a time: most fields are found on the first or second, and each
  // further step of a struct asks for a `Deref` impl.
  let t: Ty | undefined = base;
  let onlyRefs = true;
  for (let i = 0; t && i < AUTODEREF_STEPS; i++) {
    const step = cx.shallow(t);
    if (step.k === 'tuple' && /^\d+$/.test(name)) {
      const elem = step.elems[Number(name)];
      if (elem) return elem;
    }
    if (step.k === 'adt') {
      const f = fieldOf(cx, step, name);
      if (f) {
        // Only through references, and only on the last step: a `Deref` further on could lead to a visible field of that name.
        const hidden = onlyRefs ? privateFieldMessage(cx, step.def as AdtDef, name, e.field.span) : undefined;
        if (hidden && (i === AUTODEREF_STEPS - 1 || !cx.derefOnce(step))) cx.error('E0616', hidden, e.field.span);
        return f;
      }
    }
    if (step.k !== 'ref') onlyRefs = false;
    t = cx.derefOnce(step);
  }
  const missing = noFieldMessage(cx, base, name);
  const std = missing ? undefined : stdFieldError(cx, base, name);
  if (missing) cx.error('E0609', missing, e.field.span);
  else if (std) cx.error(std.code, std.message, e.field.span);
  return ERROR;
}

/** The type of a struct's named or positional field, with the struct's arguments substituted. */
export function fieldOf(cx: FnCtxt, adt: Ty & { k: 'adt' }, name: string): Ty | undefined {
  const def = adt.def as AdtDef;
  if (def.kind !== 'adt' || def.adt === 'enum') return undefined;
  const i = def.variants[0]?.fields.findIndex((f) => f.name === name) ?? -1;
  return i < 0 ? undefined : fieldTys(cx, def, 0, adt.args)[i];
}

/** The field types of one variant of an ADT, for the given generic arguments. */
export function fieldTys(cx: FnCtxt, def: AdtDef, variant: number, args: readonly Ty[]): Ty[] {
  return (adtFieldTys(cx.p, def)[variant] ?? []).map((t) => cx.normalizeDeep(substitute(cx.tcx, t, args)));
}

function checkIndex(cx: FnCtxt, e: A.IndexExpr): Ty {
  const base = checkExpr(cx, e.expr);
  const idx = cx.shallow(checkExpr(cx, e.index));
  const isRange = idx.k === 'adt' && idx.def.name.startsWith('Range');
  for (const step of cx.autoderef(base)) {
    if (step.k === 'array' || step.k === 'slice') {
      if (isRange) return cx.tcx.slice(step.elem);
      // Slices are indexed by `usize` only (`SliceIndex`): another integer type is certain to fail.
      if (idx.k === 'int' && idx !== INTS.usize) {
        cx.error('E0277', `the type \`${typeName(cx.tcx.slice(step.elem), { infer: cx.infer })}\` cannot be indexed by \`${idx.name}\``, e.index.span);
        return step.elem;
      }
      cx.infer.unify(idx, INTS.usize);
      return step.elem;
    }
    if (step === STR && isRange) return STR;
    if (step === STR && (idx.k === 'int' || (idx.k === 'infer' && idx.kind === 'int'))) {
      cx.error('E0277', `the type \`str\` cannot be indexed by \`${typeName(idx, { infer: cx.infer })}\``, e.index.span);
      return ERROR;
    }
    if (step.k === 'adt') {
      const index = cx.p.stdTrait('Index');
      if (!index || isRange) continue;
      const out = cx.solver.project(step, { def: index, args: [idx], assoc: [] }, 'Output');
      if (out) return cx.normalizeDeep(out);
    }
  }
  const missing = indexError(cx, base);
  if (missing) cx.error('E0608', missing, e.span);
  return ERROR;
}

function checkRange(cx: FnCtxt, e: A.RangeExpr): Ty {
  const elem = cx.fresh();
  if (e.start) checkCoerce(cx, e.start, elem);
  if (e.end) checkCoerce(cx, e.end, elem);
  const name = !e.start && !e.end ? 'RangeFull' : e.inclusive ? (e.start ? 'RangeInclusive' : 'RangeToInclusive') : !e.end ? 'RangeFrom' : !e.start ? 'RangeTo' : 'Range';
  const def = cx.p.stdAdt(name);
  if (!def) return ERROR;
  return cx.tcx.adt(def, name === 'RangeFull' ? [] : [elem]);
}

function checkTry(cx: FnCtxt, e: A.TryExpr): Ty {
  const t = cx.shallow(checkExpr(cx, e.expr));
  const mark = { ...e.span, start: e.span.end - 1, line: e.span.endLine, character: Math.max(0, e.span.endCharacter - 1) };
  const ret = cx.shallow(cx.retTy);
  const isStd = (x: Ty, name: string): boolean => x.k === 'adt' && !!x.def.std && x.def.name === name;
  // `()` implements `FromResidual` for nothing, whatever the operand.
  if (ret === cx.tcx.unit) cx.error('E0277', 'the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)', mark);
  else if (isStd(ret, 'Result') && isStd(t, 'Option')) cx.error('E0277', 'the `?` operator can only be used on `Result`s, not `Option`s, in a function that returns `Result`', mark);
  else if (isStd(ret, 'Option') && isStd(t, 'Result')) cx.error('E0277', 'the `?` operator can only be used on `Option`s, not `Result`s, in a function that returns `Option`', mark);
  else if (isStd(ret, 'Result') && isStd(t, 'Result')) {
    // `?` converts the error with `From`: `Err(e)?` in a `Result<_, F>` fn needs `F: From<E>`.
    const from = cx.p.stdTrait('From');
    const [target, source] = [(ret as Ty & { k: 'adt' }).args[1], (t as Ty & { k: 'adt' }).args[1]];
    if (from && target && source) cx.boundChecks.push({ self: target, trait: { def: from, args: [source], assoc: [] }, span: mark, question: true });
  }
  if (t.k === 'adt' && t.def.std && (t.def.name === 'Option' || t.def.name === 'Result')) return t.args[0] ?? ERROR;
  return ERROR;
}
