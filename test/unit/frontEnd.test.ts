import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { frontEnd, rejection } from '../../server/src/engine/frontEnd';

describe('front end entry', () => {
  before(() => initParser());

  it('lowers and resolves once per tree', () => {
    const text = 'fn main() { let v = 1; println!("{v}"); }';
    const tree = parseRust(text);
    const a = frontEnd(tree, text);
    assert.equal(frontEnd(tree, text), a, 'the same tree gives the cached result');
    assert.equal(a.ast.root.items.length, 1);
    assert.deepEqual(a.diagnostics, []);
    assert.equal(rejection(tree, text), undefined);
    tree.delete();
  });

  it('reports rustc\'s resolution errors as errors, and the first one rejects the program', () => {
    const text = 'fn main() {\n    let a = 1;\n    println!("{}", b);\n}\n';
    const tree = parseRust(text);
    const found = frontEnd(tree, text).diagnostics.map((d) => [d.severity, d.code, d.span.start.line, d.span.start.character, d.message]);
    assert.deepEqual(found, [['error', 'E0425', 2, 19, 'cannot find value `b` in this scope']]);
    assert.equal(rejection(tree, text)?.code, 'E0425');
    tree.delete();
  });

  it('leaves code that does not parse to its syntax errors', () => {
    const text = 'fn main() {\n    let x = 5\n    println!("{}", x);\n}\n';
    const tree = parseRust(text);
    assert.deepEqual(frontEnd(tree, text).diagnostics, []);
    tree.delete();
  });
});
