// `rustmem mdbook` as mdBook runs it: `supports RENDERER`, then [context, book] on stdin and the
// book on stdout. The book has chapters, nested sub-items, a separator and a part title, and code
// blocks with and without the `rustmem` attribute; the player it embeds is opened in Chromium and
// stepped with the keyboard.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { distFile, repoRoot } from '../support/dist';
import { startChromium, OUTPUT, tempDir, type Browser } from '../browser/harness';

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, [distFile('cli.js'), 'mdbook', ...args], {
    cwd: repoRoot, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
}

const MOVE_BLOCK = '```rust,rustmem\nlet s = String::from("hi");\nlet t = s;\nprintln!("{}", t);\n```';
const PLAIN_BLOCK = '```rust\nfn main() {\n    let v = vec![1, 2, 3];\n    println!("{:?}", v);\n}\n```';
/** Compiles and runs, and the engine warns: 20,000 bytes of stack in one array. */
const WARN_BLOCK = '```rust,rustmem,editable\nfn main() {\n    let a = [0u8; 20000];\n    println!("{}", a[1]);\n}\n```';
/** A `// @mem` claim that the run contradicts: annotations apply inside a block as in the editor. */
const CLAIM_BLOCK = '```rust,rustmem\nfn main() {\n    let s = String::from("hi");\n    println!("{}", s);\n}\n// @mem expect output "bye"\n```';
const HOSTILE_BLOCK = '```rust,rustmem\nfn main() {\n    println!("<img src=x onerror=alert(1)></iframe>");\n}\n```';

function chapter(name: string, content: string, subItems: unknown[] = []) {
  return { Chapter: { name, content, number: [1], sub_items: subItems, path: `${name}.md`, source_path: `${name}.md`, parent_names: [] } };
}

const CONTEXT = {
  root: '/books/memory', renderer: 'html', mdbook_version: '0.4.52',
  config: { book: { title: 'Memory' }, preprocessor: { rustmem: { command: 'rustmem mdbook' } } },
};

const MOVES = `# Moves\n\nA move hands the String on:\n\n${MOVE_BLOCK}\n\nA block left alone:\n\n${PLAIN_BLOCK}\n`;
const STACK = `# Stack\n\n${WARN_BLOCK}\n\nA claim:\n\n${CLAIM_BLOCK}\n\nThe end.\n`;
const PLAIN = `# Plain\n\n${PLAIN_BLOCK}\n`;
const HOSTILE = `# Hostile\n\n${HOSTILE_BLOCK}\n`;

function book(key: 'sections' | 'items') {
  return {
    [key]: [
      chapter('moves', MOVES, [chapter('stack', STACK, [chapter('plain', PLAIN)])]),
      'Separator',
      { PartTitle: 'More' },
      chapter('hostile', HOSTILE),
    ],
    __non_exhaustive: null,
  };
}

/** The HTML the preprocessor put under the first rustmem block of `content`. */
function playerHtml(content: string): string {
  const start = content.indexOf('<div class="rustmem-block">');
  const end = content.indexOf('</iframe>\n</div>', start);
  assert.ok(start >= 0 && end > start, 'the chapter has a player');
  return content.slice(start, end + '</iframe>\n</div>'.length);
}

type Item = { Chapter?: { content: string; sub_items: Item[] } };

function contents(items: Item[], out: string[] = []): string[] {
  for (const item of items) {
    if (!item.Chapter) continue;
    out.push(item.Chapter.content);
    contents(item.Chapter.sub_items, out);
  }
  return out;
}

