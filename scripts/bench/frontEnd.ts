// The front end's cost on the generated file: lower, resolve and typeck, each per 1,000 lines and
// as a ratio to tree-sitter's parse of the same text (in-process, warm).
//
// Timed as it ships: the engine bundled by esbuild with the options of the Node bundles
// (scripts/build.mjs), std's declarations encoded at build time included, not as tsx runs the
// sources (tsx reads every imported name through a getter, which costs the type checker about
// twice its time). Each run parses the text afresh, then lowers, resolves and type-checks that
// tree, so every figure comes from the same runs and each run's ratio to its own parse is known.
import { hostParserWasm } from '../../server/src/engine/parse/wasmFiles';
import type { initParser, parseRust } from '../../server/src/engine/parse/parser';
import type { lower } from '../../server/src/engine/syntax/lower';
import type { resolve } from '../../server/src/engine/resolve';
import type { typeck } from '../../server/src/engine/typeck';
import type { userNames } from '../../server/src/engine/typeck/userNames';
import { cpuNow, fmt, generatedFile, median } from './stats';
import { bundleEngine } from './bundleEngine';

interface FrontEnd {
  initParser: typeof initParser;
  parseRust: typeof parseRust;
  lower: typeof lower;
  resolve: typeof resolve;
  typeck: typeof typeck;
  userNames: typeof userNames;
}

/** The front end bundled as the Node bundles are, std's declarations encoded by the build's plugin. */
async function bundledFrontEnd(): Promise<FrontEnd> {
  return bundleEngine<FrontEnd>([
    "export { initParser, parseRust } from './server/src/engine/parse/parser';",
    "export { lower } from './server/src/engine/syntax/lower';",
    "export { resolve } from './server/src/engine/resolve';",
    "export { typeck } from './server/src/engine/typeck';",
    "export { userNames } from './server/src/engine/typeck/userNames';",
  ]);
}

/**
 * Warm-up runs: V8 compiles the hot code on background threads, whose CPU time the process's clock
 * counts, and it keeps optimising the front end's functions for the first 30 or so runs of the
 * generated file (`node --trace-opt`: 10–26 functions optimised per run up to the 28th, a few after
 * the 40th); after 10 runs the table still read the compiler's work, 2.4–2.9× the parse for lower +
 * resolve + typeck where the settled process reads about 1.9×.
 */
const WARM_UP = 50;

export async function frontEndFigures(sources: readonly string[], runs: number): Promise<void> {
  const fe = await bundledFrontEnd();
  await fe.initParser(hostParserWasm());
  const text = generatedFile(sources, 5000);
  const lines = text.split('\n').length;
  const samples: number[][] = [[], [], [], []];
  for (let i = 0; i < WARM_UP + runs; i++) {
    let start = cpuNow();
    const tree = fe.parseRust(text);
    const parse = cpuNow() - start;
    start = cpuNow();
    const ast = fe.lower(tree, text);
    const lowered = cpuNow() - start;
    start = cpuNow();
    const resolution = fe.resolve(ast);
    const resolved = cpuNow() - start;
    start = cpuNow();
    fe.typeck(ast, fe.userNames(resolution));
    const checked = cpuNow() - start;
    // Freeing the tree is part of the parse's cost, as the parse alone is timed elsewhere.
    start = cpuNow();
    tree.delete();
    const run = [parse + cpuNow() - start, lowered, resolved, checked];
    if (i >= WARM_UP) run.forEach((ms, k) => samples[k]!.push(ms));
  }
  const [parse, lowerMs, resolveMs, typeckMs] = samples.map((s) => median(s)) as [number, number, number, number];
  const threeRatios = samples[0]!.map((p, i) => (samples[1]![i]! + samples[2]![i]! + samples[3]![i]!) / p);
  const per1k = (ms: number) => fmt((ms * 1000) / lines);
  console.log(`\n| front end, bundled, on the examples repeated to ${lines} lines (CPU, median of ${runs}) | ms | ms per 1,000 lines | × parse |`);
  console.log('|---|---:|---:|---:|');
  const rows = [
    ['parse (tree-sitter)', parse],
    ['lower', lowerMs],
    ['resolve', resolveMs],
    ['typeck', typeckMs],
    ['lower + resolve + typeck', lowerMs + resolveMs + typeckMs],
    ['parse + lower + resolve + typeck', parse + lowerMs + resolveMs + typeckMs],
  ] as const;
  for (const [name, ms] of rows) console.log(`| ${name} | ${fmt(ms)} | ${per1k(ms)} | ${(ms / parse).toFixed(2)} |`);
  console.log(`\nlower + resolve + typeck over the same run's parse: ${median(threeRatios).toFixed(2)}× (median of the ${runs} runs' ratios)`);
}
