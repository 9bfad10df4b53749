// Lowering: tree-sitter's tree → the engine's `Ast`, in one cursor walk. Nothing after this
// touches a tree-sitter node.
import type { Tree } from 'web-tree-sitter';
import type { Ast, Attribute, SourceFile } from '../ast';
import { lowerItemList } from './items';
import { FileState, Lowerer } from './lowerer';
import { lowerMacroArguments } from './macros';

export function lower(tree: Tree, text: string): Ast {
  const file = new FileState(text);
  const L = new Lowerer(file, tree, text, 0);
  try {
    const attrs: Attribute[] = [];
    const root: SourceFile = { kind: 'SourceFile', id: L.id(), span: L.span(), attrs, items: [] };
    root.items = lowerItemList(L, attrs);
    lowerMacroArguments(file);
    file.unsupported.sort((a, b) => a.span.start - b.span.start);
    return { root, nodeCount: file.nextId, unsupported: file.unsupported, cfgStripped: file.cfgStripped, macCalls: file.macCalls, text };
  } finally {
    L.dispose();
  }
}
