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
  'test/fixtures/inspector/shared_counter.rs',
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

/**
 * Moments of a run worth a picture of their own, at 1400×900: a buffer reallocating (the old block
 * and the elements' moves), a guard dropping at a closing brace (its `Drop::drop` called with
 * `self` pointing at the variable), and a spawned thread holding a `MutexGuard` beside `main`.
 */
const MOMENTS: { program: string; moment: string; step: (trace: Trace) => number }[] = [
  { program: 'examples/stack_and_heap.rs', moment: 'realloc', step: (t) => t.steps.findIndex((s) => s.events.some((e) => e.kind === 'realloc')) },
  {
    program: 'test/fixtures/inspector/guards_thread.rs',
    moment: 'drop',
    step: (t) => {
      for (let i = t.steps.length - 1; i >= 0; i--) {
        const ev = t.steps.at(i)!.events;
        if (ev.some((e) => e.kind === 'drop') && ev.some((e) => e.kind === 'call')) return i;
      }
      return -1;
    },
  },
  {
    program: 'test/fixtures/inspector/shared_counter.rs',
    moment: 'threads',
    step: (t) => t.steps.findIndex((_, i) => {
      const frames = replayState(t, i).frames;
      return new Set(frames.map((f) => f.thread)).size > 1 && frames.some((f) => f.vars.some((v) => v.type.startsWith('MutexGuard')));
    }),
  },
];

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
      const trace = decodeTrace(JSON.parse(cli('trace', '--json', program)) as TraceColumns);
      const shots = [
        ...SIZES.map((size) => ({ size, step: fullestStep(trace), suffix: '' })),
        ...MOMENTS.filter((m) => m.program === program).map((m) => ({ size: SIZES[0]!, step: m.step(trace), suffix: `-${m.moment}` })),
      ];
      for (const scheme of ['light', 'dark'] as const) {
        for (const { size, step, suffix } of shots) {
          if (step < 0) throw new Error(`${program}: no step for ${suffix}`);
          const tab = await browser.newPage({ viewport: size, colorScheme: scheme });
          await tab.goto(`file://${page}#step=${step + 1}`);
          await tab.waitForSelector(`#app[data-step="${step}"]`);
          // Below 900 px the code pane sits above the memory: the picture shows the memory, as a
          // reader scrolled down to it would see it.
          if (size.width < 900) await tab.evaluate(() => document.querySelector('.memory-wrap')?.scrollIntoView({ block: 'start' }));
          const file = path.join(out, `${name}${suffix}-${size.width}-${scheme}.png`);
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
