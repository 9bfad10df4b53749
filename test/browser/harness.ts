// Shared by the browser tests: Debian's Chromium driven by playwright-core (no browser download),
// a fresh profile in a temp folder, and the renderer bundle rebuilt from source before the tests
// so they never run against a stale dist/webview.js.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const OUTPUT = path.join(ROOT, 'test-output', 'browser');

export function chromiumMissing(): string | undefined {
  return fs.existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (apt-get install -y chromium)`;
}

/**
 * The start of every browser suite's `before`: skips the suite, saying why, when there is no
 * Chromium; otherwise rebuilds the renderer and launches a browser.
 */
export async function startChromium(suite: Mocha.Context, colorScheme: 'light' | 'dark' = 'light'): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) {
    console.log(`skipping the browser tests: ${missing}`);
    suite.skip();
  }
  await buildWebview();
  fs.mkdirSync(OUTPUT, { recursive: true });
  return launch(colorScheme);
}

/** Bundles media/src/main.ts into dist/webview.js exactly as scripts/build.mjs does. */
export async function buildWebview(): Promise<void> {
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { webview: 'media/src/main.ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: 'linked',
    outdir: path.join(ROOT, 'dist'),
    logLevel: 'warning',
  });
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(colorScheme: 'light' | 'dark' = 'light'): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Functions passed to page.evaluate are compiled by tsx, which names them with a `__name`
  // helper that only exists in Node; give the page a harmless one.
  await context.addInitScript('globalThis.__name = (f) => f;');
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-replay-'));
}

/**
 * The panel as VS Code loads it (client/src/inspector/panelHtml.ts, same CSP), from disk, with a
 * stand-in for `acquireVsCodeApi` that records what the webview posts and saves. Messages from the
 * host are delivered with `window.postMessage`, as VS Code does.
 */
export function writePanelPage(dir: string, html: (parts: { cspSource: string; nonce: string; scriptUri: string; styleUri: string }) => string): string {
  const file = path.join(dir, 'panel.html');
  fs.writeFileSync(
    file,
    html({
      cspSource: 'file:',
      nonce: 'test-nonce',
      scriptUri: `file://${path.join(ROOT, 'dist', 'webview.js')}`,
      styleUri: `file://${path.join(ROOT, 'media', 'inspector.css')}`,
    }),
  );
  return file;
}

export const FAKE_VSCODE_API = `
  globalThis.__posted = [];
  globalThis.__state = undefined;
  globalThis.acquireVsCodeApi = () => ({
    postMessage: (m) => globalThis.__posted.push(m),
    setState: (s) => { globalThis.__state = s; },
    getState: () => globalThis.__state,
  });
`;
