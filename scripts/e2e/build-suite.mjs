// Bundles the extension-host suite (test/e2e/suite/) into out/e2e/suite.js. `vscode` is provided by
// the extension host and mocha is required from node_modules at run time. The bundle lives in out/
// (ignored by git, never packaged), away from dist/ which the .vsix ships.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { repoRoot } from './install-code-server.mjs';

export const suiteBundle = path.join(repoRoot, 'out', 'e2e', 'suite.js');

export async function buildSuite() {
  await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: ['test/e2e/suite/index.ts'],
    outfile: suiteBundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return suiteBundle;
}
