// Pages written by `rustmem replay` for the programs under test/fixtures/inspector/, opened at a
// step in Chromium: what the inspector's DOM tests share.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { distFile } from '../support/dist';
import { ROOT, type Browser } from './harness';

/** Writes the replay page of test/fixtures/inspector/NAME.rs into `dir`; returns its path. */
export function replay(name: string, dir: string): string {
  const out = path.join(dir, `${name}.html`);
  const r = spawnSync(process.execPath, [distFile('cli.js'), 'replay', `test/fixtures/inspector/${name}.rs`, '-o', out], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return out;
}

/** Opens a replay page at `step` (0-based), waits for it to be drawn, and fails on a page error. */
export async function openReplay(browser: Browser, file: string, step: number, size = { width: 1400, height: 900 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`file://${file}#step=${step + 1}`);
  await page.waitForSelector(`#app[data-step="${step}"]`);
  assert.deepEqual(errors, []);
  return page;
}
