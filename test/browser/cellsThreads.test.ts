// Guards and threads in Chromium, on the page `rustmem replay` writes for
// test/fixtures/inspector/shared_counter.rs: a `RefMut`, `Ref`, `RwLockReadGuard` and `MutexGuard`
// each draw an arrow to the value inside their cell, shown with the borrow or lock state; the
// arrows of one thread's stack keep out of the other thread's column.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openReplay, replay } from './replayPages';
import { startChromium, tempDir, type Browser } from './harness';

type Rect = { x: number; y: number; width: number; height: number };
type P = { x: number; y: number };

/** Every arrow of the page: its target key and points along it, in page coordinates. */
async function arrows(page: Page): Promise<{ target: string; points: P[] }[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.arrows')!.getBoundingClientRect();
    return Array.from(document.querySelectorAll('path.arrow:not(.move)')).map((p) => {
      const path = p as SVGPathElement;
      const len = path.getTotalLength();
      const points = [];
      for (let i = 0; i <= 80; i++) {
        const q = path.getPointAtLength((len * i) / 80);
        points.push({ x: q.x + svg.left, y: q.y + svg.top });
      }
      return { target: path.dataset['target']!, points };
    });
  });
}

const inside = (p: P, r: Rect, slack = 0) => p.x >= r.x - slack && p.x <= r.x + r.width + slack && p.y >= r.y - slack && p.y <= r.y + r.height + slack;

describe('inspector: guards point into their cells, threads keep their arrows apart, in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let file = '';

  before(async function () {
    browser = await startChromium(this);
    file = replay('shared_counter', tempDir());
  });

  after(async () => {
    await browser?.close();
  });

  /** Asserts one arrow leads to `target` and ends on the cell content shown in `owner`; returns the content's row. */
  async function endsInCell(page: Page, target: string, owner: ReturnType<Page['locator']>, inner: string, what: RegExp): Promise<void> {
    const row = owner.locator('.cell-inner');
    assert.equal(await row.count(), 1, `one cell shown for ${target}`);
    assert.equal(await row.locator('.cell-content').innerText(), inner);
    assert.match(await row.locator('.cell-what').innerText(), what);
    const box = (await row.locator('.cell-content').boundingBox())!;
    const to = (await arrows(page)).filter((a) => a.target === target);
    assert.equal(to.length, 1, `one arrow to ${target}`);
    const end = to[0]!.points[to[0]!.points.length - 1]!;
    assert.ok(inside(end, box, 3), `the arrow to ${target} ends on the cell's content: ${JSON.stringify(end)} vs ${JSON.stringify(box)}`);
  }

  const variable = (page: Page, name: string) => page.locator('.var', { has: page.locator('.var-name', { hasText: new RegExp(`^${name}$`) }) });

  it('draws a RefMut and a Ref to the value inside their RefCell, with its borrow state', async () => {
    // Step 7 (0-based 6): `w = local.borrow_mut()` and `r = shared.borrow()` are both alive.
    const page = await openReplay(browser!, file, 6);
    assert.match(await variable(page, 'w').locator('.pointer').getAttribute('title') ?? '', /^mutable reference to the value inside the cell of a variable$/);
    await endsInCell(page, 'var:1:cell:', variable(page, 'local'), '[1, 2, 3]', /^RefCell · borrowed mutably$/);
    await endsInCell(page, 'block:3:cell:', page.locator('.block[data-block="3"]'), '"hi"', /^RefCell · 1 shared borrow$/);
    // Once the guards drop, nothing points into the cells and they are not singled out.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#app[data-step="8"]');
    assert.equal(await page.locator('.cell-inner').count(), 0);
    assert.equal((await arrows(page)).filter((a) => a.target.includes(':cell:')).length, 0);
    await page.close();
  });

  it("draws an RwLock's read guard to the value inside, with the number of readers", async () => {
    const page = await openReplay(browser!, file, 12);
    await endsInCell(page, `var:${await varId(page, 'table')}:cell:`, variable(page, 'table'), '10', /^RwLock · 1 reader$/);
    await page.close();
  });

  it("draws each thread's MutexGuard to the value inside the Arc's Mutex, locked", async () => {
    // Step 18 (0-based 17): the spawned thread has just taken the lock, the count still 0.
    let page = await openReplay(browser!, file, 17);
    await endsInCell(page, 'block:4:cell:', page.locator('.block[data-block="4"]'), '0', /^Mutex · locked$/);
    await page.close();
    // Step 19 (0-based 18): it has added 1; step 25 (24): main holds the lock.
    page = await openReplay(browser!, file, 18);
    const spawned = page.locator('.thread').nth(1);
    assert.equal(await spawned.locator('.var-name', { hasText: /^g$/ }).count(), 1, "g is in the spawned thread's column");
    await endsInCell(page, 'block:4:cell:', page.locator('.block[data-block="4"]'), '1', /^Mutex · locked$/);
    await page.close();
    page = await openReplay(browser!, file, 24);
    await endsInCell(page, 'block:4:cell:', page.locator('.block[data-block="4"]'), '11', /^Mutex · locked$/);
    await page.close();
  });

  for (const size of [{ width: 1400, height: 900 }, { width: 800, height: 600 }]) {
    it(`keeps the arrows of one thread's stack out of the other thread's column (${size.width}×${size.height})`, async () => {
      const page = await openReplay(browser!, file, 18, size);
      const columns = await page.locator('.stack > .thread').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { x: r.left, y: r.top, width: r.width, height: r.height };
        }),
      );
      assert.equal(columns.length, 2, 'one column per thread');
      const [main, spawned] = columns as [Rect, Rect];
      const heap = (await page.locator('.heap').boundingBox())!;
      const all = await arrows(page);
      const fromMain = all.filter((a) => inside(a.points[0]!, main));
      const fromSpawned = all.filter((a) => inside(a.points[0]!, spawned));
      // main's `local`, `shared` and `counter` point into the heap, past the spawned thread's column.
      assert.deepEqual(fromMain.map((a) => a.target).sort(), ['block:1', 'block:3', 'block:4']);
      assert.ok(main.x + main.width < spawned.x && spawned.x + spawned.width < heap.x, 'the spawned column stands between main and the heap');
      assert.equal(fromSpawned.length, 2, "the spawned thread's `c` and `g`");
      const shrink = (r: Rect): Rect => ({ x: r.x + 1, y: r.y + 1, width: r.width - 2, height: r.height - 2 });
      for (const a of fromMain) {
        const hit = a.points.find((p) => inside(p, shrink(spawned)));
        assert.equal(hit, undefined, `the arrow to ${a.target} from main stays out of the spawned thread's column`);
      }
      for (const a of fromSpawned) {
        const hit = a.points.find((p) => inside(p, shrink(main)));
        assert.equal(hit, undefined, `the arrow to ${a.target} from the spawned thread stays out of main's column`);
      }
      await page.close();
    });
  }
});

/** The trace's id of a variable, from the arrow that leads into it. */
async function varId(page: Page, name: string): Promise<number> {
  const keys = await page.evaluate(() => Array.from(document.querySelectorAll('path.arrow')).map((p) => (p as SVGPathElement).dataset['target']!));
  const ids = keys.map((k) => /^var:(\d+):cell:$/.exec(k)?.[1]).filter((x) => x !== undefined);
  assert.equal(ids.length, 1, `one guard arrow into ${name}: ${keys.join(', ')}`);
  return Number(ids[0]);
}
