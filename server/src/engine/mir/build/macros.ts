// The std macros as rustc 1.95 expands them, lowered as calls: `format_args!` builds a tuple of
// references to its arguments (`args`), one `rt::Argument` per placeholder and
// `Arguments::new(template, &args)` (a string with no placeholders is `Arguments::from_str`);
// `println!` and friends call `_print`/`_eprint`, `format!` calls `format` then `must_use`,
// `panic!` calls `panic_fmt`, `write!` calls `write_fmt`. `vec![a, b]` fills a `Box` then turns it
// into a `Vec`; `vec![x; n]` calls `from_elem`. `assert!`, `assert_eq!` and `matches!` branch.
import type * as A from '../../syntax/ast';
import { BOOL, INTS, NEVER, STR, someTy, type Ty } from '../../typeck/ty';
import type { Operand, Place } from '../syntax';
import { DEREF, place } from '../syntax';
import type { Builder } from './builder';
import { callFn, emitCall } from './call';
import { asOperand, asPlace, asTemp, asTempNoDrop, into, isPlaceExpr, project, placeOrTemp } from './expr';
import { bindPattern, declareBindings, testPattern } from './pattern';
import { STD, stdItem } from './stdItems';

export function lowerMacro(b: Builder, dest: Place, e: A.MacCallExpr): void {
  const mac = e.mac;
  const args = mac.args;
  const span = e.span;
  switch (args.kind) {
    case 'Cfg':
      b.assign(dest, { kind: 'use', operand: { kind: 'constant', constant: { value: { kind: 'bool', value: args.value }, ty: BOOL, span } } }, span);
      return;
    case 'Format': return lowerFormatMacro(b, dest, mac.name, args, span);
    case 'Repeat': {
      const elem = asOperand(b, args.elem);
      const count = asOperand(b, args.count);
      emitCall(b, dest, callFn(stdItem(STD.fromElem), span), [elem, count], span, false);
      return;
    }
    case 'Matches': {
      const ty = b.exprTy(args.expr);
      const pl = placeOrTemp(b, args.expr);
      const fail = b.newBlock();
      const join = b.newBlock();
      testPattern(b, args.pat, pl, ty, fail, new Map());
      const depth = b.scopes.push('arm');
      declareBindings(b, args.pat, depth);
      bindPattern(b, args.pat, pl, ty, 'move');
      const failed = b.newBlock();
      if (args.guard) into(b, dest, args.guard);
      else b.assign(dest, boolConst(true, span), span);
      b.scopes.pop(span);
      b.goto(join, span);
      b.current = failed;
      b.goto(fail, span);
      b.current = fail;
      b.assign(dest, boolConst(false, span), span);
      b.goto(join, span);
      b.current = join;
      return;
    }
    case 'Exprs': return lowerExprsMacro(b, dest, mac.name, args, span);
    case 'Opaque':
      b.unsupportedAt(span, `the macro \`${mac.name}!\``);
      return;
  }
}

function boolConst(value: boolean, span: A.Span) {
  return { kind: 'use' as const, operand: { kind: 'constant' as const, constant: { value: { kind: 'bool' as const, value }, ty: BOOL, span } } };
}

