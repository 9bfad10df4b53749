import * as assert from 'node:assert/strict';
import { initParser, parseRust, editFor } from '../../server/src/engine/parse/parser';

describe('parser', () => {
  before(() => initParser());

  it('parses a function into a tree-sitter tree', () => {
    const tree = parseRust('fn main() { let x = 5; }');
    assert.equal(tree.rootNode.type, 'source_file');
    assert.equal(tree.rootNode.child(0)?.type, 'function_item');
  });

  it('re-parses incrementally after an edit and sees the new text', () => {
    const before = 'fn main() { let x = 5; }';
    const tree = parseRust(before);
    const at = before.indexOf('5');
    tree.edit(editFor(before, at, at + 1, '42'));
    const after = before.slice(0, at) + '42' + before.slice(at + 1);
    const next = parseRust(after, tree);
    assert.equal(next.rootNode.descendantsOfType('integer_literal')[0]?.text, '42');
  });
});
