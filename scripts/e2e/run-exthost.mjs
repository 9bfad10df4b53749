// Runs the extension-host suite inside code-server, the way @vscode/test-electron runs it inside a
// desktop VS Code: the workbench loads the extension from source (extensionDevelopmentPath = the
// repository) and calls `run()` of the suite module (extensionTestsPath), both given through the
// workbench's `payload` URL parameter. When `run()` settles, the workbench calls
// window.codeAutomationExit(code), which we expose to the page; that code is the result.
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { buildSuite } from './build-suite.mjs';
import { makeScratch, removeScratch, startCodeServer } from './code-server.mjs';
import { ensureCodeServer, repoRoot } from './install-code-server.mjs';

export const workspaceFile = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'e2e.code-workspace');
const SUITE_TIMEOUT_MS = 5 * 60_000;
/** Prefix of the lines the suite prints (test/e2e/suite/index.ts). */
const SUITE_PREFIX = '[e2e] ';

/**
 * The text of a console message as the extension host printed it. The workbench forwards
 * extension-host output as `console.log('%c INFO', 'color: …', format, ...args)`: drop the two
 * styling arguments and apply the format.
 */
async function consoleText(message) {
  const args = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => String(a))));
  if (typeof args[0] === 'string' && args[0].startsWith('%c')) args.splice(0, 2);
  return format(...args);
}

/** @returns {Promise<{ ok: boolean, passed: number, failed: number, ms: number }>} */
export async function runExtensionHostSuite({ outputDir, extensionPath = repoRoot }) {
  const started = Date.now();
  const bin = ensureCodeServer();
  if (!existsSync(path.join(extensionPath, 'dist', 'client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');
  const suite = await buildSuite();
  mkdirSync(outputDir, { recursive: true });
  const { scratch, env } = makeScratch('exthost');
  const reportFile = path.join(scratch, 'report.json');
  const phases = [];
  const timed = async (name, work) => {
    const t = Date.now();
    try { return await work(); } finally { phases.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`); }
  };
  let server;
  let browser;
  let consoleLog;
  let exitCode = 'not started';
  try {
    server = await timed('start code-server', () => startCodeServer({ bin, scratch, label: 'exthost', env: { RUSTMEM_E2E_REPORT: reportFile } }));
    console.log(`code-server pid ${server.pid} on ${server.url}`);
    browser = await timed('start chromium', () => launchBrowser(scratch, env));
    const page = browser.pages()[0] ?? await browser.newPage();
    let resolveExit;
    const exited = new Promise((resolve) => { resolveExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    // The suite's own lines start with SUITE_PREFIX; everything goes to the console log file.
    consoleLog = createWriteStream(path.join(outputDir, 'exthost-console.log'));
    page.on('console', async (message) => {
      const text = await consoleText(message);
      if (!consoleLog.writableEnded) consoleLog.write(`+${((Date.now() - started) / 1000).toFixed(1)}s [${message.type()}] ${text}\n`);
      if (text.startsWith(SUITE_PREFIX)) console.log(text.slice(SUITE_PREFIX.length));
    });
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', server.remote(extensionPath)],
      ['extensionTestsPath', server.remote(suite)],
    ]);
    await timed('load workbench and run the suite', async () => {
      // Only the navigation itself is awaited: the suite's exit code is what we wait for.
      await page.goto(`${server.url}/?workspace=${encodeURIComponent(workspaceFile)}&payload=${encodeURIComponent(payload)}`, { waitUntil: 'commit', timeout: 120_000 });
      let timer;
      const timeout = new Promise((resolve) => { timer = setTimeout(resolve, SUITE_TIMEOUT_MS, 'timeout'); });
      exitCode = await Promise.race([exited, timeout]);
      clearTimeout(timer);
    });
    await page.screenshot({ path: path.join(outputDir, 'exthost-suite.png') }).catch(() => {});
  } catch (error) {
    // Reported below with the code-server log; the scratch folder is still removed.
    exitCode = `error: ${error instanceof Error ? error.stack : String(error)}`;
  } finally {
    await timed('stop', async () => {
      if (browser) await browser.close().catch(() => {});
      if (server) await server.stop();
    });
    consoleLog?.end();
    console.log(`phases: ${phases.join(', ')}`);
  }
  let report = { passed: 0, failed: 0, tests: [] };
  if (existsSync(reportFile)) report = JSON.parse(readFileSync(reportFile, 'utf8'));
  else console.log(`the suite wrote no report (${exitCode}); code-server log:\n${server?.log().slice(-4000) ?? ''}`);
  for (const t of report.tests.filter((t) => t.state === 'failed')) console.log(`FAILED ${t.title}\n${t.error}`);
  removeScratch(scratch);
  const ok = exitCode === 0 && report.failed === 0 && report.passed > 0;
  return { ok, exitCode, passed: report.passed, failed: report.failed, ms: Date.now() - started };
}
