// The walk the stack checks share over the Ast: items, statements and expressions in source order,
// with the nodes around each one. Types and patterns hold no code, so they are not entered; macro
// arguments are entered only when a check asks (`macros`), as the std macros' parsed arguments.
import type { Arm, AssocItem, Block, ClosureParam, Expr, FormatArgs, Item, MacArgs, MacCall, Param, Stmt, StructExprField } from '../../syntax/ast';

/** A node the walk visits. */
export type CodeNode = Item | AssocItem | Stmt | Expr | Block | Arm | StructExprField | Param | ClosureParam | MacCall;

export interface WalkOptions {
  /** Enter the arguments of macro calls (which: every macro, or only the formatting ones). */
  macros?: 'all' | 'format';
}

/** Calls `f` on each child of a node the walk enters, in source order. */
export function forEachChild(n: CodeNode, f: (c: CodeNode) => void, options: WalkOptions = {}): void {
  switch (n.kind) {
    case 'Mod':
      return all(n.items ?? [], f);
    case 'Fn':
      all(n.sig.params, f);
      return opt(n.body, f);
    case 'Impl':
    case 'Trait':
      return all(n.items, f);
    case 'Const':
    case 'Static':
      return opt(n.value, f);
    case 'Block':
      return all(n.stmts, f);
    case 'Let':
      opt(n.init, f);
      return opt(n.else, f);
    case 'ItemStmt':
      return f(n.item);
    case 'ExprStmt':
      return f(n.expr);
    case 'Unary':
    case 'Ref':
    case 'Field':
    case 'Cast':
    case 'Try':
    case 'Paren':
      return f(n.expr);
    case 'Binary':
    case 'Assign':
    case 'AssignOp':
      f(n.lhs);
      return f(n.rhs);
    case 'Call':
      f(n.callee);
      return all(n.args, f);
    case 'MethodCall':
      f(n.receiver);
      return all(n.args, f);
    case 'Index':
      f(n.expr);
      return f(n.index);
    case 'Tuple':
    case 'Array':
      return all(n.elems, f);
    case 'Repeat':
      f(n.elem);
      return f(n.count);
    case 'StructExpr':
      all(n.fields, f);
      return opt(n.base, f);
    case 'StructExprField':
      return f(n.expr);
    case 'BlockExpr':
      return f(n.block);
    case 'If':
      f(n.cond);
      f(n.then);
      return opt(n.else, f);
    case 'LetExpr':
      return f(n.expr);
    case 'Match':
      f(n.scrutinee);
      return all(n.arms, f);
    case 'Arm':
      opt(n.guard, f);
      return f(n.body);
    case 'While':
      f(n.cond);
      return f(n.body);
    case 'Loop':
      return f(n.body);
    case 'For':
      f(n.iter);
      return f(n.body);
    case 'Break':
    case 'Return':
      return opt(n.value, f);
    case 'Closure':
      all(n.params, f);
      return f(n.body);
    case 'Range':
      opt(n.start, f);
      return opt(n.end, f);
    case 'MacCallExpr':
    case 'MacroCallItem':
      if (options.macros) f(n.mac);
      return;
    case 'MacCall':
      if (options.macros === 'all' || n.args.kind === 'Format') macroArgs(n.args, f);
      return;
    default:
      return;
  }
}

function all(list: readonly CodeNode[], f: (c: CodeNode) => void): void {
  for (let i = 0; i < list.length; i++) f(list[i]!);
}

function opt(c: CodeNode | undefined, f: (c: CodeNode) => void): void {
  if (c) f(c);
}

function macroArgs(args: MacArgs, f: (c: CodeNode) => void): void {
  const format = (fa: FormatArgs | undefined) => {
    if (!fa) return;
    for (const a of fa.args) f(a.expr);
    for (const c of fa.captures) f(c);
  };
  switch (args.kind) {
    case 'Format':
      if (args.dest) f(args.dest);
      return format(args.format);
    case 'Exprs':
      for (const e of args.exprs) f(e);
      return format(args.format);
    case 'Repeat':
      f(args.elem);
      return f(args.count);
    case 'Matches':
      f(args.expr);
      if (args.guard) f(args.guard);
      return;
    default:
      return;
  }
}

/**
 * Visits `roots` and everything under them in source order. `visit` gets the node and the nodes
 * around it (outermost first; the array is the walk's own, valid during the call) and returns
 * false to skip what is under the node.
 */
export function walk(roots: readonly CodeNode[], visit: (n: CodeNode, around: readonly CodeNode[]) => boolean | void, options: WalkOptions = {}): void {
  const around: CodeNode[] = [];
  const go = (n: CodeNode): void => {
    if (visit(n, around) === false) return;
    around.push(n);
    forEachChild(n, go, options);
    around.pop();
  };
  for (const r of roots) go(r);
}
