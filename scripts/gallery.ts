// `npm run gallery`: the README's screenshots (docs/gallery/). Each example is replayed with
// `rustmem replay`, opened in Chromium at the step where its heap holds the most blocks (then the
// most live variables; ties: the later step), and captured at 1400×900 and 800×600 in light and dark. Needs a build (dist/) and
// Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import type { Trace } from '../protocol/trace';
import { replayState } from '../protocol/replay';
import { decodeTrace, type TraceColumns } from '../protocol/traceColumns';

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'docs', 'gallery');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const PROGRAMS = [
  'examples/stack_and_heap.rs',
  'examples/ownership_and_drops.rs',
  'examples/rc_cycle.rs',
  'test/fixtures/inspector/box_list.rs',
  'test/fixtures/inspector/vec_strings.rs',
  'test/fixtures/inspector/guards_thread.rs',
];
const SIZES = [
  { width: 1400, height: 900 },
  { width: 800, height: 600 },
];

function cli(...args: string[]): string {
  const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`rustmem ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The step with the most heap blocks, then the most variables: where a picture shows the most. */
function fullestStep(trace: Trace): number {
  let best = 0;
  let most = -1;
  for (let s = 0; s < trace.steps.length; s++) {
    const state = replayState(trace, s);
    const n = state.blocks.length * 1000 + state.frames.reduce((sum, f) => sum + f.vars.filter((v) => !v.moved).length, 0);
    if (n >= most) (most = n), (best = s);
  }
  return best;
}

async function main(): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-gallery-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const program of PROGRAMS) {
      const name = path.basename(program, '.rs');
      const page = path.join(dir, `${name}.html`);
      cli('replay', program, '-o', page);
      const step = fullestStep(decodeTrace(JSON.parse(cli('trace', '--json', program)) as TraceColumns));
      for (const scheme of ['light', 'dark'] as const) {
        for (const size of SIZES) {
          const tab = await browser.newPage({ viewport: size, colorScheme: scheme });
          await tab.goto(`file://${page}#step=${step + 1}`);
          await tab.waitForSelector(`#app[data-step="${step}"]`);
          // Below 900 px the code pane sits above the memory: the picture shows the memory, as a
          // reader scrolled down to it would see it.
          if (size.width < 900) await tab.evaluate(() => document.querySelector('.memory-wrap')?.scrollIntoView({ block: 'start' }));
          const file = path.join(out, `${name}-${size.width}-${scheme}.png`);
          await tab.screenshot({ path: file });
          await tab.close();
          console.log(`${path.relative(root, file)} (step ${step + 1})`);
        }
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
