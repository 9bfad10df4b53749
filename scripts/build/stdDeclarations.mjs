// The esbuild plugin that puts std's declarations into the bundles already lowered: it lowers
// typeck/std's sources once per build (through the engine itself, bundled to a temporary file
// in dist/, where the grammar is) and replaces typeck/std/prebuilt.ts with the encoded table and items.
import * as esbuild from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The encoded std declarations; `dist` must already hold the grammar's WebAssembly. */
export async function encodeStdDeclarations(root, dist) {
  const out = path.join(dist, `encodeStd.${process.pid}.cjs`);
  try {
    await esbuild.build({
      entryPoints: [path.join(root, 'scripts/build/encodeStd.ts')],
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'error',
      alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
    });
    return await require(out).encodedStd();
  } finally {
    rmSync(out, { force: true });
  }
}

/**
 * The plugin for bundles that reach the type checker: typeck/std/prebuilt.ts becomes a module that
 * decodes the encoding. With `file`, the bundle reads it from that file beside it on first use
 * (writeStdDeclarations writes it): for the bundles loaded through V8's code cache, where a string
 * constant of the bundle is deserialised in every run. Without, the encoding is a string in the
 * bundle (the browser's, which reads no files).
 */
export function stdDeclarationsPlugin(encoded, { file } = {}) {
  const contents = file === undefined
    ? `import { decodeStdDecls } from '../stdTable';
export function stdDecls() { return decodeStdDecls(${JSON.stringify(encoded)}); }`
    : `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeStdDecls } from '../stdTable';
export function stdDecls() { return decodeStdDecls(readFileSync(join(__dirname, ${JSON.stringify(file)}), 'latin1')); }`;
  return {
    name: 'std-declarations',
    setup(build) {
      build.onLoad({ filter: /[\\/]engine[\\/]typeck[\\/]std[\\/]prebuilt\.ts$/ }, () => ({ contents, loader: 'ts' }));
    },
  };
}

/** Writes the encoding to `file` as ASCII (other characters escaped, the same JSON), which the bundles decode as Latin-1. */
export function writeStdDeclarations(encoded, file) {
  writeFileSync(file, encoded.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'latin1');
}
