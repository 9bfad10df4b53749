// One build for every bundle the product ships: the extension client and the language server
// (Node, CommonJS, `vscode` external), the simulation worker, the `rustmem` CLI, the webview
// renderer (browser), and the same client and server for VS Code for the Web (browser bundles,
// options in browserBundles.mjs). The tree-sitter runtime and the Rust grammar are WebAssembly files that
// are loaded at run time, so they are copied next to the bundles rather than inlined.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { encodeStdDeclarations, stdDeclarationsPlugin, writeStdDeclarations } from './build/stdDeclarations.mjs';
import { browserClientOptions, browserServerOptions } from './browserBundles.mjs';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
mkdirSync(dist, { recursive: true });

function copyWasm() {
  const files = [
    require.resolve('web-tree-sitter/tree-sitter.wasm'),
    path.join(path.dirname(require.resolve('tree-sitter-rust/package.json')), 'tree-sitter-rust.wasm'),
  ];
  for (const f of files) copyFileSync(f, path.join(dist, path.basename(f)));
}

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

copyWasm();
// std's declarations are lowered once here, not in every process (typeck/std/prebuilt.ts); a
// watch build leaves them to be lowered at run time, so an edit to them is seen at once.
const encodedStd = watch ? undefined : await encodeStdDeclarations(root, dist);
const stdPlugins = encodedStd === undefined ? [] : [stdDeclarationsPlugin(encodedStd)];
// The bundles loaded through V8's code cache read the encoding from this file on first use rather
// than hold it (stdDeclarations.mjs).
const STD_DECLS_FILE = 'stdDecls.json';
if (encodedStd !== undefined) writeStdDeclarations(encodedStd, path.join(dist, STD_DECLS_FILE));
const stdFromFilePlugins = encodedStd === undefined ? [] : [stdDeclarationsPlugin(encodedStd, { file: STD_DECLS_FILE })];

// web-tree-sitter's ESM build (which `import` would pick) locates itself with import.meta.url,
// which is empty in a CommonJS bundle: bundle its CommonJS build instead.
const node = {
  ...common, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'],
  alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
  plugins: stdPlugins,
};

// The bundles a `rustmem` process loads through V8's code cache (server/src/codeCache.ts) are
// written without whitespace or comments: every run reads, checksums and decodes their text before
// V8 takes the cache, and the comments esbuild keeps hold non-ASCII characters, which made the
// text twice its size in memory and its decoding several times slower than Latin-1's (a 4-line
// `check` loaded the CLI in 24 ms of CPU against 16). Names are kept, and the source map maps
// stack traces back (`node --enable-source-maps`). std's declarations are read from a file beside
// them (STD_DECLS_FILE).
const loadedThroughCodeCache = { ...node, minifyWhitespace: !watch, plugins: stdFromFilePlugins };
const CODE_CACHED = ['cliMain', 'simWorkerMain'];

const entries = [
  { ...node, entryPoints: { client: 'client/src/extension.ts' } },
  { ...node, entryPoints: { server: 'server/src/server.ts' } },
  // The CLI and the simulation worker: each a small entry that loads its bundle (…Main.js)
  // through V8's code cache (server/src/codeCache.ts).
  { ...node, entryPoints: { cli: 'server/src/cli/launch.ts' } },
  { ...loadedThroughCodeCache, entryPoints: { cliMain: 'server/src/cli/main.ts' } },
  { ...node, entryPoints: { simWorker: 'server/src/simWorkerLaunch.ts' } },
  { ...loadedThroughCodeCache, entryPoints: { simWorkerMain: 'server/src/simWorker.ts' } },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { webview: 'media/src/main.ts' } },
  // VS Code for the Web: package.json `browser`, and the language server it starts in a Web Worker.
  { ...browserClientOptions(), ...common, write: true, metafile: false },
  { ...browserServerOptions(stdPlugins), ...common, write: true, metafile: false },
].filter((o) => Object.values(o.entryPoints).every((p) => existsSync(path.join(root, p))));

if (watch) {
  for (const options of entries) {
    const ctx = await esbuild.context({ ...options, outdir: dist });
    await ctx.watch();
  }
  console.log('[watch] build finished, watching for changes');
} else {
  await Promise.all(entries.map((options) => esbuild.build({ ...options, outdir: dist })));
  // The launcher decodes an ASCII bundle as Latin-1; anything else is a slower path it still takes,
  // so a non-ASCII byte is a build error here rather than a silent loss at every start.
  for (const name of CODE_CACHED) {
    const text = readFileSync(path.join(dist, `${name}.js`));
    const at = text.findIndex((byte) => byte > 0x7f);
    if (at !== -1) throw new Error(`dist/${name}.js has a non-ASCII byte at offset ${at}: ${JSON.stringify(text.subarray(Math.max(0, at - 60), at + 20).toString('utf8'))}`);
  }
}
