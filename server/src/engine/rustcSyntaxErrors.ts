// The syntax errors whose rustc wording and position are known, for the shapes verified with
// rustc 1.95. tree-sitter's ERROR and MISSING nodes are its own recovery, not rustc's errors, so a
// file that does not parse is otherwise only "code with syntax errors"; these shapes are rustc's
// error exactly, so `check` names it as rustc does and `run` refuses the program with it.
import type { EngineDiagnostic } from './diagnostic';
import type { SyntaxNode, Tree } from './parse/parser';

/** Engine code of rustc's (codeless) "expected expression, found `let` statement". */
export const LET_IN_EXPRESSION = 'let-in-expression';

/** What follows a `let` that starts a binding: a pattern name, an optional type, then `=`. */
const BINDING_AFTER_LET = /^let\s+(?:mut\s+)?[A-Za-z_][A-Za-z0-9_]*\s*(?::[^=;{}]*)?=(?!=)/;

/** Parents in which tree-sitter leaves the keyword of a `let` written where an expression goes. */
const EXPRESSION_PLACES = new Set([
  'ERROR', 'parenthesized_expression', 'assignment_expression', 'arguments', 'array_expression', 'tuple_expression', 'let_declaration',
]);

/**
 * rustc's first syntax error when it is one of the verified shapes: a `let` binding written as an
 * expression (`let x = (let y = 6);`), with no other syntax error off its line.
 */
export function rustcSyntaxError(tree: Tree, text: string): EngineDiagnostic | undefined {
  const root = tree.rootNode;
  if (!root.hasError) return undefined;
  let found: SyntaxNode | undefined;
  const bad: SyntaxNode[] = [];
  const stack: SyntaxNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.isError || node.isMissing) bad.push(node);
    // `let` is a keyword: an identifier node spelled `let` is tree-sitter recovering from one.
    if (!found && node.type === 'identifier' && node.text === 'let' && EXPRESSION_PLACES.has(node.parent?.type ?? '') && BINDING_AFTER_LET.test(text.slice(node.startIndex))) found = node;
    if (!node.hasError && !node.isError) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  if (!found) return undefined;
  const row = found.startPosition.row;
  if (bad.some((b) => b.startPosition.row !== row || b.endPosition.row !== row)) return undefined;
  const at = { line: row, character: found.startPosition.column };
  return {
    span: { start: at, end: { line: row, character: at.character + 3 } },
    severity: 'error',
    code: LET_IN_EXPRESSION,
    message: 'expected expression, found `let` statement',
    related: [],
  };
}
