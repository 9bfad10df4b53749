// `npm run test:e2e`: the end-to-end tests in a real VS Code (code-server 4.100.3, VS Code 1.100.3)
// driven by Debian's Chromium.
//   1. installs code-server into .vscode-test/ unless it is there already;
//   2. builds the extension and runs the extension-host suite with the extension loaded from source;
//   3. packages the .vsix, installs it with --install-extension and walks through the UI.
// Screenshots go to test-output/e2e/. `--suite-only` skips step 3, `--ui-only` skips step 2.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureCodeServer, repoRoot } from './install-code-server.mjs';
import { runExtensionHostSuite } from './run-exthost.mjs';

const outputDir = path.join(repoRoot, 'test-output', 'e2e');
const args = new Set(process.argv.slice(2));

function step(name, fn) {
  const started = Date.now();
  return Promise.resolve(fn()).finally(() => console.log(`[e2e] ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`));
}

function npmRun(script) {
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run ${script} failed with status ${r.status}`);
}

const results = [];
let failed = false;
try {
  await step('install code-server', () => ensureCodeServer());
  if (!args.has('--ui-only')) {
    await step('build', () => npmRun('build'));
    const suite = await step('extension-host suite', () => runExtensionHostSuite({ outputDir }));
    results.push({ name: 'extension-host suite', ...suite });
  }
  if (!args.has('--suite-only')) {
    const { runUiWalkthrough } = await import('./run-ui.mjs');
    const ui = await step('UI walk-through', () => runUiWalkthrough({ outputDir }));
    results.push({ name: 'UI walk-through', ...ui });
  }
} catch (e) {
  console.error(e instanceof Error ? e.stack : e);
  failed = true;
}
let passed = 0;
let failures = failed ? 1 : 0;
for (const r of results) {
  console.log(`[e2e] ${r.name}: ${r.ok ? 'ok' : 'FAILED'} (${r.passed} passed, ${r.failed} failed, ${(r.ms / 1000).toFixed(1)} s)`);
  passed += r.passed;
  failures += r.failed + (r.ok || r.failed > 0 ? 0 : 1);
}
console.log(`e2e: ${passed} passed, ${failures} failed`);
process.exit(failures === 0 && passed > 0 ? 0 : 1);
