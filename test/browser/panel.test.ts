// The webview as the VS Code panel runs it: the panel's own HTML and CSP, the `ready` handshake,
// the trace posted by the host (in parts when long), user steps reported back, host moves not
// echoed, and the place kept with setState.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import type { Page } from 'playwright-core';
import { panelHtml } from '../../client/src/inspector/panelHtml';
import { InspectorSession } from '../../client/src/inspector/session';
import type { FromWebview, ToWebview } from '../../protocol/webview';
import { demoTrace } from '../fixtures/inspector/demo-trace';
import { startChromium, FAKE_VSCODE_API, OUTPUT, tempDir, writePanelPage, type Browser } from './harness';
import type { Trace } from '../../protocol/trace';

/** What the host would post for `trace` at `step`: the session's own messages. */
function hostMessages(trace: Trace, step = 0): ToWebview[] {
  const posted: ToWebview[] = [];
  const session = new InspectorSession('file:///demo.rs', { post: (m) => posted.push(m), highlight: () => undefined, reveal: () => undefined });
  session.receive({ type: 'ready' });
  session.showTrace({ version: 3, trace, lineOffset: 0 }, { step });
  return posted;
}

async function posted(page: Page): Promise<FromWebview[]> {
  return page.evaluate(() => (globalThis as unknown as { __posted: FromWebview[] }).__posted);
}

describe('inspector panel webview (VS Code host protocol) in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let file = '';

  before(async function () {
    browser = await startChromium(this);
    file = writePanelPage(tempDir(), panelHtml);
    await browser!.context.addInitScript(FAKE_VSCODE_API);
  });

  after(async () => {
    await browser?.close();
  });

  async function openPanel(): Promise<{ page: Page; csp: string[] }> {
    const page = await browser!.context.newPage();
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) csp.push(m.text());
    });
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (globalThis as unknown as { __posted: unknown[] }).__posted.length > 0);
    return { page, csp };
  }

  it('says ready, shows the posted trace, reports user steps and keeps its place with setState', async () => {
    const { page, csp } = await openPanel();
    assert.deepEqual(await posted(page), [{ type: 'ready' }]);
    assert.match(await page.locator('.status').innerText(), /Waiting for the simulation/);
    await page.evaluate((msgs) => msgs.forEach((m) => window.postMessage(m, '*')), hostMessages(demoTrace, 3));
    await page.waitForSelector('#app[data-step="3"]');
    assert.deepEqual(await posted(page), [{ type: 'ready' }], 'a step the host chose is not echoed back');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#app[data-step="4"]');
    await page.waitForFunction(() => (globalThis as unknown as { __posted: unknown[] }).__posted.length > 1);
    assert.deepEqual((await posted(page)).at(-1), { type: 'step', step: 4, line: 19 });
    assert.deepEqual(await page.evaluate(() => (globalThis as unknown as { __state: unknown }).__state), { uri: 'file:///demo.rs', step: 4, line: 19 });
    await page.evaluate(() => window.postMessage({ type: 'goto', step: 9 }, '*'));
    await page.waitForSelector('#app[data-step="9"]');
    await page.locator('.block-line', { hasText: 'line 16' }).click();
    await page.waitForFunction(() => (globalThis as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'reveal'));
    assert.deepEqual((await posted(page)).at(-1), { type: 'reveal', line: 16 });
    await page.screenshot({ path: path.join(OUTPUT, 'panel.png'), fullPage: true });
    assert.deepEqual(csp, [], 'no Content-Security-Policy violation');
    await page.close();
  });

  it('ignores messages outside the protocol', async () => {
    const { page } = await openPanel();
    await page.evaluate(() => {
      window.postMessage({ type: 'trace', trace: '<img src=x onerror=alert(1)>' }, '*');
      window.postMessage({ type: 'html', html: '<b>x</b>' }, '*');
      window.postMessage({ type: 'status', text: '<img src=x onerror=alert(1)>', busy: false }, '*');
    });
    await page.waitForFunction(() => document.querySelector('.status')?.textContent?.startsWith('<img'));
    assert.equal(await page.locator('#app img, #app b').count(), 0);
    await page.close();
  });

  it('draws the first step of a 100,000-step trace before the rest has arrived', async () => {
    const { page } = await openPanel();
    const bundle = await esbuild.build({ entryPoints: [path.join(__dirname, 'bigMessages.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022' });
    await page.evaluate(bundle.outputFiles[0]!.text);
    const count = await page.evaluate(() => {
      const g = globalThis as unknown as { __msgs: unknown[]; __bigMessages: (n: number) => unknown[] };
      g.__msgs = g.__bigMessages(100000);
      return g.__msgs.length;
    });
    const figures = await page.evaluate(async () => {
      const msgs = (globalThis as unknown as { __msgs: unknown[] }).__msgs;
      const t0 = performance.now();
      // As over VS Code's IPC, each message arrives in a task of its own.
      void (async () => {
        for (const m of msgs) {
          window.postMessage(m, '*');
          await new Promise((r) => setTimeout(r, 0));
        }
      })();
      const app = document.getElementById('app')!;
      await new Promise<void>((resolve) => {
        const check = () => (app.dataset['step'] === '0' ? resolve() : requestAnimationFrame(check));
        check();
      });
      // The mark is set when show() has drawn the first step (before any later part is read).
      const first = performance.getEntriesByName('rustmem-first-render').at(-1)!.startTime - t0;
      await new Promise<void>((resolve) => {
        const check = () => (performance.getEntriesByName('rustmem-complete').length > 0 ? resolve() : requestAnimationFrame(check));
        check();
      });
      return { firstStepMs: Math.round(first), allStepsMs: Math.round(performance.now() - t0) };
    });
    console.log(`      panel figures (100,000 steps posted in ${count} messages): ${JSON.stringify(figures)}`);
    fs.writeFileSync(path.join(OUTPUT, 'panel-figures.json'), JSON.stringify(figures, null, 2));
    assert.ok(figures.firstStepMs < 1000, `first step drawn after ${figures.firstStepMs} ms`);
    await page.keyboard.press('End');
    await page.waitForSelector('#app[data-step="99999"]');
    assert.match(await page.locator('.step-label').innerText(), /^Step 100000 of 100000 · line \d+$/);
    await page.close();
  });
});
