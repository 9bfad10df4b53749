// Lists every golden program with a recorded NAME.heap.json whose simulated heap traffic differs
// from the real build's, with the first difference and the events around it.
// Usage: node --stack-size=65500 node_modules/.bin/tsx scripts/check/heapTraffic.ts [name-filter] [--all] [--full]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';
import { firstHeapDifference, heapEventsOfTrace, type HeapEvent } from '../../test/golden/memoryGoldens';

const ROOT = path.join(__dirname, '..', '..', 'test', 'golden', 'programs');

function heapGoldens(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, entry);
    if (fs.statSync(p).isDirectory()) out.push(...heapGoldens(p));
    else if (entry.endsWith('.heap.json')) out.push(p.replace(/\.heap\.json$/, '.rs'));
  }
  return out;
}

const say = (events: readonly HeapEvent[], from: number, to: number): string =>
  events.slice(Math.max(0, from), to).map((e) => e.join(' ')).join(', ');

async function main(): Promise<void> {
  await initParser();
  const args = process.argv.slice(2);
  const filter = args.find((a) => !a.startsWith('--'))?.toLowerCase();
  const all = args.includes('--all');
  const full = args.includes('--full');
  let exact = 0;
  let total = 0;
  for (const program of heapGoldens(ROOT)) {
    const name = path.relative(ROOT, program);
    if (filter && !name.toLowerCase().includes(filter)) continue;
    total++;
    const want = (JSON.parse(fs.readFileSync(program.replace(/\.rs$/, '.heap.json'), 'utf8')) as { events: HeapEvent[] }).events;
    let got: HeapEvent[];
    try {
      got = heapEventsOfTrace(simulate(fs.readFileSync(program, 'utf8'), { file: path.basename(program) }).trace);
    } catch (e) {
      console.log(`THREW ${name}: ${(e as Error).message}`);
      continue;
    }
    const why = firstHeapDifference(want, got);
    if (!why) {
      exact++;
      if (all) console.log(`ok   ${name}`);
      continue;
    }
    console.log(`DIFF ${name}: ${why}`);
    const at = Number(/event (\d+)/.exec(why)?.[1] ?? 1) - 1;
    if (full) {
      console.log(`       rustc: ${say(want, 0, want.length)}`);
      console.log(`       trace: ${say(got, 0, got.length)}`);
    } else {
      console.log(`       rustc: … ${say(want, at - 3, at + 4)}`);
      console.log(`       trace: … ${say(got, at - 3, at + 4)}`);
    }
  }
  console.log(`heap traffic exact in ${exact} of ${total} recorded programs`);
}

void main();