function lowerFormatMacro(b: Builder, dest: Place, name: string, args: Extract<A.MacArgs, { kind: 'Format' }>, span: A.Span): void {
  switch (name) {
    case 'print': case 'println': case 'eprint': case 'eprintln': {
      const a = formatArguments(b, args.format, span);
      emitCall(b, dest, callFn(stdItem(name.startsWith('e') ? STD.eprint : STD.print), span), [a], span, false);
      return;
    }
    case 'format': {
      const a = formatArguments(b, args.format, span);
      const s = asTempNoDrop(b, b.placeTy(dest), span);
      emitCall(b, place(s), callFn(stdItem(STD.format), span), [a], span, false);
      emitCall(b, dest, callFn(stdItem(STD.mustUse), span), [{ kind: 'move', place: place(s) }], span, false);
      return;
    }
    case 'panic': case 'unreachable': case 'todo': case 'unimplemented': {
      const a = formatArguments(b, args.format, span);
      emitCall(b, dest, callFn(stdItem(STD.panicFmt), span), [a], span, false, true);
      return;
    }
    case 'write': case 'writeln': {
      if (!args.dest) break;
      const target = placeOrTemp(b, args.dest);
      const destTy = b.placeTy(target);
      const reborrow = destTy.k === 'ref' ? project(target, DEREF) : target;
      const inner = destTy.k === 'ref' ? destTy.inner : destTy;
      const r = asTempNoDrop(b, b.tcx.ref(inner, true), span);
      b.assign(place(r), { kind: 'ref', borrow: 'twoPhase', place: reborrow }, span);
      const a = formatArguments(b, args.format, span);
      emitCall(b, dest, callFn(stdItem(STD.writeFmt), span), [{ kind: 'move', place: place(r) }, a], span, true);
      return;
    }
  }
  b.unsupportedAt(span, `the macro \`${name}!\``);
}

