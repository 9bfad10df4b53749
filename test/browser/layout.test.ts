// The page's layout in Chromium: the code pane as wide as its longest line, a divider that resizes
// it and is remembered across reloads, and no horizontal scrollbar on the page at the widest step.
// Its own browser profile: the divider's width is kept in the profile's storage.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { distFile } from '../support/dist';
import { openReplay } from './replayPages';
import { ROOT, startChromium, tempDir, type Browser } from './harness';

// rustc 1.95 prints "hello, world".
const SHORT = `fn main() {
    let greeting = String::from("hello, world");
    println!("{}", greeting);
}
`;

describe('inspector: the page layout, in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let short = '';
  let stackAndHeap = '';

  before(async function () {
    browser = await startChromium(this);
    const dir = tempDir();
    const source = path.join(dir, 'short.rs');
    fs.writeFileSync(source, SHORT);
    short = path.join(dir, 'short.html');
    const r = spawnSync(process.execPath, [distFile('cli.js'), 'replay', source, '-o', short], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    stackAndHeap = path.join(dir, 'stack_and_heap.html');
    const s = spawnSync(process.execPath, [distFile('cli.js'), 'replay', 'examples/stack_and_heap.rs', '-o', stackAndHeap], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(s.status, 0, s.stderr);
  });

  after(async () => {
    await browser?.close();
  });

  it('sizes the code pane to its longest line, then the divider resizes it and the width survives a reload', async () => {
    const page = await openReplay(browser!, short, 0);
    const source = page.locator('.source');
    const widest = await page.locator('.source-line .line-text').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
    const pane = (await source.boundingBox())!;
    assert.ok(widest <= pane.x + pane.width, `every line fits: ${widest} vs ${pane.x + pane.width}`);
    assert.ok(pane.width < 560, `a short program gets a narrow pane (${pane.width} px), the memory the rest`);
    // Dragging the divider 150 px to the right widens the pane by as much.
    const bar = (await page.getByRole('separator', { name: 'Resize the code pane' }).boundingBox())!;
    await page.mouse.move(bar.x + bar.width / 2, bar.y + 40);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width / 2 + 75, bar.y + 40);
    await page.mouse.move(bar.x + bar.width / 2 + 150, bar.y + 40);
    await page.mouse.up();
    const dragged = (await source.boundingBox())!.width;
    assert.ok(Math.abs(dragged - (pane.width + 150)) <= 4, `dragged to ${dragged} px from ${pane.width}`);
    // ← on the focused divider narrows it by a step.
    await page.getByRole('separator', { name: 'Resize the code pane' }).focus();
    await page.keyboard.press('ArrowLeft');
    const stepped = (await source.boundingBox())!.width;
    assert.ok(Math.abs(stepped - (dragged - 24)) <= 2, `one step left: ${stepped} px`);
    const stored = await page.evaluate(() => localStorage.getItem('rustmem.sourceWidth'));
    assert.ok(Math.abs(Number(stored) - stepped) <= 2, `the width is stored as it changes: ${stored} for ${stepped} px`);
    await page.reload();
    await page.waitForSelector('#app[data-step="0"]');
    const restored = (await source.boundingBox())!.width;
    const after = await page.evaluate(() => localStorage.getItem('rustmem.sourceWidth'));
    assert.ok(Math.abs(restored - stepped) <= 2, `the width is remembered: ${restored} px after the reload, ${stepped} before (stored ${after})`);
    await page.close();
  });

  for (const size of [{ width: 1400, height: 900 }, { width: 800, height: 600 }]) {
    it(`has no horizontal scrollbar at the last step of stack_and_heap.rs (${size.width}×${size.height})`, async () => {
      const first = await openReplay(browser!, stackAndHeap, 0, size);
      const last = Number(await first.locator('input[type="range"]').getAttribute('max'));
      await first.close();
      const page = await openReplay(browser!, stackAndHeap, last, size);
      const overflow = await page.evaluate(() => {
        const wide: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) wide.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
        for (const sel of ['.memory-wrap', '.memory', '.stack']) {
          const e = document.querySelector(sel);
          if (e && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') wide.push(`${sel} ${e.scrollWidth} > ${e.clientWidth}`);
        }
        return wide;
      });
      assert.deepEqual(overflow, []);
      await page.close();
    });
  }
});
