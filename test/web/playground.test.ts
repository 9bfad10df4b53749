// The playground as a person uses it: the site that `npm run build:web` writes, opened from
// file:// in headless Chromium. Typing brings the product's diagnostics into the editor, the
// replay steps with the panel's keys and shows the permissions strip, the share link reopens the
// same program at the same step, and a program's hostile strings show as text. Screenshots go to
// test-output/browser/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, OUTPUT, ROOT, chromiumMissing, type Browser } from '../browser/harness';
import { buildSite, type BuiltSite } from './site';

const INDEX = path.join(ROOT, 'dist', 'web', 'index.html');

/** A program whose last line moves `s` and then reads it: the engine's `use-after-move`. */
const MOVED = 'fn main() {\n    let s = String::from("hello");\n    let t = s;\n    println!("{} {}", t.len(), 1);\n}\n';
const HOSTILE = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>';

async function open(browser: Browser, hash = ''): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`file://${INDEX}${hash}`);
  await page.waitForSelector('body[data-traced]');
  return { page, errors, dialogs };
}

/** The editor's text, line by line as CodeMirror draws it (the test programs fit the viewport). */
function editorText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.getElementById('editor')!.shadowRoot!.querySelectorAll('.cm-line'), (l) => l.textContent ?? '').join('\n'),
  );
}

/** Waits until the analysis of a version after `after` has finished (diagnostics and trace). */
async function analysedAfter(page: Page, after: number): Promise<number> {
  const handle = await page.waitForFunction((n) => {
    const d = document.body.dataset;
    const v = Number(d['analysing']);
    return v > n && d['analysed'] === String(v) && d['traced'] === String(v) ? v : false;
  }, after);
  return (await handle.jsonValue()) as number;
}

async function version(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset['traced']));
}

