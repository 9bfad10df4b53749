// The stages of the UI walk-through, in order. Each stage waits on what the workbench shows (never a
// fixed sleep) and returns a short description of what it saw. Selectors are VS Code 1.100's.
import { repoRoot } from './install-code-server.mjs';
import path from 'node:path';

/** The example a new user opens first when looking at leaks. */
const EXAMPLES = path.join(repoRoot, 'examples');
const EXAMPLE_FILE = 'rc_cycle.rs';
const TIMEOUT = 60_000;

export function walkthroughStages({ page, server }) {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const quickInput = page.locator('.quick-input-widget');
  return [
    {
      name: 'workbench', title: 'the workbench opens on the examples folder',
      async run() {
        await page.goto(`${server.url}/?folder=${encodeURIComponent(EXAMPLES)}`);
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
  ];
}
