// The simulator's own speed, in-process: loop iterations per second without a trace (what
// `rustmem run` does), and a traced run of 1,000,000 steps with the size of its trace.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';
import { encodeTrace } from '../../protocol/traceColumns';
import { cpuNow, median } from './stats';

const ITERATIONS = 1_000_000;
const FOR_LOOP = `fn main() {\n    let mut s: u64 = 0;\n    for i in 0..${ITERATIONS} {\n        s += i * 2 % 7;\n    }\n    println!("{}", s);\n}\n`;
/** Three steps per iteration (the loop test, two statements): 333,333 iterations make a million steps. */
const TRACED_LOOP = `fn main() {\n    let mut total: u64 = 0;\n    let mut i: u64 = 0;\n    while i < 333_333 {\n        total += i;\n        i += 1;\n    }\n    println!("{total}");\n}\n`;

export interface SimulationFigures {
  iterationsPerSecond: number;
  loopMs: number;
  tracedSteps: number;
  tracedMs: number;
  /** The trace as `rustmem trace --json` writes it (columns; also what rustMemory/trace and replay pages carry), per step. */
  jsonBytesPerStep: number;
  /** Encoding the trace into its columns (CPU ms). */
  encodeMs: number;
  /** Memory the trace holds, per step: V8's heap and the typed arrays' buffers (after a full GC, against before the run). */
  heapBytesPerStep: number;
}

function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}


export async function simulationFigures(runs: number): Promise<SimulationFigures> {
  await initParser();
  const loops: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = cpuNow();
    const r = simulate(FOR_LOOP, { file: 'bench.rs', maxSteps: 10_000_000, recordTrace: false });
    loops.push(cpuNow() - start);
    if (r.status !== 0) throw new Error(`the loop did not finish: ${r.stderr}`);
  }
  const loopMs = median(loops);
  collectGarbage();
  const held = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = held();
  const start = cpuNow();
  const traced = simulate(TRACED_LOOP, { file: 'bench.rs', maxSteps: 10_000_000, recordTrace: true });
  const tracedMs = cpuNow() - start;
  collectGarbage();
  const heap = held() - before;
  const steps = traced.trace.steps.length;
  const encodeStart = cpuNow();
  const json = JSON.stringify(encodeTrace(traced.trace));
  const encodeMs = cpuNow() - encodeStart;
  return {
    iterationsPerSecond: (ITERATIONS / loopMs) * 1000,
    loopMs,
    tracedSteps: steps,
    tracedMs,
    jsonBytesPerStep: json.length / steps,
    encodeMs,
    heapBytesPerStep: heap / steps,
  };
}
