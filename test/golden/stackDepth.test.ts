// How deep a recursion gets before the stack overflows, the simulator against the real debug
// build: each program under test/golden/depth/ recurses without end and prints its depth every N
// levels; NAME.depth.json holds the last depth the real build printed (scripts/goldens/depth.mjs).
// The simulated run must overflow too, on a stack of the same budget, and print a last depth
// within 10 % of the real one: the frame model decides how many levels fit.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SimulateJob, SimulateReply } from '../../server/src/simulationMessages';
import { SIMULATION_STACK_MB } from '../../server/src/simulationMessages';

const ROOT = path.join(__dirname, 'depth');
const WORKER = path.join(__dirname, '..', '..', 'dist', 'simWorker.js');

interface RealDepth {
  status: number;
  last: number;
  every: number;
}

/** Runs one program in a simulation worker (a deep simulated recursion needs its deep stack). */
function simulateInWorker(source: string, file: string): Promise<Extract<SimulateReply, { kind: 'done' }>> {
  const worker = new Worker(WORKER, { resourceLimits: { stackSizeMb: SIMULATION_STACK_MB } });
  return new Promise<Extract<SimulateReply, { kind: 'done' }>>((resolve, reject) => {
    worker.on('message', (reply: SimulateReply) => {
      if (reply.kind === 'done') resolve(reply);
      else reject(new Error(reply.kind === 'failed' ? reply.error : reply.what));
    });
    worker.on('error', reject);
    const job: SimulateJob = { kind: 'simulate', id: 1, source, file, maxSteps: 50_000_000, recordTrace: false };
    worker.postMessage(job);
  }).finally(() => void worker.terminate());
}

/** The last depth a run printed (a line that is only a number). */
function lastDepth(stdout: string): number | undefined {
  const numbers = stdout.split('\n').filter((l) => /^\d+$/.test(l));
  return numbers.length ? Number(numbers[numbers.length - 1]) : undefined;
}

describe('stack overflow depth: the simulator against the real debug build', function () {
  this.timeout(120_000);
  const programs = fs.readdirSync(ROOT).filter((f) => f.endsWith('.rs')).sort();

  it('has the 8 MiB main thread, a 2 MiB spawned thread and a Builder::stack_size thread', () => {
    assert.deepEqual(programs, ['builder_4mib.rs', 'main_8mib.rs', 'spawned_2mib.rs']);
  });

  for (const file of programs) {
    it(file, async function () {
      if (!fs.existsSync(WORKER)) {
        console.log(`      skipped: ${WORKER} is not built (npm run build)`);
        this.skip();
      }
      const program = path.join(ROOT, file);
      const real = JSON.parse(fs.readFileSync(program.replace(/\.rs$/, '.depth.json'), 'utf8')) as RealDepth;
      const got = await simulateInWorker(fs.readFileSync(program, 'utf8'), file);
      assert.equal(got.status, real.status, `exit status (stderr: ${got.stderr.trim()})`);
      const end = got.trace.end;
      assert.equal(end.kind, 'overflow', `the run ends in a stack overflow, not ${JSON.stringify(end)}`);
      const simulated = lastDepth(got.stdout);
      assert.ok(simulated !== undefined, 'the simulated run printed a depth');
      const error = (simulated - real.last) / real.last;
      console.log(`      real build: ${real.last}–${real.last + real.every} levels; simulated: ${simulated} (${(error * 100).toFixed(1)} %), frame ${end.kind === 'overflow' ? end.frameSize : '?'} B`);
      assert.ok(Math.abs(error) <= 0.1, `the simulated run printed ${simulated} last, the real build ${real.last}: more than 10 % apart`);
    });
  }
});
