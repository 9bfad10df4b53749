// The simulator against rustc: every program under test/golden/programs/** must print exactly what
// the real program printed (stdout, stderr) and exit with its status. The goldens were recorded by
// scripts/record-goldens.mjs; when rustc is on PATH the recording itself is re-checked here too.
import * as assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Trace } from '../../protocol/trace';
import { replayState } from '../../protocol/replay';
import { decodeTrace, encodeTrace } from '../../protocol/traceColumns';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';
import type { SimulateJob, SimulateReply } from '../../server/src/simulationMessages';
import { MemoryTally } from './memoryGoldens';
import { reviveTrace } from '../../protocol/stepTable';

const ROOT = path.join(__dirname, 'programs');
const DIST = path.join(__dirname, '..', '..', 'dist');
const WORKER = path.join(DIST, 'simWorker.js');
const CLI = path.join(DIST, 'cli.js');

interface Expected {
  status: number;
  stdout: string;
  stderr: string;
}

function listPrograms(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, entry);
    if (fs.statSync(p).isDirectory()) out.push(...listPrograms(p));
    else if (entry.endsWith('.rs') && fs.existsSync(p.replace(/\.rs$/, '.expected.json'))) out.push(p);
  }
  return out;
}

function expected(program: string): Expected {
  return JSON.parse(fs.readFileSync(program.replace(/\.rs$/, '.expected.json'), 'utf8')) as Expected;
}

/** A long-lived simulation worker (deep stack), fed one program at a time; replaced after a run that takes too long. */
class SimWorker {
  private worker: Worker;
  private next = 1;
  constructor(private readonly file: string) {
    this.worker = this.spawn();
  }
  private spawn(): Worker {
    return new Worker(this.file, { resourceLimits: { stackSizeMb: 1024 } });
  }
  run(source: string, file: string, limitMs: number, recordTrace: boolean): Promise<Expected & { trace: Trace }> {
    const id = this.next++;
    const worker = this.worker;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        void worker.terminate();
        this.worker = this.spawn();
        reject(new Error(`the simulation took more than ${limitMs} ms`));
      }, limitMs);
      const onMessage = (reply: SimulateReply) => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (reply.kind === 'done') resolve({ ...reply, trace: reviveTrace(reply.trace) });
        else reject(new Error(reply.kind === 'failed' ? reply.error : reply.what));
      };
      worker.on('message', onMessage);
      const job: SimulateJob = { kind: 'simulate', id, source, file, maxSteps: 10_000_000, recordTrace };
      worker.postMessage(job);
    });
  }
  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

const programs = listPrograms(ROOT);
const FLOORS_FILE = path.join(__dirname, 'memory-floors.json');
const floors = JSON.parse(fs.readFileSync(FLOORS_FILE, 'utf8')) as { heapExact: number; framesWithin20: number };