/** `format_args!(…)` as an `Arguments` operand. */
function formatArguments(b: Builder, fmt: A.FormatArgs | undefined, span: A.Span): Operand {
  const tys = b.cx.stdTys;
  const argumentsTy = (tys.arguments ??= b.tcx.adt(stdItem(STD.arguments)));
  const out = asTempNoDrop(b, argumentsTy, span);
  const pieces = fmt?.pieces;
  // Per piece: whether it takes an `Argument` (a placeholder rustc does not fold into the template).
  const takesArgument: boolean[] = [];
  let placeholderCount = 0;
  if (pieces) {
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      const takes = p.kind === 'Placeholder' && !foldsIntoTemplate(fmt, p);
      takesArgument.push(takes);
      if (takes) placeholderCount++;
    }
  }
  if (!fmt || !pieces || placeholderCount === 0) {
    let text = '';
    if (pieces) for (let i = 0; i < pieces.length; i++) { const p = pieces[i]!; if (p.kind === 'Text') text += p.text; }
    const str: Operand = { kind: 'constant', constant: { value: { kind: 'str', value: text }, ty: (tys.strRef ??= b.tcx.ref(STR)), span } };
    emitCall(b, place(out), callFn(stdItem(STD.argumentsFromStr), span), [str], span, false);
    return { kind: 'move', place: place(out) };
  }
  // The arguments: explicit ones first, then the names the string captures.
  const explicit = fmt.args;
  const captures = fmt.captures;
  const count = explicit.length + captures.length;
  // Whether a placeholder (or a width or precision) uses each argument.
  const used: boolean[] = [];
  for (let i = 0; i < count; i++) used.push(false);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind !== 'Placeholder') continue;
    // `println!("{} {}", 1)`: rustc rejects a placeholder without its argument; the body has no MIR.
    if (takesArgument[i] && !markUsed(used, argIndex(fmt, p.arg))) return tooFewArguments(b, span);
    const { width, precision } = p.spec;
    if (width?.kind === 'Arg' && !markUsed(used, argIndex(fmt, width.arg))) return tooFewArguments(b, span);
    if (precision?.kind === 'Arg' && !markUsed(used, argIndex(fmt, precision.arg))) return tooFewArguments(b, span);
  }
  // A literal that only folded placeholders used is gone from the arguments; `keptAt` is each kept one's place in the tuple.
  const keptAt: number[] = [];
  let kept = 0;
  for (let i = 0; i < count; i++) keptAt.push(!used[i] && isFoldableLiteral(i < explicit.length ? explicit[i]!.expr : captures[i - explicit.length]!) ? -1 : kept++);
  // `args`: a tuple of references to every argument kept (the arrays made to length: the MIR keeps them).
  const refs = new Array<Operand>(kept);
  const refTys = new Array<Ty>(kept);
  for (let i = 0; i < count; i++) {
    const k = keptAt[i]!;
    if (k < 0) continue;
    const x = i < explicit.length ? explicit[i]!.expr : captures[i - explicit.length]!;
    const pl = placeOrTemp(b, x);
    const refTy = b.tcx.ref(b.placeTy(pl));
    const r = asTempNoDrop(b, refTy, x.span);
    b.assign(place(r), { kind: 'ref', borrow: 'shared', place: pl }, x.span);
    refs[k] = { kind: 'move', place: place(r) };
    refTys[k] = refTy;
  }
  const tupleTy = b.tcx.tuple(refTys);
  const tuple = b.newLocal({ kind: 'user', mutable: false, ty: tupleTy, span, name: 'args' });
  b.storageLive(tuple, span);
  b.scopes.scheduleTemp(tuple, span, false);
  b.assign(place(tuple), { kind: 'aggregate', aggregate: { kind: 'tuple' }, operands: refs }, span);
  const argumentTy = (tys.argument ??= b.tcx.adt(stdItem(STD.argument)));
  const argOps = new Array<Operand>(placeholderCount);
  let placeholder = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind !== 'Placeholder' || !takesArgument[i]) continue;
    const index = Math.max(0, keptAt[argIndex(fmt, p.arg)]!);
    const refTy = refTys[index] ?? refTys[0]!;
    const copy = asTempNoDrop(b, refTy, span);
    b.assign(place(copy), { kind: 'use', operand: { kind: 'copy', place: project(place(tuple), { kind: 'field', index, name: String(index), ty: refTy }) } }, span);
    const arg = asTempNoDrop(b, argumentTy, span);
    emitCall(b, place(arg), callFn(stdItem(STD.argumentNew), span), [{ kind: 'copy', place: place(copy) }], span, false);
    argOps[placeholder++] = { kind: 'move', place: place(arg) };
  }
  const arrayTy = b.tcx.array(argumentTy, argOps.length);
  const array = b.newLocal({ kind: 'user', mutable: false, ty: arrayTy, span, name: 'args' });
  b.storageLive(array, span);
  b.scopes.scheduleTemp(array, span, false);
  b.assign(place(array), { kind: 'aggregate', aggregate: { kind: 'array', elem: argumentTy }, operands: argOps }, span);
  const templateTy = (tys.template ??= b.tcx.ref(b.tcx.array(INTS.u8, undefined)));
  const template = asTempNoDrop(b, templateTy, span);
  b.assign(place(template), { kind: 'use', operand: { kind: 'constant', constant: { value: { kind: 'str', value: fmt.template.kind === 'Str' ? fmt.template.value : '' }, ty: templateTy, span } } }, span);
  const arrayRef = asTempNoDrop(b, b.tcx.ref(arrayTy), span);
  b.assign(place(arrayRef), { kind: 'ref', borrow: 'shared', place: place(array) }, span);
  emitCall(b, place(out), callFn(stdItem(STD.argumentsNew), span), [{ kind: 'move', place: place(template) }, { kind: 'copy', place: place(arrayRef) }], span, false);
  return { kind: 'move', place: place(out) };
}

/** Marks argument `i` used; false when there is no such argument. */
function markUsed(used: boolean[], i: number): boolean {
  if (i >= used.length) return false;
  used[i] = true;
  return true;
}

function tooFewArguments(b: Builder, span: A.Span): Operand {
  b.unsupportedAt(span, 'a format string with more placeholders than arguments');
  return { kind: 'constant', constant: { value: { kind: 'str', value: '' }, ty: b.tcx.ref(STR), span } };
}

function argIndex(fmt: A.FormatArgs, arg: A.FormatArgRef): number {
  return arg.kind === 'Index' ? arg.index : argIndexByName(fmt, arg.name);
}

