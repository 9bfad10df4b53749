// What the heap and stack views draw for a reallocation, a frame's bytes and a reference into
// another frame, in Chromium, on pages written by `rustmem replay` for test/fixtures/inspector/.
import * as assert from 'node:assert/strict';
import { openReplay, replay } from './replayPages';
import { startChromium, tempDir, type Browser } from './harness';

type Rect = { x: number; y: number; width: number; height: number };
type P = { x: number; y: number };

/** Whether two polylines cross (segment pairs with their ends on opposite sides of each other). */
function polylinesCross(a: P[], b: P[]): boolean {
  const o = (p: P, q: P, r: P) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  for (let i = 0; i + 1 < a.length; i++) {
    for (let j = 0; j + 1 < b.length; j++) {
      const [p, q, r, s] = [a[i]!, a[i + 1]!, b[j]!, b[j + 1]!];
      if (o(p, q, r) * o(p, q, s) < 0 && o(r, s, p) * o(r, s, q) < 0) return true;
    }
  }
  return false;
}
const inside = (p: { x: number; y: number }, r: Rect, slack = 2) =>
  p.x >= r.x - slack && p.x <= r.x + r.width + slack && p.y >= r.y - slack && p.y <= r.y + r.height + slack;

describe('inspector: reallocations, frames in bytes and references between frames, in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  const files: Record<string, string> = {};

  before(async function () {
    browser = await startChromium(this);
    const dir = tempDir();
    for (const name of ['vec_strings', 'guards_thread', 'demo']) files[name] = replay(name, dir);
  });

  after(async () => {
    await browser?.close();
  });

  const open = (name: string, step: number) => openReplay(browser!, files[name]!, step);

  it('draws a Vec growing: the old block freed and each element moved to its slot in the new one', async () => {
    // Step 12 (0-based 11): the fifth push outgrows capacity 4.
    const page = await open('vec_strings', 11);
    assert.match(
      await page.locator('.events').innerText(),
      /realloc #\d+: capacity 4 → 8 \(192 B\): 4 elements moved to the new block, the old one \(96 B\) freed/,
    );
    const block = page.locator('.block.reallocated');
    assert.equal(await block.count(), 1, 'one block reallocated at this step');
    assert.match(await block.locator('.realloc-title').innerText(), /^old block · capacity 4 · 96 B · freed$/);
    assert.deepEqual(await block.locator('.realloc-cell').allInnerTexts(), ['"alpha"', '"beta"', '"gamma"', '"delta"']);
    // Each move arrow leaves its old cell and ends on the new block's slot of the same index.
    const moves = await page.evaluate(() => {
      const svg = document.querySelector('svg.arrows')!.getBoundingClientRect();
      return Array.from(document.querySelectorAll('path.arrow.move')).map((p) => {
        const path = p as SVGPathElement;
        const len = path.getTotalLength();
        const points = [];
        for (let i = 0; i <= 40; i++) {
          const q = path.getPointAtLength((len * i) / 40);
          points.push({ x: q.x + svg.left, y: q.y + svg.top });
        }
        return { from: points[0]!, to: points[points.length - 1]!, points };
      });
    });
    assert.equal(moves.length, 4);
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) assert.ok(!polylinesCross(moves[i]!.points, moves[j]!.points), `moves ${i} and ${j} do not cross`);
    const cells = block.locator('.realloc-cell');
    for (let i = 0; i < 4; i++) {
      const cell = (await cells.nth(i).boundingBox())!;
      const slot = (await block.locator(`.slot[data-index="${i}"] .slot-index`).boundingBox())!;
      assert.ok(inside(moves[i]!.from, cell), `move ${i} leaves old cell ${i}`);
      assert.ok(inside(moves[i]!.to, slot), `move ${i} ends on slot [${i}]`);
    }
    // The step after: the old block is gone.
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#app[data-step="12"]');
    assert.equal(await page.locator('.realloc-old:not(.hidden)').count(), 0);
    assert.equal(await page.locator('path.arrow.move').count(), 0);
    await page.close();
  });
  it("shows each frame's bytes by part, summing to its size, beside its thread's stack budget", async () => {
    // Step 10 (0-based 9): main and the spawned thread's closure, each in its own column.
    const page = await open('guards_thread', 9);
    const bytes = (text: string) => {
      const m = /(\d+) B$/.exec(text.trim());
      assert.ok(m, `bytes in ${text}`);
      return Number(m[1]);
    };
    const frames = page.locator('.frame');
    assert.equal(await frames.count(), 2);
    const budgets = [];
    for (let i = 0; i < 2; i++) {
      const frame = frames.nth(i);
      const items = await frame.locator('.frame-legend-item').allInnerTexts();
      assert.ok(items.length >= 2, 'at least locals and the return address');
      assert.ok(items.some((t) => /^return address 8 B$/.test(t)));
      const sum = items.reduce((n, t) => n + bytes(t), 0);
      const size = Number(/(\d+) B$/.exec(await frame.locator('.frame-meta').innerText())![1]);
      assert.equal(sum, size, 'the parts sum to the frame size');
      assert.equal(await frame.locator('.frame-part').count(), items.length, 'one bar segment per part');
      budgets.push(await frame.locator('.frame-budget').innerText());
    }
    assert.deepEqual(budgets.map((b) => /of the thread's (\d+ MiB) stack/.exec(b)![1]).sort(), ['2 MiB', '8 MiB']);
    // The bar's segments are in proportion to the bytes.
    const main = frames.filter({ hasText: 'main()' }).first();
    const widths = await main.locator('.frame-part').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    const parts = (await main.locator('.frame-legend-item').allInnerTexts()).map(bytes);
    const unit = widths[0]! / parts[0]!;
    parts.forEach((p, i) => assert.ok(Math.abs(widths[i]! - p * unit) <= 2, `segment ${i}: ${widths[i]} px for ${p} B`));
    await page.close();
  });
  it("shows a frame's spill slots and its fat pointers' metadata as parts of their own", async () => {
    // demo.rs's main keeps `shape: Box<dyn Shape>` in a slot: a data pointer and a vtable pointer.
    const page = await open('demo', 0);
    const main = page.locator('.frame', { hasText: 'main()' });
    const items = await main.locator('.frame-legend-item').allInnerTexts();
    assert.ok(items.includes('fat-pointer metadata 8 B'), `the vtable word: ${items.join(', ')}`);
    assert.ok(items.some((t) => /^spill slots \d+ B$/.test(t)), `spill slots: ${items.join(', ')}`);
    const sum = items.reduce((n, t) => n + Number(/(\d+) B$/.exec(t)![1]), 0);
    assert.equal(sum, Number(/(\d+) B$/.exec(await main.locator('.frame-meta').innerText())![1]), 'the parts sum to the frame size');
    assert.equal(await main.locator('.frame-part.part-metadata').count(), 1);
    assert.equal(await main.locator('.frame-part.part-spills').count(), 1);
    assert.match((await main.locator('.frame-part.part-metadata').getAttribute('title'))!, /^fat-pointer metadata: 8 B$/);
    await page.close();
  });
  it("draws Drop::drop's `self` as an arrow to the variable being dropped, in the caller's frame", async () => {
    // Step 25 (0-based 24): `b` drops at main's `}` and Guard::drop is called with `&mut b`.
    const page = await open('guards_thread', 24);
    assert.match(await page.locator('.events').innerText(), /drop b \(Guard\)/);
    const drop = page.locator('.frame', { hasText: 'Guard::drop' });
    assert.equal(await drop.count(), 1);
    assert.match(await drop.locator('.var', { hasText: 'self' }).innerText(), /&mut Guard/);
    const b = page.locator('.frame', { hasText: 'main()' }).locator('.var', { has: page.locator('.var-name', { hasText: /^b$/ }) });
    assert.match(await b.innerText(), /Guard \{ name: "second" \}/, 'b keeps its value while it drops');
    const target = (await b.locator('.var-value').boundingBox())!;
    const ends = await page.evaluate(() => {
      const svg = document.querySelector('svg.arrows')!.getBoundingClientRect();
      return Array.from(document.querySelectorAll('path.arrow')).filter((p) => (p as SVGPathElement).dataset['target']!.startsWith('var:')).map((p) => {
        const path = p as SVGPathElement;
        const e = path.getPointAtLength(path.getTotalLength());
        return { x: e.x + svg.left, y: e.y + svg.top };
      });
    });
    assert.equal(ends.length, 1, 'one arrow into a variable');
    assert.ok(inside(ends[0]!, target, 4), `the arrow ends on b's value: ${JSON.stringify(ends[0])} vs ${JSON.stringify(target)}`);
    await page.close();
  });
  it('colours the slider by thread: the spawned thread\'s stretch of steps where it ran', async () => {
    const page = await open('guards_thread', 0);
    const runs = page.locator('.thread-strip .thread-run');
    const titles = await runs.evaluateAll((els) => els.map((e) => `${e.className} | ${(e as HTMLElement).title}`));
    // The closure runs to completion when spawned (steps 9–13 of 27, 1-based), then main resumes.
    assert.deepEqual(titles.map((t) => t.replace(/ \(\d+\)/, '')), [
      "thread-run thread-0 | Thread 'main': steps 1–8",
      "thread-run thread-1 | Thread '<unnamed>': steps 9–13",
      "thread-run thread-0 | Thread 'main': steps 14–27",
    ]);
    const widths = await runs.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    const total = widths.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(widths[1]! / total - 5 / 27) < 0.01, `the spawned thread's stretch is 5 of 27 steps wide: ${widths.join(', ')}`);
    const colours = await runs.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    assert.equal(colours[0], colours[2]);
    assert.notEqual(colours[0], colours[1]);
    await page.close();
  });
});
