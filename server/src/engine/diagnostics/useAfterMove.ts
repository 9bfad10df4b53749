// `use-after-move` (error): rustc's E0382, a value used, borrowed or assigned into after it was
// moved, as the borrow checker finds it on the MIR (borrowck/movedUse.ts), with rustc's message
// and labels. The MIR knows a use or a move only by its statement's span: this check places it
// where rustc does in the source (the moved name inside the statement, a written `&s` whole, the
// closure that captures it, the whole `assert_eq!`) and offers the quick fixes
// (useAfterMoveFixes.ts). Silent wherever the borrow checker is.
import type { AnalysisContext } from '../analysis';
import { movedUseErrors, span as toSpan } from '../borrowck';
import type { MovedUseError } from '../borrowck/movedUse';
import type { EngineDiagnostic, RelatedInfo, Span } from '../diagnostic';
import { frontEnd } from '../frontEnd';
import type { SyntaxNode, Tree } from '../parse/parser';
import { movedExpression, useAfterMoveFixes } from './useAfterMoveFixes';

export const USE_AFTER_MOVE = 'use-after-move';

/** Macros whose expansion borrows its arguments at spans of its own: rustc points at the whole invocation. */
const WHOLE_MACROS = new Set(['assert_eq', 'assert_ne', 'debug_assert_eq', 'debug_assert_ne']);

const spanOf = (n: SyntaxNode): Span => ({
  start: { line: n.startPosition.row, character: n.startPosition.column },
  end: { line: n.endPosition.row, character: n.endPosition.column },
});

const inside = (n: SyntaxNode, s: Span) => {
  const a = n.startPosition;
  return (a.row > s.start.line || (a.row === s.start.line && a.column > s.start.character)) && (n.endPosition.row < s.end.line || (n.endPosition.row === s.end.line && n.endPosition.column <= s.end.character));
};

/** Where rustc puts the use or the move of `name` that the MIR knows only by its statement's span. */
interface Narrowed {
  readonly span: Span;
  /** The use is inside a closure of the body: the closure captures the place. */
  readonly capture?: Span;
}

function narrow(root: SyntaxNode, statement: Span, name: string | undefined, body: Span): Narrowed {
  const node = name ? movedExpression(root, statement, name) : undefined;
  if (!node) return { span: statement };
  for (let n: SyntaxNode | null = node.parent; n; n = n.parent) {
    if (n.type === 'closure_expression' && inside(n, body)) return { span: spanOf(n), capture: spanOf(node) };
    if (n.type === 'macro_invocation' && WHOLE_MACROS.has(n.childForFieldName('macro')?.text.split('::').pop() ?? '')) return { span: spanOf(n) };
  }
  // A borrow the user wrote (`&s`) is pointed at whole; an implicit one (`s.len()`, `println!`) at the place.
  const written = node.parent?.type === 'reference_expression' ? node.parent : node;
  return { span: spanOf(written) };
}

function toDiagnostic(tree: Tree, e: MovedUseError): EngineDiagnostic {
  const root = tree.rootNode;
  const body = toSpan(e.moved.body);
  // A closure that captures the place is pointed at as a whole, as rustc does.
  const use = e.moved.usedByClosure ? { span: toSpan(e.span) } : narrow(root, toSpan(e.span), e.moved.used, body);
  const sites: RelatedInfo[] = e.moved.sites.map((s, i) => ({
    span: s.inClosure ? toSpan(s.span) : narrow(root, toSpan(s.span), e.moved.name, body).span,
    message: e.related[i]!.message,
  }));
  const notes: RelatedInfo[] = e.related.slice(e.moved.sites.length).map((r) => ({ span: toSpan(r.span), message: r.message }));
  const captured: RelatedInfo[] = use.capture ? [{ span: use.capture, message: `${e.message.startsWith('borrow') ? 'borrow' : 'use'} occurs due to use in closure` }] : [];
  const diagnostic: EngineDiagnostic = {
    span: use.span,
    severity: 'error',
    code: USE_AFTER_MOVE,
    message: e.message,
    related: [...sites, { span: use.span, message: e.label }, ...captured, ...notes],
  };
  const { name, ty } = e.moved;
  if (!name || !ty) return diagnostic;
  const fixes = useAfterMoveFixes(tree, { name, ty, partial: e.moved.partial || e.moved.sites.some((s) => s.inClosure), sites: sites.map((s) => s.span) });
  return fixes.length > 0 ? { ...diagnostic, fixes } : diagnostic;
}

export function useAfterMove(ctx: AnalysisContext): EngineDiagnostic[] {
  // On a file that does not parse, rustc stops at the syntax error.
  if (ctx.tree.rootNode.hasError) return [];
  return movedUseErrors(frontEnd(ctx.tree, ctx.text)).map((e) => toDiagnostic(ctx.tree, e))
    .sort((a, b) => a.span.start.line - b.span.start.line || a.span.start.character - b.span.start.character);
}
