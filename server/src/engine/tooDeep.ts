// How deep the analysis follows the syntax tree. Most checks walk the tree recursively, each level
// of nesting costing host stack frames; a generated file with thousands of nested parentheses, or
// a `0+1+1+…` chain (tree-sitter nests binary expressions), would overflow the stack. Instead of
// failing, those checks skip a file nested deeper than this, and `too-deep` says so at the place.
import type { EngineDiagnostic } from './diagnostic';
import { type FlatTree, flatTreeOf } from './parse/flatTree';
import type { SyntaxNode, Tree } from './parse/parser';

/**
 * Tree levels from the root that every recursive walker handles on the language server's main
 * thread with room to spare (about a third of the depth where the first one overflows). Ordinary
 * code stays under 60.
 */
export const MAX_SYNTAX_DEPTH = 500;

/** Reported places are capped: a file of many deep expressions needs only the first few named. */
const MAX_PLACES = 10;

export const TOO_DEEP = 'too-deep';

/**
 * The outermost nodes at depth `limit` (each the start of a region nested too deep), the first on
 * each line, in source order, at most `max` of them. Iterative (a tree cursor), so any depth is fine.
 */
export function tooDeepPlaces(tree: Tree, limit = MAX_SYNTAX_DEPTH, max = MAX_PLACES): SyntaxNode[] {
  // The front end copies the tree out of WebAssembly anyway: its depths, read from the copy, spare
  // most files a second walk through the node API.
  if (maxDepth(flatTreeOf(tree)) < limit) return [];
  const out: SyntaxNode[] = [];
  const cursor = tree.walk();
  try {
    for (;;) {
      if (cursor.currentDepth >= limit) {
        const node = cursor.currentNode;
        // One place a line: a long chain on one line is one thing to split.
        if (out[out.length - 1]?.startPosition.row !== node.startPosition.row) out.push(node);
        if (out.length >= max) return out;
        // Its siblings are the same deep region: go on after the parent.
        cursor.gotoParent();
      } else if (cursor.gotoFirstChild()) {
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return out;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** The depth of the deepest node (the root's is 0), or Infinity where the copy is not in pre-order. */
function maxDepth(flat: FlatTree): number {
  const depth = new Int32Array(flat.count);
  let deepest = 0;
  for (let i = 1; i < flat.count; i++) {
    const p = flat.parent[i]!;
    if (p < 0 || p >= i) return Infinity;
    const d = (depth[i] = depth[p]! + 1);
    if (d > deepest) deepest = d;
  }
  return deepest;
}

/** `too-deep` at `node` (its first line only: a deep region can span the whole file). */
export function tooDeepDiagnostic(node: SyntaxNode, skipped: readonly string[], limit = MAX_SYNTAX_DEPTH): EngineDiagnostic {
  const start = { line: node.startPosition.row, character: node.startPosition.column };
  const end = node.endPosition.row === node.startPosition.row ? { line: start.line, character: node.endPosition.column } : start;
  const which = skipped.length === 1 ? `the ${skipped[0]} check` : `the ${skipped.slice(0, -1).join(', ')} and ${skipped[skipped.length - 1]} checks`;
  return {
    span: { start, end },
    severity: 'warning',
    code: TOO_DEEP,
    message:
      `this code is nested more than ${limit} levels deep, so ${which} did not run on this file ` +
      '(their findings are missing). Split the expression, for example with intermediate `let` bindings.',
    related: [],
  };
}
