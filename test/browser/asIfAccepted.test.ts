// A replay page written by `rustmem replay --as-if-accepted`, in Chromium: the banner naming
// rustc's error, the freed old buffer of a `Vec` that grew, the reference into it drawn as a
// dangling arrow that ends on that block, and the undefined behaviour at the step that reads it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { panelHtml } from '../../client/src/inspector/panelHtml';
import { InspectorSession } from '../../client/src/inspector/session';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim';
import type { Trace } from '../../protocol/trace';
import type { FromWebview, ToWebview } from '../../protocol/webview';
import { distFile } from '../support/dist';
import { openReplay } from './replayPages';
import { FAKE_VSCODE_API, OUTPUT, ROOT, startChromium, tempDir, writePanelPage, type Browser } from './harness';

const PROGRAM = 'test/golden/rejected/asIfAccepted/e0502_push_while_first_held.rs';

describe('inspector: a run as if accepted, in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let file = '';

  before(async function () {
    browser = await startChromium(this);
    file = path.join(tempDir(), 'as-if.html');
    const r = spawnSync(process.execPath, [distFile('cli.js'), 'replay', '--as-if-accepted', PROGRAM, '-o', file], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  after(async () => {
    await browser?.close();
  });

  it('draws the reference into the reallocated buffer as a dangling arrow ending on the freed old block', async () => {
    // Step 3 (0-based 2): `scores.push(40)` outgrows capacity 3 while `first` points at element 0.
    const page = await openReplay(browser!, file, 2);
    const banner = page.locator('.banner.as-if-accepted');
    assert.match(await banner.innerText(), /^Rejected by rustc, run as if accepted\. error\[E0502\] at line 4:5: cannot borrow `scores` as mutable because it is also borrowed as immutable\. What follows is what that rule prevents/);
    assert.match(await page.locator('.events').innerText(), /first dangles: it points to the old buffer, freed \(#2\)/);
    const freed = page.locator('.block.freed');
    assert.equal(await freed.count(), 1);
    assert.equal(await freed.locator('.badge-freed').textContent(), 'freed');
    const arrow = await page.evaluate(() => {
      const path = document.querySelector('path.arrow.dangling') as SVGPathElement | null;
      if (!path) return null;
      const svg = document.querySelector('svg.arrows')!.getBoundingClientRect();
      const end = path.getPointAtLength(path.getTotalLength());
      const block = document.querySelector('.block.freed')!.getBoundingClientRect();
      const label = document.querySelector('text.dangling-label');
      return {
        target: path.getAttribute('data-target'),
        stroke: getComputedStyle(path).stroke,
        label: label?.textContent,
        end: { x: end.x + svg.left, y: end.y + svg.top },
        block: { left: block.left, right: block.right, top: block.top, bottom: block.bottom },
      };
    });
    assert.ok(arrow, 'a dangling arrow is drawn');
    assert.equal(arrow.target, 'block:2');
    assert.equal(arrow.label, 'dangling');
    assert.ok(arrow.end.x >= arrow.block.left - 2 && arrow.end.x <= arrow.block.right + 2 && arrow.end.y >= arrow.block.top - 2 && arrow.end.y <= arrow.block.bottom + 2, JSON.stringify(arrow));
    // The live, grown buffer is drawn too, and no other arrow is dangling.
    assert.equal(await page.locator('path.arrow.dangling').count(), 1);
    assert.equal(await page.locator('.block:not(.freed)').count(), 1);
    await page.screenshot({ path: path.join(OUTPUT, 'as-if-accepted-dangling.png'), fullPage: true });
    await page.close();
  });

  it('stops at the read of freed memory, with the undefined behaviour at that step', async () => {
    const page = await openReplay(browser!, file, 3);
    assert.match(await page.locator('.events').innerText(), /undefined behaviour: read of freed memory \(block #2\)/);
    assert.match(await page.locator('.end-sentence').innerText(), /^Undefined behaviour at line 5:5: read of freed memory \(block #2\)\. The run stops here/);
    // The picture at the stop still holds the dangling reference and the freed block.
    assert.equal(await page.locator('path.arrow.dangling').count(), 1);
    await page.screenshot({ path: path.join(OUTPUT, 'as-if-accepted-ub.png'), fullPage: true });
    await page.close();
  });
});

/** Writes `rustmem replay --as-if-accepted` of an as-if golden into `dir`. */
function asIfReplay(name: string, dir: string): string {
  const out = path.join(dir, `${name}.html`);
  const r = spawnSync(process.execPath, [distFile('cli.js'), 'replay', '--as-if-accepted', `test/golden/rejected/asIfAccepted/${name}.rs`, '-o', out], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return out;
}

describe('inspector: a freed String and a data race, run as if accepted, in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let freedString = '';
  let race = '';

  before(async function () {
    browser = await startChromium(this);
    const dir = tempDir();
    freedString = asIfReplay('e0597_str_outlives_its_string', dir);
    race = asIfReplay('e0373_thread_and_main_write_count', dir);
  });

  after(async () => {
    await browser?.close();
  });

  it('draws the &str whose String was dropped as a dangling arrow onto the freed buffer, with the permissions strip', async () => {
    // Step 5 (0-based 4): `owner` drops at the inner block's end while `label` still points into its buffer.
    const page = await openReplay(browser!, freedString, 4);
    assert.match(await page.locator('.banner.as-if-accepted').innerText(), /error\[E0597\] at line 5:17: `owner` does not live long enough/);
    assert.match(await page.locator('.events').innerText(), /label dangles: it points to freed memory \(#1\)/);
    assert.equal(await page.locator('.block.freed').count(), 1);
    const arrow = await page.evaluate(() => {
      const path = document.querySelector('path.arrow.dangling') as SVGPathElement | null;
      if (!path) return null;
      const svg = document.querySelector('svg.arrows')!.getBoundingClientRect();
      const end = path.getPointAtLength(path.getTotalLength());
      const block = document.querySelector('.block.freed')!.getBoundingClientRect();
      return { target: path.getAttribute('data-target'), end: { x: end.x + svg.left, y: end.y + svg.top }, block: { left: block.left, right: block.right, top: block.top, bottom: block.bottom } };
    });
    assert.ok(arrow, 'a dangling arrow is drawn');
    assert.equal(arrow.target, 'block:1');
    assert.ok(arrow.end.x >= arrow.block.left - 2 && arrow.end.x <= arrow.block.right + 2 && arrow.end.y >= arrow.block.top - 2 && arrow.end.y <= arrow.block.bottom + 2, JSON.stringify(arrow));
    // The permissions the rejected program has are shown as in any run: `label` keeps R while it dangles.
    assert.match(await page.locator('.perm-strip-title').innerText(), /^Permissions in main\(\)/);
    assert.equal(await page.locator('.perm-row[data-place="label"]').count(), 1);
    assert.ok((await page.locator('.perm-badges').count()) > 0, 'the stack variables have their R/W/O badges');
    await page.screenshot({ path: path.join(OUTPUT, 'as-if-accepted-freed-string.png'), fullPage: true });
    // The next step reads it: undefined behaviour.
    await page.close();
    const ub = await openReplay(browser!, freedString, 5);
    assert.match(await ub.locator('.end-sentence').innerText(), /^Undefined behaviour at line 7:5: read of freed memory \(block #1\)\. The run stops here/);
    await ub.close();
  });

  it('stops at main\'s access to the place the unjoined thread wrote: a data race', async () => {
    const page = await openReplay(browser!, race, 3);
    assert.match(await page.locator('.events').innerText(), /undefined behaviour: data race: thread 1 writes `count` and main accesses it, with nothing ordering the two/);
    assert.match(await page.locator('.end-sentence').innerText(), /^Undefined behaviour at line 5:5: data race: thread 1 writes `count` and main accesses it/);
    await page.screenshot({ path: path.join(OUTPUT, 'as-if-accepted-data-race.png'), fullPage: true });
    assert.match(await page.locator('.perm-strip-title').innerText(), /^Permissions in main\(\)/);
    assert.equal(await page.locator('.perm-row[data-place="count"]').count(), 1);
    await page.close();
  });
});

describe('inspector panel: "Run as if accepted" in the refusal banner, in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let file = '';
  const source = fs.readFileSync(path.join(ROOT, PROGRAM), 'utf8');
  let refused: Trace;
  let asIf: Trace;

  before(async function () {
    browser = await startChromium(this);
    await initParser();
    refused = simulate(source, { file: PROGRAM }).trace;
    asIf = simulate(source, { file: PROGRAM, asIfAccepted: true }).trace;
    file = writePanelPage(tempDir(), panelHtml);
    await browser!.context.addInitScript(FAKE_VSCODE_API);
  });

  after(async () => {
    await browser?.close();
  });

  const posted = (page: Page) => page.evaluate(() => (globalThis as unknown as { __posted: FromWebview[] }).__posted);

  it('offers the button on a borrow error, asks the host for the run, and shows it when it comes', async () => {
    assert.equal(refused.end.kind, 'rejected');
    const page = await browser!.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (globalThis as unknown as { __posted: unknown[] }).__posted.length > 0);
    // The host's side: the session, whose port runs the document again as if accepted.
    const toWebview: ToWebview[] = [];
    let asked = 0;
    const session = new InspectorSession('file:///scores.rs', { post: (m) => toWebview.push(m), highlight: () => undefined, reveal: () => undefined, runAsIfAccepted: () => asked++ });
    session.receive({ type: 'ready' });
    session.showTrace({ version: 1, trace: refused, lineOffset: 0 }, { step: 0 });
    await page.evaluate((msgs) => msgs.forEach((m) => window.postMessage(m, '*')), toWebview.splice(0));
    const button = page.locator('.banner button.as-if-accepted-run');
    await button.waitFor();
    assert.match(await page.locator('.banner').innerText(), /^Rejected by rustc\. rustc would reject this program: error\[E0502\] at line 4:5/);
    assert.equal(await button.innerText(), 'Run as if accepted');
    await button.click();
    await page.waitForFunction(() => (globalThis as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'asIfAccepted'));
    for (const m of await posted(page)) session.receive(m);
    assert.equal(asked, 1, 'the host was asked once to run as if accepted');
    session.showTrace({ version: 1, trace: asIf, lineOffset: 0 }, { step: 2 });
    await page.evaluate((msgs) => msgs.forEach((m) => window.postMessage(m, '*')), toWebview.splice(0));
    await page.waitForSelector('.banner.as-if-accepted');
    await page.waitForSelector('#app[data-step="2"]');
    assert.equal(await page.locator('path.arrow.dangling').count(), 1);
    assert.equal(await page.locator('.banner button.as-if-accepted-run').count(), 0);
    await page.close();
  });

  it('offers no button when a type error refuses the program', async () => {
    const typeError = simulate('fn main() {\n    let n: i32 = "seven";\n    println!("{n}");\n}\n', { file: 'typed.rs', asIfAccepted: true }).trace;
    assert.equal(typeError.end.kind, 'rejected');
    const page = await browser!.context.newPage();
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (globalThis as unknown as { __posted: unknown[] }).__posted.length > 0);
    const toWebview: ToWebview[] = [];
    let asked = 0;
    const session = new InspectorSession('file:///typed.rs', { post: (m) => toWebview.push(m), highlight: () => undefined, reveal: () => undefined, runAsIfAccepted: () => asked++ });
    session.receive({ type: 'ready' });
    session.showTrace({ version: 1, trace: typeError, lineOffset: 0 }, { step: 0 });
    await page.evaluate((msgs) => msgs.forEach((m) => window.postMessage(m, '*')), toWebview.splice(0));
    await page.waitForSelector('.banner:not(.hidden)');
    assert.match(await page.locator('.banner').innerText(), /error\[E0308\]/);
    assert.equal(await page.locator('.banner button').count(), 0);
    // A stray request is ignored too: only a borrow checker's refusal may be run anyway.
    session.receive({ type: 'asIfAccepted' });
    assert.equal(asked, 0);
    await page.close();
  });
});
