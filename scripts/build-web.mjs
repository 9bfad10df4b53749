// `npm run build:web`: the playground as a static site in dist/web/ that works from any static
// host and from file://, offline: index.html (the page, with the engine worker's source, the
// parser's WebAssembly and the examples as non-executing data elements, since a file:// page can
// neither fetch nor start a worker from a file), boot.js (starts the worker), playground.js (the
// editor and the inspector) and the stylesheets. The engine worker is bundled for the browser: the Node-only module that reads the
// WebAssembly from disk is swapped for its browser stand-in, and the simulator's few uses of
// Node's Buffer get a small UTF-8 shim.
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { BROWSER_BUNDLE, engineWorkerOptions } from './browserBundles.mjs';
import { encodeStdDeclarations, stdDeclarationsPlugin } from './build/stdDeclarations.mjs';
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

/** The page's two scripts: boot.js starts the engine worker, playground.js is the editor and the inspector. */
function pageBuildOptions() {
  return { ...BROWSER_BUNDLE, entryPoints: { boot: 'web/src/page/bootScript.ts', playground: 'web/src/page/main.ts' }, outdir: out };
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

/** A folder holding the parser's WebAssembly, which lowering std's declarations needs. */
function grammarDir() {
  const dir = path.join(root, 'dist');
  mkdirSync(dir, { recursive: true });
  copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), path.join(dir, 'tree-sitter.wasm'));
  copyFileSync(path.join(path.dirname(require.resolve('tree-sitter-rust/package.json')), 'tree-sitter-rust.wasm'), path.join(dir, 'tree-sitter-rust.wasm'));
  return dir;
}

function json(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export async function buildWeb() {
  // std's declarations are lowered here, once, so a worker decodes them instead of parsing them.
  const std = stdDeclarationsPlugin(await encodeStdDeclarations(root, grammarDir()));
  const [worker, page] = await Promise.all([esbuild.build(engineWorkerOptions([std])), esbuild.build(pageBuildOptions())]);
  // Written beside the site, then moved in file by file (a rename replaces a file atomically):
  // two builds at once (test workers) never see a half-written or vanished site.
  mkdirSync(path.dirname(out), { recursive: true });
  const tmp = mkdtempSync(`${out}.tmp-`);
  const runtime = readFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'));
  const grammar = readFileSync(path.join(path.dirname(require.resolve('tree-sitter-rust/package.json')), 'tree-sitter-rust.wasm'));
  const data = [
    dataElement('examples-data', 'application/json', json(examples())),
    dataElement('engine-worker', 'application/x-gzip-base64', gzipBase64(worker.outputFiles[0].contents)),
    dataElement('tree-sitter-wasm', 'application/x-gzip-base64', gzipBase64(runtime)),
    dataElement('rust-grammar-wasm', 'application/x-gzip-base64', gzipBase64(grammar)),
  ].join('\n');
  const html = readFileSync(path.join(root, 'web', 'index.html'), 'utf8').replace('%CSP%', PLAYGROUND_CSP).replace('%DATA%', () => data);
  writeFileSync(path.join(tmp, 'index.html'), html);
  for (const file of page.outputFiles) writeFileSync(path.join(tmp, path.relative(out, file.path)), file.contents);
  copyFileSync(path.join(root, 'web', 'playground.css'), path.join(tmp, 'playground.css'));
  copyFileSync(path.join(root, 'media', 'inspector.css'), path.join(tmp, 'inspector.css'));
  const files = readdirSync(tmp);
  const size = files.reduce((n, f) => n + statSync(path.join(tmp, f)).size, 0);
  mkdirSync(out, { recursive: true });
  for (const f of files) renameSync(path.join(tmp, f), path.join(out, f));
  rmSync(tmp, { recursive: true, force: true });
  for (const f of readdirSync(out)) if (!files.includes(f)) rmSync(path.join(out, f), { recursive: true, force: true });
  return { out, size, workerMetafile: worker.metafile, pageMetafile: page.metafile };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { size } = await buildWeb();
  console.log(`wrote ${path.relative(root, out)}/: ${(size / 1024).toFixed(0)} KiB`);
}
