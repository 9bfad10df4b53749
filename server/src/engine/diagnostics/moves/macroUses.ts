// What the known macros do to the places they mention: format macros borrow their arguments
// (including `{name}` inside the string), `vec!` and `dbg!` take them by value, assertions
// borrow. A macro the check does not know may do anything, so every local it mentions is
// treated as possibly moved and not judged afterwards.
import type { SyntaxNode } from '../syntax';
import type { MoveChecker } from './checker';
import { evalExpr, type Mode } from './expressions';
import { DIVERGING_MACROS, inlineFormatArgs, macroArgs, macroKind, macroName, tokenIdentifiers, type View } from './macros';
import { UNKNOWN, adt, prim, type Ty } from './ty';

export function evalMacro(cx: MoveChecker, node: SyntaxNode, _mode: Mode): Ty {
  const name = macroName(node);
  const kind = macroKind(name);
  const parsed = kind === 'other' || kind === 'matches' ? undefined : macroArgs(cx.cache, cx.view, node, kind);
  if (!parsed) {
    poisonMentions(cx, node);
    return UNKNOWN;
  }
  const outerView = cx.view;
  const macroSpan = cx.span(node);
  cx.view = parsed.view;
  try {
    switch (kind) {
      case 'vec': {
        if (parsed.repeat) {
          const t = evalExpr(cx, parsed.repeat.value, 'value');
          evalExpr(cx, parsed.repeat.length, 'value');
          return adt('Vec', [t]);
        }
        const tys = parsed.args.map((a) => evalExpr(cx, a, 'value', 'value moved into `vec!` here'));
        return adt('Vec', [tys[0] ?? UNKNOWN]);
      }
      case 'dbg': {
        const tys = parsed.args.map((a) => evalExpr(cx, a, 'value', 'value moved into `dbg!` here'));
        return tys.length === 1 ? tys[0]! : { k: 'tuple', elems: tys };
      }
      case 'assert': {
        const operands = name.endsWith('_eq') || name.endsWith('_ne') ? 2 : 1;
        for (const a of parsed.args.slice(0, operands)) {
          const place = operands === 2 ? cx.placeOf(a) : null;
          // `assert_eq!` borrows its operands inside its own expansion: rustc reports such a
          // use at the macro call.
          if (place) cx.use(place, macroSpan, 'borrow');
          else evalExpr(cx, a, operands === 1 ? 'value' : 'borrow');
        }
        formatArgs(cx, parsed.view, parsed.args.slice(operands));
        return prim('()');
      }
      default: {
        let args = parsed.args;
        if (name === 'write' || name === 'writeln') {
          if (args[0]) evalExpr(cx, args[0], 'borrow');
          args = args.slice(1);
        }
        formatArgs(cx, parsed.view, args);
        if (DIVERGING_MACROS.has(name)) {
          cx.st = null;
          return prim('!');
        }
        return name === 'format' ? adt('String') : prim('()');
      }
    }
  } finally {
    cx.view = outerView;
  }
}

/** A format string and its arguments: everything is borrowed, in order. */
function formatArgs(cx: MoveChecker, view: View, args: SyntaxNode[]): void {
  const [fmt, ...rest] = args;
  if (!fmt) return;
  const named = new Set<string>();
  // Explicit arguments are evaluated before the string's implicit ones are captured.
  const explicit: SyntaxNode[] = [];
  for (const a of rest) {
    if (a.type === 'assignment_expression' && a.childForFieldName('left')?.type === 'identifier') {
      named.add(a.childForFieldName('left')!.text);
      const right = a.childForFieldName('right');
      if (right) explicit.push(right);
    } else explicit.push(a);
  }
  if (fmt.type !== 'string_literal' && fmt.type !== 'raw_string_literal') {
    evalExpr(cx, fmt, 'borrow');
  }
  for (const a of explicit) evalExpr(cx, a, 'borrow');
  for (const inline of inlineFormatArgs(view, fmt)) {
    if (named.has(inline.name)) continue;
    const local = cx.lookup(inline.name);
    if (!local) continue;
    cx.use({ local, path: [], ty: local.ty, behindRef: false, valueTy: local.ty, text: local.name }, inline.span, 'borrow');
  }
}

/** Every local that `node` mentions may have been moved by something the check cannot follow. */
export function poisonMentions(cx: MoveChecker, node: SyntaxNode): void {
  for (const id of tokenIdentifiers(node)) {
    const local = cx.lookup(id.text);
    if (local) cx.poison({ local, path: [], ty: local.ty, behindRef: false, valueTy: local.ty, text: local.name }, cx.span(id));
  }
}
