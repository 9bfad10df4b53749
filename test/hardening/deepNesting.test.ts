import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { runStaticChecks } from '../../server/src/engine/analysis';
import { MAX_SYNTAX_DEPTH, tooDeepPlaces } from '../../server/src/engine/tooDeep';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import { distFile } from '../support/dist';
import { flatSum, longVec, nestedParens, withHugeLet } from './programs';

function staticCodes(text: string): string[] {
  const tree = parseRust(text);
  try {
    const found = runStaticChecks({ file: 'deep.rs', text, tree, settings: DEFAULT_SETTINGS }, (f) => {
      throw new Error(`the ${f.check} check failed: ${String(f.error)}`);
    });
    return found.map((d) => `${d.span.start.line + 1}:${d.code}`);
  } finally {
    tree.delete();
  }
}

describe('deep nesting and long flat expressions', () => {
  before(() => initParser());

  it('a file nested deeper than the limit gets one too-deep warning at the place instead of a stack overflow', () => {
    for (const text of [nestedParens(2000), nestedParens(10_000), flatSum(20_000)]) {
      assert.deepEqual(staticCodes(text), ['5:too-deep']);
    }
  });

  it('just under the limit the checks run and find the use after move', () => {
    assert.deepEqual(staticCodes(nestedParens(MAX_SYNTAX_DEPTH - 20)), ['4:use-after-move']);
    assert.deepEqual(staticCodes(longVec(5000)), ['4:use-after-move']);
  });

  it('too-deep places: the first deep node of each line, found without recursion', () => {
    const deep = (n: number) => `${'('.repeat(n)}1${')'.repeat(n)}`;
    const text = `fn a() -> i32 { ${deep(30)} + ${deep(30)} }\nfn b() -> i32 { 1 }\nfn c() -> i32 { ${deep(40)} }\n`;
    const tree = parseRust(text);
    try {
      assert.deepEqual(tooDeepPlaces(tree, 20).map((n) => n.line), [0, 2]);
      assert.deepEqual(tooDeepPlaces(tree, 100), []);
      assert.equal(parseRust(nestedParens(50_000)).rootNode.type, 'source_file');
    } finally {
      tree.delete();
    }
  });

  it('rustmem check --deny warnings fails on a use after move hidden behind 10,000 nested parentheses', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-deep-'));
    try {
      const file = path.join(dir, 'nested.rs');
      fs.writeFileSync(file, nestedParens(10_000));
      const r = spawnSync(process.execPath, [distFile('cli.js'), 'check', '--deny', 'warnings', file], { encoding: 'utf8' });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /nested\.rs:5:\d+: warning\[too-deep\]: this code is nested more than 500 levels deep, so the type checking, borrow checking, annotations, use-after-move,/);
      assert.doesNotMatch(r.stdout + r.stderr, /internal-error|Maximum call stack/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('long flat expressions in the simulation', function () {
  // Two CLI runs of about 1.5 s of CPU each: on a loaded machine their wall time passes mocha's
  // 20 s default, which would report slowness as a failure. The runs' own budgets bound them.
  this.timeout(120_000);
  function run(source: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-flat-'));
    try {
      const file = path.join(dir, 'flat.rs');
      fs.writeFileSync(file, source);
      return spawnSync(process.execPath, [distFile('cli.js'), 'run', file], { encoding: 'utf8' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('runs a 20,000-term sum and a 50,000-item vec! (both were quadratic to lower)', () => {
    const sum = run(`fn main() {\n    let n: u64 = 0${'+1'.repeat(20_000)};\n    println!("{}", n);\n}\n`);
    assert.equal(sum.stdout, '20000\n', sum.stderr);
    const vec = run(`fn main() {\n    let v = vec![${Array(50_000).fill('1u8').join(',')}];\n    println!("{}", v.len());\n}\n`);
    assert.equal(vec.stdout, '50000\n', vec.stderr);
  });
});

describe('syntax errors in deeply nested code', () => {
  before(() => initParser());

  it('are reported without overflowing the stack (found by the fuzz harness)', () => {
    const unclosed = `fn main() {\n    let x = ${'('.repeat(10_000)}0${')'.repeat(9_999)};\n}\n`;
    const codes = staticCodes(unclosed);
    assert.ok(codes.includes('2:too-deep'), codes.join(' '));
    assert.ok(codes.some((c) => c.endsWith(':syntax-error')), codes.join(' '));
    assert.ok(!codes.some((c) => c.endsWith(':internal-error')), codes.join(' '));
    const stray = `fn main() {\n    let x = ${'{'.repeat(5000)}0 0${'}'.repeat(5000)};\n}\n`;
    assert.ok(staticCodes(stray).some((c) => c.endsWith(':syntax-error')));
  });
});

describe('syntax errors in a large file', () => {
  before(() => initParser());

  it('are reported without a dozen re-parses each (a 200 KB line took 13 s; found by the fuzz harness)', () => {
    const text = withHugeLet(`0${'+1'.repeat(100_000)} \uD800`, ': u64');
    const codes = staticCodes(text);
    assert.ok(codes.includes('5:syntax-error'), codes.join(' '));
    assert.ok(codes.includes('5:too-deep'), codes.join(' '));
  });
});

describe('a format string with more placeholders than arguments', () => {
  before(() => initParser());

  it('gets no internal error from the borrow checker (found by the fuzz harness, seed 7, input 3152)', () => {
    const text = 'fn main() {\n    let mut s = String::from("a");\n    let m = &mut s;\n    m.push(\'b\');\n    println!("{}", );\n    println!("{}", s);\n}\n';
    const codes = staticCodes(text);
    assert.ok(!codes.some((c) => c.endsWith(':internal-error')), codes.join(' '));
  });
});
