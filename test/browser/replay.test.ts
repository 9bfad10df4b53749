// The renderer in a real browser: replays opened from disk in headless Chromium, stepped with the
// keyboard, the stack, heap, events and output read back as text. The first suite replays what
// `rustmem replay` writes for test/fixtures/inspector/demo.rs (the real simulator); the second a
// hand-written trace of the same program with what the panel must draw whatever the simulator
// records today (RefCell borrows, pointers that close a cycle). Screenshots go to test-output/browser/.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { demoTrace, HOSTILE } from '../fixtures/inspector/demo-trace';
import { readReplayAssets, replayPage } from '../../server/src/replayPage';
import { distFile } from '../support/dist';
import { startChromium, launch, OUTPUT, ROOT, tempDir, type Browser } from './harness';

const DEMO_SOURCE = fs.readFileSync(path.join(ROOT, 'test/fixtures/inspector/demo.rs'), 'utf8');

async function atStep(page: Page, step: number): Promise<void> {
  await page.waitForSelector(`#app[data-step="${step}"]`);
}

function text(page: Page, selector: string): Promise<string> {
  return page.locator(selector).innerText();
}

/** The demo program prints HOSTILE (markup and a script tag): it must show as text, never run. */
async function assertHostileAsText(page: Page, dialogs: string[]): Promise<void> {
  assert.equal(await text(page, '.console-screen'), `${HOSTILE}\n`);
  assert.match(await text(page, '.heap'), /"<img src=x onerror=alert\(1\)><\/script>"/);
  assert.equal(await page.locator('#app img').count(), 0);
  assert.deepEqual(dialogs, []);
}

