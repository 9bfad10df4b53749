// The simulator's own speed, in-process: loop iterations per second without a trace (what
// `rustmem run` does) for a few kinds of loop body, and a traced run of 1,000,000 steps with the
// size of its trace.
//
// The simulator is timed as it ships: bundled by esbuild as scripts/build.mjs bundles the CLI and
// the simulation worker, not as tsx runs the sources. tsx compiles each file on its own, so every
// imported name (`Int`, `needsDrop` …) is read through a getter on the exporting module's object;
// in the interpreter's closures those getters cost several times the work itself (the same loop
// ran 5× slower that way).
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { hostParserWasm } from '../../server/src/engine/parse/wasmFiles';
import type { initParser } from '../../server/src/engine/parse/parser';
import type { simulate } from '../../server/src/engine/sim/index';
import type { encodeTrace } from '../../protocol/traceColumns';
import { cpuNow, median } from './stats';
import { bundleEngine } from './bundleEngine';

const ITERATIONS = 1_000_000;

/** Loops of 1,000,000 iterations without a trace, each body one kind of work. */
export const LOOPS: readonly { name: string; source: string }[] = [
  {
    name: '`for i in 0..1_000_000 { s += i * 2 % 7; }`',
    source: `fn main() {\n    let mut s: u64 = 0;\n    for i in 0..${ITERATIONS} {\n        s += i * 2 % 7;\n    }\n    println!("{}", s);\n}\n`,
  },
  {
    name: '`v.push(i)` into a `Vec<u64>`',
    source: `fn main() {\n    let mut v: Vec<u64> = Vec::new();\n    for i in 0..${ITERATIONS} {\n        v.push(i);\n    }\n    println!("{}", v.len());\n}\n`,
  },
  {
    name: 'a `&mut self` method call, `c.bump(i % 3)`',
    source: `struct Counter {\n    n: u64,\n}\nimpl Counter {\n    fn bump(&mut self, by: u64) {\n        self.n += by;\n    }\n}\nfn main() {\n    let mut c = Counter { n: 0 };\n    for i in 0..${ITERATIONS} {\n        c.bump(i % 3);\n    }\n    println!("{}", c.n);\n}\n`,
  },
  {
    name: 'struct field updates, `p.x += i; p.y = p.x - 1;`',
    source: `struct Point {\n    x: i64,\n    y: i64,\n}\nfn main() {\n    let mut p = Point { x: 0, y: 0 };\n    for i in 0..${ITERATIONS} {\n        p.x += i;\n        p.y = p.x - 1;\n    }\n    println!("{} {}", p.x, p.y);\n}\n`,
  },
  {
    name: 'an enum built by `if`/`else` and taken apart by `match`',
    source: `enum Shape {\n    Circle(u32),\n    Square(u32),\n    Empty,\n}\nfn main() {\n    let mut s: u32 = 0;\n    for i in 0..${ITERATIONS}u32 {\n        let sh = if i % 3 == 0 { Shape::Circle(i % 10) } else if i % 3 == 1 { Shape::Square(i % 7) } else { Shape::Empty };\n        s = match sh {\n            Shape::Circle(r) => s.wrapping_add(r * 3),\n            Shape::Square(a) => s ^ a,\n            Shape::Empty => s / 2 + 1,\n        };\n    }\n    println!("{}", s);\n}\n`,
  },
];

/** Three steps per iteration (the loop test, two statements): 333,333 iterations make a million steps. */
const TRACED_LOOP = `fn main() {\n    let mut total: u64 = 0;\n    let mut i: u64 = 0;\n    while i < 333_333 {\n        total += i;\n        i += 1;\n    }\n    println!("{total}");\n}\n`;

export interface LoopFigure {
  name: string;
  iterationsPerSecond: number;
  ms: number;
}

export interface SimulationFigures {
  loops: LoopFigure[];
  tracedSteps: number;
  tracedMs: number;
  /** The trace as `rustmem trace --json` writes it (columns; also what rustMemory/trace and replay pages carry), per step. */
  jsonBytesPerStep: number;
  /** Encoding the trace into its columns (CPU ms). */
  encodeMs: number;
  /** Memory the trace holds, per step: V8's heap and the typed arrays' buffers (after a full GC, against before the run). */
  heapBytesPerStep: number;
}

interface Simulator {
  initParser: typeof initParser;
  simulate: typeof simulate;
  encodeTrace: typeof encodeTrace;
}

/** The simulator bundled with the options of the Node bundles (scripts/build.mjs), loaded into this process. */
async function bundledSimulator(): Promise<Simulator> {
  return bundleEngine<Simulator>([
    "export { initParser } from './server/src/engine/parse/parser';",
    "export { simulate } from './server/src/engine/sim/index';",
    "export { encodeTrace } from './protocol/traceColumns';",
  ]);
}

/**
 * A full collection, then another: V8 frees the buffers of dead typed arrays on a background
 * sweeper after a collection, so right after one `arrayBuffers` still counts some of them (the
 * trace's columns grow by doubling, and every outgrown buffer is garbage): the traced run's figure
 * read 27 to 67 B per step between runs for a trace whose buffers take 28. The second collection
 * starts by finishing the first one's sweeping.
 */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
}

export async function simulationFigures(runs: number): Promise<SimulationFigures> {
  const sim = await bundledSimulator();
  await sim.initParser(hostParserWasm());
  const loops: LoopFigure[] = [];
  for (const loop of LOOPS) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = cpuNow();
      const r = sim.simulate(loop.source, { file: 'bench.rs', maxSteps: 10_000_000, recordTrace: false });
      samples.push(cpuNow() - start);
      if (r.status !== 0) throw new Error(`the loop ${loop.name} did not finish: ${r.stderr}`);
    }
    const ms = median(samples);
    loops.push({ name: loop.name, ms, iterationsPerSecond: (ITERATIONS / ms) * 1000 });
  }
  collectGarbage();
  const held = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = held();
  const start = cpuNow();
  const traced = sim.simulate(TRACED_LOOP, { file: 'bench.rs', maxSteps: 10_000_000, recordTrace: true });
  const tracedMs = cpuNow() - start;
  collectGarbage();
  const heap = held() - before;
  const steps = traced.trace.steps.length;
  const encodeStart = cpuNow();
  const json = JSON.stringify(sim.encodeTrace(traced.trace));
  const encodeMs = cpuNow() - encodeStart;
  return {
    loops,
    tracedSteps: steps,
    tracedMs,
    jsonBytesPerStep: json.length / steps,
    encodeMs,
    heapBytesPerStep: heap / steps,
  };
}
