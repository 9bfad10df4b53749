// `--as-if-accepted`: run, trace and replay of programs only rustc's borrow checker rejects
// (test/golden/rejected/asIfAccepted/, each with rustc's errors recorded beside it). Without the
// flag they are refused; with it they run, say which error rustc gives, and stop at the undefined
// behaviour the rule prevents.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeTrace, type TraceColumns } from '../../protocol/traceColumns';
import { UB_STATUS, type Trace } from '../../protocol/trace';
import { replayState } from '../../protocol/replay';
import { distFile, repoRoot } from '../support/dist';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [distFile('cli.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
}

const DIR = 'test/golden/rejected/asIfAccepted';

interface RustcError {
  code: string;
  message: string;
  line: number;
  column: number;
}

function firstRustcError(name: string): RustcError {
  const golden = JSON.parse(fs.readFileSync(path.join(repoRoot, DIR, `${name}.expected.json`), 'utf8')) as { errors: RustcError[] };
  return golden.errors[0]!;
}

/** What each program does when run as if accepted: where it stops and why (or how it ends). */
const OUTCOMES: { name: string; ub?: { line: number; column: number; message: string }; stdout?: string }[] = [
  { name: 'e0502_push_while_first_held', ub: { line: 5, column: 5, message: 'read of freed memory (block #2)' } },
  { name: 'e0597_ref_outlives_inner_block', ub: { line: 7, column: 5, message: 'read of the dead local `inner` (its scope ended at line 6)' } },
  { name: 'e0382_moved_string_dropped_again', ub: { line: 5, column: 5, message: 'double free: block #1 (str) was already freed' } },
  { name: 'e0505_box_moved_while_borrowed', ub: { line: 9, column: 5, message: 'read of freed memory (block #1)' } },
  { name: 'e0515_returns_ref_to_local_total', ub: { line: 14, column: 5, message: 'read of `best`, a local of `biggest`, whose frame was popped' } },
  { name: 'e0373_two_threads_bump_counter', ub: { line: 5, column: 5, message: 'data race: threads 1 and 2 both write `hits` with nothing ordering their accesses' } },
  // A `String`'s buffer freed under a `&String`, a `&str` or a slice of it: every reader of its text stops at the read.
  { name: 'e0505_string_dropped_while_borrowed', ub: { line: 5, column: 5, message: 'read of freed memory (block #1)' } },
  { name: 'e0597_str_outlives_its_string', ub: { line: 7, column: 5, message: 'read of freed memory (block #1)' } },
  { name: 'e0505_compare_freed_string', ub: { line: 6, column: 5, message: 'read of freed memory (block #1)' } },
  { name: 'e0597_slice_of_dropped_string', ub: { line: 7, column: 5, message: 'read of freed memory (block #1)' } },
  // The buffer grew under the `&str`: its old buffer (block #2) is freed.
  { name: 'e0502_str_held_while_string_grows', ub: { line: 6, column: 5, message: 'read of freed memory (block #2)' } },
  // The iterator hands out `&i32` into the freed buffer; reading one is the UB, not making it.
  { name: 'e0505_vec_iterated_after_drop', ub: { line: 7, column: 9, message: 'read of freed memory (block #1)' } },
  // The spawned thread ran at its spawn: main's conflicting access before the join is the race.
  { name: 'e0373_thread_and_main_write_count', ub: { line: 5, column: 5, message: 'data race: thread 1 writes `count` and main accesses it, with nothing ordering the two' } },
  { name: 'e0373_main_reads_while_thread_writes', ub: { line: 5, column: 5, message: 'data race: thread 1 writes `level` and main accesses it, with nothing ordering the two' } },
  { name: 'e0506_main_writes_while_scoped_thread_reads', ub: { line: 6, column: 9, message: 'data race: main writes `seen` while thread 1 reads it, with nothing ordering the two' } },
  // Ordered or read-only sharing is no race: a join, the end of `thread::scope`, two readers.
  { name: 'e0373_joined_before_main_writes', stdout: '11\n' },
  { name: 'e0373_thread_and_main_only_read', stdout: 'thread sees 7\nmain sees 8\n' },
  { name: 'e0502_scope_joins_before_main_writes', stdout: '4\n' },
  // The dangling reference goes out of scope unread: the program ends as it would.
  { name: 'e0502_dangling_ref_dies_unread', stdout: 'queue holds 4\n' },
  // The buffer had room: nothing was freed, and the run ends as the program would.
  { name: 'e0502_push_within_capacity', stdout: 'head is still 7\n' },
];

/** The first line of stderr: rustc's first error (code, line and words; the column is the engine's, which rustc's goldens judge elsewhere). */
function assertBanner(stderrLine: string, file: string, e: RustcError): void {
  const m = /^rustmem: rustc rejects this program: error\[(E\d{4})\] at (.+):(\d+):\d+: (.*); running it as if accepted shows what that rule prevents$/.exec(stderrLine);
  assert.ok(m, stderrLine);
  assert.deepEqual([m[1], m[2], Number(m[3]), m[4]], [e.code, file, e.line, e.message]);
}

describe('--as-if-accepted: what the borrow checker prevents', function () {
  this.timeout(120000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-asif-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('every program of the folder has an outcome here', () => {
    const names = fs.readdirSync(path.join(repoRoot, DIR)).filter((f) => f.endsWith('.rs')).map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(OUTCOMES.map((o) => o.name).sort(), names);
  });

  it('without the flag, run refuses a borrow error: exit 2 and rustc\'s error', () => {
    const file = `${DIR}/e0502_push_while_first_held.rs`;
    const e = firstRustcError('e0502_push_while_first_held');
    const r = cli('run', file);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `rustmem: rustc would reject this program: error[${e.code}] at ${file}:${e.line}:${e.column}: ${e.message}\n`);
  });

  it('a program with a name or type error is refused even with the flag', () => {
    const r = cli('run', '--as-if-accepted', 'test/golden/resolve/unresolved_values.rs');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^rustmem: rustc would reject this program: error\[E0425\] at test\/golden\/resolve\/unresolved_values\.rs:3:13: /);
    assert.equal(r.stdout, '');
  });

  for (const o of OUTCOMES) {
    const file = `${DIR}/${o.name}.rs`;
    it(`run ${o.name}: rustc's error first, then ${o.ub ? `undefined behaviour at ${o.ub.line}:${o.ub.column} (exit ${UB_STATUS})` : 'the program\'s own result'}`, () => {
      const e = firstRustcError(o.name);
      const r = cli('run', '--as-if-accepted', file);
      const lines = r.stderr.split('\n');
      assertBanner(lines[0]!, file, e);
      if (o.ub) {
        assert.equal(r.status, UB_STATUS, r.stderr);
        assert.deepEqual(lines.slice(1), [`rustmem: undefined behaviour: ${o.ub.message} at ${file}:${o.ub.line}:${o.ub.column}; the run stops here`, '']);
      } else {
        assert.equal(r.status, 0, r.stderr);
        assert.deepEqual(lines.slice(1), ['']);
        assert.equal(r.stdout, o.stdout);
      }
    });
  }

  it('trace --json: the rejection the run went past, the dangling reference and the stop, as data', () => {
    const name = 'e0502_push_while_first_held';
    const r = cli('trace', '--json', '--as-if-accepted', `${DIR}/${name}.rs`);
    assert.equal(r.status, 0, r.stderr);
    const trace: Trace = decodeTrace(JSON.parse(r.stdout) as TraceColumns);
    const e = firstRustcError(name);
    assert.deepEqual(trace.asIfAccepted, { code: e.code, message: e.message, line: e.line, column: e.column });
    assert.deepEqual(trace.end, { kind: 'ub', status: UB_STATUS, message: 'read of freed memory (block #2)', line: 5, column: 5 });
    const push = trace.steps.find((s) => s.events.some((ev) => ev.kind === 'realloc'))!;
    assert.equal(push.line, 4);
    assert.deepEqual(push.events.filter((ev) => ev.kind === 'dangling'), [{ kind: 'dangling', what: 'first', to: 'the old buffer, freed (#2)', block: 2 }]);
    // The freed old buffer is a block of the picture, marked freed, and `first` points into it.
    const freed = push.deltas.find((d) => d.op === 'set-block' && d.block.id === 2);
    assert.ok(freed && freed.op === 'set-block');
    assert.equal(freed.block.freed, true);
    assert.equal(freed.block.size, 12);
    const first = push.deltas.find((d) => d.op === 'set-var' && d.var.name === 'first');
    assert.ok(first && first.op === 'set-var');
    assert.deepEqual(first.var.points, [{ target: { kind: 'block', id: 2 }, kind: 'ref', via: '', dangling: true }]);
    const last = trace.steps.at(trace.steps.length - 1)!;
    assert.equal(last.line, 5);
    assert.deepEqual(last.events, [{ kind: 'ub', message: 'read of freed memory (block #2)' }]);
  });

  it('trace --json: a &str into a String dropped under it dangles onto the freed buffer, kept under its id', () => {
    const r = cli('trace', '--json', '--as-if-accepted', `${DIR}/e0597_str_outlives_its_string.rs`);
    assert.equal(r.status, 0, r.stderr);
    const trace: Trace = decodeTrace(JSON.parse(r.stdout) as TraceColumns);
    const i = [...trace.steps].findIndex((s) => s.events.some((ev) => ev.kind === 'free'));
    const drop = trace.steps.at(i)!;
    assert.equal(drop.line, 6);
    assert.deepEqual(drop.events.filter((ev) => ev.kind === 'dangling'), [{ kind: 'dangling', what: 'label', to: 'freed memory (#1)', block: 1 }]);
    const state = replayState(trace, i);
    assert.deepEqual(state.blocks.map((b) => [b.id, b.freed]), [[1, true]]);
    const label = state.frames[0]!.vars.find((v) => v.name === 'label')!;
    assert.equal(label.value, '&(dangling: freed memory (block #1))');
    assert.deepEqual(label.points, [{ target: { kind: 'block', id: 1 }, kind: 'ref', via: '', dangling: true }]);
    // A run as if accepted carries the program's permissions, as any run does.
    assert.ok(trace.permissions?.some((f) => f.fn === 'main' && f.vars.some((v) => v.place === 'label')), JSON.stringify(trace.permissions));
  });

  it('the freed block stays in the picture while the dangling reference lives, and leaves with it', () => {
    const r = cli('trace', '--json', '--as-if-accepted', `${DIR}/e0502_dangling_ref_dies_unread.rs`);
    assert.equal(r.status, 0, r.stderr);
    const trace: Trace = decodeTrace(JSON.parse(r.stdout) as TraceColumns);
    assert.equal(trace.end.kind, 'exit');
    assert.deepEqual(trace.leaks, []);
    const freedAt = [...trace.steps].map((s, i) => (replayState(trace, i).blocks.some((b) => b.freed) ? s.line : 0)).filter((l) => l > 0);
    // From the push (line 5) until `front`'s block ends (line 7).
    assert.deepEqual(freedAt, [5, 6]);
  });

  it('trace lists the error, the dangling step and the end in words', () => {
    const r = cli('trace', '--as-if-accepted', `${DIR}/e0597_ref_outlives_inner_block.rs`);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines[0], 'as if accepted: rustc rejects this program (error[E0597] at line 5:17: `inner` does not live long enough); what follows is what that rule prevents');
    assert.ok(lines.some((l) => /line 6 +outer dangles: it points to the dead local inner$/.test(l)), r.stdout);
    assert.equal(lines[lines.length - 1], 'end: undefined behaviour at line 7:5: read of the dead local `inner` (its scope ended at line 6)');
  });

  it('replay writes the page (exit 0) and says on stderr that the program is rejected', () => {
    const out = path.join(tmp, 'page.html');
    const r = cli('replay', '--as-if-accepted', '-o', out, `${DIR}/e0502_push_while_first_held.rs`);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^rustmem: rustc rejects this program: error\[E0502\]/);
    assert.ok(fs.readFileSync(out, 'utf8').includes('asIfAccepted'));
    const refused = cli('replay', '-o', path.join(tmp, 'refused.html'), `${DIR}/e0502_push_while_first_held.rs`);
    assert.equal(refused.status, 2);
    assert.equal(fs.existsSync(path.join(tmp, 'refused.html')), false);
  });
});
