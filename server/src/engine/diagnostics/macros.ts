// Macro arguments are opaque token trees in the grammar. The macros whose expansion is known
// (format macros, `vec!`, `dbg!`, `assert!`…) are re-parsed as ordinary expressions from a small
// synthetic snippet, and every position found there is mapped back to the real file.
import type { Position, Span } from '../diagnostic';
import { parseRust } from '../parse/parser';
import { mirror, type Point, type SyntaxNode } from './syntax';

const isNode = (n: SyntaxNode | null | undefined): n is SyntaxNode => n != null;
const sameNode = (a: SyntaxNode | null | undefined, b: SyntaxNode | null | undefined) => a != null && b != null && a.id === b.id;

/** Maps positions of a tree (the file's, or a snippet's) to positions in the file. */
export interface View {
  toFile(row: number, column: number): Position;
}

export const FILE_VIEW: View = { toFile: (row, column) => ({ line: row, character: column }) };

/** Anything with a source range: a tree-sitter node or its plain copy. */
export interface Ranged {
  startPosition: Point;
  endPosition: Point;
}

export function spanIn(view: View, node: Ranged): Span {
  return {
    start: view.toFile(node.startPosition.row, node.startPosition.column),
    end: view.toFile(node.endPosition.row, node.endPosition.column),
  };
}

/** Macros whose arguments after the format string are only borrowed. */
const FORMAT_MACROS = new Set([
  'println', 'print', 'eprintln', 'eprint', 'format', 'format_args', 'panic', 'unreachable', 'todo',
  'unimplemented', 'write', 'writeln',
]);
/** Macros that borrow all their arguments (a condition or operands, then an optional format). */
const ASSERT_MACROS = new Set(['assert', 'assert_eq', 'assert_ne', 'debug_assert', 'debug_assert_eq', 'debug_assert_ne']);

export type MacroKind = 'format' | 'assert' | 'vec' | 'dbg' | 'matches' | 'other';

export function macroKind(name: string): MacroKind {
  if (FORMAT_MACROS.has(name)) return 'format';
  if (ASSERT_MACROS.has(name)) return 'assert';
  if (name === 'vec') return 'vec';
  if (name === 'dbg') return 'dbg';
  if (name === 'matches') return 'matches';
  return 'other';
}

/** A macro invocation, as a tree-sitter node or its plain copy. */
export interface MacroNode extends Ranged {
  childForFieldName(name: string): { text: string } | null;
  namedChildren: ({ type: string; text: string; startPosition: Point } | null)[];
}

export function macroName(node: MacroNode): string {
  return node.childForFieldName('macro')?.text.split('::').pop() ?? '';
}

/**
 * Parsed snippets by text, as plain trees (the tree-sitter trees are freed at once), least recently
 * used first. Bounded by the text they hold, not by their number: a plain tree costs a few hundred
 * bytes per character, so one 100 KB `vec![…]` would otherwise keep tens of megabytes alive for
 * as long as the server runs.
 */
const snippets = new Map<string, SyntaxNode>();
let snippetChars = 0;
/** The total length of the cached snippet texts: a few thousand ordinary format strings. */
export const SNIPPET_CACHE_CHARS = 64 * 1024;
/** A snippet longer than this is kept by the cache object of one check run only (it would evict everything). */
const MAX_SHARED_SNIPPET = 4 * 1024;

export class SnippetCache {
  /** Long snippets, for the life of this object (one check over one tree). */
  private readonly own = new Map<string, SyntaxNode>();

  parse(text: string): SyntaxNode {
    const hit = snippets.get(text) ?? this.own.get(text);
    if (hit) {
      if (snippets.delete(text)) snippets.set(text, hit);
      return hit;
    }
    const tree = parseRust(text);
    let root: SyntaxNode;
    try {
      root = mirror(tree.rootNode, text);
    } finally {
      tree.delete();
    }
    if (text.length > MAX_SHARED_SNIPPET) {
      this.own.set(text, root);
    } else {
      snippets.set(text, root);
      snippetChars += text.length;
      for (const oldest of snippets.keys()) {
        if (snippetChars <= SNIPPET_CACHE_CHARS) break;
        snippets.delete(oldest);
        snippetChars -= oldest.length;
      }
    }
    return root;
  }

  /** Forgets the long snippets of this run (the plain trees need no freeing). */
  dispose(): void {
    this.own.clear();
  }
}

/** Characters of snippet text the cache holds now (for tests of its bound). */
export function cachedSnippetChars(): number {
  return snippetChars;
}

export interface MacroArgs {
  view: View;
  /** The arguments as expression nodes of the snippet. */
  args: SyntaxNode[];
  /** For `vec![value; n]`: the repeated value and the length. */
  repeat?: { value: SyntaxNode; length: SyntaxNode };
}

/**
 * Re-parses the token tree of `macro` as call arguments (or, for `vec!`, as an array). Returns
 * undefined when the arguments are not expressions (the snippet does not parse cleanly).
 */
/** Re-parsed arguments by macro node and view: a loop body is evaluated several times. */
const argsMemo = new WeakMap<MacroNode, { view: View; kind: MacroKind; args: MacroArgs | undefined }>();

export function macroArgs(cache: SnippetCache, view: View, macro: MacroNode, kind: MacroKind): MacroArgs | undefined {
  const hit = argsMemo.get(macro);
  if (hit && hit.view === view && hit.kind === kind) return hit.args;
  const args = parseMacroArgs(cache, view, macro, kind);
  argsMemo.set(macro, { view, kind, args });
  return args;
}

function parseMacroArgs(cache: SnippetCache, view: View, macro: MacroNode, kind: MacroKind): MacroArgs | undefined {
  const tt = macro.namedChildren.find((c) => c?.type === 'token_tree');
  if (!tt || tt.text.length < 2) return undefined;
  const inner = tt.text.slice(1, -1);
  const array = kind === 'vec';
  const prefix = array ? 'fn _m(){let _=' : 'fn _m(){_m';
  const text = `${prefix}${array ? '[' : '('}${inner}${array ? ']' : ')'};}`;
  const root = cache.parse(text);
  if (root.hasError) return undefined;
  const at = tt.startPosition;
  const snippetView: View = {
    toFile: (row, column) =>
      row === 0 ? view.toFile(at.row, at.column + column - prefix.length) : view.toFile(at.row + row, column),
  };
  const body = root.firstNamedChild?.childForFieldName('body');
  const stmt = body?.firstNamedChild;
  if (array) {
    const arr = stmt?.childForFieldName('value');
    if (arr?.type !== 'array_expression') return undefined;
    const length = arr.childForFieldName('length');
    const elems = arr.namedChildren.filter(isNode).filter((c) => !sameNode(c, length) && c.type !== 'attribute_item');
    if (length && elems[0]) return { view: snippetView, args: [], repeat: { value: elems[0], length } };
    return { view: snippetView, args: elems };
  }
  const call = stmt?.type === 'expression_statement' ? stmt.firstNamedChild : undefined;
  if (call?.type !== 'call_expression') return undefined;
  const args = call.childForFieldName('arguments')?.namedChildren.filter(isNode) ?? [];
  return { view: snippetView, args: args.filter((a) => a.type !== 'attribute_item') };
}
