// The heap as a graph, in Chromium, on pages written by `rustmem replay` for small programs
// (test/fixtures/inspector/): arrows that do not cross (their SVG paths sampled and intersected),
// arrows that end on element slots, values that expand in place, names in Rust's words, threads
// side by side, and no horizontal scrollbar on the page.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { openReplay, replay } from './replayPages';
import { startChromium, OUTPUT, tempDir, type Browser } from './harness';

interface Arrow {
  target: string;
  /** `block:ID` for an arrow that leaves a heap block, '' for one from the stack. */
  source: string;
  points: { x: number; y: number }[];
}

/** Every arrow as a polyline of points sampled along its path (page coordinates). */
function arrows(page: Page): Promise<Arrow[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.arrows') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    return Array.from(document.querySelectorAll('path.arrow')).map((p) => {
      const path = p as SVGPathElement;
      const len = path.getTotalLength();
      const points: { x: number; y: number }[] = [];
      const n = Math.max(8, Math.ceil(len / 6));
      for (let i = 0; i <= n; i++) {
        const pt = path.getPointAtLength((len * i) / n);
        points.push({ x: pt.x + box.left, y: pt.y + box.top });
      }
      return { target: path.dataset['target'] ?? '', source: path.dataset['source'] ?? '', points };
    });
  });
}

type P = { x: number; y: number };
function cross(a: P, b: P, c: P, d: P): boolean {
  const o = (p: P, q: P, r: P) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

/** Pairs of arrows whose paths intersect, away from the ends they may share (a common source or target). */
function crossings(list: Arrow[]): string[] {
  const out: string[] = [];
  const near = (p: P, q: P) => Math.hypot(p.x - q.x, p.y - q.y) < 10;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!.points;
      const b = list[j]!.points;
      const ends = [a[0]!, a[a.length - 1]!, b[0]!, b[b.length - 1]!];
      let hit = false;
      for (let s = 0; s + 1 < a.length && !hit; s++) {
        for (let t = 0; t + 1 < b.length && !hit; t++) {
          if (!cross(a[s]!, a[s + 1]!, b[t]!, b[t + 1]!)) continue;
          if (ends.some((e) => near(e, a[s]!) || near(e, a[s + 1]!))) continue;
          hit = true;
        }
      }
      if (hit) out.push(`${list[i]!.target} × ${list[j]!.target}`);
    }
  }
  return out;
}

/** Arrows that pass through a block other than the one they leave and the one they point at. */
async function throughBlocks(page: Page): Promise<string[]> {
  const list = await arrows(page);
  const blocks = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.block[data-block]')).map((b) => {
      const r = b.getBoundingClientRect();
      return { id: (b as HTMLElement).dataset['block']!, x: r.left, y: r.top, w: r.width, h: r.height };
    }),
  );
  const out: string[] = [];
  for (const a of list) {
    const own = new Set([a.source.split(':')[1], a.target.startsWith('block:') ? a.target.split(':')[1] : undefined]);
    for (const b of blocks) {
      if (own.has(b.id)) continue;
      // Shrunk by 2 px: an arrow may graze an edge where it enters a neighbour's slot.
      const hit = a.points.some((p) => p.x > b.x + 2 && p.x < b.x + b.w - 2 && p.y > b.y + 2 && p.y < b.y + b.h - 2);
      if (hit) out.push(`${a.source || 'stack'} → ${a.target} through block ${b.id}`);
    }
  }
  return out;
}


