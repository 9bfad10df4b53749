// Trace positions are 1-based (as an editor shows them); diagnostics are 0-based. The trace keeps
// the full range of each step, so a position found in the trace widens to the step's range.
import type { Span } from '../../diagnostic';
import type { SyntaxNode, Tree } from '../../parse/parser';
import type { Step, Trace } from '../../../../../protocol/trace';

export function stepSpan(step: Pick<Step, 'line' | 'column' | 'endLine' | 'endColumn'>): Span {
  return {
    start: { line: step.line - 1, character: step.column - 1 },
    end: { line: step.endLine - 1, character: step.endColumn - 1 },
  };
}

/** The span of a 1-based position: the range of a step that starts there, else the node there. */
export function spanAt(trace: Trace, tree: Tree, line: number, column: number): Span {
  const step = trace.steps.find((s) => s.line === line && s.column === column);
  if (step) return stepSpan(step);
  const node: SyntaxNode | null = tree.rootNode.descendantForPosition({ row: line - 1, column: column - 1 });
  if (node && node.startPosition.row === line - 1 && node.startPosition.column === column - 1) {
    // Widen a bare name to the call it starts (`dive` → `dive(n - 1)`), not further.
    let n = node;
    for (let p = node.parent; p && p.startIndex === node.startIndex; p = p.parent) {
      if (p.type === 'call_expression' || p.type === 'macro_invocation') {
        n = p;
        break;
      }
    }
    return { start: { line: line - 1, character: column - 1 }, end: { line: n.endPosition.row, character: n.endPosition.column } };
  }
  return { start: { line: line - 1, character: column - 1 }, end: { line: line - 1, character: column } };
}
