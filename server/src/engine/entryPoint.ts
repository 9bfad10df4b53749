// Whether a file has something to run: a top-level `fn main`, or a function marked with a
// `// @mem entry` comment (a library file or a snippet can choose its own entry).
import type { Tree } from './parse/parser';

export function hasEntryPoint(tree: Tree): boolean {
  for (const node of tree.rootNode.namedChildren) {
    if (!node) continue;
    if (node.type === 'function_item' && node.childForFieldName('name')?.text === 'main') return true;
    if ((node.type === 'line_comment' || node.type === 'block_comment') && /@mem\s+entry\b/.test(node.text)) return true;
  }
  return false;
}