describe('rustmem mdbook (an mdBook preprocessor)', function () {
  this.timeout(120000);

  it('supports the html renderer only', () => {
    assert.equal(cli(['supports', 'html']).status, 0);
    assert.equal(cli(['supports', 'epub']).status, 1);
    assert.equal(cli(['supports']).status, 2);
  });

  it('exits 2 with the reason on input that is not mdBook JSON', () => {
    const notJson = cli([], 'not json');
    assert.equal(notJson.status, 2);
    assert.match(notJson.stderr, /stdin is not JSON/);
    const wrongShape = cli([], JSON.stringify({ sections: [] }));
    assert.equal(wrongShape.status, 2);
    assert.match(wrongShape.stderr, /expected \[context, book\]/);
  });

  let out: ReturnType<typeof book>;

  it('puts diagnostics and a player under each rustmem block, in nested chapters, and leaves the rest alone', () => {
    const input = book('sections');
    const run = cli([], JSON.stringify([CONTEXT, input]));
    assert.equal(run.status, 0, run.stderr);
    out = JSON.parse(run.stdout) as ReturnType<typeof book>;
    const items = out.sections as Item[];
    assert.equal(items[1], 'Separator');
    assert.deepEqual(items[2], { PartTitle: 'More' });
    const [moves, stack, plain, hostile] = contents(items);
    // Untouched: a chapter without the attribute, and the plain block of a chapter that has one.
    assert.equal(plain, PLAIN);
    assert.ok(moves!.startsWith(`# Moves\n\nA move hands the String on:\n\n${MOVE_BLOCK}\n\n<div class="rustmem-block">\n`));
    assert.ok(moves!.endsWith(`</div>\n\n\nA block left alone:\n\n${PLAIN_BLOCK}\n`));
    assert.equal(moves!.match(/<iframe /g)?.length, 1);
    // The HTML is one Markdown HTML block: no blank line inside it.
    const html = playerHtml(moves!);
    assert.ok(!html.includes('\n\n'));
    assert.ok(!/\bsrc="http|href="http/.test(html), 'the player makes no request');
    // The warning sits above the player, at the block's line 2.
    const warn = stack!.indexOf('large-stack-array');
    assert.ok(warn > 0 && warn < stack!.indexOf('<iframe'), 'the diagnostic is above the player');
    assert.match(stack!, /warning\[large-stack-array\]<\/strong> line 2: This array takes 19\.5 KiB/);
    assert.ok(stack!.endsWith('</div>\n\n\nThe end.\n'));
    assert.equal(stack!.match(/<iframe /g)?.length, 2);
    assert.match(stack!, /warning\[annotation-failed\]<\/strong> line 5: the program never prints `bye`: it prints `hi`/);
    assert.equal(hostile!.match(/<iframe /g)?.length, 1);
    assert.ok(!playerHtml(hostile!).includes('<img'), 'program text is escaped in the srcdoc');
  });

  it('accepts the book as `items` too, and writes it back the same way', () => {
    const run = cli([], JSON.stringify([CONTEXT, book('items')]));
    assert.equal(run.status, 0, run.stderr);
    const back = JSON.parse(run.stdout) as { items: Item[]; sections?: unknown };
    assert.equal(back.sections, undefined);
    assert.equal(contents(back.items).length, 4);
    assert.equal(contents(back.items)[0]!.match(/<iframe /g)?.length, 1);
  });

  describe('the embedded player, in Chromium', () => {
    let browser: Browser | undefined;

    before(async function () {
      browser = await startChromium(this);
    });

    after(async () => {
      await browser?.close();
    });

    it('opens from the chapter HTML and steps with the keyboard; a hostile string is text', async () => {
      assert.ok(out, 'the preprocessor test ran first');
      const [moves, , , hostile] = contents(out.sections as Item[]);
      const dir = tempDir();
      const file = path.join(dir, 'chapter.html');
      fs.writeFileSync(file, `<!DOCTYPE html><html><body><main>${playerHtml(moves!)}${playerHtml(hostile!)}</main></body></html>`);
      const page = await browser!.context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`file://${file}`);
      const frame = page.frameLocator('iframe.rustmem-player').first();
      await frame.locator('#app[data-step="0"]').waitFor();
      assert.match(await frame.locator('.title').innerText(), /fn main/);
      await frame.locator('.title').click();
      await page.keyboard.press('ArrowRight');
      await frame.locator('#app[data-step="1"]').waitFor();
      // The player shows permissions as the panel does: `s` loses everything to the move into `t`.
      assert.match(await frame.locator('.perm-strip-title').innerText(), /^Permissions in main\(\)/);
      assert.equal(await frame.locator('.perm-row[data-place="s"] .perm-seg[data-perms="---"]').count() > 0, true);
      assert.ok((await frame.locator('.perm-badges').count()) > 0, 'the stack variables have their R/W/O badges');
      await page.keyboard.press('End');
      await frame.locator('.console-screen', { hasText: 'hi' }).waitFor();
      await page.screenshot({ path: path.join(OUTPUT, 'mdbook-player.png') });

      const bad = page.frameLocator('iframe.rustmem-player').nth(1);
      await bad.locator('#app[data-step="0"]').waitFor();
      await bad.locator('.title').click();
      await page.keyboard.press('End');
      await bad.locator('.console-screen', { hasText: 'onerror' }).waitFor();
      assert.equal(await bad.locator('.console-screen').innerText(), '<img src=x onerror=alert(1)></iframe>\n');
      assert.equal(await bad.locator('img').count(), 0);
      assert.deepEqual(dialogs, []);
      await page.close();
    });
  });
});