/** A string or integer literal (any suffix; not a negated one, a char, a bool or a float). */
function isFoldableLiteral(x: A.Expr): boolean {
  return x.kind === 'Lit' && (x.lit.kind === 'Str' || x.lit.kind === 'Int');
}

/**
 * rustc writes a plain `{}` of a string or integer literal into the template itself (`"x >= {}", 0`
 * is `"x >= 0"`), so that placeholder takes no `Argument`.
 */
function foldsIntoTemplate(fmt: A.FormatArgs, p: Extract<A.FormatPiece, { kind: 'Placeholder' }>): boolean {
  const s = p.spec;
  if (s.trait !== '' || s.fill !== undefined || s.align !== undefined || s.sign !== undefined || s.alternate || s.zeroPad || s.width || s.precision) return false;
  const i = argIndex(fmt, p.arg);
  const x = i < fmt.args.length ? fmt.args[i]?.expr : undefined;
  return x !== undefined && isFoldableLiteral(x);
}

function argIndexByName(fmt: A.FormatArgs, name: string): number {
  const { args, captures } = fmt;
  for (let i = 0; i < args.length; i++) if (args[i]!.name?.name === name) return i;
  for (let i = 0; i < captures.length; i++) {
    const segments = captures[i]!.path.segments;
    if (segments[segments.length - 1]?.ident.name === name) return args.length + i;
  }
  return 0;
}

function lowerExprsMacro(b: Builder, dest: Place, name: string, args: Extract<A.MacArgs, { kind: 'Exprs' }>, span: A.Span): void {
  switch (name) {
    case 'vec': {
      if (args.exprs.length === 0) {
        emitCall(b, dest, callFn(stdItem(STD.vecNew), span), [], span, false);
        return;
      }
      // The vector's own element type when known: each element is coerced to it (`Box<dyn Fn>`),
      // and the first element's type may not hold what the others do (one closure's captures).
      const vecTy = b.placeTy(dest);
      const declared = vecTy.k === 'adt' && vecTy.def.name === 'Vec' ? vecTy.args[0] : undefined;
      const elemTy = declared && !someTy(declared, (t) => t.k === 'error' || t.k === 'infer') ? declared : args.exprs[0] ? b.exprTy(args.exprs[0]) : b.tcx.unit;
      const arrayTy = b.tcx.array(elemTy, args.exprs.length);
      const boxTy = b.tcx.adt(stdItem('alloc::boxed::Box<MaybeUninit>'), [arrayTy]);
      const boxed = b.temp(boxTy, span, false);
      emitCall(b, place(boxed), callFn(stdItem(STD.boxNewUninit), span), [], span, false);
      b.assign(project(place(boxed), DEREF), { kind: 'aggregate', aggregate: { kind: 'array', elem: elemTy }, operands: args.exprs.map((x) => asOperand(b, x)) }, span);
      emitCall(b, dest, callFn(stdItem(STD.boxIntoVec), span), [{ kind: 'move', place: place(boxed) }], span, false);
      return;
    }
    case 'assert': case 'debug_assert': {
      const [cond] = args.exprs;
      if (!cond) break;
      b.scopes.push('statement');
      const c = asOperand(b, cond);
      b.scopes.pop(span);
      const ok = b.newBlock();
      const fail = b.newBlock();
      b.terminate(b.current, { kind: 'switchInt', discr: c, targets: { values: [0n], targets: [fail], otherwise: ok } }, span);
      b.current = fail;
      if (args.format) emitCall(b, place(asTempNoDrop(b, NEVER, span)), callFn(stdItem(STD.panicFmt), span), [formatArguments(b, args.format, span)], span, false, true);
      else emitCall(b, place(asTempNoDrop(b, NEVER, span)), callFn(stdItem(STD.panic), span), [], span, false, true);
      b.current = ok;
      return;
    }
    case 'assert_eq': case 'assert_ne': case 'debug_assert_eq': case 'debug_assert_ne':
      return lowerAssertEq(b, name.endsWith('_ne'), args, span);
  }
  b.unsupportedAt(span, `the macro \`${name}!\``);
}

