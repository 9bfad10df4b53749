// The examples are the first programs a newcomer opens: each must compile with rustc and parse
// without a syntax error.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { syntaxErrors } from '../../server/src/engine/syntaxErrors';

const dir = path.join(__dirname, '..', '..', 'examples');
const examples = fs.readdirSync(dir).filter((f) => f.endsWith('.rs'));

describe('examples', function () {
  this.timeout(60_000);
  before(() => initParser());

  it('there are examples to open', () => {
    assert.ok(examples.length >= 3, examples.join(', '));
  });

  for (const file of examples) {
    it(`${file} compiles with rustc`, function () {
      if (spawnSync('rustc', ['--version']).status !== 0) {
        console.log('rustc is not on PATH: skipping the compile check');
        this.skip();
      }
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-example-'));
      try {
        const r = spawnSync('rustc', ['--edition', '2021', '--emit=metadata', '--crate-name', 'example', '--out-dir', out, path.join(dir, file)], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    });

    it(`${file} has no syntax error`, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const tree = parseRust(text);
      try {
        assert.deepEqual(syntaxErrors(tree, text), []);
      } finally {
        tree.delete();
      }
    });
  }
});
