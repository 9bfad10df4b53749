// The UI walk-through: what a user does after installing the .vsix, in code-server's workbench driven
// by Chromium. The packaged extension (`npm run package`) is installed with --install-extension
// into a fresh extensions folder; then we open an example and go through the stages below, each
// ending with a screenshot in test-output/e2e/ui/NN-stage.png.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { launchBrowser } from './browser.mjs';
import { installVsix, makeScratch, removeScratch, startCodeServer } from './code-server.mjs';
import { ensureCodeServer, repoRoot } from './install-code-server.mjs';
import { walkthroughStages } from './ui-stages.mjs';

// `npm run package` writes it here; E2E_VSIX walks through another .vsix (a release artifact) instead.
const VSIX = process.env.E2E_VSIX ? path.resolve(process.env.E2E_VSIX) : path.join(repoRoot, 'rust-memory-inspector.vsix');

function packageVsix() {
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run package failed (status ${r.status}):\n${r.stdout}${r.stderr}`);
}

/** @returns {Promise<{ ok: boolean, passed: number, failed: number, ms: number }>} */
export async function runUiWalkthrough({ outputDir }) {
  const started = Date.now();
  const shots = path.join(outputDir, 'ui');
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const bin = ensureCodeServer();
  if (!process.env.E2E_VSIX) packageVsix();
  const { scratch, env } = makeScratch('ui');
  const extensionsDir = path.join(scratch, 'extensions');
  const timings = {};
  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  try {
    console.log(installVsix(bin, VSIX, extensionsDir, scratch));
    server = await startCodeServer({ bin, scratch, label: 'ui', extensionsDir });
    console.log(`code-server pid ${server.pid} on ${server.url}`);
    browser = await launchBrowser(scratch, env);
    const page = browser.pages()[0] ?? await browser.newPage();
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    const stages = walkthroughStages({ page, server });
    for (const [index, stage] of stages.entries()) {
      const t = Date.now();
      const file = `${String(index).padStart(2, '0')}-${stage.name}.png`;
      try {
        const detail = await stage.run();
        timings[stage.name] = Date.now() - t;
        await page.screenshot({ path: path.join(shots, file) });
        console.log(`  ✔ ${stage.title} (${timings[stage.name]} ms)${detail ? ` — ${detail}` : ''}`);
        passed++;
      } catch (e) {
        failed++;
        console.log(`  ✘ ${stage.title}\n${e instanceof Error ? e.stack : e}`);
        await page.screenshot({ path: path.join(shots, `${file.replace('.png', '')}-FAILED.png`) }).catch(() => {});
        break; // later stages build on this one
      }
    }
    writeFileSync(path.join(shots, 'console-errors.txt'), consoleErrors.join('\n'));
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    removeScratch(scratch);
  }
  writeFileSync(path.join(shots, 'timings.json'), JSON.stringify(timings, null, 2));
  return { ok: failed === 0 && passed > 0, passed, failed, ms: Date.now() - started };
}
