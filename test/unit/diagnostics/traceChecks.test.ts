import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser } from '../../../server/src/engine/parse/parser';
import { simulate } from '../../../server/src/engine/sim';
import { rcCycles } from '../../../server/src/engine/diagnostics/trace/rcCycle';
import { reallocsInLoops } from '../../../server/src/engine/diagnostics/trace/reallocInLoop';
import { runEndChecks } from '../../../server/src/engine/diagnostics/trace/runEnd';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostic';
import type { TraceCheck } from '../../../server/src/engine/analysis';
import { TRACE_VERSION, type RunEnd, type Step, type Trace } from '../../../protocol/trace';
import { applyEdits, contextFor, golden, hasRustc, rustcCheck } from './helpers';
import { simulateDeep } from './simulateDeep';
import { StepTable } from '../../../protocol/stepTable';

function run(check: TraceCheck, text: string, trace: Trace): EngineDiagnostic[] {
  const ctx = contextFor(text);
  try {
    return check(ctx, trace);
  } finally {
    ctx.tree.delete();
  }
}

const at = (d: EngineDiagnostic) => `${d.code}@${d.span.start.line + 1}:${d.span.start.character + 1}`;

function step(line: number, column: number, endColumn: number, events: Step['events'] = []): Step {
  return { line, column, endLine: line, endColumn, thread: 0, depth: 1, events, deltas: [] };
}

function fixture(steps: Step[], end: RunEnd = { kind: 'exit', status: 0 }, leaks: Trace['leaks'] = []): Trace {
  return { version: TRACE_VERSION, file: 'main.rs', entry: 'main', steps: StepTable.of(steps), output: [], leaks, end, threads: [{ id: 0, name: 'main', stackBudget: 8 << 20 }], checkpoints: [], snapshots: [] };
}

const rcExample = fs.readFileSync(path.join(__dirname, '../../../examples/rc_cycle.rs'), 'utf8');

