import type { SyntaxNode } from '../../parse/parser';
import type { Span } from '../ir';

export function spanOf(n: SyntaxNode): Span {
  return { l: n.startPosition.row, c: n.startPosition.column, el: n.endPosition.row, ec: n.endPosition.column };
}

export const NO_SPAN: Span = { l: 0, c: 0, el: 0, ec: 0 };
