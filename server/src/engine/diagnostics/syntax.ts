// A plain JavaScript copy of a tree-sitter tree, built once per tree with a cursor. Every access
// to a tree-sitter node crosses into WebAssembly and allocates a node object; the macro snippets
// the stack checks re-parse (macros.ts) are walked many times, so they are kept as this copy. The
// class offers the part of the tree-sitter node API the checks use, under the same names.
import type { SyntaxNode as TsNode } from '../parse/parser';

export interface Point {
  row: number;
  column: number;
}

/** A tree-sitter node or its plain copy (code that handles both, e.g. re-parsed macro arguments). */
export type AnyNode = TsNode | SyntaxNode;

let nextId = 1;

export class SyntaxNode {
  readonly id = nextId++;
  parent: SyntaxNode | null = null;
  readonly children: SyntaxNode[] = [];
  /** The field name of each child (parallel to `children`), or null. */
  readonly fields: (string | null)[] = [];
  private named?: SyntaxNode[];

  constructor(
    private readonly source: string,
    readonly type: string,
    readonly isNamed: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly startPosition: Point,
    readonly endPosition: Point,
    readonly hasError: boolean,
  ) {}

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): SyntaxNode[] {
    this.named ??= this.children.filter((c) => c.isNamed);
    return this.named;
  }

  get firstNamedChild(): SyntaxNode | null {
    return this.namedChildren[0] ?? null;
  }

  get lastNamedChild(): SyntaxNode | null {
    return this.namedChildren[this.namedChildren.length - 1] ?? null;
  }

  child(i: number): SyntaxNode | null {
    return this.children[i] ?? null;
  }

  namedChild(i: number): SyntaxNode | null {
    return this.namedChildren[i] ?? null;
  }

  childForFieldName(name: string): SyntaxNode | null {
    const i = this.fields.indexOf(name);
    return i === -1 ? null : this.children[i]!;
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((_, i) => this.fields[i] === name);
  }

  get previousNamedSibling(): SyntaxNode | null {
    const siblings = this.parent?.namedChildren ?? [];
    const i = siblings.indexOf(this);
    return i > 0 ? siblings[i - 1]! : null;
  }

  get nextSibling(): SyntaxNode | null {
    const siblings = this.parent?.children ?? [];
    const i = siblings.indexOf(this);
    return i !== -1 ? (siblings[i + 1] ?? null) : null;
  }

  descendantsOfType(type: string): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    const walk = (n: SyntaxNode) => {
      if (n.type === type) out.push(n);
      for (const c of n.children) walk(c);
    };
    walk(this);
    return out;
  }

  /** The smallest node that spans the given point. */
  descendantForPosition(p: Point): SyntaxNode {
    const within = (n: SyntaxNode) =>
      (n.startPosition.row < p.row || (n.startPosition.row === p.row && n.startPosition.column <= p.column)) &&
      (p.row < n.endPosition.row || (p.row === n.endPosition.row && p.column < n.endPosition.column));
    let node: SyntaxNode = this;
    for (;;) {
      const next = node.children.find(within);
      if (!next) return node;
      node = next;
    }
  }
}

/** Copies a tree-sitter tree (or the subtree of `root`) into plain objects. */
export function mirror(root: TsNode, source: string): SyntaxNode {
  const cursor = root.walk();
  const make = (): SyntaxNode =>
    new SyntaxNode(
      source,
      cursor.nodeType,
      cursor.nodeIsNamed,
      cursor.startIndex,
      cursor.endIndex,
      cursor.startPosition,
      cursor.endPosition,
      // Error flags are rare and per node: ask tree-sitter only for ERROR/MISSING-bearing nodes.
      cursor.nodeType === 'ERROR' || cursor.nodeIsMissing,
    );
  const top = make();
  const stack: SyntaxNode[] = [top];
  if (cursor.gotoFirstChild()) {
    for (;;) {
      const node = make();
      const parent = stack[stack.length - 1]!;
      node.parent = parent;
      parent.children.push(node);
      parent.fields.push(cursor.currentFieldName);
      if (cursor.gotoFirstChild()) {
        stack.push(node);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || stack.length === 1) {
          cursor.delete();
          propagateErrors(top);
          return top;
        }
        stack.pop();
      }
    }
  }
  cursor.delete();
  return top;
}

/** `hasError` holds for a node with an ERROR or MISSING node anywhere below it. */
function propagateErrors(n: SyntaxNode): boolean {
  let error = n.hasError;
  for (const c of n.children) if (propagateErrors(c)) error = true;
  if (error && !n.hasError) (n as { hasError: boolean }).hasError = true;
  return error;
}