/** `match (&a, &b) { (left_val, right_val) => if !(*left_val == *right_val) { assert_failed(…) } }`. */
function lowerAssertEq(b: Builder, ne: boolean, args: Extract<A.MacArgs, { kind: 'Exprs' }>, span: A.Span): void {
  const [l, r] = args.exprs;
  if (!l || !r) return;
  const refs = [l, r].map((x) => {
    const pl = placeOrTemp(b, x);
    const t = asTempNoDrop(b, b.tcx.ref(b.placeTy(pl)), x.span);
    b.assign(place(t), { kind: 'ref', borrow: 'shared', place: pl }, x.span);
    return t;
  });
  const tys = refs.map((t) => b.localDecls[t]!.ty);
  const tuple = asTempNoDrop(b, b.tcx.tuple(tys), span);
  b.assign(place(tuple), { kind: 'aggregate', aggregate: { kind: 'tuple' }, operands: refs.map((t) => ({ kind: 'move' as const, place: place(t) })) }, span);
  const depth = b.scopes.push('arm');
  const vals = ['left_val', 'right_val'].map((name, i) => {
    const local = b.newLocal({ kind: 'user', mutable: false, ty: tys[i]!, span, name });
    b.storageLive(local, span);
    b.scopes.scheduleVar(local, span, depth);
    b.assign(place(local), { kind: 'use', operand: { kind: 'copy', place: project(place(tuple), { kind: 'field', index: i, name: String(i), ty: tys[i]! }) } }, span);
    return local;
  });
  const eq = asTempNoDrop(b, BOOL, span);
  const inner = tys[0]?.k === 'ref' ? tys[0].inner : tys[0]!;
  if (inner.k === 'int' || inner.k === 'bool' || inner.k === 'char' || inner.k === 'float') {
    const ops = vals.map((v) => {
      const t = asTempNoDrop(b, inner, span);
      b.assign(place(t), { kind: 'use', operand: { kind: 'copy', place: project(place(v), DEREF) } }, span);
      return { kind: 'move' as const, place: place(t) };
    });
    b.assign(place(eq), { kind: 'binaryOp', op: 'Eq', left: ops[0]!, right: ops[1]!, checked: false }, span);
  } else {
    emitCall(b, place(eq), callFn(stdItem('core::cmp::PartialEq::eq'), span), vals.map((v) => ({ kind: 'copy' as const, place: place(v) })), span, false);
  }
  const ok = b.newBlock();
  const fail = b.newBlock();
  b.terminate(b.current, { kind: 'switchInt', discr: { kind: 'move', place: place(eq) }, targets: { values: [0n], targets: ne ? [ok] : [fail], otherwise: ne ? fail : ok } }, span);
  b.current = fail;
  const kind = b.newLocal({ kind: 'user', mutable: false, ty: b.tcx.adt(stdItem(STD.assertKind)), span, name: 'kind' });
  b.storageLive(kind, span);
  const message = asTempNoDrop(b, b.tcx.adt(stdItem(STD.option), [b.tcx.adt(stdItem(STD.arguments))]), span);
  b.assign(place(message), { kind: 'aggregate', aggregate: { kind: 'adt', def: stdItem(STD.option), variant: 0, args: [] }, operands: [] }, span);
  const args4: Operand[] = [{ kind: 'copy', place: place(kind) }, ...vals.map((v) => ({ kind: 'copy' as const, place: place(v) })), { kind: 'move', place: place(message) }];
  emitCall(b, place(asTempNoDrop(b, NEVER, span)), callFn(stdItem(STD.assertFailed), span), args4, span, false, true);
  b.current = ok;
  b.scopes.pop(span);
}
