// The stages of the UI walk-through, in order. Each stage waits on what the workbench shows (never a
// fixed sleep) and returns a short description of what it saw. Selectors are VS Code 1.100's.
import { repoRoot } from './install-code-server.mjs';
import path from 'node:path';

/** The example that shows a program's stack and heap. */
const EXAMPLES = path.join(repoRoot, 'examples');
const EXAMPLE_FILE = 'stack_and_heap.rs';
const TIMEOUT = 60_000;

export function walkthroughStages({ page, server }) {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const quickInput = page.locator('.quick-input-widget');
  return [
    {
      name: 'workbench', title: 'the workbench opens on the examples folder',
      async run() {
        await page.goto(`${server.url}/?folder=${encodeURIComponent(EXAMPLES)}`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
        await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: EXAMPLE_FILE }).first().waitFor({ timeout: TIMEOUT });
      },
    },
    {
      name: 'open-example', title: `${EXAMPLE_FILE} opens in an editor`,
      async run() {
        await page.keyboard.press('Control+P');
        await quickInput.locator('input').waitFor({ state: 'visible' });
        await page.keyboard.type(EXAMPLE_FILE);
        await quickInput.locator('.monaco-list-row', { hasText: EXAMPLE_FILE }).first().waitFor();
        await page.keyboard.press('Enter');
        await editor.locator('.view-line', { hasText: 'fn main()' }).waitFor({ timeout: TIMEOUT });
      },
    },
    {
      name: 'hover', title: 'hovering the binding `name` shows its size',
      async run() {
        const token = editor.locator('.view-line', { hasText: 'let name = String::from' }).locator('span > span', { hasText: /^name$/ }).first();
        const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: /\d+ B on the stack/ }).first();
        // A hover appears when the mouse rests on the token; moving away and back starts a fresh one.
        for (let attempt = 0; ; attempt++) {
          await page.mouse.move(5, 5);
          await token.hover();
          try {
            await hover.waitFor({ state: 'visible', timeout: 10_000 });
            break;
          } catch (e) {
            if (attempt === 2) throw e;
          }
        }
        const text = await hover.innerText();
        if (!/\bname\b/.test(text)) throw new Error(`the hover does not name the binding: ${text}`);
        await page.waitForFunction(() => {
          // the hover fades in; the screenshot should show it fully drawn
          const el = document.querySelector('.monaco-hover:not(.hidden)');
          return !!el && getComputedStyle(el).opacity === '1';
        });
        return text.replace(/\s+/g, ' ').slice(0, 120);
      },
    },
  ];
}
