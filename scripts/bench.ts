// `npm run bench`: latency of what runs on each keystroke (parse, incremental re-parse, static
// checks) on the examples and on a large generated file, and the speed of the simulator on a
// long loop. Prints a Markdown table (the README's Performance section quotes it).
// Usage: npm run bench [-- --runs N]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { initParser, parseRust, editFor } from '../server/src/engine/parse/parser';
import { runStaticChecks } from '../server/src/engine/analysis';
import { STATIC_CHECKS } from '../server/src/engine/checks';
import { DEFAULT_SETTINGS } from '../protocol/settings';
import { lower } from '../server/src/engine/syntax/lower';
import { resolve } from '../server/src/engine/resolve';
import { typeck } from '../server/src/engine/typeck';
import { userNames } from '../server/src/engine/typeck/userNames';

const root = path.resolve(__dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median wall time of `run` in milliseconds, after two warm-up runs. */
function time(run: () => void, runs = RUNS): number {
  run();
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

interface Row {
  name: string;
  lines: number;
  parse: number;
  reparse: number;
  checks: number;
}

function measureSource(name: string, text: string): Row {
  const parse = time(() => parseRust(text).delete());
  // One keystroke in the middle of the file, re-parsed with the old tree (what the server does).
  const at = text.indexOf('\n', text.length >> 1) + 1;
  const edited = `${text.slice(0, at)} ${text.slice(at)}`;
  const base = parseRust(text);
  const reparse = time(() => {
    const old = base.copy();
    old.edit(editFor(text, at, at, ' '));
    parseRust(edited, old).delete();
    old.delete();
  });
  base.delete();
  const tree = parseRust(text);
  const checks = time(() => {
    runStaticChecks({ file: name, text, tree, settings: DEFAULT_SETTINGS }, (f) => {
      throw f.error;
    });
  });
  tree.delete();
  return { name, lines: text.split('\n').length, parse, reparse, checks };
}

/** The examples ten times over, each copy's items renamed: a file of a few thousand lines. */
function largeFile(sources: string[]): string {
  const copies: string[] = [];
  for (let i = 0; i < 10; i++) {
    for (const [j, text] of sources.entries()) copies.push(text.replace(/\b(fn|struct|const|impl Drop for) (\w+)/g, `$1 $2_${i}_${j}`));
  }
  return copies.join('\n');
}

/**
 * The simulator's figures: each entry is a program, its step budget, whether the trace is
 * recorded (the editor and `rustmem trace` record it, `rustmem run` does not) and how many timed
 * runs to take the median of. Measured only when the simulator is part of the build.
 */
const LOOP_1M =
  'fn main() {\n    let mut total: u64 = 0;\n    let mut i: u64 = 0;\n    while i < 1_000_000 {\n        total += i;\n        i += 1;\n    }\n    println!("{total}");\n}\n';
/** The arithmetic loop of the simulator's performance target (`for` over a range, `u64` checked arithmetic). */
const FOR_1M =
  'fn main() {\n    let mut s: u64 = 0;\n    for i in 0..1_000_000 {\n        s += i * 2 % 7;\n    }\n    println!("{}", s);\n}\n';
const SIMULATIONS = [
  { name: '1,000,000-iteration loop, output only (`rustmem run`)', source: LOOP_1M, maxSteps: 50_000_000, recordTrace: false, runs: 3 },
  { name: '1,000,000-iteration loop, with its trace', source: LOOP_1M, maxSteps: 50_000_000, recordTrace: true, runs: 1 },
  { name: '`for i in 0..1_000_000 { s += i * 2 % 7; }`, output only (`rustmem run`)', source: FOR_1M, maxSteps: 10_000_000, recordTrace: false, runs: 3 },
  { name: 'the same loop with its trace, stopped at the editor\'s 200,000 steps', source: FOR_1M, maxSteps: 200_000, recordTrace: true, runs: 3 },
];

type Simulate = (
  source: string,
  options: { file: string; maxSteps?: number; recordTrace?: boolean },
) => { status: number; stdout: string; trace: { steps: unknown[] } };

async function loadSimulator(): Promise<Simulate | undefined> {
  const file = path.join(root, 'server', 'src', 'engine', 'sim', 'index.ts');
  if (!fs.existsSync(file)) return undefined;
  const sim = (await import(file)) as { simulate?: Simulate };
  return sim.simulate;
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

async function main(): Promise<void> {
  await initParser();
  const dir = path.join(root, 'examples');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();
  const sources = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const rows = files.map((f, i) => measureSource(`examples/${f}`, sources[i] as string));
  rows.push(measureSource('generated (examples × 10)', largeFile(sources)));


  console.log(`Median of ${RUNS} runs, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.\n`);
  console.log('| file | lines | parse (ms) | re-parse after a keystroke (ms) | static checks (ms) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${r.lines} | ${fmt(r.parse)} | ${fmt(r.reparse)} | ${fmt(r.checks)} |`);

  // Which check costs what, on the largest file.
  const large = largeFile(sources);
  const tree = parseRust(large);
  console.log('\n| static check, on the generated file | ms |');
  console.log('|---|---:|');
  for (const check of STATIC_CHECKS) {
    const ms = time(() => {
      runStaticChecks({ file: 'generated.rs', text: large, tree, settings: DEFAULT_SETTINGS }, (f) => {
        throw f.error;
      }, [check]);
    });
    console.log(`| ${check.name} | ${fmt(ms)} |`);
  }
  tree.delete();

  frontEndFigures(sources);

  const simulate = await loadSimulator();
  console.log('');
  if (!simulate) {
    console.log('Simulator: not in this build (server/src/engine/sim/index.ts is missing).');
    return;
  }
  console.log('| simulation | steps | time (ms) | steps/s |');
  console.log('|---|---:|---:|---:|');
  for (const s of SIMULATIONS) {
    let steps = 0;
    const samples: number[] = [];
    for (let i = 0; i < s.runs; i++) {
      const start = performance.now();
      const result = simulate(s.source, { file: 'bench.rs', maxSteps: s.maxSteps, recordTrace: s.recordTrace });
      samples.push(performance.now() - start);
      steps = result.trace.steps.length;
    }
    const ms = median(samples);
    const shown = s.recordTrace ? String(steps) : '(not recorded)';
    const rate = s.recordTrace ? Math.round((steps / ms) * 1000).toLocaleString('en') : '';
    console.log(`| ${s.name} | ${shown} | ${fmt(ms)} | ${rate} |`);
  }
}

/** The examples repeated (items renamed per copy) until the text has at least `lines` lines. */
function generatedLines(sources: string[], lines: number): string {
  const copies: string[] = [];
  let n = 0;
  for (let i = 0; n < lines; i++) {
    for (const [j, text] of sources.entries()) {
      const copy = text.replace(/\b(fn|struct|const|impl Drop for) (\w+)/g, `$1 $2_${i}_${j}`);
      copies.push(copy);
      n += copy.split('\n').length;
    }
  }
  return copies.join('\n');
}

/** The front end's cost: lower, resolve and typeck per 1,000 lines, and as a ratio to tree-sitter's parse of the same text. */
function frontEndFigures(sources: string[]): void {
  const text = generatedLines(sources, 5000);
  const lines = text.split('\n').length;
  const parse = time(() => parseRust(text).delete());
  const tree = parseRust(text);
  const lowerMs = time(() => lower(tree, text));
  const ast = lower(tree, text);
  const resolveMs = time(() => resolve(ast));
  const resolution = resolve(ast);
  const typeckMs = time(() => typeck(ast, userNames(resolution)));
  tree.delete();
  const per1k = (ms: number) => fmt((ms * 1000) / lines);
  console.log(`\n| front end, on the examples repeated to ${lines} lines | ms | ms per 1,000 lines | × parse |`);
  console.log('|---|---:|---:|---:|');
  const rows = [
    ['parse (tree-sitter)', parse], ['lower', lowerMs], ['resolve', resolveMs], ['typeck', typeckMs],
    ['parse + lower + resolve', parse + lowerMs + resolveMs], ['parse + lower + resolve + typeck', parse + lowerMs + resolveMs + typeckMs],
  ] as const;
  for (const [name, ms] of rows) {
    console.log(`| ${name} | ${fmt(ms)} | ${per1k(ms)} | ${(ms / parse).toFixed(2)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
