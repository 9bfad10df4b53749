// `npm run test:vscode`: the same extension-host suite as `npm run test:e2e`, in a desktop VS Code
// that @vscode/test-electron downloads into .vscode-test/ (needs internet; on Linux without a
// display, run it under `xvfb-run -a`). VS Code 1.100.3 by default, the minimum that
// `engines.vscode` allows; VSCODE_VERSION=stable (or another version) tests a newer one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite.mjs';
import { repoRoot } from './install-code-server.mjs';

const workspaceFile = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'e2e.code-workspace');
const version = process.env.VSCODE_VERSION || '1.100.3';

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const suite = await buildSuite();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'rustmem-vscode-'));
const reportFile = path.join(scratch, 'report.json');
let exitCode = 1;
try {
  exitCode = await runTests({
    version,
    cachePath: path.join(repoRoot, '.vscode-test'),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suite,
    extensionTestsEnv: { RUSTMEM_E2E_REPORT: reportFile },
    launchArgs: [
      workspaceFile,
      '--disable-extensions', // only the extension under development
      '--disable-workspace-trust',
      '--skip-welcome',
      '--user-data-dir', path.join(scratch, 'user-data'),
      '--extensions-dir', path.join(scratch, 'extensions'),
    ],
  });
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  console.error(`VS Code ${version} could not be downloaded or started; without internet access, \`npm run test:e2e\` runs the same suite in code-server.`);
}
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  console.log(`VS Code ${report.vscode}: ${report.passed} passed, ${report.failed} failed`);
}
rmSync(scratch, { recursive: true, force: true });
process.exit(exitCode === 0 ? 0 : 1);