describe('golden programs: the simulator reproduces rustc', function () {
  this.timeout(60_000);
  let worker: SimWorker | null = null;
  const tally = new MemoryTally();

  before(async () => {
    await initParser();
    if (fs.existsSync(WORKER)) worker = new SimWorker(WORKER);
    else console.log(`      ${WORKER} is not built: running in-process, where programs that overflow the stack cannot run`);
  });

  after(async () => {
    await worker?.terminate();
  });

  it('has a corpus of at least 80 core programs', () => {
    assert.ok(programs.filter((p) => p.includes(`${path.sep}core${path.sep}`)).length >= 80);
  });

  for (const program of programs) {
    const rel = path.relative(ROOT, program);
    it(rel, async function () {
      const want = expected(program);
      const source = fs.readFileSync(program, 'utf8');
      const file = path.basename(program);
      let got: Expected & { trace: Trace };
      // Runs that end in a stack overflow recurse hundreds of thousands of frames deep; their
      // traces are huge, so they are checked for output only.
      if (worker) got = await worker.run(source, file, 50_000, want.status !== 134);
      else {
        if (want.status === 134) {
          console.log(`      skipped ${rel}: it overflows the stack, which needs the worker's deep stack (npm run build)`);
          this.skip();
        }
        got = simulate(source, { file });
      }
      assert.equal(got.stdout, want.stdout, 'stdout');
      assert.equal(got.stderr, want.stderr, 'stderr');
      assert.equal(got.status, want.status, 'exit status');
      // The trace ends as the run did and replays to its last step.
      assert.equal(got.trace.end.status, want.status);
      if (got.trace.steps.length) replayState(got.trace, got.trace.steps.length - 1);
      // What `rustmem trace --json` writes reads back as the same trace.
      const sent = JSON.parse(JSON.stringify(encodeTrace(got.trace))) as ReturnType<typeof encodeTrace>;
      assert.deepEqual(JSON.parse(JSON.stringify(decodeTrace(sent))), JSON.parse(JSON.stringify(got.trace)), 'the trace through its columns');
      if (want.status !== 134) tally.add(rel, program, got.trace);
    });
  }

  // The memory picture against the real build (see memoryGoldens.ts). Floors only go up: when the
  // simulator gets closer, raise them in memory-floors.json.
  it(`heap traffic: at least ${floors.heapExact} programs allocate, grow and free exactly as rustc's build`, () => {
    const total = tally.heapExact.length + tally.heapDifferent.length;
    console.log(`      heap traffic exact in ${tally.heapExact.length} of ${total} recorded programs`);
    for (const d of tally.heapDifferent) console.log(`        ${d.program}: ${d.why}`);
    assert.ok(tally.heapExact.length >= floors.heapExact, `${tally.heapExact.length} exact, the floor is ${floors.heapExact}`);
  });

  it(`frame sizes: at least ${floors.framesWithin20} functions within ±20 % of the debug build's`, () => {
    const within = tally.framesWithin(0.2);
    const { median, deciles } = tally.frameRatios();
    const pct = (x: number) => `${Math.round(x * 100)} %`;
    console.log(`      ${within} of ${tally.frames.length} functions within ±20 %; simulated/real: median ${median.toFixed(2)}, p10–p90 ${deciles.map((d) => d.toFixed(2)).join(' ')} (${pct(within / Math.max(1, tally.frames.length))})`);
    for (const f of tally.framesOutside(0.2)) console.log(`        ${f.program} ${f.fn}: the trace ${f.sim} B, rustc's build ${f.real} B`);
    assert.ok(within >= floors.framesWithin20, `${within} within ±20 %, the floor is ${floors.framesWithin20}`);
  });
});

describe('golden programs through `rustmem run`', function () {
  this.timeout(60_000);
  const sample = ['core/hello.rs', 'core/overflow_panic.rs', 'core/unwrap_none.rs', 'core/struct_drop_order.rs', 'core/stack_overflow.rs'];
  for (const rel of sample) {
    it(rel, function () {
      if (!fs.existsSync(CLI)) {
        console.log(`      skipped: ${CLI} is not built (npm run build)`);
        this.skip();
      }
      const program = path.join(ROOT, rel);
      if (!fs.existsSync(program)) {
        console.log(`      skipped: ${rel} is not in the corpus`);
        this.skip();
      }
      const r = spawnSync(process.execPath, [CLI, 'run', path.basename(program)], { cwd: path.dirname(program), encoding: 'utf8' });
      const want = expected(program);
      assert.equal(r.stdout, want.stdout);
      assert.equal(r.stderr, want.stderr);
      assert.equal(r.status, want.status);
    });
  }
});

describe('golden programs: the recorded goldens still match rustc', function () {
  this.timeout(120_000);
  let rustc = true;
  before(function () {
    try {
      execFileSync('rustc', ['--version'], { stdio: 'ignore' });
    } catch {
      rustc = false;
    }
  });
  for (const program of programs) {
    const rel = path.relative(ROOT, program);
    it(rel, async function () {
      if (!rustc) {
        console.log('      skipped: rustc is not on PATH, the goldens cannot be re-recorded');
        this.skip();
      }
      const recorder = '../../scripts/goldens/programs.mjs';
      const mod = (await import(recorder)) as { recordProgram(p: string): Expected };
      assert.deepEqual(mod.recordProgram(program), expected(program));
    });
  }
});
