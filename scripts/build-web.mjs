// `npm run build:web`: the language server for a web worker (dist/browserServer.js) and the
// playground as a static site in dist/web/ that works from any static
// host and from file://, offline. Three files: index.html (the page, with the engine worker's
// source, the parser's WebAssembly and the examples as non-executing data elements, since a
// file:// page can neither fetch nor start a worker from a file), playground.js and the
// stylesheets. The engine worker is bundled for the browser: the Node-only module that reads the
// WebAssembly from disk is swapped for its browser stand-in, and the simulator's few uses of
// Node's Buffer get a small UTF-8 shim.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'dist', 'web');

/** The Content-Security-Policy of the page: its own files only, no inline script, no eval. */
export const PLAYGROUND_CSP = [
  "default-src 'none'",
  // WebAssembly (the parser) needs its own keyword; JavaScript eval stays forbidden.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "worker-src blob:",
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Swaps the modules that need Node for their browser stand-ins (`x.ts` → `x.browser.ts` beside
 * it): where the parser's WebAssembly comes from, where simulations run, where replay pages are
 * written, where a code's documentation is. The language server's transport comes from vscode-languageserver/browser.
 */
export const browserHost = {
  name: 'browser-host',
  setup(build) {
    build.onResolve({ filter: /(^|\/)(wasmFiles|simulation|codeDocumentation|replayFile)$/ }, (args) => {
      if (args.importer.endsWith('.browser.ts')) return undefined;
      const name = path.basename(args.path);
      return { path: path.join(args.resolveDir, path.dirname(args.path), `${name}.browser.ts`) };
    });
    build.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) =>
      build.resolve('vscode-languageserver/browser', { resolveDir: args.resolveDir, kind: args.kind }));
    build.onResolve({ filter: /^node:path$/ }, () => ({ path: path.join(root, 'web/src/worker/pathShim.ts') }));
  },
};

/** What every browser bundle shares: one minified script, kept in memory with its metafile. */
const BROWSER_BUNDLE = {
  absWorkingDir: root,
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  write: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/** Options of the engine worker bundle (also used by the tests that inspect what it reaches). */
export function workerBuildOptions() {
  return {
    ...BROWSER_BUNDLE,
    entryPoints: ['web/src/worker/engineWorker.ts'],
    inject: [path.join(root, 'web/src/worker/bufferShim.ts')],
    // web-tree-sitter loads these only under Node (behind its own ENVIRONMENT_IS_NODE test).
    external: ['fs', 'fs/promises', 'module', 'path', 'url'],
    plugins: [browserHost],
    // `import.meta.url` only locates the runtime, which the page passes as bytes.
    define: { 'import.meta.url': 'undefined' },
  };
}

/** The language server for a web worker: dist/browserServer.js, the .wasm files beside it. */
export function browserServerBuildOptions() {
  return {
    ...workerBuildOptions(),
    entryPoints: { browserServer: 'server/src/browserServer.ts' },
    minify: false,
    inject: [path.join(root, 'web/src/worker/bufferShim.ts'), path.join(root, 'web/src/worker/processShim.ts')],
  };
}

function pageBuildOptions() {
  return { ...BROWSER_BUNDLE, entryPoints: ['web/src/page/main.ts'] };
}

/** Text inside a non-executing <script> data element: its closing tag cannot appear in it. */
function dataElement(id, type, text) {
  return `<script type="${type}" id="${id}">${text.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
}

function gzipBase64(bytes) {
  return gzipSync(bytes, { level: 9 }).toString('base64');
}

/** The examples menu: the ownership tour first (the page opens on it), then the rest by name. */
function examples() {
  const dir = path.join(root, 'examples');
  const first = 'ownership_and_drops.rs';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.rs'))
    .sort((a, b) => (a === first ? -1 : b === first ? 1 : a.localeCompare(b)))
    .map((f) => ({ name: f.replace(/\.rs$/, '').replace(/_/g, ' '), text: readFileSync(path.join(dir, f), 'utf8') }));
}

function json(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export async function buildWeb() {
  const [worker, page, server] = await Promise.all([
    esbuild.build(workerBuildOptions()),
    esbuild.build(pageBuildOptions()),
    esbuild.build(browserServerBuildOptions()),
  ]);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const runtime = readFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'));
  const grammar = readFileSync(path.join(path.dirname(require.resolve('tree-sitter-rust/package.json')), 'tree-sitter-rust.wasm'));
  const data = [
    dataElement('examples-data', 'application/json', json(examples())),
    dataElement('engine-worker', 'application/x-gzip-base64', gzipBase64(worker.outputFiles[0].contents)),
    dataElement('tree-sitter-wasm', 'application/x-gzip-base64', gzipBase64(runtime)),
    dataElement('rust-grammar-wasm', 'application/x-gzip-base64', gzipBase64(grammar)),
  ].join('\n');
  const html = readFileSync(path.join(root, 'web', 'index.html'), 'utf8').replace('%CSP%', PLAYGROUND_CSP).replace('%DATA%', () => data);
  writeFileSync(path.join(out, 'index.html'), html);
  writeFileSync(path.join(out, 'playground.js'), page.outputFiles[0].contents);
  copyFileSync(path.join(root, 'web', 'playground.css'), path.join(out, 'playground.css'));
  copyFileSync(path.join(root, 'media', 'inspector.css'), path.join(out, 'inspector.css'));
  const size = readdirSync(out).reduce((n, f) => n + statSync(path.join(out, f)).size, 0);
  writeFileSync(path.join(root, 'dist', 'browserServer.js'), server.outputFiles[0].contents);
  writeFileSync(path.join(root, 'dist', 'tree-sitter.wasm'), runtime);
  writeFileSync(path.join(root, 'dist', 'tree-sitter-rust.wasm'), grammar);
  return { out, size, workerMetafile: worker.metafile, pageMetafile: page.metafile, serverMetafile: server.metafile };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { size } = await buildWeb();
  console.log(`wrote ${path.relative(root, out)}/: ${(size / 1024).toFixed(0)} KiB`);
}
