// Permissions (R/W/O) of places along a body, end to end from Rust source: what the engine says a
// place may do at a line, why it may not, and where it loses and regains each permission. Each
// program of test/golden/permissions/ carries probes that rustc judged (scripts/goldens/
// permissions.mjs): a use inserted where the engine says a permission is missing is rejected, one
// where it says the permission is present is accepted.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { filePermissions, permissionLabel, type BodyPermissions, type PlacePermissions } from '../../server/src/engine/borrowck/permissions';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';

const GOLDEN = path.join(__dirname, '..', 'golden', 'permissions');

interface Probe { line: number; place: string; has: boolean; perm: 'R' | 'W' | 'O'; statement: string; accepted: boolean; codes: string[] }

function permissionsOf(text: string): BodyPermissions[] {
  return filePermissions(frontEnd(parseRust(text), text));
}

/** The place's row at a 1-based line, searched in every body. */
function placeAt(bodies: BodyPermissions[], place: string, line: number): { p: PlacePermissions; row: PlacePermissions['lines'][number] } | undefined {
  for (const b of bodies) {
    for (const p of b.places) {
      if (p.place !== place) continue;
      const row = p.lines.find((l) => l.line === line - 1);
      if (row) return { p, row };
    }
  }
  return undefined;
}

/** `line: label` for each line of a place (1-based). */
function strip(bodies: BodyPermissions[], place: string): string[] {
  const p = bodies.flatMap((b) => b.places).find((x) => x.place === place);
  assert.ok(p, `no place \`${place}\``);
  return p.lines.map((l) => `${l.line + 1}: ${permissionLabel(l.state)}`);
}

