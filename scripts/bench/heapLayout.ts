// The heap layout figures of `npm run bench`: the layout function alone on a 300-block heap (Node),
// and a whole step of a `rustmem replay` page with 300 heap blocks in Chromium, where the figure is
// what the page itself records (`#app[data-heap-layout]`: blocks placed, and the milliseconds of
// measuring them, laying them out and moving them). Skipped, saying why, without Chromium.
import { decodeTrace, type TraceColumns } from '../../protocol/traceColumns';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { layoutHeap, type LayoutBlock } from '../../media/src/heapLayout';

const root = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** 300 blocks: a buffer of 200 boxes, and a list of 99 nodes, the shapes a program builds. */
function syntheticHeap(): { blocks: LayoutBlock[]; roots: { to: number; y: number }[] } {
  const blocks: LayoutBlock[] = [{ id: 1, width: 220, height: 20 + 200 * 22, out: [] }];
  for (let i = 0; i < 200; i++) {
    (blocks[0]!.out as { to: number; dy: number }[]).push({ to: 2 + i, dy: 30 + i * 22 });
    blocks.push({ id: 2 + i, width: 120, height: 48, out: [] });
  }
  for (let i = 0; i < 99; i++) blocks.push({ id: 202 + i, width: 160, height: 60, out: i < 98 ? [{ to: 203 + i, dy: 50 }] : [] });
  return { blocks, roots: [{ to: 1, y: 30 }, { to: 202, y: 60 }] };
}

const PROGRAM = `fn main() {
    let mut boxes: Vec<Box<u64>> = Vec::new();
    for i in 0..299 {
        boxes.push(Box::new(i));
    }
    println!("{}", boxes.len());
}
`;

export async function benchHeapLayout(median: (s: number[]) => number, fmt: (ms: number) => string): Promise<void> {
  const { blocks, roots } = syntheticHeap();
  const samples: number[] = [];
  for (let i = 0; i < 52; i++) {
    const t = performance.now();
    layoutHeap(blocks, roots, []);
    if (i >= 2) samples.push(performance.now() - t);
  }
  console.log('\n| heap layout | blocks | ms per step |');
  console.log('|---|---:|---:|');
  console.log(`| layoutHeap alone (Node, median of 50) | ${blocks.length} | ${fmt(median(samples))} |`);
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`| a replay page in Chromium | 300 | skipped: ${CHROMIUM} is not installed |`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-bench-'));
  try {
    const source = path.join(dir, 'boxes.rs');
    fs.writeFileSync(source, PROGRAM);
    const page = path.join(dir, 'boxes.html');
    const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'replay', source, '-o', page], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`rustmem replay failed: ${r.stderr}`);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      // The `println!` step, when all 299 boxes are alive (the drops after it are steps of their own).
      const t = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'trace', '--json', source], { encoding: 'utf8', maxBuffer: 256 << 20 });
      if (t.status !== 0) throw new Error(`rustmem trace failed: ${t.stderr}`);
      const full = decodeTrace(JSON.parse(t.stdout) as TraceColumns).steps.findIndex((s) => s.line === 6);
      const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await tab.goto(`file://${page}#step=${full + 1}`);
      await tab.waitForSelector(`#app[data-step="${full}"]`);
      // Step back through the last pushes: each step adds or removes a block, so each lays out anew.
      const figures: number[] = [];
      let count = 0;
      for (let s = full; s > full - 40; s--) {
        await tab.keyboard.press('ArrowLeft');
        await tab.waitForSelector(`#app[data-step="${s - 1}"]`);
        const [blocksPlaced, ms] = (await tab.evaluate(() => document.getElementById('app')!.dataset['heapLayout']!)).split(' ').map(Number);
        count = Math.max(count, blocksPlaced!);
        figures.push(ms!);
      }
      console.log(`| a \`rustmem replay\` page in Chromium (measure, lay out, place; median of 40 steps) | ${count} | ${fmt(median(figures))} |`);
    } finally {
      await browser.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
