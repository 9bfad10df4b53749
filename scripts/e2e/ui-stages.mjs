// The stages of the UI walk-through, in order. Each stage waits on what the workbench shows (never a
// fixed sleep) and returns a short description of what it saw. Selectors are VS Code 1.100's.
// The user opens the examples folder, looks at the warning in large_array.rs and applies its quick
// fix (undone again), then inspects stack_and_heap.rs: its drop hint, a hover, the `▶ Inspect
// memory` CodeLens, and stepping through the panel.
import path from 'node:path';
import { repoRoot } from './install-code-server.mjs';

const EXAMPLES = path.join(repoRoot, 'examples');
const WARNING_EXAMPLE = 'large_array.rs';
const STEPPING_EXAMPLE = 'stack_and_heap.rs';
// Generous: on a machine whose two cores are busy, the workbench alone can take a minute to load.
const TIMEOUT = 120_000;

export function walkthroughStages({ page, server }) {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const quickInput = page.locator('.quick-input-widget');
  // Webviews are nested iframes: the outer one is VS Code's host page, the inner one the panel.
  const panel = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

  async function openFile(name, lineText) {
    await page.keyboard.press('Control+P');
    await quickInput.locator('input').waitFor({ state: 'visible' });
    await page.keyboard.type(name);
    await quickInput.locator('.monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: TIMEOUT });
    await editor.locator('.view-line', { hasText: lineText }).waitFor({ timeout: TIMEOUT });
  }

  /** The step label of the panel, e.g. "Step 5 of 63 · line 17", parsed. */
  async function panelStep() {
    const text = await panel.locator('.step-label').innerText();
    const m = /^Step (\d+) of (\d+) · line (\d+)$/.exec(text.trim());
    if (!m) throw new Error(`unexpected step label: ${text}`);
    return { step: Number(m[1]), of: Number(m[2]), line: Number(m[3]) };
  }

  /** Waits until the editor highlights exactly `line` (1-based) with the step highlight. */
  async function waitForHighlightedLine(line) {
    await page.waitForFunction((expected) => {
      const ed = document.querySelector('.editor-instance .monaco-editor');
      if (!ed) return false;
      // The step highlight is painted with the theme's stack-frame colour (client/src/inspector/highlight.ts).
      const probe = document.createElement('div');
      probe.style.background = 'var(--vscode-editor-stackFrameHighlightBackground)';
      ed.appendChild(probe);
      const colour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const tops = [...ed.querySelectorAll('.view-overlays .cdr')]
        .filter((d) => [...d.classList].some((c) => c.startsWith('ced-')) && getComputedStyle(d).backgroundColor === colour)
        .map((d) => d.parentElement?.style.top);
      const lines = [...ed.querySelectorAll('.margin-view-overlays > div')]
        .filter((d) => tops.includes(d.style.top))
        .map((d) => Number(d.querySelector('.line-numbers')?.textContent));
      return lines.length === 1 && lines[0] === expected;
    }, line, { timeout: TIMEOUT });
  }

  return [
    {
      name: 'workbench', title: 'the workbench opens on the examples folder',
      async run() {
        await page.goto(`${server.url}/?folder=${encodeURIComponent(EXAMPLES)}`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
        await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: STEPPING_EXAMPLE }).first().waitFor({ timeout: TIMEOUT });
      },
    },
    {
      name: 'squiggle-and-problems', title: `${WARNING_EXAMPLE}: the large array is squiggled and listed in Problems`,
      async run() {
        await openFile(WARNING_EXAMPLE, 'let on_stack');
        await editor.locator('.view-overlays .squiggly-warning').first().waitFor({ timeout: TIMEOUT });
        await page.keyboard.press('Control+Shift+M');
        const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'This array takes 64 KiB' }).first();
        await row.waitFor({ timeout: TIMEOUT });
        const text = (await row.innerText()).replace(/\s+/g, ' ');
        if (!text.includes('large-stack-array')) throw new Error(`the Problems entry has no code: ${text}`);
        // The code is a link (its codeDescription) into the README the installed .vsix carries.
        const link = row.locator('a', { hasText: 'large-stack-array' });
        try {
          await link.waitFor({ timeout: 10_000 });
        } catch {
          throw new Error(`the code in the Problems entry is not a link: ${await row.innerHTML()}`);
        }
        return `${text.slice(0, 100)} (code linked)`;
      },
    },
    {
      name: 'quick-fix', title: `${WARNING_EXAMPLE}: Ctrl+. on the array offers the heap fix; choosing it rewrites the line (then undone)`,
      async run() {
        // The caret goes inside the diagnostic's range, `[1u8; N]` on line 12 (Go to Line: `12:22`).
        await editor.locator('.view-line', { hasText: 'let on_stack' }).click();
        await page.keyboard.press('Control+G');
        await quickInput.locator('input').waitFor({ state: 'visible' });
        await page.keyboard.type('12:22');
        await page.keyboard.press('Enter');
        await editor.locator('.view-line', { hasText: 'let on_stack' }).waitFor();
        const title = 'Allocate on the heap: `vec![1u8; N]`';
        const menu = page.locator('.action-widget');
        const row = menu.locator('.monaco-list-row', { hasText: 'Allocate on the heap' }).first();
        // The menu asks the server for its actions when it opens; reopen it if it came up empty.
        for (let attempt = 0; ; attempt++) {
          await page.keyboard.press('Control+.');
          try {
            await row.waitFor({ timeout: 15_000 });
            break;
          } catch (e) {
            await page.keyboard.press('Escape');
            if (attempt === 2) throw e;
          }
        }
        const offered = (await menu.innerText()).replace(/\s+/g, ' ');
        if (!offered.includes(title.replace(/`/g, '')) && !offered.includes(title)) throw new Error(`the fix is not offered as ${title}: ${offered}`);
        // The preferred fix comes up selected (the menu blocks the mouse while it opens): Enter applies it.
        await menu.locator('.monaco-list-row.focused', { hasText: 'Allocate on the heap' }).waitFor({ timeout: TIMEOUT });
        await page.keyboard.press('Enter');
        await editor.locator('.view-line', { hasText: 'let on_stack = vec![1u8; N];' }).waitFor({ timeout: TIMEOUT });
        // The warning of this line is gone once the server has read the edit; the Box::new one stays.
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'This array takes 64 KiB' }).waitFor({ state: 'detached', timeout: TIMEOUT });
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'box-stack-temporary' }).first().waitFor({ timeout: TIMEOUT });
        await page.keyboard.press('Control+Z');
        await editor.locator('.view-line', { hasText: 'let on_stack = [1u8; N];' }).waitFor({ timeout: TIMEOUT });
        // Undone: the server reads the old text again and the warning comes back.
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'This array takes 64 KiB' }).first().waitFor({ timeout: TIMEOUT });
        return offered.slice(0, 120);
      },
    },
    {
      name: 'open-example', title: `${STEPPING_EXAMPLE} opens in an editor`,
      async run() {
        await page.keyboard.press('Control+J'); // hide the panel area (Problems) again
        await openFile(STEPPING_EXAMPLE, 'fn main()');
      },
    },
    {
      name: 'drop-hints', title: 'the drops at the end of `main` show as an inlay hint after its closing brace',
      async run() {
        // Inlay hints are drawn as text inside the line; they come once the simulated run is in.
        const closing = editor.locator('.view-line', { hasText: 'drop: name, boxed, squares' });
        await closing.waitFor({ timeout: TIMEOUT });
        const text = (await closing.innerText()).replace(/\s+/g, ' ').trim();
        if (!text.startsWith('}')) throw new Error(`the hint is not after main's closing brace: ${text}`);
        return text;
      },
    },
    {
      name: 'hover', title: 'hovering the binding `name` shows its size',
      async run() {
        const token = editor.locator('.view-line', { hasText: 'let name = String::from' }).locator('span > span', { hasText: /^name$/ }).first();
        // `name`'s own hover: a taller one left open over the line (another binding's) must not count.
        const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: /\d+ B on the stack/ }).filter({ hasText: /\bname\b/ }).first();
        // A hover appears when the mouse rests on the token; closing it and coming back starts a fresh one.
        for (let attempt = 0; ; attempt++) {
          await page.keyboard.press('Escape');
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
    {
      name: 'inspect-memory', title: 'clicking `▶ Inspect memory` opens the panel at step 1, its line highlighted',
      async run() {
        await page.keyboard.press('Escape');
        await page.mouse.move(5, 5);
        const lens = editor.locator('.codelens-decoration a', { hasText: '▶ Inspect memory' }).first();
        const tab = page.locator('.tab', { hasText: `Memory: ${STEPPING_EXAMPLE}` });
        // The lens is redrawn when the simulation's summary arrives (`· 63 steps`); a click on the
        // lens being replaced is lost, so click again if no panel appears.
        for (let attempt = 0; ; attempt++) {
          await lens.waitFor({ timeout: TIMEOUT });
          await lens.click();
          try {
            await tab.waitFor({ timeout: 15_000 });
            break;
          } catch (e) {
            if (attempt === 2) throw e;
          }
        }
        await panel.locator('#app[data-step="0"]').waitFor({ timeout: TIMEOUT });
        const at = await panelStep();
        if (at.step !== 1) throw new Error(`the panel opened at step ${at.step}`);
        if (!/main\(\)/.test(await panel.locator('.stack').innerText())) throw new Error('no main() frame on the stack');
        await waitForHighlightedLine(at.line);
        return `step 1 of ${at.of}, line ${at.line} highlighted`;
      },
    },
    {
      name: 'step-in-webview', title: 'stepping with → in the panel until the Vec allocates: stack and heap read as text',
      async run() {
        await panel.locator('.step-label').click(); // keyboard focus into the webview
        let at = await panelStep();
        while ((await panel.locator('.heap .block').count()) === 0) {
          if (at.step >= at.of) throw new Error('the run ended before anything was allocated on the heap');
          await page.keyboard.press('ArrowRight');
          await panel.locator(`#app[data-step="${at.step}"]`).waitFor({ timeout: TIMEOUT }); // data-step is 0-based
          at = await panelStep();
        }
        const stack = (await panel.locator('.stack').innerText()).replace(/\s+/g, ' ');
        const heap = (await panel.locator('.heap').innerText()).replace(/\s+/g, ' ');
        if (!/squares Vec<u64> 24 B/.test(stack)) throw new Error(`the stack does not show squares: Vec<u64> (24 B): ${stack}`);
        // The program prints `len 1 capacity 4` after its first push, when built by rustc.
        if (!/len 1 \/ capacity 4/.test(heap)) throw new Error(`the heap does not show len 1 / capacity 4: ${heap}`);
        return `step ${at.step}, line ${at.line}; heap: ${heap.slice(0, 80)}`;
      },
    },
    {
      name: 'editor-highlight-moved', title: 'the editor highlights the line of the new step',
      async run() {
        const at = await panelStep();
        await waitForHighlightedLine(at.line);
        return `line ${at.line}`;
      },
    },
    {
      name: 'frame-bytes-and-realloc', title: "main's frame in bytes by part; stepping on to the push that reallocates draws the old block freed",
      async run() {
        const legend = await panel.locator('.frame', { hasText: 'main()' }).locator('.frame-legend-item').allInnerTexts();
        if (!legend.some((t) => /^return address 8 B$/.test(t))) throw new Error(`no frame composition under main(): ${legend.join(' | ')}`);
        if (!legend.some((t) => /^spill slots \d+ B$/.test(t))) throw new Error(`no spill slots under main(): ${legend.join(' | ')}`);
        let at = await panelStep();
        while ((await panel.locator('.block.reallocated').count()) === 0) {
          if (at.step >= at.of) throw new Error('the run ended before a reallocation');
          await page.keyboard.press('ArrowRight');
          await panel.locator(`#app[data-step="${at.step}"]`).waitFor({ timeout: TIMEOUT });
          at = await panelStep();
        }
        const old = await panel.locator('.block.reallocated .realloc-title').innerText();
        if (!/^old block · capacity \d+ · .* · freed$/.test(old)) throw new Error(`unexpected old block: ${old}`);
        const moves = await panel.locator('path.arrow.move').count();
        if (moves < 1) throw new Error('no move arrows from the old block');
        return `step ${at.step}: ${old}, ${moves} move arrows; frame: ${legend.join(', ')}`;
      },
    },
    {
      name: 'play-drops', title: "at the last step, Play drops walks main's closing brace one drop at a time",
      async run() {
        const { of } = await panelStep();
        await page.keyboard.press('End');
        // Read the step only once the panel is at the last one: read at once, it may still be the old one.
        await panel.locator(`#app[data-step="${of - 1}"]`).waitFor({ timeout: TIMEOUT });
        const last = await panelStep();
        const events = await panel.locator('.events').innerText();
        if (!/drop squares/.test(events)) throw new Error(`the last step does not drop squares: ${events}`);
        // One drop a second; the walk goes on while this reads, so any drop of it will do.
        await panel.locator('select.speed').first().selectOption('1');
        await panel.getByRole('button', { name: 'Play drops one by one' }).click();
        await panel.locator('#app[data-drop="0"]').waitFor({ state: 'attached', timeout: TIMEOUT });
        const during = await panelStep();
        const label = await panel.locator('.play-drops').innerText();
        const m = /^Drop (\d+) of (\d+)$/.exec(label.trim());
        if (!m || Number(m[2]) < 3) throw new Error(`unexpected play-drops label: ${label}`);
        if (during.line !== last.line) throw new Error(`a drop is at line ${during.line}, not at main's closing brace (line ${last.line})`);
        await panel.locator('#app[data-drop=""]').waitFor({ state: 'attached', timeout: TIMEOUT });
        const end = await panelStep();
        if (end.step !== last.step) throw new Error(`the walk ended at step ${end.step}, not at the last drop (step ${last.step})`);
        return `${m[2]} drops up to step ${last.step}, all at line ${last.line}`;
      },
    },
  ];
}