describe('borrowck: permissions (R/W/O) per place and line', function () {
  this.timeout(60_000);
  before(() => initParser());

  const programs = fs.readdirSync(GOLDEN).filter((f) => f.endsWith('.rs')).sort();

  it('has recorded probes for every program', () => {
    assert.ok(programs.length >= 7, `${programs.length} programs`);
    for (const f of programs) assert.ok(fs.existsSync(path.join(GOLDEN, f.replace(/\.rs$/, '.expected.json'))), `${f} is not recorded (npm run record-goldens permissions)`);
  });

  for (const file of programs) {
    it(`${file}: every probe agrees with rustc`, () => {
      const text = fs.readFileSync(path.join(GOLDEN, file), 'utf8');
      const golden = JSON.parse(fs.readFileSync(path.join(GOLDEN, file.replace(/\.rs$/, '.expected.json')), 'utf8')) as { program: { accepted: boolean }; probes: Probe[] };
      assert.ok(golden.program.accepted, `rustc rejects ${file} itself`);
      assert.ok(golden.probes.length > 0);
      const bodies = permissionsOf(text);
      for (const probe of golden.probes) {
        const what = `line ${probe.line} \`${probe.place}\` ${probe.has ? '+' : '-'}${probe.perm} (\`${probe.statement}\`)`;
        assert.equal(probe.accepted, probe.has, `rustc ${probe.accepted ? 'accepts' : 'rejects'} ${what}: the probe is wrong`);
        const at = placeAt(bodies, probe.place, probe.line);
        assert.ok(at, `the engine has no permissions for ${what}`);
        const has = probe.perm === 'R' ? at.row.state.read : probe.perm === 'W' ? at.row.state.write : at.row.state.own;
        assert.equal(has, probe.has, `${what}: the engine says ${permissionLabel(at.row.state)}`);
      }
    });
  }

  it('a shared borrow takes W and O from the vector until its last use, and says who holds it', () => {
    const bodies = permissionsOf(fs.readFileSync(path.join(GOLDEN, 'shared_borrow_of_vec.rs'), 'utf8'));
    assert.deepEqual(strip(bodies, 'v'), ['12: R W O', '13: R -- --', '14: R W O', '15: R W O', '16: R W O']);
    assert.deepEqual(strip(bodies, '*first'), ['13: R -- --', '14: R -- --', '15: R -- --', '16: R -- --']);
    const v = placeAt(bodies, 'v', 13)!;
    const w = v.row.state.lost.find((l) => l.perm === 'W')!.why;
    assert.equal(w.kind, 'loan');
    if (w.kind === 'loan') {
      assert.equal(w.binding, 'first');
      assert.equal(w.mutable, false);
      assert.equal(w.borrowSpan.line + 1, 12);
      assert.equal(w.untilLine + 1, 13);
    }
    assert.deepEqual(v.p.changes.map((c) => `${c.line + 1} ${c.change} ${c.perm}`), ['13 loses W', '13 loses O', '14 regains W', '14 regains O']);
  });

  it('a `&mut` borrow takes all three; the referent behind it may be written but not owned', () => {
    const bodies = permissionsOf(fs.readFileSync(path.join(GOLDEN, 'mutable_borrow.rs'), 'utf8'));
    assert.deepEqual(strip(bodies, 'v'), ['10: R W O', '11: -- -- --', '12: -- -- --', '13: R W O', '14: R W O']);
    assert.deepEqual(strip(bodies, '*r'), ['11: R W --', '12: R W --', '13: R W --', '14: R W --']);
    const own = placeAt(bodies, '*r', 11)!.row.state.lost.find((l) => l.perm === 'O')!.why;
    assert.deepEqual(own, { kind: 'behindRef', reference: 'r', mutable: true });
  });

  it('a move takes every permission and says where; `let` without `mut` and `&` explain a missing W', () => {
    const moved = permissionsOf(fs.readFileSync(path.join(GOLDEN, 'move_of_string.rs'), 'utf8'));
    const why = placeAt(moved, 's', 10)!.row.state.lost[0]!.why;
    assert.equal(why.kind, 'moved');
    if (why.kind === 'moved') assert.equal(why.span.line + 1, 9);
    const lets = permissionsOf(fs.readFileSync(path.join(GOLDEN, 'let_without_mut.rs'), 'utf8'));
    assert.deepEqual(placeAt(lets, 'x', 9)!.row.state.lost, [{ perm: 'W', why: { kind: 'notMut', binding: 'x', argument: false } }]);
    const refs = permissionsOf(fs.readFileSync(path.join(GOLDEN, 'behind_references.rs'), 'utf8'));
    assert.deepEqual(placeAt(refs, '*r', 9)!.row.state.lost.map((l) => [l.perm, l.why.kind]), [['W', 'behindRef'], ['O', 'behindRef']]);
    assert.deepEqual(placeAt(refs, 'm', 13)!.row.state.lost, [{ perm: 'W', why: { kind: 'notMut', binding: 'm', argument: true } }]);
  });

  it('a variable declared without a value has nothing until it is assigned on every path', () => {
    const bodies = permissionsOf(fs.readFileSync(path.join(GOLDEN, 'declared_later.rs'), 'utf8'));
    assert.deepEqual(strip(bodies, 'x'), ['7: -- -- --', '8: R -- O', '9: R -- O']);
    assert.equal(placeAt(bodies, 'x', 7)!.row.state.lost[0]!.why.kind, 'uninit');
  });

  it('a macro\'s hidden bindings are not the user\'s variables; a file the front end rejects has no permissions', () => {
    const bodies = permissionsOf('fn main() {\n    let a = 1;\n    println!("{a}");\n}\n');
    assert.deepEqual(bodies.flatMap((b) => b.places.map((p) => p.place)), ['a']);
    assert.deepEqual(permissionsOf('fn main() {\n    let a: i32 = "no";\n}\n'), []);
  });

  it('a call\'s result keeps its arguments\' borrows when the declaration ties none; a borrow stored through a reference makes the body unsupported', () => {
    // rustc rejects `v.push` while `refs` lives: the result of `collect` keeps `v`'s borrow, which
    // `collect`'s declaration does not tie to its argument.
    const collected = permissionsOf('fn main() {\n    let mut v = vec![String::new()];\n    let refs: Vec<&String> = v.iter().collect();\n    println!("{}", refs.len());\n    v.push(String::new());\n}\n');
    assert.deepEqual(strip(collected, 'v'), ['3: R W O', '4: R -- --', '5: R W O', '6: R W O']);
    const stored = permissionsOf('fn main() {\n    let x = 1;\n    let mut a = &0;\n    let r = &mut a;\n    *r = &x;\n    println!("{a}");\n}\n');
    assert.equal(stored[0]!.unsupported, 'a borrow stored through a reference');
  });

  it('a variable a spawned thread\'s closure borrows (E0373) loses its permissions to the end, as to any live borrow', () => {
    // `thread::spawn` requires its closure to be `'static`: the closure's `&mut total` lasts to
    // the end of `main` on every path, although no local holds the closure after the call.
    const text = 'use std::thread;\n\nfn main() {\n    let mut total = 0;\n    let h = thread::spawn(|| {\n        total += 1;\n    });\n    h.join().unwrap();\n}\n';
    const bodies = permissionsOf(text);
    assert.deepEqual(strip(bodies, 'total'), ['5: R W O', '7: -- -- --', '8: -- -- --', '9: -- -- --']);
    const why = placeAt(bodies, 'total', 8)!.row.state.lost.find((l) => l.perm === 'R')!.why;
    assert.equal(why.kind, 'loan');
    if (why.kind === 'loan') {
      assert.equal(why.mutable, true);
      assert.equal(why.borrowSpan.line + 1, 5);
      assert.equal(why.untilLine + 1, 9);
    }
  });

  it('a parameter a returned closure borrows (E0373) has its permissions at the signature, and loses O where the borrow is live', () => {
    const bodies = permissionsOf('fn make_adder(n: i32) -> impl Fn(i32) -> i32 {\n    |x| x + n\n}\n\nfn main() {\n    println!("{}", make_adder(1)(2));\n}\n');
    assert.deepEqual(strip(bodies, 'n'), ['1: R -- O', '2: R -- O', '3: R -- --']);
    assert.deepEqual(placeAt(bodies, 'n', 3)!.row.state.lost.map((l) => [l.perm, l.why.kind]), [['W', 'notMut'], ['O', 'loan']]);
  });

  it('a body the checker does not model is reported unsupported, with no places', () => {
    const bodies = permissionsOf('fn main() {\n    let s = String::new();\n    let f = || s.len();\n    f();\n    let (mut a, mut b) = (1, 2);\n    (a, b) = (b, a);\n    println!("{a} {b}");\n}\n');
    const main = bodies.find((b) => b.name === 'main')!;
    assert.ok(main.unsupported, 'main is checked');
    assert.deepEqual(main.places, []);
  });
});

describe('permission goldens: the recordings still match rustc', function () {
  this.timeout(600_000);
  it('rustc judges every probe as recorded', async function () {
    try {
      execFileSync('rustc', ['--version'], { stdio: 'ignore' });
    } catch {
      console.log('      skipped: rustc is not on PATH, the probes cannot be re-recorded');
      this.skip();
    }
    const recorder = '../../scripts/goldens/permissions.mjs';
    const mod = (await import(recorder)) as { recordAll(root: string, o: { write: boolean }): string[] };
    assert.deepEqual(mod.recordAll(GOLDEN, { write: false }), [], 'probes that differ from rustc (npm run record-goldens permissions)');
  });
});
