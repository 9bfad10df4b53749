import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { initParser } from '../../server/src/engine/parse/parser';
import { MAX_SIMULATED_CHARS, simulate } from '../../server/src/engine/sim/index';
import { simulateAnnotated } from '../../server/src/engine/annotations/simulate';
import { MAX_LIVE_BLOCKS } from '../../server/src/engine/sim/interp/interp';
import { limitText } from '../../protocol/trace';
import { distFile } from '../support/dist';
import type { TraceColumns } from '../../protocol/traceColumns';

function rustmem(source: string, ...args: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-limits-'));
  try {
    fs.writeFileSync(path.join(dir, 'prog.rs'), source);
    return spawnSync(process.execPath, [distFile('cli.js'), ...args, 'prog.rs'], { cwd: dir, encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const EMPTY_LOOP = 'fn main() {\n    loop {}\n}\n';
const PUSH_LOOP = 'fn main() {\n    let mut s = String::new();\n    loop {\n        s.push_str("abcdefgh");\n    }\n}\n';

describe('the budgets of a simulation', () => {
  before(() => initParser());

  it('counts the iterations of an empty loop against the step limit', () => {
    const r = simulate(EMPTY_LOOP, { file: 'spin.rs', maxSteps: 5000 });
    assert.deepEqual(r.trace.end, { kind: 'step-limit', status: 2, limit: 5000, line: 2, column: 5 });
    assert.equal(r.stderr, 'rustmem: limit reached: the simulation stopped after 5,000 steps without finishing (at spin.rs:2:5; raise it with --max-steps)\n');
  });

  it('stops a program whose live heap would pass the byte limit', () => {
    const r = simulate(PUSH_LOOP, { file: 'grow.rs', maxSteps: 1e9, maxHeapBytes: 64 * 1024 });
    assert.deepEqual(r.trace.end, { kind: 'step-limit', status: 2, limit: 64 * 1024, by: 'heap', line: 4, column: 9 });
    assert.match(r.stderr, /stopped at 0\.0625 MiB|stopped at 65,536 bytes of heap/);
  });

  it('stops at the wall-clock limit', () => {
    const r = simulate(EMPTY_LOOP, { file: 'spin.rs', maxSteps: 1e12, maxMillis: 50 });
    assert.equal(r.trace.end.kind, 'step-limit');
    assert.equal((r.trace.end as { by?: string }).by, 'time');
  });

  it('words each limit as the user set it', () => {
    assert.equal(limitText({ limit: 200_000 }), 'after 200,000 steps');
    assert.equal(limitText({ limit: 2000, by: 'time' }), 'after 2 s');
    assert.equal(limitText({ limit: 1500, by: 'time' }), 'after 1,500 ms');
    assert.equal(limitText({ limit: 256 * 1024 * 1024, by: 'heap' }), 'at 256 MiB of heap');
  });

  it('rustmem run takes --max-ms and --max-heap, and says which limit stopped it', () => {
    const heap = rustmem(PUSH_LOOP, 'run', '--max-steps', '1_000_000_000', '--max-heap', '1M');
    assert.equal(heap.status, 2);
    assert.equal(heap.stderr, 'rustmem: limit reached: the simulation stopped at 1 MiB of heap without finishing (at prog.rs:4:9; raise it with --max-heap)\n');
    const time = rustmem(EMPTY_LOOP, 'run', '--max-steps', '1_000_000_000_000', '--max-ms=300');
    assert.equal(time.status, 2);
    assert.equal(time.stderr, 'rustmem: limit reached: the simulation stopped after 300 ms without finishing (at prog.rs:2:5; raise it with --max-ms)\n');
    const bad = rustmem(EMPTY_LOOP, 'run', '--max-heap', 'lots');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /`--max-heap` needs a positive number of bytes/);
  });

  it('refuses a program longer than it simulates, before parsing it', () => {
    const long = `fn main() {\n    let v = vec![${'1,'.repeat(MAX_SIMULATED_CHARS / 2)}1];\n    println!("{}", v.len());\n}\n`;
    for (const r of [simulate(long, { file: 'long.rs' }), simulateAnnotated(long, { file: 'long.rs' })]) {
      assert.deepEqual(r.trace.end, {
        kind: 'unsupported', status: 2, line: 1, column: 1,
        what: `a program of ${long.length.toLocaleString('en-US')} characters (the simulator runs programs of up to ${MAX_SIMULATED_CHARS.toLocaleString('en-US')})`,
      });
      assert.equal(r.trace.steps.length, 0);
    }
    const program = 'fn main() {\n    println!("ran");\n}\n';
    const justUnder = `${program}// ${'x'.repeat(MAX_SIMULATED_CHARS - program.length - 4)}\n`;
    assert.equal(justUnder.length, MAX_SIMULATED_CHARS);
    assert.equal(simulate(justUnder, { file: 'under.rs' }).stdout, 'ran\n');
  });

  it('rustmem run stops a program holding millions of heap blocks as unsupported, not as a crash', function () {
    this.timeout(300_000);
    // Five million simulated heap blocks do not fit in the worker's heap (see hardening/workerMemory.test.ts).
    const r = rustmem('fn main() {\n    let v = vec![String::from("x"); 5_000_000];\n    println!("{}", v.len());\n}\n', 'run');
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, `rustmem: unsupported: a program holding more than ${MAX_LIVE_BLOCKS.toLocaleString('en-US')} heap allocations at once at prog.rs:2:5\n`);
  });

  it('rustmem trace ends an endless loop at the editor step limit', () => {
    const r = rustmem(EMPTY_LOOP, 'trace', '--json', '--max-steps', '3000');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as TraceColumns).end, { kind: 'step-limit', status: 2, limit: 3000, line: 2, column: 5 });
  });
});
