// The engine's modules bundled as scripts/build.mjs bundles them for Node (esbuild, CommonJS, std's
// declarations encoded at build time by the same plugin) and loaded into this process: the bench
// times the code a user runs, not the sources as tsx compiles them file by file.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bundles `exportLines` (ES `export … from './…'` lines relative to the repository) and requires the result. */
export async function bundleEngine<T>(exportLines: readonly string[]): Promise<T> {
  const root = path.resolve(__dirname, '..', '..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-bench-'));
  const out = path.join(dir, 'engine.js');
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
      stdin: { contents: exportLines.join('\n'), resolveDir: root, loader: 'ts' },
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
    return require(out) as T;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