/** Replaces the whole program by typing it, as a person pasting and editing would. */
async function replaceProgram(page: Page, text: string): Promise<void> {
  await page.locator('#editor .cm-content').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

describe('playground: the static site from file://, in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let site: BuiltSite;

  before(async function () {
    const missing = chromiumMissing();
    if (missing) {
      console.log(`skipping the playground tests: ${missing}`);
      this.skip();
    }
    site = await buildSite();
    fs.mkdirSync(OUTPUT, { recursive: true });
    browser = await launch('light');
  });

  after(async () => {
    await browser?.close();
  });

  it('opens on an example, draws its replay, and weighs under 2 MB', async () => {
    assert.ok(site.size < 2 * 1024 * 1024, `the site weighs ${site.size} bytes`);
    const { page, errors } = await open(browser!);
    await page.waitForSelector('#app[data-step="0"]');
    assert.match(await editorText(page), /fn main\(\)/);
    assert.match(await page.locator('#app .title').innerText(), /main\.rs · fn main/);
    assert.ok((await page.locator('#examples option').count()) >= 3);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: path.join(OUTPUT, 'playground.png') });
    await page.close();
  });

  it('shows a diagnostic as a squiggle after typing, steps the replay, and shares program and step', async () => {
    const { page, errors } = await open(browser!);
    const before = await version(page);
    await replaceProgram(page, MOVED);
    // Now break it: use `s` after the move, typed key by key.
    await page.locator('#editor .cm-line', { hasText: 't.len()' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('println!("{}", s);');
    await analysedAfter(page, before);
    await page.waitForSelector('#editor .cm-lintRange-error');
    assert.notEqual(await page.evaluate(() => document.body.dataset['diagnostics']), '0');
    await page.locator('#editor .cm-lintRange-error').first().hover();
    const tooltip = page.locator('#editor .cm-tooltip-lint');
    await tooltip.waitFor();
    assert.match(await tooltip.innerText(), /moved/i);

    // Fix it again: the squiggle goes, the replay of the fixed program is drawn.
    const broken = await version(page);
    await replaceProgram(page, MOVED);
    await analysedAfter(page, broken);
    assert.equal(await page.locator('#editor .cm-lintRange-error').count(), 0);
    await page.waitForSelector('#app[data-step="0"]');

    // Keys as in the panel (focus outside the editor): → twice, then End and Home.
    await page.locator('#app .title').click();
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#app[data-step="1"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#app[data-step="2"]');
    await page.keyboard.press('End');
    await page.waitForFunction(() => Number(document.getElementById('app')!.dataset['step']) > 2);
    await page.keyboard.press('Home');
    await page.waitForSelector('#app[data-step="0"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#app[data-step="2"]');
    // The step's line is highlighted in the editor.
    assert.equal(await page.locator('#editor .cm-step-line').count(), 1);

    await page.locator('#share').click();
    await page.waitForFunction(() => (document.getElementById('share-link') as HTMLInputElement).value !== '');
    const link = await page.locator('#share-link').inputValue();
    assert.match(link, /^file:\/\/.*#code=[A-Za-z0-9_-]+&step=3$/);
    assert.deepEqual(errors, []);

    const again = await open(browser!, link.slice(link.indexOf('#')));
    await again.page.waitForSelector('#app[data-step="2"]');
    assert.equal(await editorText(again.page), MOVED);
    assert.equal(await again.page.locator('#examples').inputValue(), '');
    assert.deepEqual(again.errors, []);
    await again.page.close();
    await page.close();
  });

  it('draws the permissions strip and badges of the program, as the panel does for the same program', async () => {
    const { page, errors } = await open(browser!);
    const before = await version(page);
    await replaceProgram(page, fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'inspector', 'permissions.rs'), 'utf8'));
    await analysedAfter(page, before);
    await page.waitForSelector('.perm-row[data-place="v"]');
    const strips = await page.evaluate(() => Array.from(document.querySelectorAll('.perm-row')).map((row) => {
      const segs = Array.from(row.querySelectorAll('.perm-seg')) as HTMLElement[];
      return `${(row as HTMLElement).dataset['place']}: ${segs.map((s) => `${s.dataset['perms'] ?? '.'}×${s.style.flexGrow}`).join(' ')}`;
    }));
    // The strips of test/browser/permissions.test.ts, which replays this program as the panel does.
    assert.deepEqual(strips, [
      'v: RWO×1 R--×1 RWO×2 ---×1 RWO×5 .×1',
      'first: .×1 R-O×9 .×1',
      'r: .×4 R-O×6 .×1',
      's: .×6 R-O×1 ---×3 .×1',
      't: .×7 R-O×3 .×1',
    ]);
    await page.locator('.perm-row[data-place="v"] .perm-seg[data-perms="R--"]').click();
    await page.waitForSelector('#app[data-step="1"]');
    const badges = await page.evaluate(() => Array.from(document.querySelectorAll('.var')).flatMap((row) => {
      const b = row.querySelector('.perm-badges') as HTMLElement | null;
      return b ? [`${row.querySelector('.var-name')!.textContent}: ${b.dataset['perms']}`] : [];
    }));
    assert.deepEqual(badges, ['v: R--', 'first: R-O']);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: path.join(OUTPUT, 'playground-permissions.png') });
    await page.close();
  });

  it('hovers give the product hover; a broken link falls back to an example', async () => {
    const { page } = await open(browser!, '#code=not-a-program&step=4');
    assert.match(await page.locator('#notice').innerText(), /no readable program/);
    assert.equal(await page.locator('#examples').inputValue(), '0');
    const before = await version(page);
    await replaceProgram(page, 'struct Pair {\n    a: u8,\n    b: u64,\n}\n\nfn main() {\n    let p = Pair { a: 1, b: 2 };\n    let _ = p.a as u64 + p.b;\n}\n');
    await analysedAfter(page, before);
    await page.locator('#editor .cm-line', { hasText: 'struct Pair' }).locator('text=Pair').hover();
    const hover = page.locator('#editor .pg-hover');
    await hover.waitFor();
    assert.match(await hover.innerText(), /16/);
    await page.close();
  });

  it('shows a hostile program string as text, never as markup', async () => {
    const { page, errors, dialogs } = await open(browser!);
    const before = await version(page);
    const program = `fn main() {\n    let s = String::from(${JSON.stringify(HOSTILE)});\n    println!("{}", s);\n}\n`;
    await replaceProgram(page, program);
    await analysedAfter(page, before);
    await page.locator('#app .title').click();
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('.console-screen')?.textContent?.includes('__pwned'));
    assert.equal(await page.locator('.console-screen').innerText(), `${HOSTILE}\n`);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('switches between light and dark themes', async () => {
    const { page } = await open(browser!);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.locator('#theme').click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset['theme']), 'dark');
    assert.notEqual(await bg(), light);
    await page.screenshot({ path: path.join(OUTPUT, 'playground-dark.png') });
    await page.locator('#theme').click();
    assert.equal(await bg(), light);
    await page.close();
  });
});
