// How deep the analysis follows the syntax tree. Most checks walk the tree recursively, each level
// of nesting costing host stack frames; a generated file with thousands of nested parentheses, or
// a `0+1+1+…` chain (tree-sitter nests binary expressions), would overflow the stack. Instead of
// failing, those checks skip a file nested deeper than this, and `too-deep` says so at the place.
import type { EngineDiagnostic } from './diagnostic';
import { type FlatTree, flatTreeOf } from './parse/flatTree';
import type { Tree } from './parse/parser';

/**
 * Tree levels from the root that every recursive walker handles on the language server's main
 * thread with room to spare (about a third of the depth where the first one overflows). Ordinary
 * code stays under 60.
 */
export const MAX_SYNTAX_DEPTH = 500;

/** Reported places are capped: a file of many deep expressions needs only the first few named. */
const MAX_PLACES = 10;

export const TOO_DEEP = 'too-deep';

/** Where a region nested too deep starts: its first node (0-based line, UTF-16 columns). */
export interface DeepPlace {
  line: number;
  character: number;
  /** Where the node ends, when it ends on the line it starts on. */
  endCharacter?: number;
}

/**
 * The outermost nodes at depth `limit` (each the start of a region nested too deep), the first on
 * each line, in source order, at most `max` of them. Read from the front end's copy of the tree
 * (flatTree.ts), so any depth is fine and no node is asked of tree-sitter.
 */
export function tooDeepPlaces(tree: Tree, limit = MAX_SYNTAX_DEPTH, max = MAX_PLACES): DeepPlace[] {
  const flat = flatTreeOf(tree);
  const depth = depths(flat);
  if (!depth) return [];
  const out: DeepPlace[] = [];
  const { count, start, end } = flat;
  let i = 1;
  while (i < count && depth[i]! < limit) i++;
  if (i >= count) return out;
  // Only a file with a deep region needs its lines.
  const root = tree.rootNode;
  const text = root.text;
  const base = root.startIndex;
  const at = positions(text, base, root.startPosition);
  for (; i < count; i++) {
    if (depth[i]! < limit) continue;
    const { row, column } = at(start[i]!);
    // One place a line: a long chain on one line is one thing to split.
    if (out[out.length - 1]?.line !== row) {
      const newline = text.indexOf('\n', start[i]! - base);
      const oneLine = newline === -1 || newline >= end[i]! - base;
      out.push({ line: row, character: column, ...(oneLine ? { endCharacter: column + (end[i]! - start[i]!) } : {}) });
      if (out.length >= max) break;
    }
    // Its siblings are the same deep region: go on after the parent.
    while (i + 1 < count && depth[i + 1]! >= limit) i++;
  }
  return out;
}

/** Each node's depth (the root's is 0); undefined where the copy is not in pre-order (flatTree.ts makes it in pre-order). */
function depths(flat: FlatTree): Int32Array | undefined {
  const depth = new Int32Array(flat.count);
  for (let i = 1; i < flat.count; i++) {
    const p = flat.parent[i]!;
    if (p < 0 || p >= i) return undefined;
    depth[i] = depth[p]! + 1;
  }
  return depth;
}

/** Lines and columns of offsets asked in ascending order; `text` is the root's, from `base`. */
function positions(text: string, base: number, first: { row: number; column: number }): (offset: number) => { row: number; column: number } {
  let row = first.row;
  let lineStart = base - first.column;
  let nextNewline = text.indexOf('\n');
  return (offset) => {
    while (nextNewline !== -1 && nextNewline + base < offset) {
      row++;
      lineStart = nextNewline + base + 1;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    return { row, column: offset - lineStart };
  };
}

/** `too-deep` at `node` (its first line only: a deep region can span the whole file). */
export function tooDeepDiagnostic(node: DeepPlace, skipped: readonly string[], limit = MAX_SYNTAX_DEPTH): EngineDiagnostic {
  const start = { line: node.line, character: node.character };
  const end = node.endCharacter !== undefined ? { line: start.line, character: node.endCharacter } : start;
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
