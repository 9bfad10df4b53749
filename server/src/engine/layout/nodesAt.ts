// The Ast nodes around an offset, outermost first: what a hover asks about. The walk looks at a
// node's fields generically, so every node kind is reached without a visitor per kind, and it
// enters only the nodes whose span holds the offset.
import type { SourceFile, Span } from '../syntax/ast';

/** A node of the Ast: anything with a `kind` and a `span`. */
export interface SpannedNode {
  kind: string;
  span: Span;
  [field: string]: unknown;
}

function holds(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !ArrayBuffer.isView(v);
}

/** Every node whose span holds `offset`, from the file down to the innermost. */
export function nodesAt(root: SourceFile, offset: number): SpannedNode[] {
  const chain: SpannedNode[] = [];
  // Fields that hold no nodes, or only what the chain's nodes say themselves.
  const skip = new Set(['span', 'opSpan', 'ident', 'name', 'label']);
  const visit = (v: Record<string, unknown>): boolean => {
    const span = v.span as Span | undefined;
    const isNode = typeof v.kind === 'string' && span !== undefined && typeof span.start === 'number';
    if (isNode && !holds(span, offset)) return false;
    if (isNode) chain.push(v as SpannedNode);
    for (const [key, field] of Object.entries(v)) {
      if (skip.has(key)) continue;
      if (Array.isArray(field)) {
        for (const x of field) if (isObject(x) && visit(x)) return true;
      } else if (isObject(field) && visit(field)) return true;
    }
    // A node that holds the offset is where the walk ends once its children are done.
    return isNode;
  };
  visit(root as unknown as Record<string, unknown>);
  return chain;
}

/** Where each node of `kind` starts, by id (one walk of the whole file). */
export function startsOfKind(root: SourceFile, kind: string): Map<number, number> {
  const out = new Map<number, number>();
  const visit = (v: Record<string, unknown>): void => {
    if (v.kind === kind && typeof v.id === 'number') out.set(v.id, (v.span as Span).start);
    for (const [key, field] of Object.entries(v)) {
      if (key === 'span' || key === 'opSpan') continue;
      if (Array.isArray(field)) {
        for (const x of field) if (isObject(x)) visit(x);
      } else if (isObject(field)) visit(field);
    }
  };
  visit(root as unknown as Record<string, unknown>);
  return out;
}
