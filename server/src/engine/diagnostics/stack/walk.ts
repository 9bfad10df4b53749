// The walk the stack checks share over the Ast: items, statements and expressions in source order,
// with the nodes around each one. Types and patterns hold no code, so they are not entered; macro
// arguments are entered only when a check asks (`macros`), as the std macros' parsed arguments.
import type { Arm, AssocItem, Block, Expr, Item, MacArgs, MacCall, Param, ClosureParam, Stmt, StructExprField } from '../../syntax/ast';

/** A node the walk visits. */
export type CodeNode = Item | AssocItem | Stmt | Expr | Block | Arm | StructExprField | Param | ClosureParam | MacCall;

export interface WalkOptions {
  /** Enter the arguments of macro calls (which: every macro, or only the formatting ones). */
  macros?: 'all' | 'format';
}

/** The children of a node the walk enters, in source order. */
export function childrenOf(n: CodeNode, options: WalkOptions = {}): CodeNode[] {
  switch (n.kind) {
    case 'Mod':
      return n.items ?? [];
    case 'Fn':
      return [...n.sig.params, ...(n.body ? [n.body] : [])];
    case 'Impl':
    case 'Trait':
      return n.items;
    case 'Const':
    case 'Static':
      return n.value ? [n.value] : [];
    case 'Block':
      return n.stmts;
    case 'Let':
      return [...(n.init ? [n.init] : []), ...(n.else ? [n.else] : [])];
    case 'ItemStmt':
      return [n.item];
    case 'ExprStmt':
      return [n.expr];
    case 'Unary':
    case 'Ref':
    case 'Field':
    case 'Cast':
    case 'Try':
    case 'Paren':
      return [n.expr];
    case 'Binary':
    case 'Assign':
    case 'AssignOp':
      return [n.lhs, n.rhs];
    case 'Call':
      return [n.callee, ...n.args];
    case 'MethodCall':
      return [n.receiver, ...n.args];
    case 'Index':
      return [n.expr, n.index];
    case 'Tuple':
    case 'Array':
      return n.elems;
    case 'Repeat':
      return [n.elem, n.count];
    case 'StructExpr':
      return [...n.fields, ...(n.base ? [n.base] : [])];
    case 'StructExprField':
      return [n.expr];
    case 'BlockExpr':
      return [n.block];
    case 'If':
      return [n.cond, n.then, ...(n.else ? [n.else] : [])];
    case 'LetExpr':
      return [n.expr];
    case 'Match':
      return [n.scrutinee, ...n.arms];
    case 'Arm':
      return [...(n.guard ? [n.guard] : []), n.body];
    case 'While':
      return [n.cond, n.body];
    case 'Loop':
      return [n.body];
    case 'For':
      return [n.iter, n.body];
    case 'Break':
    case 'Return':
      return n.value ? [n.value] : [];
    case 'Closure':
      return [...n.params, n.body];
    case 'Range':
      return [...(n.start ? [n.start] : []), ...(n.end ? [n.end] : [])];
    case 'MacCallExpr':
      return options.macros ? [n.mac] : [];
    case 'MacroCallItem':
      return options.macros ? [n.mac] : [];
    case 'MacCall':
      return options.macros === 'all' || n.args.kind === 'Format' ? macroArgs(n.args) : [];
    default:
      return [];
  }
}

function macroArgs(args: MacArgs): Expr[] {
  switch (args.kind) {
    case 'Format':
      return [...(args.dest ? [args.dest] : []), ...(args.format ? [...args.format.args.map((a) => a.expr), ...args.format.captures] : [])];
    case 'Exprs':
      return [...args.exprs, ...(args.format ? [...args.format.args.map((a) => a.expr), ...args.format.captures] : [])];
    case 'Repeat':
      return [args.elem, args.count];
    case 'Matches':
      return [args.expr, ...(args.guard ? [args.guard] : [])];
    default:
      return [];
  }
}

/**
 * Visits `roots` and everything under them in source order. `visit` gets the node and the nodes
 * around it (outermost first; the array is the walk's own, valid during the call) and returns
 * false to skip what is under the node.
 */
export function walk(roots: readonly CodeNode[], visit: (n: CodeNode, around: readonly CodeNode[]) => boolean | void, options: WalkOptions = {}): void {
  const around: CodeNode[] = [];
  const go = (n: CodeNode) => {
    if (visit(n, around) === false) return;
    around.push(n);
    for (const c of childrenOf(n, options)) go(c);
    around.pop();
  };
  for (const r of roots) go(r);
}
