// Whether a file declares a function at its top level (not in a module, impl or block): `fn main`
// is a program's entry point only there.
import type { Tree } from './parser';

export function hasTopLevelFn(tree: Tree, name: string): boolean {
  for (const node of tree.rootNode.namedChildren) {
    if (node?.type === 'function_item' && node.childForFieldName('name')?.text === name) return true;
  }
  return false;
}
