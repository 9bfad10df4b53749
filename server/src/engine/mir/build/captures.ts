// Closure capture analysis (the type checker leaves it to MIR building): which variables of the
// enclosing bodies a closure uses, in order of first use, and how it captures each — by value in
// a `move` closure or where the body moves a value that is not `Copy`, by unique borrow where it
// assigns to it or borrows it mutably (a `&mut self` method, `&mut x`), by shared borrow
// otherwise. A variable is captured whole: edition 2021's capture of a single field path is not
// modelled, and a closure that uses a variable only through a field is reported as unsupported.
import type * as A from '../../syntax/ast';
import type { Ty } from '../../typeck/ty';
import type { Builder } from './builder';
import { localPath } from './paths';

export type CaptureMode = 'value' | 'mut' | 'shared';

export interface Capture {
  readonly binding: A.NodeId;
  readonly mode: CaptureMode;
}

type Use = 'move' | 'mut' | 'shared' | 'fieldShared' | 'fieldMut' | 'fieldMove';

const RANK: Record<CaptureMode, number> = { shared: 0, mut: 1, value: 2 };

export function closureCaptures(b: Builder, e: A.ClosureExpr): { captures: Capture[]; fieldOnly: boolean } {
  const declared = new Set<A.NodeId>();
  const order: A.NodeId[] = [];
  const modes = new Map<A.NodeId, CaptureMode>();
  let wholeUse = new Set<A.NodeId>();
  const note = (binding: A.NodeId, use: Use, ty: Ty) => {
    if (!modes.has(binding)) order.push(binding);
    if (!use.startsWith('field')) wholeUse.add(binding);
    const m: CaptureMode = e.isMove ? 'value'
      : use === 'mut' || use === 'fieldMut' ? 'mut'
        : (use === 'move' || use === 'fieldMove') && !b.cx.props.isCopy(ty) ? 'value' : 'shared';
    const old = modes.get(binding);
    if (!old || RANK[m] > RANK[old]) modes.set(binding, m);
  };
  const visitExpr = (x: A.Expr | undefined, use: Use): void => {
    if (!x) return;
    switch (x.kind) {
      case 'PathExpr': {
        const r = b.cx.names.resolve(x.path);
        if (r.res.kind === 'Local' && r.unresolved === 0 && !declared.has(r.res.binding)) note(r.res.binding, use, b.exprTy(x));
        return;
      }
      case 'Paren': return visitExpr(x.expr, use);
      case 'Ref': return visitExpr(x.expr, x.isMut ? 'mut' : 'shared');
      case 'Field': return visitExpr(x.expr, use === 'mut' || use === 'fieldMut' ? 'fieldMut' : use === 'move' || use === 'fieldMove' ? (b.cx.props.isCopy(b.exprTy(x)) ? 'fieldShared' : 'fieldMove') : 'fieldShared');
      case 'Index': visitExpr(x.index, 'move'); return visitExpr(x.expr, use === 'mut' ? 'mut' : 'shared');
      case 'Unary': return visitExpr(x.expr, x.op === 'Deref' ? (use === 'mut' ? 'mut' : 'shared') : 'move');
      case 'Assign': visitExpr(x.rhs, 'move'); return visitExpr(x.lhs, 'mut');
      case 'AssignOp': visitExpr(x.rhs, 'move'); return visitExpr(x.lhs, 'mut');
      case 'MethodCall': {
        const p0 = b.results.methods.get(x.id)?.sig?.params[0];
        const recvTy = b.exprTy(x.receiver);
        const recvUse: Use = p0?.k === 'ref' ? (p0.mut && !(recvTy.k === 'ref' && recvTy.mut) ? 'mut' : 'shared') : 'move';
        visitExpr(x.receiver, recvUse);
        x.args.forEach((a) => visitExpr(a, 'move'));
        return;
      }
      case 'Closure': {
        for (const p of x.params) visitPat(p.pat);
        const before = new Set(modes.keys());
        visitExpr(x.body, x.isMove ? 'move' : 'shared');
        // A `move` closure inside takes what it uses by value: this closure must own it to give it.
        if (x.isMove) for (const id of modes.keys()) if (!before.has(id) && !declared.has(id)) modes.set(id, 'value');
        return;
      }
      case 'MacCallExpr': {
        const args = x.mac.args;
        if (args.kind === 'Format') {
          if (args.dest) visitExpr(args.dest, 'mut');
          args.format?.args.forEach((a) => visitExpr(a.expr, 'shared'));
          args.format?.captures.forEach((c) => visitExpr(c, 'shared'));
        } else if (args.kind === 'Exprs') {
          args.exprs.forEach((a) => visitExpr(a, x.mac.name.startsWith('assert') ? 'shared' : 'move'));
          args.format?.args.forEach((a) => visitExpr(a.expr, 'shared'));
          args.format?.captures.forEach((c) => visitExpr(c, 'shared'));
        } else if (args.kind === 'Repeat') {
          visitExpr(args.elem, 'move');
          visitExpr(args.count, 'move');
        } else if (args.kind === 'Matches') {
          visitExpr(args.expr, 'shared');
          visitPat(args.pat);
          visitExpr(args.guard, 'move');
        }
        return;
      }
      default:
        visitChildren(x);
    }
  };
  const visitPat = (p: A.Pat): void => {
    walk(p, (n) => {
      if (n.kind === 'IdentPat') declared.add(n.id);
    });
  };
  const visitChildren = (x: A.Expr): void => {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'span' || !v || typeof v !== 'object') continue;
      for (const child of Array.isArray(v) ? v : [v]) visitNode(child, x);
    }
  };
  const visitNode = (n: unknown, parent: A.Expr): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as { kind?: string };
    switch (node.kind) {
      case 'Block': for (const s of (n as A.Block).stmts) visitStmt(s); return;
      case 'Arm': {
        const arm = n as A.Arm;
        visitPat(arm.pat);
        visitExpr(arm.guard, 'move');
        visitExpr(arm.body, 'move');
        return;
      }
      case 'LetExpr': visitPat((n as A.LetExpr).pat); return visitExpr((n as A.LetExpr).expr, 'shared');
      case 'StructExprField': return visitExpr((n as A.StructExprField).expr, 'move');
      default:
        if (isPat(node.kind)) return visitPat(n as A.Pat);
        if (isExpr(node.kind)) {
          // A match scrutinee or an `if let` is read in place; other operands are used by value.
          const use: Use = parent.kind === 'Match' && (parent as A.MatchExpr).scrutinee === n ? 'shared' : 'move';
          return visitExpr(n as A.Expr, use);
        }
    }
  };
  const visitStmt = (s: A.Stmt): void => {
    if (s.kind === 'Let') {
      // A pattern that binds nothing (`_`, a unit struct) only mentions the place: nothing moves.
      let binds = false;
      walk(s.pat, (n) => {
        if (n.kind === 'IdentPat' && b.cx.names.identPat?.(n) === undefined) binds = true;
      });
      visitExpr(s.init, binds ? 'move' : 'shared');
      if (s.else) for (const t of s.else.stmts) visitStmt(t);
      visitPat(s.pat);
    } else if (s.kind === 'ExprStmt') visitExpr(s.expr, 'move');
  };
  for (const p of e.params) visitPat(p.pat);
  visitExpr(e.body, 'move');
  const captures = order.filter((id) => localPath(b, id, e.span).kind === 'local').map((binding) => ({ binding, mode: modes.get(binding)! }));
  const fieldOnly = captures.some((c) => !wholeUse.has(c.binding) && c.mode !== 'value' && !e.isMove);
  wholeUse = new Set();
  return { captures, fieldOnly };
}

const PAT_KINDS = new Set(['WildPat', 'IdentPat', 'PathPat', 'TupleStructPat', 'StructPat', 'TuplePat', 'SlicePat', 'RestPat', 'RefPat', 'LitPat', 'RangePat', 'OrPat', 'MacCallPat']);
function isPat(kind: string | undefined): boolean {
  return kind !== undefined && PAT_KINDS.has(kind);
}
const NOT_EXPR = new Set(['Path', 'AngleArgs', 'ParenArgs', 'Lifetime', 'FormatArgs', 'FormatArg', 'MacCall', 'Block', 'Arm', 'FieldPat', 'ClosureParam', 'StructExprField', 'LetExpr']);
function isExpr(kind: string | undefined): boolean {
  return kind !== undefined && !isPat(kind) && !NOT_EXPR.has(kind) && !kind.endsWith('Type') && kind !== 'Unsupported';
}

function walk(n: unknown, f: (n: A.Pat) => void): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) walk(x, f);
    return;
  }
  const node = n as { kind?: string };
  if (isPat(node.kind)) f(n as A.Pat);
  for (const [k, v] of Object.entries(n)) if (k !== 'span' && typeof v === 'object') walk(v, f);
}
