// The std macros the lowering parses: their arguments are checked as expressions and the macro
// has the type its expansion has (`format!` a String, `vec!` a Vec, `panic!` never). Any other
// macro is opaque and unknown.
import type * as A from '../../syntax/ast';
import { BOOL, ERROR, INTS, NEVER, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { checkCoerce, checkExpr } from './expr';
import { checkPat } from './pat';
import { requireFormatTrait } from './bounds';
import { operatorError } from './opErrors';
import { reportDistinctOpaques } from './opaqueTypes';

const DIVERGING = new Set(['panic', 'unreachable', 'todo', 'unimplemented']);
const UNIT = new Set(['print', 'println', 'eprint', 'eprintln', 'assert', 'assert_eq', 'assert_ne', 'debug_assert', 'debug_assert_eq', 'debug_assert_ne']);

const EQ_ASSERTS = new Set(['assert_eq', 'assert_ne', 'debug_assert_eq', 'debug_assert_ne']);

/**
 * `assert_eq!(a, b)` expands to `*left_val == *right_val` over `&a` and `&b`: the operands compare
 * as `a == b` would, and rustc reports an impossible comparison at the macro's call.
 */
function assertComparable(cx: FnCtxt, mac: A.MacCall, left: Ty, right: Ty): void {
  const err = operatorError(cx, '==', left, right);
  if (err) cx.error(err.code, err.message, mac.span);
}

/** The arguments a format string uses as a width or precision (`{:w$}`, `{:.1$}`): `usize`s. */
function countArgs(f: A.FormatArgs): { names: ReadonlySet<string>; indexes: ReadonlySet<number> } {
  let names: Set<string> | undefined;
  let indexes: Set<number> | undefined;
  for (const p of f.pieces) {
    if (p.kind !== 'Placeholder') continue;
    for (const c of [p.spec.width, p.spec.precision]) {
      if (c?.kind !== 'Arg') continue;
      if (c.arg.kind === 'Name') (names ??= new Set()).add(c.arg.name);
      else (indexes ??= new Set()).add(c.arg.index);
    }
  }
  // Nearly every format string takes no width or precision from an argument: no sets for it.
  return names || indexes ? { names: names ?? NO_NAMES, indexes: indexes ?? NO_INDEXES } : NO_COUNTS;
}

const NO_NAMES: ReadonlySet<string> = new Set();
const NO_INDEXES: ReadonlySet<number> = new Set();
const NO_COUNTS = { names: NO_NAMES, indexes: NO_INDEXES };

function checkFormat(cx: FnCtxt, f: A.FormatArgs | undefined): void {
  if (!f) return;
  const counts = countArgs(f);
  for (let i = 0; i < f.args.length; i++) {
    const a = f.args[i]!;
    if (counts.indexes.has(i) || (a.name && counts.names.has(a.name.name))) checkCoerce(cx, a.expr, INTS.usize);
    else checkExpr(cx, a.expr);
  }
  for (const c of f.captures) {
    const name = c.path.segments[0]?.ident.name;
    if (name && counts.names.has(name)) checkCoerce(cx, c, INTS.usize);
    else checkExpr(cx, c);
  }
  for (const piece of f.pieces) {
    if (piece.kind !== 'Placeholder') continue;
    const ref = piece.arg;
    const arg = ref.kind === 'Index' ? f.args[ref.index]?.expr : f.args.find((a) => a.name?.name === ref.name)?.expr ?? f.captures.find((c) => c.path.segments[0]?.ident.name === ref.name);
    const ty = arg && cx.exprTypes.get(arg.id);
    if (arg && ty) requireFormatTrait(cx, ty, piece.spec.trait, arg.span);
  }
}

export function checkMacro(cx: FnCtxt, mac: A.MacCall, expected: Ty | undefined): Ty {
  const args = mac.args;
  switch (args.kind) {
    case 'Format':
      if (args.dest) checkExpr(cx, args.dest);
      checkFormat(cx, args.format);
      if (mac.name === 'format') {
        const string = cx.p.stdAdt('String');
        return string ? cx.tcx.adt(string) : ERROR;
      }
      if (DIVERGING.has(mac.name)) return NEVER;
      if (UNIT.has(mac.name)) return cx.tcx.unit;
      return ERROR;
    case 'Exprs': {
      checkFormat(cx, args.format);
      if (mac.name === 'vec') return vecOf(cx, args.exprs, expected);
      if (mac.name === 'dbg') {
        const tys = args.exprs.map((x) => checkExpr(cx, x, args.exprs.length === 1 ? expected : undefined));
        return tys.length === 1 ? tys[0]! : tys.length === 0 ? cx.tcx.unit : cx.tcx.tuple(tys);
      }
      if (mac.name === 'assert' || mac.name === 'debug_assert') {
        for (const x of args.exprs) checkCoerce(cx, x, BOOL);
        return cx.tcx.unit;
      }
      const tys = args.exprs.map((x) => checkExpr(cx, x));
      if (EQ_ASSERTS.has(mac.name) && tys.length >= 2) assertComparable(cx, mac, tys[0]!, tys[1]!);
      return UNIT.has(mac.name) ? cx.tcx.unit : ERROR;
    }
    case 'Repeat': {
      const v = vecHint(cx, expected);
      const elem = checkExpr(cx, args.elem, v);
      checkCoerce(cx, args.count, INTS.usize);
      const vec = cx.p.stdAdt('Vec');
      return vec ? cx.tcx.adt(vec, [elem]) : ERROR;
    }
    case 'Matches': {
      const t = checkExpr(cx, args.expr);
      checkPat(cx, args.pat, t);
      if (args.guard) checkExpr(cx, args.guard, BOOL);
      return BOOL;
    }
    case 'Cfg': return BOOL;
    default: return ERROR;
  }
}

function vecHint(cx: FnCtxt, expected: Ty | undefined): Ty | undefined {
  const e = expected && cx.shallow(expected);
  return e?.k === 'adt' && e.def.name === 'Vec' ? e.args[0] : undefined;
}

function vecOf(cx: FnCtxt, exprs: readonly A.Expr[], expected: Ty | undefined): Ty {
  const vec = cx.p.stdAdt('Vec');
  if (!vec) return ERROR;
  const hint = vecHint(cx, expected);
  const elem = hint ?? cx.fresh();
  for (const x of exprs) checkCoerce(cx, x, elem);
  if (!hint) reportDistinctOpaques(cx, exprs);
  return cx.tcx.adt(vec, [elem]);
}
