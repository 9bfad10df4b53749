// Lowering: tree-sitter's tree → the engine's `Ast`: the tree is copied out of WebAssembly in one
// cursor walk (flatTree.ts), then lowered from the copy. Nothing after this touches a tree-sitter node.
import type { Tree } from 'web-tree-sitter';
import type { Ast, Attribute, SourceFile } from '../ast';
import { lowerItemList } from './items';
import { FileState, Lowerer } from './lowerer';
import { lowerMacroArguments } from './macros';
import { flatTreeOf } from '../../parse/flatTree';

export function lower(tree: Tree, text: string): Ast {
  const file = new FileState(text);
  const L = new Lowerer(file, flatTreeOf(tree), tree.language, text, 0);
  const attrs: Attribute[] = [];
  const root: SourceFile = { kind: 'SourceFile', id: L.id(), span: L.span(), attrs, items: [] };
  root.items = lowerItemList(L, attrs);
  lowerMacroArguments(file);
  file.unsupported.sort((a, b) => a.span.start - b.span.start);
  return { root, nodeCount: file.nextId, unsupported: file.unsupported, cfgStripped: file.cfgStripped, macCalls: file.macCalls, text };
}
