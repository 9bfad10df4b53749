// The esbuild plugin that puts std's declarations into the bundles already lowered: it lowers
// typeck/std's sources once per build (through the engine itself, bundled to a temporary file
// in dist/, where the grammar is) and replaces typeck/std/prebuilt.ts with the encoded table and items.
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';
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

/** The plugin for bundles that reach the type checker. */
export function stdDeclarationsPlugin(encoded) {
  return {
    name: 'std-declarations',
    setup(build) {
      build.onLoad({ filter: /[\\/]engine[\\/]typeck[\\/]std[\\/]prebuilt\.ts$/ }, () => ({
        contents: `export const STD_DECLS_JSON = ${JSON.stringify(encoded)};`,
        loader: 'ts',
      }));
    },
  };
}
