// The types the trace shows for `let` bindings against the types rustc gives them: for every golden
// program under test/golden/programs, NAME.types.json (scripts/goldens/types.mjs) holds rustc's
// type of each binding; the program is simulated in-process and the type the trace gives the
// variable when the `let` creates it (see typesAtLets) is compared (normalised as test/support/typeNames.ts says).
// The number that match must not fall below the floor in types-floor.json (a ratchet); every
// mismatch is listed. A program whose recursion outgrows this process's stack runs in a worker
// with a deep stack, as it does in the product.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StateDelta, Trace } from '../../protocol/trace';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';
import { comparableType } from '../support/typeNames';
import { listFiles } from '../support/errorGoldens';
import { simulateDeep } from '../unit/diagnostics/simulateDeep';

const ROOT = path.join(__dirname, 'programs');
const FLOOR = path.join(__dirname, 'types-floor.json');

interface RecordedType {
  line: number;
  name: string;
  type: string;
}

/**
 * The type the trace gives each recorded binding when its `let` creates it: from the first step at
 * the `let`'s line in a frame, the first variable of that name that appears in the same frame (a
 * call in the initializer may run many steps, at other lines, before the variable is set). A `let`
 * inside a closure written on the line of an outer statement, or in a callee whose frame a thread's
 * first step pushes, waits in each of those frames; whichever sets the variable first gives its type.
 * Keyed `LINE NAME`.
 */
export function typesAtLets(trace: Trace, recorded: readonly RecordedType[]): Map<string, string> {
  const namesAt = new Map<number, string[]>();
  for (const r of recorded) namesAt.set(r.line, [...(namesAt.get(r.line) ?? []), r.name]);
  const stacks = new Map<number, number[]>();
  const seen = new Set<number>();
  // Per frame and name, the `let`s waiting for their variable, innermost last (a block in an
  // initializer may bind the same name first).
  const waiting = new Map<string, string[]>();
  const out = new Map<string, string>();
  for (const step of trace.steps) {
    const stack = stacks.get(step.thread) ?? [];
    stacks.set(step.thread, stack);
    // The frame the step runs in; a thread's first step pushes its own, and may push a callee's
    // and set its variables too.
    const top = stack[stack.length - 1];
    const frames = top === undefined ? pushedFrames(step.deltas, step.thread) : [top];
    for (const name of namesAt.get(step.line) ?? []) {
      const key = `${step.line} ${name}`;
      if (out.has(key)) continue;
      for (const frame of frames) {
        const w = waiting.get(`${frame} ${name}`) ?? [];
        if (!w.includes(key)) waiting.set(`${frame} ${name}`, [...w, key]);
      }
    }
    for (const d of step.deltas) {
      if (d.op === 'push-frame') {
        if (!stacks.has(d.frame.thread)) stacks.set(d.frame.thread, []);
        stacks.get(d.frame.thread)!.push(d.frame.id);
      }
      else if (d.op === 'pop-frame') {
        for (const s of stacks.values()) if (s[s.length - 1] === d.frame) s.pop();
      } else if (d.op === 'set-var' && !seen.has(d.var.id)) {
        seen.add(d.var.id);
        const w = waiting.get(`${d.frame} ${d.var.name}`) ?? [];
        // A key another frame has set meanwhile waits no more.
        let key = w.pop();
        while (key !== undefined && out.has(key)) key = w.pop();
        if (key !== undefined) out.set(key, d.var.type);
      }
    }
  }
  return out;
}

function pushedFrames(deltas: readonly StateDelta[], thread: number): number[] {
  const out: number[] = [];
  for (const d of deltas) if (d.op === 'push-frame' && d.frame.thread === thread) out.push(d.frame.id);
  return out;
}

describe('type goldens: the trace shows the types rustc gives let bindings', function () {
  this.timeout(600_000);
  before(() => initParser());

  it('matches at least as many bindings as the floor', async () => {
    const programs = listFiles(ROOT, ['.rs']);
    const unrecorded = programs.filter((p) => !fs.existsSync(p.replace(/\.rs$/, '.types.json')));
    assert.deepEqual(unrecorded, [], 'programs without NAME.types.json (npm run record-goldens types)');
    let total = 0;
    let matching = 0;
    let overflowing = 0;
    const mismatches: string[] = [];
    for (const program of programs) {
      const recorded = JSON.parse(fs.readFileSync(program.replace(/\.rs$/, '.types.json'), 'utf8')) as RecordedType[];
      if (recorded.length === 0) continue;
      const rel = path.relative(ROOT, program);
      const status = (JSON.parse(fs.readFileSync(program.replace(/\.rs$/, '.expected.json'), 'utf8')) as { status: number }).status;
      total += recorded.length;
      // A run that overflows the stack recurses deeper than this process's stack allows (the
      // simulator's frames are host frames): its bindings count as not matching.
      if (status === 134) {
        overflowing += recorded.length;
        continue;
      }
      const source = fs.readFileSync(program, 'utf8');
      let { trace } = simulate(source, { file: path.basename(program) });
      // Recursion deeper than this process's stack: run it as the CLI and the server do, in a
      // worker with a deep stack. Where the host stack runs out depends on how warm the
      // interpreter's code is, so a run that did not end as the real one did is run there too.
      if ((trace.end?.kind === 'unsupported' && /host stack/.test(trace.end.what)) || trace.end?.status !== status) trace = (await simulateDeep(source, path.basename(program))).trace;
      const shown = typesAtLets(trace, recorded);
      for (const r of recorded) {
        const got = shown.get(`${r.line} ${r.name}`);
        if (got !== undefined && comparableType(got) === comparableType(r.type)) matching++;
        else mismatches.push(`${rel}:${r.line} ${r.name}: rustc ${r.type}, trace ${got ?? '(no variable)'}`);
      }
    }
    const floor = (JSON.parse(fs.readFileSync(FLOOR, 'utf8')) as { matching: number }).matching;
    const note = overflowing > 0 ? `; ${overflowing} in programs that overflow the stack, not simulated here` : '';
    console.log(`      ${matching} of ${total} bindings show rustc's type (floor ${floor}${note})`);
    for (const m of mismatches) console.log(`        ${m}`);
    if (matching > floor) console.log(`      the trace now does better: raise "matching" in ${path.relative(process.cwd(), FLOOR)} to ${matching}`);
    assert.ok(matching >= floor, `${matching} bindings match rustc's type, below the floor of ${floor}`);
  });
});
