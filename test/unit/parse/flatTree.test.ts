import * as assert from 'node:assert/strict';
import type { Node } from 'web-tree-sitter';
import { initParser, parseRust } from '../../../server/src/engine/parse/parser';
import { FlatCursor, flattenTree, readsTreeMemory, type FlatTree } from '../../../server/src/engine/parse/flatTree';
import { rustCorpus } from '../../support/rustCorpus';

/** One node as web-tree-sitter's node API describes it: the reference the copy is held to. */
interface Expected {
  typeId: number;
  field: number;
  start: number;
  end: number;
  missing: boolean;
  children: Expected[];
}

function expected(node: Node, field: number): Expected {
  const children: Expected[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const name = node.fieldNameForChild(i);
    const fid = name ? node.tree.language.fieldIdForName(name) ?? 0 : 0;
    children.push(expected(node.child(i)!, fid));
  }
  return { typeId: node.typeId, field, start: node.startIndex, end: node.endIndex, missing: node.isMissing, children };
}

/** Walks the copy with its cursor's moves and compares each node, structure included. */
function compare(flat: FlatTree, want: Expected, where: string): void {
  const c = new FlatCursor(flat);
  const visit = (w: Expected, path: string): void => {
    const got = { typeId: c.nodeTypeId, field: c.currentFieldId, start: c.startIndex, end: c.endIndex, missing: c.nodeIsMissing };
    assert.deepEqual(got, { typeId: w.typeId, field: w.field, start: w.start, end: w.end, missing: w.missing }, `${where} at ${path}`);
    if (!w.children.length) {
      assert.equal(c.gotoFirstChild(), false, `${where} at ${path}: a leaf has no child`);
      return;
    }
    assert.ok(c.gotoFirstChild(), `${where} at ${path}: first child`);
    w.children.forEach((child, i) => {
      if (i > 0) assert.ok(c.gotoNextSibling(), `${where} at ${path}/${i}: next sibling`);
      visit(child, `${path}/${i}`);
    });
    assert.equal(c.gotoNextSibling(), false, `${where} at ${path}: no child after the last`);
    assert.ok(c.gotoParent(), `${where} at ${path}: back to the parent`);
  };
  visit(want, '');
  assert.equal(c.gotoParent(), false, `${where}: the root has no parent`);
}

/** The copy's nodes, without the room its arrays keep beyond them. */
function used(f: FlatTree) {
  const n = f.count;
  return { type: f.type.slice(0, n), field: f.field.slice(0, n), start: f.start.slice(0, n), end: f.end.slice(0, n), parent: f.parent.slice(0, n), next: f.next.slice(0, n), missing: f.missing.slice(0, n) };
}

describe('flat tree (the tree-sitter tree copied for the lowering)', () => {
  before(async () => {
    await initParser();
  });

  it('reads the trees from the module\'s memory (the fast path), not through the public cursor', () => {
    // Lost if web-tree-sitter stopped building its module on the options `initParser` passes, or
    // if its tree or the grammar's tables stopped matching the layout treeMemory.ts reads.
    const tree = parseRust('fn main() {}');
    try {
      assert.equal(readsTreeMemory(tree), true);
    } finally {
      tree.delete();
    }
  });

  it('holds every node of every corpus program as the node API gives it', function () {
    this.timeout(300000);
    const corpus = rustCorpus();
    assert.ok(corpus.length > 500, `the corpus has ${corpus.length} programs`);
    for (const { name, text } of corpus) {
      const tree = parseRust(text);
      try {
        const flat = flattenTree(tree);
        compare(flat, expected(tree.rootNode, 0), name);
      } finally {
        tree.delete();
      }
    }
  });

  it('gives the same copy through the public cursor, the path for a layout it does not know', function () {
    this.timeout(300000);
    const texts = [...rustCorpus().slice(0, 60).map((p) => p.text), 'fn main() {\n    let x = (1 + ;\n}\nstruct S { a: i32 b: u8 }\n'];
    for (const text of texts) {
      const tree = parseRust(text);
      try {
        assert.deepEqual(used(flattenTree(tree, true)), used(flattenTree(tree)));
      } finally {
        tree.delete();
      }
    }
  });

  it('keeps ERROR and MISSING nodes of text that does not parse', () => {
    const text = 'fn main() {\n    let x = (1 + ;\n    let y = 1\n}\nfn f(a: i32 { }\nstruct S { a: i32 b: u8 }\n';
    const tree = parseRust(text);
    try {
      const flat = flattenTree(tree);
      compare(flat, expected(tree.rootNode, 0), 'broken text');
      const types = Array.from(flat.type.subarray(0, flat.count));
      assert.ok(types.includes(65535), 'an ERROR node is copied with its id');
      assert.ok(flat.missing.subarray(0, flat.count).includes(1), 'a MISSING node is marked');
    } finally {
      tree.delete();
    }
  });

  it('grows past its first guess of the node count', () => {
    // Far more nodes than one per four characters: single-character tokens separated by nothing.
    const text = `fn f() { let _ = ${'-'.repeat(3000)}1; }`;
    const tree = parseRust(text);
    try {
      const flat = flattenTree(tree);
      assert.ok(flat.count > text.length / 4 + 16, `${flat.count} nodes for ${text.length} characters`);
      compare(flat, expected(tree.rootNode, 0), 'nested negations');
    } finally {
      tree.delete();
    }
  });
});
