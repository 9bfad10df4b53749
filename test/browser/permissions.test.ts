// The permissions (R/W/O) in the Memory Inspector, in Chromium, on the page `rustmem replay` writes
// for test/fixtures/inspector/permissions.rs: the badges beside each stack variable step by step,
// and the strip of each variable along the steps under the timeline.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { openReplay, replay } from './replayPages';
import { OUTPUT, startChromium, tempDir, type Browser } from './harness';

/** `name: RWO` for each stack variable with badges, in the order the stack shows them. */
async function badges(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('.var')).flatMap((row) => {
    const b = row.querySelector('.perm-badges') as HTMLElement | null;
    const off = b ? Array.from(b.children).map((c) => (c.classList.contains('off') ? '-' : c.textContent)).join('') : '';
    return b ? [`${row.querySelector('.var-name')!.textContent}: ${b.dataset['perms']}${off === b.dataset['perms'] ? '' : ` (drawn ${off})`}`] : [];
  }));
}

describe('inspector: permissions badges and strips, in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let file = '';

  before(async function () {
    browser = await startChromium(this);
    file = replay('permissions', tempDir());
  });

  after(async () => {
    await browser?.close();
  });

  it('shows each variable\'s R/W/O after each step, as the borrow checker gives them', async () => {
    // One step per line from line 2 (`let mut v`); a step shows memory after its line ran.
    const expected: [number, string[]][] = [
      [0, ['v: RWO']],
      [1, ['v: R--', 'first: R-O']],
      [2, ['v: RWO', 'first: R-O']],
      [4, ['v: ---', 'first: R-O', 'r: R-O']],
      [5, ['v: RWO', 'first: R-O', 'r: R-O']],
      [7, ['v: RWO', 'first: R-O', 'r: R-O', 's: ---', 't: R-O']],
    ];
    for (const [step, want] of expected) {
      const page = await openReplay(browser!, file, step);
      assert.deepEqual(await badges(page), want, `step ${step + 1}`);
      await page.close();
    }
  });

  it('explains a missing permission in the badges\' tooltip', async () => {
    const page = await openReplay(browser!, file, 1);
    const title = await page.locator('.var', { has: page.locator('.var-name', { hasText: /^v$/ }) }).locator('.perm-badges').getAttribute('title');
    assert.equal(title, 'line 4: v has R -- -- (`first` borrows it until line 4)');
    // The README's picture (docs/permissions.png): `v` down to R while `first` borrows it.
    const small = await openReplay(browser!, file, 1, { width: 1240, height: 500 });
    await small.screenshot({ path: path.join(OUTPUT, 'permissions.png') });
    await small.close();
    const r = await openReplay(browser!, file, 4);
    const deref = await r.locator('.var', { has: r.locator('.var-name', { hasText: /^r$/ }) }).locator('.perm-badges').getAttribute('title');
    assert.match(deref ?? '', /\*r has R W -- \(it is behind the `&mut` reference `r`: borrowed, not owned\)/);
    await page.close();
    await r.close();
  });

  it('draws a strip per variable along main\'s steps, with the marker at the current step, and a click seeks', async () => {
    const page = await openReplay(browser!, file, 3);
    const strips = await page.evaluate(() => Array.from(document.querySelectorAll('.perm-row')).map((row) => {
      const segs = Array.from(row.querySelectorAll('.perm-seg')) as HTMLElement[];
      return `${(row as HTMLElement).dataset['place']}: ${segs.map((s) => `${s.dataset['perms'] ?? '.'}×${s.style.flexGrow}`).join(' ')}`;
    }));
    assert.deepEqual(strips, [
      'v: RWO×1 R--×1 RWO×2 ---×1 RWO×5 .×1',
      'first: .×1 R-O×9 .×1',
      'r: .×4 R-O×6 .×1',
      's: .×6 R-O×1 ---×3 .×1',
      't: .×7 R-O×3 .×1',
    ]);
    assert.match(await page.locator('.perm-strip-title').innerText(), /^Permissions in main\(\) over its 11 steps/);
    const marker = await page.locator('.perm-row[data-place="v"] .perm-marker').boundingBox();
    const track = await page.locator('.perm-row[data-place="v"] .perm-track').boundingBox();
    const at = (marker!.x + marker!.width / 2 - track!.x) / track!.width;
    assert.ok(Math.abs(at - 3.5 / 11) < 0.02, `the marker is at ${at.toFixed(3)} of the strip`);
    await page.locator('.perm-row[data-place="v"] .perm-seg[data-perms="R--"]').click();
    await page.waitForSelector('#app[data-step="1"]');
    assert.deepEqual(await badges(page), ['v: R--', 'first: R-O']);
    await page.close();
  });
});
