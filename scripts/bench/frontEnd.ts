// The front end's cost on the generated file: lower, resolve and typeck, each per 1,000 lines and
// as a ratio to tree-sitter's parse of the same text (in-process, warm).
//
// Timed as it ships: the engine bundled by esbuild with the options of the Node bundles
// (scripts/build.mjs), std's declarations encoded at build time included, not as tsx runs the
// sources (tsx reads every imported name through a getter, which costs the type checker about
// twice its time). Each run parses the text afresh, then lowers, resolves and type-checks that
// tree, so every figure comes from the same runs and each run's ratio to its own parse is known.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { hostParserWasm } from '../../server/src/engine/parse/wasmFiles';
import type { initParser, parseRust } from '../../server/src/engine/parse/parser';
import type { lower } from '../../server/src/engine/syntax/lower';
import type { resolve } from '../../server/src/engine/resolve';
import type { typeck } from '../../server/src/engine/typeck';
import type { userNames } from '../../server/src/engine/typeck/userNames';
import { cpuNow, fmt, generatedFile, median } from './stats';

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
  const root = path.resolve(__dirname, '..', '..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-bench-fe-'));
  const out = path.join(dir, 'frontEnd.js');
  try {
    // The plugin lowers std's sources through the engine, which finds the grammar next to its bundle.
    for (const f of [require.resolve('web-tree-sitter/tree-sitter.wasm'), path.join(path.dirname(require.resolve('tree-sitter-rust/package.json')), 'tree-sitter-rust.wasm')]) {
      fs.copyFileSync(f, path.join(dir, path.basename(f)));
    }
    const plugin = (await import(pathToFileURL(path.join(root, 'scripts', 'build', 'stdDeclarations.mjs')).href)) as {
      encodeStdDeclarations(root: string, dist: string): Promise<string>;
      stdDeclarationsPlugin(encoded: string): esbuild.Plugin;
    };
    const encoded = await plugin.encodeStdDeclarations(root, dir);
    await esbuild.build({
      stdin: {
        contents: [
          "export { initParser, parseRust } from './server/src/engine/parse/parser';",
          "export { lower } from './server/src/engine/syntax/lower';",
          "export { resolve } from './server/src/engine/resolve';",
          "export { typeck } from './server/src/engine/typeck';",
          "export { userNames } from './server/src/engine/typeck/userNames';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
      plugins: [plugin.stdDeclarationsPlugin(encoded)],
      outfile: out,
      logLevel: 'error',
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(out) as FrontEnd;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Warm-up runs: V8 compiles the hot code on background threads, whose CPU time the process's clock counts. */
const WARM_UP = 10;

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
