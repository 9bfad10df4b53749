// The parser's memory budget: a parse that would grow the parser's WebAssembly memory past it stops
// with TreeTooLarge (a 1 MB line of `vec![1,1,…]` alone would take it to about 440 MiB, for the
// process's life), leaves the memory near the budget, and the parser still parses what fits.
import * as assert from 'node:assert/strict';
import { initParser, parseRust, parserMemoryBytes, TreeTooLarge, wasmBinding } from '../../server/src/engine/parse/parser';
import { IncrementalTree } from '../../server/src/engine/parse/incremental';

const BUDGET = 64 * 2 ** 20;
const MEGABYTE_LINE = `fn main() {\n    let v = vec![${Array(500_000).fill('1').join(',')}];\n}\n`;

describe('the parser\'s memory budget', function () {
  this.timeout(120_000);

  before(async function () {
    await initParser();
    if (!wasmBinding()) {
      console.log('    skipped: another loader initialised web-tree-sitter in this process first, so its memory is not visible here');
      this.skip();
    }
  });

  it('stops a parse that would outgrow it, and parses what fits afterwards', () => {
    assert.throws(() => parseRust(MEGABYTE_LINE, null, BUDGET), (e: unknown) => e instanceof TreeTooLarge && /more than the parser's 64 MiB/.test(e.message));
    // Stopped near the budget (one growth of the memory past it), not at the 440 MiB the whole parse takes.
    assert.ok(parserMemoryBytes() < 200 * 2 ** 20, `the parser holds ${(parserMemoryBytes() / 2 ** 20).toFixed(0)} MiB`);
    const small = parseRust('fn main() {\n    let x = 1;\n}\n', null, BUDGET);
    try {
      assert.equal(small.rootNode.hasError, false);
      assert.equal(small.rootNode.namedChildren[0]?.type, 'function_item');
    } finally {
      small.delete();
    }
  });

  it('leaves an IncrementalTree with no tree, so the next text is parsed afresh', () => {
    const doc = new IncrementalTree();
    try {
      doc.update('fn main() {}\n', BUDGET);
      assert.throws(() => doc.update(MEGABYTE_LINE, BUDGET), TreeTooLarge);
      const tree = doc.update('fn main() {\n    let s = String::new();\n}\n', BUDGET);
      assert.equal(tree.rootNode.hasError, false);
      assert.match(tree.rootNode.text, /String::new/);
    } finally {
      doc.dispose();
    }
  });
});