describe('trace checks', () => {
  before(() => initParser());

  describe('rc-cycle', () => {
    // examples/rc_cycle.rs: b's node takes a strong Rc to a at line 20; line 22 makes a point to b.
    const cycle = [
      { from: 1, to: 2, via: 'a.next', line: 22 },
      { from: 2, to: 1, via: 'b.next', line: 20 },
    ];
    const steps = [
      step(19, 5, 69, [{ kind: 'alloc', block: 1, type: 'RcBox<Node>', size: 48 }]),
      step(20, 5, 89, [{ kind: 'alloc', block: 2, type: 'RcBox<Node>', size: 48 }, { kind: 'rc', block: 1, strong: 2, weak: 1 }]),
      step(22, 5, 47, [{ kind: 'rc', block: 2, strong: 2, weak: 1 }]),
    ];
    const leaks = [
      { block: 1, type: 'RcBox<Node>', size: 48, line: 19, cycle },
      { block: 2, type: 'RcBox<Node>', size: 48, line: 20, cycle: [cycle[1]!, cycle[0]!] },
    ];

    it('is reported once, at the statement that closed the cycle, with the chain, edges and bytes', () => {
      const found = run(rcCycles, rcExample, fixture(steps, undefined, leaks));
      assert.deepEqual(found.map(at), ['rc-cycle@22:5']);
      const d = found[0]!;
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /a → b → a/);
      assert.match(d.message, /96 bytes/);
      assert.match(d.message, /Rc::downgrade/);
      assert.deepEqual(d.related.map((r) => r.span.start.line + 1), [22, 20]);
      assert.match(d.related[0]!.message, /`a\.next` holds a strong reference to b/);
    });

    const runtime = (name: string) => {
      const dir = path.join(__dirname, '../../golden/programs/runtime');
      const text = fs.readFileSync(path.join(dir, `${name}.rs`), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as { stdout: string; status: number };
      const sim = simulate(text, { file: `${name}.rs` });
      assert.equal(sim.stdout, expected.stdout, `${name}: the simulated run prints what the real one did`);
      return run(rcCycles, text, sim.trace);
    };

    it('on real runs: the leaking cycles of the recorded programs, each at its closing statement', () => {
      const two = runtime('leak_rc_cycle');
      assert.deepEqual(two.map(at), ['rc-cycle@32:9']);
      assert.match(two[0]!.message, /b → a → b/);
      const three = runtime('leak_three_cycle');
      assert.deepEqual(three.map(at), ['rc-cycle@32:5']);
      assert.match(three[0]!.message, /z → x → y → z/);
      assert.deepEqual(three[0]!.related.map((r) => r.span.start.line + 1), [32, 30, 31]);
      const arc = runtime('leak_arc_cycle');
      assert.deepEqual(arc.map(at), ['rc-cycle@28:5']);
      assert.match(arc[0]!.message, /Arc::downgrade/);
      assert.match(runtime('leak_self_cycle')[0]!.message, /l → l\. It holds a strong `Rc` to itself/);
    });

    it('on real runs: nothing for a cycle broken in time or a tree with Weak parents', () => {
      assert.deepEqual(runtime('leak_rc_cycle_broken'), []);
      assert.deepEqual(runtime('rc_tree_weak_parent'), []);
      assert.deepEqual(runtime('leak_forget_and_box_leak'), []);
    });

    it('is silent when the cycle was broken before the owners dropped (no cycle among the leaks)', () => {
      assert.deepEqual(run(rcCycles, rcExample, fixture(steps, undefined, [])), []);
      const plainLeak = [{ block: 3, type: 'Box<i32>', size: 4, line: 5 }];
      assert.deepEqual(run(rcCycles, rcExample, fixture(steps, undefined, plainLeak)), []);
    });
  });

  describe('stack-overflow from the run', () => {
    it('reports the call that did not fit with frame size, depth and budget', () => {
      const g = golden('recursion_overflow');
      const end: RunEnd = { kind: 'overflow', status: 134, thread: 'main', line: 7, column: 9, frameSize: 4160, depth: 2018, budget: 8 << 20 };
      const found = run(runEndChecks, g.text, fixture([], end));
      assert.deepEqual(found.map(at), ['stack-overflow@7:9']);
      assert.equal(found[0]!.span.end.character, 19, 'the whole call `dive(n - 1)`');
      assert.match(found[0]!.message, /2,018 frames/);
      assert.match(found[0]!.message, /4\.1 KiB \(4,160 bytes\)/);
      assert.match(found[0]!.message, /8 MiB/);
    });

    it("a frame too large for the thread at all (large_array_overflow.rs): reported at the function, as the real run aborted", () => {
      const g = golden('large_array_overflow');
      const sim = simulate(g.text, { file: 'large_array_overflow.rs' });
      assert.equal(sim.status, g.status);
      assert.equal(sim.stderr, g.stderr);
      const found = run(runEndChecks, g.text, sim.trace);
      assert.deepEqual(found.map((d) => d.code), ['stack-overflow']);
      assert.match(found[0]!.message, /does not fit in the thread's 8 MiB \(8,388,608 bytes\) at all/);
    });

    it('agrees with the recorded run: the simulation of recursion_overflow.rs overflows where the real one did', async function () {
      this.timeout(600_000);
      const g = golden('recursion_overflow');
      const real = await simulateDeep(g.text, 'recursion_overflow.rs');
      assert.equal(real.status, g.status);
      assert.equal(real.stderr, g.stderr);
      const found = run(runEndChecks, g.text, real.trace);
      assert.deepEqual(found.map((d) => d.code), ['stack-overflow']);
      assert.equal(found[0]!.span.start.line + 1, 7);
    });

    it("an unnamed spawned thread: says so, and quotes std's `<unknown>` message", async function () {
      this.timeout(600_000);
      const g = golden('thread_recursion_overflow');
      const real = await simulateDeep(g.text, 'thread_recursion_overflow.rs');
      assert.equal(real.stderr, g.stderr);
      const [d] = run(runEndChecks, g.text, real.trace);
      assert.match(d!.message, /overflowed the stack of a spawned thread without a name \(std calls it `<unknown>`\) here/);
      assert.match(d!.message, /in the thread's 2 MiB/);
      assert.match(d!.message, /"thread '<unknown>' has overflowed its stack"/);
    });
  });

  describe('realloc-in-loop', () => {
    it('reports a Vec and a String that grew three times in their loops, with a with_capacity fix that compiles', () => {
      const g = golden('realloc_loop');
      const sim = simulate(g.text, { file: 'realloc_loop.rs' });
      assert.equal(sim.stdout, g.stdout, 'the simulated capacities are the real ones');
      const found = run(reallocsInLoops, g.text, sim.trace);
      assert.deepEqual(found.map(at), ['realloc-in-loop@6:9', 'realloc-in-loop@11:9']);
      assert.match(found[0]!.message, /capacity 4 → 8 → 16 → 32/);
      assert.match(found[0]!.message, /length 20/);
      assert.match(found[1]!.message, /String::with_capacity\(40\)/);
      const fixed = applyEdits(g.text, found.flatMap((d) => d.fixes![0]!.edits));
      assert.match(fixed, /let mut v = Vec::with_capacity\(20\);/);
      assert.match(fixed, /let mut s = String::with_capacity\(40\);/);
      if (hasRustc()) assert.equal(rustcCheck(fixed), '');
    });

    it('is silent with the capacity reserved, and for two reallocations', () => {
      const g = golden('realloc_with_capacity');
      const sim = simulate(g.text, { file: 'realloc_with_capacity.rs' });
      assert.equal(sim.stdout, g.stdout);
      assert.deepEqual(run(reallocsInLoops, g.text, sim.trace), []);
    });
  });

  describe('panic and unsupported', () => {
    it("reports the panic where rustc's build panicked, with its message", () => {
      const g = golden('panic_index');
      assert.equal(g.status, 101);
      const where = /panic_index\.rs:(\d+):(\d+)/.exec(g.stderr)!;
      const sim = simulate(g.text, { file: 'panic_index.rs' });
      const found = run(runEndChecks, g.text, sim.trace);
      assert.deepEqual(found.map(at), [`panic@${where[1]}:${where[2]}`]);
      assert.match(found[0]!.message, /index out of bounds: the len is 3 but the index is 5/);
      assert.equal(found[0]!.severity, 'warning');
    });

    const runtimeProgram = (name: string) => {
      const dir = path.join(__dirname, '../../golden/programs/runtime');
      const text = fs.readFileSync(path.join(dir, `${name}.rs`), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as { stderr: string };
      const sim = simulate(text, { file: `${name}.rs` });
      assert.equal(sim.stderr, expected.stderr, `${name}: the simulated panic is rustc's, word for word`);
      const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
      return { found: run(runEndChecks, text, sim.trace), lineOf };
    };
    const related = (d: EngineDiagnostic) => d.related.map((r) => `${r.span.start.line + 1}:${r.span.start.character + 1} ${r.message}`);

    it('a conflicting RefCell borrow points at the borrow still alive, and at the calls that led there', () => {
      const mut = runtimeProgram('refcell_conflict_mut');
      assert.deepEqual(mut.found.map(at), [`panic@${mut.lineOf('let mut w = cell.borrow_mut();')}:22`]);
      assert.deepEqual(related(mut.found[0]!), [
        `${mut.lineOf('let reader = cell.borrow();')}:23 a shared borrow taken here (a \`Ref\`) is still alive`,
        `${mut.lineOf('update(&cell);')}:5 \`update\` was called here, from \`main\``,
      ]);
      const shared = runtimeProgram('refcell_conflict_shared');
      assert.match(related(shared.found[0]!)[0]!, /the mutable borrow taken here \(a `RefMut`\) is still alive/);
      // The scrutinee's guard lives to the end of the match: that is the borrow in the way.
      const scrutinee = runtimeProgram('refcell_match_scrutinee');
      assert.deepEqual(related(scrutinee.found[0]!), [`${scrutinee.lineOf('match cell.borrow().len()')}:16 a shared borrow taken here (a \`Ref\`) is still alive`]);
    });

    it('a panic deep in calls lists each call innermost first, not the drops of the unwinding', () => {
      const nested = runtimeProgram('panic_unwind_nested');
      assert.deepEqual(related(nested.found[0]!).map((r) => r.replace(/^\d+:\d+ /, '')), [
        '`level3` was called here, from `level2`',
        '`level2` was called here, from `level1`',
        '`level1` was called here, from `main`',
      ]);
      assert.deepEqual(related(runtimeProgram('refcell_match_scrutinee').found[0]!).filter((r) => /was called/.test(r)), [], 'a panic in main has no calls to list');
    });

    it('every recorded panic location (rustc builds, test/golden/programs) is where `panic` points', function () {
      this.timeout(300_000);
      const root = path.join(__dirname, '../../golden/programs');
      const programs = fs.readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.rs'));
      let compared = 0;
      for (const rel of programs) {
        const expected = JSON.parse(fs.readFileSync(path.join(root, rel.replace(/\.rs$/, '.expected.json')), 'utf8')) as { stderr: string };
        const want = [...expected.stderr.matchAll(/panicked at [^\n]*?:(\d+):(\d+):/g)].map((m) => `panic@${m[1]}:${m[2]}`);
        if (want.length === 0) continue;
        const text = fs.readFileSync(path.join(root, rel), 'utf8');
        const sim = simulate(text, { file: path.basename(rel) });
        // Only runs the simulator completes as the real program did are comparable.
        if (sim.stderr !== expected.stderr) continue;
        const got = run(runEndChecks, text, sim.trace).filter((d) => d.code === 'panic').map(at);
        assert.deepEqual([...got].sort(), [...want].sort(), rel);
        compared++;
      }
      assert.ok(compared >= 5, `${compared} programs compared`);
      console.log(`      (${compared} recorded panicking programs compared)`);
    });

    it('a run that ends normally reports nothing', () => {
      const g = golden('realloc_loop');
      assert.deepEqual(run(runEndChecks, g.text, simulate(g.text, { file: 'realloc_loop.rs' }).trace), []);
    });

    it('says where the simulation stopped and why', () => {
      const text = 'fn main() {\n    let x = 1;\n    unknown_call(x);\n}\n';
      const end: RunEnd = { kind: 'unsupported', status: 2, what: 'function `unknown_call`', line: 3, column: 5 };
      const found = run(runEndChecks, text, fixture([step(3, 5, 20)], end));
      assert.deepEqual(found.map(at), ['unsupported@3:5']);
      assert.equal(found[0]!.severity, 'information');
      assert.match(found[0]!.message, /not simulated: function `unknown_call`/);
      const limit: RunEnd = { kind: 'step-limit', status: 2, limit: 1000, line: 2, column: 5 };
      assert.match(run(runEndChecks, text, fixture([], limit))[0]!.message, /after 1,000 steps/);
    });
  });
});
