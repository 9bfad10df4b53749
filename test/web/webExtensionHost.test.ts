// The extension in a real VS Code for the Web: code-server's workbench (VS Code 1.100) in Chromium,
// with the extension run by the browser's web worker extension host, not by Node. There it loads
// package.json's `browser` bundle, which starts the language server in a Web Worker: a diagnostic
// appears on a Rust file, and the Memory Inspector opens and steps. No Node language server may run.
// Needs code-server in the cache (`node scripts/e2e/install-code-server.mjs`, one time, see
// test/e2e) and a build (`npm run build`); skipped with the reason otherwise.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumMissing, OUTPUT, ROOT } from '../browser/harness';
import { distFile } from '../support/dist';
import manifest from '../../package.json';

interface CodeServer {
  url: string;
  pid: number;
  remote(p: string): string;
  log(): string;
  stop(): Promise<void>;
}
interface E2eModules {
  codeServerBin: string;
  makeScratch(label: string): { scratch: string; env: Record<string, string> };
  removeScratch(scratch: string): void;
  startCodeServer(o: { bin: string; scratch: string; label: string; settings?: object }): Promise<CodeServer>;
  launchBrowser(scratch: string, env: Record<string, string>): Promise<BrowserContext>;
}

async function e2eModules(): Promise<E2eModules> {
  const load = (file: string) => import(pathToFileURL(path.join(ROOT, 'scripts', 'e2e', file)).href);
  return { ...(await load('install-code-server.mjs')), ...(await load('code-server.mjs')), ...(await load('browser.mjs')) } as E2eModules;
}

const FILE = 'web.rs';
/** A 64 KiB array on the stack (`large-stack-array`, found without running) in a program that runs. */
const PROGRAM = 'fn main() {\n    let buffer = [0u8; 65536];\n    let s = String::from("hi");\n    let t = s;\n    println!("{} {}", buffer.len(), t);\n}\n';
const TIMEOUT = 60_000;

/** The command lines of the processes in code-server's process group. */
function processesOf(pid: number): string[] {
  const out = execFileSync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(`${pid} `)).map((l) => l.slice(String(pid).length + 1));
}

describe('VS Code for the Web: the extension in code-server\'s web worker extension host, in Chromium', function () {
  this.timeout(240_000);
  let e2e: E2eModules;
  let scratch = '';
  let server: CodeServer | undefined;
  let browser: BrowserContext | undefined;
  let page: Page;

  before(async function () {
    const missing = chromiumMissing();
    e2e = await e2eModules();
    const reason = missing ?? (fs.existsSync(e2e.codeServerBin) ? undefined : `code-server is not installed (node scripts/e2e/install-code-server.mjs)`);
    if (reason) {
      // CI installs code-server for the end-to-end tests and then runs this file on its own
      // (`npm run test:web-host`), where a missing piece is a failure, not a skip.
      if (process.env.RUSTMEM_REQUIRE_WEB_HOST === '1') throw new Error(`the web extension host test cannot run: ${reason}`);
      console.log(`skipping the web extension host test: ${reason}`);
      this.skip();
    }
    for (const bundle of ['browserClient.js', 'browserServer.js', 'webview.js', 'tree-sitter.wasm', 'tree-sitter-rust.wasm']) distFile(bundle);
    const made = e2e.makeScratch('web');
    scratch = made.scratch;
    const workspace = path.join(scratch, 'workspace');
    fs.mkdirSync(workspace);
    fs.writeFileSync(path.join(workspace, FILE), PROGRAM);
    const id = `${manifest.publisher}.${manifest.name}`;
    // An extension with both `main` and `browser` runs in Node where there is one; this makes the
    // workbench run it where VS Code for the Web does: in the browser.
    server = await e2e.startCodeServer({ bin: e2e.codeServerBin, scratch, label: 'web', settings: { 'remote.extensionKind': { [id]: ['web'] } } });
    browser = await e2e.launchBrowser(scratch, made.env);
    page = browser.pages()[0] ?? (await browser.newPage());
    const payload = [['extensionDevelopmentPath', server.remote(ROOT)], ['extensionDevelopmentKind', 'web']];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).first().waitFor({ timeout: TIMEOUT });
  });

  after(async () => {
    if (page) await page.screenshot({ path: path.join(OUTPUT, 'web-extension-host.png') }).catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (scratch) e2e.removeScratch(scratch);
  });

  it('shows the language server\'s diagnostic with no Node language server running', async () => {
    await page.keyboard.press('Control+P');
    const quickInput = page.locator('.quick-input-widget');
    await quickInput.locator('input').waitFor({ state: 'visible' });
    await page.keyboard.type(FILE);
    await quickInput.locator('.monaco-list-row', { hasText: FILE }).first().waitFor();
    await page.keyboard.press('Enter');
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: 'let buffer' }).waitFor({ timeout: TIMEOUT });
    await editor.locator('.view-overlays .squiggly-warning').first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'large-stack-array' }).first().waitFor({ timeout: TIMEOUT });
    const node = processesOf(server!.pid).filter((p) => p.includes(path.join(ROOT, 'dist')));
    assert.deepEqual(node, [], 'a Node process of the extension runs');
  });

  it('opens the Memory Inspector from the command palette and steps with the keyboard', async () => {
    await page.locator('.editor-instance .monaco-editor .view-line', { hasText: 'let buffer' }).click();
    await page.keyboard.press('F1');
    await page.keyboard.type('Rust Memory: Inspect Memory');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Inspect Memory' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: `Memory: ${FILE}` }).waitFor({ timeout: TIMEOUT });
    const panel = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await panel.locator('#app[data-step="0"]').waitFor({ timeout: TIMEOUT });
    assert.match(await panel.locator('.stack').innerText(), /main\(\)/);
    await panel.locator('.step-label').click();
    await page.keyboard.press('ArrowRight');
    await panel.locator('#app[data-step="1"]').waitFor({ timeout: TIMEOUT });
  });
});