/** Opens replay pages in one browser for a suite; collects dialogs and page errors. */
function pages(browser: () => Browser, file: () => string, dialogs: string[]) {
  return async (hash = ''): Promise<Page> => {
    const page = await browser().context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file()}${hash}`);
    await page.waitForSelector('#app[data-step]');
    assert.deepEqual(errors, []);
    return page;
  };
}

describe('inspector: a replay written by rustmem replay, in Chromium', function () {
  this.timeout(90000);
  let browser: Browser | undefined;
  let file = '';
  const dialogs: string[] = [];
  const open = pages(() => browser!, () => file, dialogs);

  before(async function () {
    browser = await startChromium(this);
    file = path.join(tempDir(), 'demo.html');
    const r = spawnSync(process.execPath, [distFile('cli.js'), 'replay', 'test/fixtures/inspector/demo.rs', '-o', file], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  after(async () => {
    await browser?.close();
  });

  it('opens at the first step: the entry frame on the stack, the source line marked', async () => {
    const page = await open();
    await atStep(page, 0);
    assert.match(await text(page, '.step-label'), /^Step 1 of \d+ · line 15$/);
    assert.match(await text(page, '.stack'), /main\(\)[\s\S]*v\s+Vec<\S*>\s+24 B\s+len 0, capacity 0 \(no heap block\)/);
    assert.match(await text(page, '.heap'), /The heap is empty/);
    assert.match(await text(page, '.source-line.current'), /15\s+let mut v = Vec::new\(\);/);
    await page.close();
  });

  it('steps with the keyboard to the push that reallocates, and shows the unused capacity', async () => {
    const page = await open();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await atStep(page, 5);
    assert.match(await text(page, '.step-label'), /· line 18$/);
    assert.match(await text(page, '.heap'), /len 5 \/ capacity 8 \(3 unused\)/);
    assert.equal(await page.locator('.block .slot.unused').count(), 3);
    assert.match(await text(page, '.events'), /realloc #1: capacity 4 → 8 \(32 B\)/);
    await page.keyboard.press('ArrowLeft');
    await atStep(page, 4);
    assert.match(await text(page, '.heap'), /len 4 \/ capacity 4/);
    await page.screenshot({ path: path.join(OUTPUT, 'real-realloc.png'), fullPage: true });
    await page.close();
  });

  it('greys the moved-out String and says where it went', async () => {
    const page = await open('#step=8');
    await atStep(page, 7);
    assert.match(await page.locator('.var.moved').innerText(), /^s\s+String[\s\S]*moved to t at line 20$/);
    await page.close();
  });

  it('steps over the call to total and out of it', async () => {
    const page = await open('#step=10');
    await atStep(page, 9);
    assert.match(await text(page, '.stack'), /total\(\)\s+called at line 22 · 16 B\s+v\s+&Vec<i32>[\s\S]*main\(\)/);
    assert.equal(await page.locator('path.arrow.kind-ref').count(), 1, 'the reference v → main’s v');
    await page.keyboard.press('ArrowRight');
    await atStep(page, 10);
    await page.keyboard.press('Shift+ArrowUp');
    await atStep(page, 11);
    await page.keyboard.press('Shift+ArrowLeft');
    await atStep(page, 9);
    await page.keyboard.press('Shift+ArrowRight');
    await atStep(page, 11);
    await page.close();
  });

  it('shows what the program printed, hostile text as text', async () => {
    const page = await open('#step=9');
    await atStep(page, 8);
    await assertHostileAsText(page, dialogs);
    await page.close();
  });

  it('ends with the leaks in red and their Rc cycle', async () => {
    const page = await open();
    await page.keyboard.press('End');
    await page.waitForSelector('.outcome:not(.hidden)');
    const end = await text(page, '.outcome');
    assert.match(end, /The program ended normally \(exit status 0\)/);
    assert.match(end, /Leaked: \d+ heap blocks/i);
    assert.match(end, /RcBox<Node> \d+ B, allocated at line 24\s+cycle: #\d+ —next \(line 27\)→ #\d+ —next \(line 25\)→ #\d+/);
    assert.ok((await page.locator('.block.leaked').count()) >= 2);
    await page.screenshot({ path: path.join(OUTPUT, 'real-end.png'), fullPage: true });
    await page.close();
  });
});

describe('inspector: what the panel draws, on a hand-written trace, in Chromium', function () {
  this.timeout(90000);
  let browser: Browser | undefined;
  let file = '';
  const dialogs: string[] = [];
  const open = pages(() => browser!, () => file, dialogs);

  before(async function () {
    browser = await startChromium(this);
    const dir = tempDir();
    file = path.join(dir, 'demo-fixture.html');
    fs.writeFileSync(file, replayPage({ trace: demoTrace, source: DEMO_SOURCE }, readReplayAssets(ROOT)));
  });

  after(async () => {
    await browser?.close();
  });

  it('opens at the first step with the entry frame on the stack and an empty heap', async () => {
    const page = await open();
    await atStep(page, 0);
    assert.equal(await text(page, '.step-label'), 'Step 1 of 17 · line 15');
    assert.match(await text(page, '.stack'), /main\(\)[\s\S]*v\s+Vec<i32>\s+24 B\s+len 0, capacity 0 \(no heap block\)/);
    assert.match(await text(page, '.heap'), /The heap is empty/);
    assert.match(await text(page, '.source-line.current'), /15\s+let mut v = Vec::new\(\);/);
    await page.screenshot({ path: path.join(OUTPUT, 'demo-first-step.png'), fullPage: true });
    await page.close();
  });

  it('steps with → and ← and shows a Vec reallocating with its unused capacity', async () => {
    const page = await open();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await atStep(page, 3);
    assert.equal(await text(page, '.step-label'), 'Step 4 of 17 · line 18');
    const heap = await text(page, '.heap');
    assert.match(heap, /#1\s+\[i32; 8\]\s+of v\s+32 B/);
    assert.match(heap, /len 5 \/ capacity 8 \(3 unused\)/);
    assert.equal(await page.locator('.block .slot.unused').count(), 3);
    assert.match(await text(page, '.events'), /realloc #1: capacity 4 → 8 \(32 B\)/);
    assert.equal(await page.locator('.block.changed').count(), 1);
    await page.keyboard.press('ArrowLeft');
    await atStep(page, 2);
    assert.match(await text(page, '.heap'), /len 4 \/ capacity 4/);
    await page.close();
  });

  it('greys a moved-out variable and says where it went', async () => {
    const page = await open('#step=6');
    await atStep(page, 5);
    const moved = page.locator('.var.moved');
    assert.equal(await moved.count(), 1);
    assert.match(await moved.innerText(), /s\s+String[\s\S]*moved to t at line 20/);
    assert.match(await text(page, '.events'), /move s → t/);
    await page.close();
  });

  it('steps over and out of a call by frame depth', async () => {
    const page = await open('#step=7');
    await atStep(page, 6);
    await page.keyboard.press('Shift+ArrowRight');
    await atStep(page, 9);
    assert.match(await text(page, '.stack'), /n\s+i32\s+4 B\s+15/);
    assert.match(await text(page, '.events'), /return from total/);
    await page.keyboard.press('ArrowLeft');
    await atStep(page, 8);
    assert.match(await text(page, '.stack'), /total\(\)\s+called at line 22 · 48 B[\s\S]*main\(\)/);
    await page.getByRole('button', { name: 'Step out of this function' }).click();
    await atStep(page, 9);
    await page.close();
  });

  it('shows Rc counts, the RefCell borrow, Box<dyn> and the cycle; a snapshot marker jumps there', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Snapshot cycle, step 14' }).click();
    await atStep(page, 13);
    const heap = await text(page, '.heap');
    assert.match(heap, /#4\s+RcBox<Node>\s+\*a\s+CYCLE[\s\S]*strong 2, weak 0 · RefCell: borrowed mutably/);
    assert.match(heap, /#3\s+Circle[\s\S]*concrete type: Circle/);
    assert.equal(await page.locator('.block.in-cycle').count(), 2);
    assert.equal(await page.locator('path.arrow.on-cycle').count(), 2);
    await page.screenshot({ path: path.join(OUTPUT, 'demo-cycle-light.png'), fullPage: true });
    await page.close();
  });

  it('jumps with End and Home; at the end the leaks are listed in red with their cycle', async () => {
    const page = await open();
    await page.keyboard.press('End');
    await atStep(page, 16);
    const end = await text(page, '.outcome');
    assert.match(end, /Leaked: 4 heap blocks, 114 B never freed/i);
    assert.match(end, /#4 RcBox<Node> 56 B, allocated at line 24\s+cycle: #4 —a\.next \(line 27\)→ #6 —b\.next \(line 25\)→ #4/);
    assert.equal(await page.locator('.block.leaked').count(), 4);
    assert.match(await text(page, '.events'), /drop b \(Rc<Node>\): end of main, reverse declaration order$/m);
    await page.screenshot({ path: path.join(OUTPUT, 'demo-end-light.png'), fullPage: true });
    await page.keyboard.press('Home');
    await atStep(page, 0);
    assert.equal(await page.locator('.outcome.hidden').count(), 1);
    await page.close();
  });

  it('renders hostile program strings as text', async () => {
    const page = await open('#step=7');
    await atStep(page, 6);
    await assertHostileAsText(page, dialogs);
    await page.close();
  });

  it('is driven by labelled controls: the slider and the play button', async () => {
    const page = await open();
    const slider = page.getByRole('slider', { name: 'Step' });
    await slider.focus();
    await page.keyboard.press('End');
    await atStep(page, 16);
    assert.equal(await slider.getAttribute('aria-valuetext'), 'Step 17 of 17 · line 29');
    await page.getByRole('button', { name: 'First step' }).click();
    await atStep(page, 0);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('60');
    await page.getByRole('button', { name: 'Play' }).click();
    await atStep(page, 16);
    await page.waitForSelector('button.play[aria-label="Play"]');
    for (const name of ['First step', 'Previous step', 'Next step', 'Last step', 'Step over calls', 'Step back over calls']) {
      assert.equal(await page.getByRole('button', { name }).count(), 1, name);
    }
    await page.close();
  });

  it('follows a dark colour scheme', async () => {
    const dark = await launch('dark');
    try {
      const page = await dark.context.newPage();
      await page.goto(`file://${file}#step=14`);
      await atStep(page, 13);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg, 'rgb(30, 31, 34)');
      await page.screenshot({ path: path.join(OUTPUT, 'demo-cycle-dark.png'), fullPage: true });
    } finally {
      await dark.close();
    }
  });
});
