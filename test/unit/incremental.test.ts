import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { IncrementalTree, changedRange } from '../../server/src/engine/parse/incremental';

describe('incremental tree', () => {
  before(() => initParser());

  it('changedRange finds the span between the common prefix and suffix', () => {
    assert.deepEqual(changedRange('let x = 5;', 'let x = 42;'), { start: 8, oldEnd: 9, newEnd: 10 });
    assert.deepEqual(changedRange('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
    assert.deepEqual(changedRange('aaa', 'aaaa'), { start: 3, oldEnd: 3, newEnd: 4 });
    assert.deepEqual(changedRange('', 'fn'), { start: 0, oldEnd: 0, newEnd: 2 });
  });

  it('gives the same tree as a fresh parse after a series of edits', () => {
    const versions = [
      'fn main() {\n    let x = 5;\n}\n',
      'fn main() {\n    let x = 5;\n    let y = x\n}\n',
      'fn main() {\n    let x = 5;\n    let y = x;\n}\n',
      'struct P { a: u8 }\nfn main() {\n    let x = 5;\n    let y = x;\n}\n',
      '',
      'fn main() { println!("é𝄞"); }\n',
    ];
    const incremental = new IncrementalTree();
    try {
      for (const text of versions) {
        const fresh = parseRust(text);
        assert.equal(incremental.update(text).rootNode.toString(), fresh.rootNode.toString());
        fresh.delete();
      }
    } finally {
      incremental.dispose();
    }
  });
});