describe('inspector: the heap as a graph, in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  const files: Record<string, string> = {};

  before(async function () {
    browser = await startChromium(this);
    const dir = tempDir();
    for (const name of ['box_list', 'vec_strings', 'guards_thread']) files[name] = replay(name, dir);
  });

  after(async () => {
    await browser?.close();
  });

  const open = (name: string, step: number, size?: { width: number; height: number }) => openReplay(browser!, files[name]!, step, size);

  async function blockBox(page: Page, owner: string) {
    const b = page.locator('.block', { has: page.locator('.block-owner', { hasText: new RegExp(`^${owner.replace(/[*().[\]]/g, '\\$&')}$`) }) });
    assert.equal(await b.count(), 1, `one block named ${owner}`);
    return (await b.boundingBox())!;
  }

  it('routes every arrow around the blocks it does not leave or point at (Box list, Vec<String>)', async () => {
    for (const [name, step] of [['box_list', 1], ['vec_strings', 14]] as const) {
      for (const size of [{ width: 1400, height: 900 }, { width: 800, height: 600 }]) {
        const page = await open(name, step, size);
        assert.ok((await arrows(page)).length >= 4, `${name}: arrows drawn`);
        assert.deepEqual(await throughBlocks(page), [], `${name} at ${size.width}×${size.height}`);
        await page.close();
      }
    }
  });

  it('lays a Box list out left to right, one block per node, with no arrow crossing', async () => {
    const page = await open('box_list', 1);
    const names = ['*list.1', '*(*list.1).1', '*(*(*list.1).1).1', '*(*(*(*list.1).1).1).1'];
    const boxes = [];
    for (const n of names) boxes.push(await blockBox(page, n));
    for (let i = 1; i < boxes.length; i++) {
      assert.ok(boxes[i]!.x > boxes[i - 1]!.x + boxes[i - 1]!.width, `node ${i} is right of node ${i - 1}`);
      assert.ok(Math.abs(boxes[i]!.y - boxes[0]!.y) < 4, `node ${i} is on the row of the first`);
    }
    const list = await arrows(page);
    assert.equal(list.length, 4, 'list → #1 → #2 → #3 → #4');
    assert.deepEqual(crossings(list), []);
    // The heap pane scrolls; the page itself never gets a horizontal scrollbar.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true);
    await page.screenshot({ path: path.join(OUTPUT, 'box-list.png') });
    await page.close();
  });

  it('draws a Vec<String> as slots: an arrow from each slot to its String, none crossing, &words[i] ending on slot i', async () => {
    // After `let third = &words[2];`.
    const page = await open('vec_strings', 14);
    assert.match(await page.locator('.step-label').innerText(), /line 9$/);
    assert.match(await page.locator('.stack').innerText(), /words\s+Vec<String>\s+24 B\s+ptr, len 5, capacity 8/);
    const buffer = page.locator('.block', { hasText: '[String; 8]' });
    assert.match(await buffer.innerText(), /\[String; 8\]\s+of words/);
    assert.equal(await buffer.locator('.slot.used').count(), 5);
    for (let i = 0; i < 5; i++) await blockBox(page, `of words[${i}]`);
    assert.equal(await page.locator('.block-type', { hasText: /^\[u8; 5\]$/ }).count(), 3, 'alpha, gamma and delta: [u8; 5]');
    const list = await arrows(page);
    assert.deepEqual(crossings(list), []);
    for (const [name, index] of [['first', 0], ['third', 2]] as const) {
      const arrow = list.find((a) => new RegExp(`^block:\\d+:${index}$`).test(a.target));
      assert.ok(arrow, `an arrow to element ${index}`);
      const end = arrow.points[arrow.points.length - 1]!;
      const slot = (await buffer.locator('.slot-index').nth(index).boundingBox())!;
      assert.ok(end.y >= slot.y && end.y <= slot.y + slot.height && Math.abs(end.x - slot.x) < 3, `${name}'s arrow ends on slot [${index}]: ${JSON.stringify(end)} ${JSON.stringify(slot)}`);
    }
    await page.screenshot({ path: path.join(OUTPUT, 'vec-strings.png') });
    await page.close();
  });

  it('expands a value in place with a click or Enter, laid out as {:#?}, and gives its full text as a tooltip', async () => {
    const page = await open('guards_thread', 4);
    const value = page.locator('.var', { has: page.locator('.var-name', { hasText: /^n$/ }) }).locator('.value-text');
    const full = 'Node { name: "a", next: RefCell { value: Some(Box(Node { name: "b", next: RefCell { value: None } })) } }';
    assert.equal(await value.getAttribute('title'), full);
    assert.equal(await value.getAttribute('aria-expanded'), 'false');
    await value.click();
    assert.equal(await value.getAttribute('aria-expanded'), 'true');
    const text = await value.innerText();
    assert.match(text, /^Node \{\n {4}name: "a",\n {4}next: RefCell \{\n {8}value: Some\(\n {12}Box\(\n/);
    await value.focus();
    await page.keyboard.press('Enter');
    assert.equal(await value.getAttribute('aria-expanded'), 'false');
    assert.equal((await value.innerText()).includes('\n'), false);
    // The RefCell's contents are drawn: an arrow from n's `next` to the boxed node.
    assert.match(await page.locator('.block', { hasText: 'Node' }).first().innerText(), /\*n\.next/);
    await page.close();
  });

  it('names drops and moves in Rust\'s words', async () => {
    // Steps 3 and 4 (0-based) are the drops of list.1 and of (*list.1).1.
    for (const [step, name] of [[3, /drop list\.1 \(Box<List>\)/], [4, /drop \(\*list\.1\)\.1 \(Box<List>\)/]] as const) {
      const page = await open('box_list', step);
      const events = await page.locator('.events').innerText();
      assert.match(events, name);
      assert.doesNotMatch(events, /\*\*|place|0\.next/);
      await page.close();
    }
    const guards = await open('guards_thread', 7);
    assert.match(await guards.locator('.events').innerText(), /move data → the closure in main \(line 27\)/);
    await guards.close();
  });

  it('labels arrows by the field that holds them and titles blocks by their owner, in Rust\'s words', async () => {
    // Step 7 (0-based 6): `n.next` holds a Box<Node> whose `name` is a String.
    const page = await open('guards_thread', 6);
    const n = page.locator('.var', { has: page.locator('.var-name', { hasText: /^n$/ }) });
    assert.deepEqual(await n.locator('.pointer-via').allInnerTexts(), ['name', 'next']);
    const node = page.locator('.block', { has: page.locator('.block-owner', { hasText: /^\*n\.next$/ }) });
    assert.equal(await node.locator('.block-type').innerText(), 'Node');
    assert.deepEqual(await node.locator('.pointer-via').allInnerTexts(), ['name']);
    assert.equal(await page.locator('.block-owner', { hasText: /^of \(\*n\.next\)\.name$/ }).count(), 1, "the inner node's String buffer");
    const labels = await page.locator('.pointer-via').allInnerTexts();
    assert.deepEqual(labels.filter((l) => /^\d|\.\d|^\*\*/.test(l)), [], `no tuple indices or double derefs: ${labels.join(', ')}`);
    await page.close();
  });

  it('puts threads side by side, each with its own stack bar and the values its closure captured', async () => {
    const page = await open('guards_thread', 9);
    const threads = page.locator('.thread');
    assert.equal(await threads.count(), 2);
    const [a, b] = [(await threads.nth(0).boundingBox())!, (await threads.nth(1).boundingBox())!];
    assert.ok(b.x >= a.x + a.width, 'the spawned thread is right of main');
    assert.ok(Math.abs(a.y - b.y) < 2, 'on the same line');
    assert.equal(await page.locator('.thread .stack-bar').count(), 2);
    assert.match(await threads.nth(1).innerText(), /closure in main/);
    // The closure's first frame holds what it captured: `data`, moved in, pointing at its buffer.
    assert.match(await threads.nth(1).innerText(), /data\s+Vec<i32>\s+24 B\s+ptr, len 3, capacity 3/);
    assert.match(await page.locator('.block', { hasText: '[i32; 3]' }).innerText(), /of data/);
    await page.close();
  });

  it('keeps each block in place while stepping: nothing moves up, even when a block above it is freed', async () => {
    const page = await open('vec_strings', 0);
    const last = Number(await page.locator('input[type="range"]').getAttribute('max'));
    const ys = () =>
      page.locator('.heap .block').evaluateAll((els) =>
        els.map((e) => [(e as HTMLElement).dataset['block']!, Number(/translate\([^,]+, ([-\d.]+)px\)/.exec((e as HTMLElement).style.transform)?.[1])] as const),
      );
    let before = new Map(await ys());
    let freedAbove = 0;
    for (let step = 1; step <= last; step++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector(`#app[data-step="${step}"]`);
      const now = new Map(await ys());
      for (const [id, y] of now) {
        const was = before.get(id);
        if (was === undefined) continue;
        assert.ok(y >= was - 0.5, `step ${step + 1}: block #${id} moved up from ${was} to ${y}`);
        if ([...before].some(([other, oy]) => !now.has(other) && oy < was)) freedAbove++;
      }
      before = now;
    }
    assert.ok(freedAbove > 0, 'some block outlived a block above it');
    await page.close();
  });

  it('keeps the page free of a horizontal scrollbar at 800×600 too', async () => {
    const page = await open('vec_strings', 14, { width: 800, height: 600 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true);
    assert.deepEqual(crossings(await arrows(page)), []);
    await page.close();
  });

  it('labels snapshot points on the slider and lists them in a menu', async () => {
    const page = await open('vec_strings', 0);
    const marker = page.getByRole('button', { name: /^Snapshot filled, step \d+$/ });
    assert.equal(await marker.innerText(), 'filled');
    const menu = page.getByRole('combobox', { name: 'Go to a snapshot' });
    const option = (await menu.locator('option').allInnerTexts())[1]!;
    assert.match(option, /^filled · step (\d+)$/);
    const step = Number(/step (\d+)/.exec(option)![1]) - 1;
    await menu.selectOption({ index: 1 });
    await page.waitForSelector(`#app[data-step="${step}"]`);
    assert.match(await page.locator('.step-label').innerText(), /line 8$/);
    await page.close();
  });

  it('plays the drops at the end of a scope one at a time, each its own step at the closing brace', async () => {
    // Step 3 (0-based 2) is the first drop at main's `}`: `list` itself.
    const page = await open('box_list', 2);
    assert.equal(await page.locator('.block').count(), 4, 'dropping list: nothing freed yet');
    assert.match(await page.locator('.step-label').innerText(), /line 13$/);
    // One drop a second: each state stays long enough to be read.
    await page.locator('select.speed').first().selectOption('1');
    await page.getByRole('button', { name: 'Play drops one by one' }).click();
    await page.waitForSelector('#app[data-drop="0"]', { state: 'attached' });
    assert.equal(await page.getByRole('button', { name: 'Drop 1 of 5' }).count(), 1);
    assert.match(await page.locator('.events').innerText(), /drop list \(List\)/);
    await page.waitForSelector('#app[data-drop="2"][data-step="4"]', { state: 'attached', timeout: 15000 });
    const events = await page.locator('.events').innerText();
    assert.match(events, /drop \(\*list\.1\)\.1 \(Box<List>\)/);
    assert.doesNotMatch(events, /drop list /, 'one drop per step');
    assert.match(await page.locator('.step-label').innerText(), /line 13$/, 'every drop is at the closing brace of main');
    // A box's allocation is freed after what it holds has been dropped: all four once the
    // innermost node's drop has run.
    assert.equal(await page.locator('.block').count(), 4);
    await page.waitForSelector('#app[data-drop="4"][data-step="6"]', { state: 'attached', timeout: 15000 });
    assert.equal(await page.locator('.block').count(), 0);
    await page.waitForSelector('#app[data-drop=""]', { state: 'attached', timeout: 15000 });
    assert.equal(await page.locator('#app').getAttribute('data-step'), '6', 'the walk ends on the last drop');
    assert.equal(await page.getByRole('button', { name: 'Play drops one by one' }).count(), 1);
    await page.close();
  });

  it('follows the URL fragment when it changes, forward and back', async () => {
    const page = await open('guards_thread', 0);
    for (const step of [6, 2, 9, 0, 3]) {
      await page.evaluate((n) => { location.hash = `step=${n + 1}`; }, step);
      await page.waitForSelector(`#app[data-step="${step}"]`, { state: 'attached' });
    }
    await page.close();
  });

  it('walks Drop guards at a scope end: each guard\'s drop a step at `}`, its Drop::drop in between', async () => {
    const page = await open('guards_thread', 0);
    // The last drop of main: `b`, a Guard (a is dropped explicitly earlier).
    await page.keyboard.press('End');
    await page.waitForSelector('#app:not([data-step="0"])', { state: 'attached' });
    const last = Number(await page.locator('#app').getAttribute('data-step'));
    // Walk back with the keyboard, one step at a time, waiting for each step to be drawn.
    const at = async (s: number) => {
      await page.waitForSelector(`#app[data-step="${s}"]`, { state: 'attached' });
      return { line: await page.locator('.step-label').innerText(), events: await page.locator('.events').innerText() };
    };
    let found = -1;
    for (let s = last; s > 0 && found < 0; s--) {
      if (/drop b \(Guard\)/.test((await at(s)).events)) found = s;
      else await page.keyboard.press('ArrowLeft');
    }
    assert.ok(found > 0, 'a step drops b');
    assert.match((await at(found)).line, /line 34$/, "b's drop is at main's closing brace");
    await page.keyboard.press('ArrowRight');
    assert.match((await at(found + 1)).line, /line 11$/, "then Guard::drop's println! runs");
    await page.close();
  });
});
