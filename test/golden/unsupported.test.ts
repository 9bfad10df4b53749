// Constructs the simulator does not model are reported, never guessed: each program in
// test/golden/unsupported/ must stop with exit status 2 and exactly the `rustmem: unsupported:`
// line listed in expected.json. The step limit is reported the same way.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

const DIR = path.join(__dirname, 'unsupported');
const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, string>;

describe('unsupported constructs are reported at their line', () => {
  before(() => initParser());

  it('lists every program of the folder', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.rs')).sort();
    assert.deepEqual(files, Object.keys(expected).sort());
  });

  for (const [file, message] of Object.entries(expected)) {
    it(file.replace(/\.rs$/, '').replace(/_/g, ' '), () => {
      const r = simulate(fs.readFileSync(path.join(DIR, file), 'utf8'), { file });
      assert.equal(r.stderr, `${message}\n`);
      assert.equal(r.status, 2);
      assert.equal(r.trace.end.kind, 'unsupported');
    });
  }

  it('stops an endless loop at the step limit with its own message', () => {
    const source = 'fn main() {\n    let mut n: u64 = 0;\n    loop {\n        n = n.wrapping_add(1);\n    }\n}\n';
    const r = simulate(source, { file: 'spin.rs', maxSteps: 10_000 });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'rustmem: limit reached: the simulation stopped after 10,000 steps without finishing (at spin.rs:4:9; raise it with --max-steps)\n');
    assert.deepEqual(r.trace.end, { kind: 'step-limit', status: 2, limit: 10_000, line: 4, column: 9 });
  });

  it('runs a program whose unused function uses an unsupported construct', () => {
    const source = 'async fn never() {}\nfn main() {\n    println!("fine");\n}\n';
    const r = simulate(source, { file: 'lazy.rs' });
    assert.equal(r.stdout, 'fine\n');
    assert.equal(r.status, 0);
  });
});
