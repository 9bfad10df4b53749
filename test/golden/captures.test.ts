// Closure capture analysis against rustc's: for every program of test/golden/captures/, each
// closure's captured places and modes as rustc's `#[rustc_capture_analysis]` printed them, and
// each closure's size (`size_of_val`, printed by the program) from the upvar types the engine
// derives from its captures (scripts/goldens/captures.mjs records both); rustc accepts every one, so
// the borrow checker reports nothing on them.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { borrowDiagnostics } from '../../server/src/engine/borrowck';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { buildTypeEnv } from '../../server/src/engine/layout/typeEnv';
import { TyLayouts } from '../../server/src/engine/layout/tyLayouts';
import { MirLayouts } from '../../server/src/engine/mir/tyLayout';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import type * as A from '../../server/src/engine/syntax/ast';
import { describeCapture, upvarTy } from '../../server/src/engine/typeck/captures';

const DIR = path.join(__dirname, 'captures');

interface Golden {
  closures: { line: number; captures: string[] }[];
  stdout: string;
  status: number;
}

function closuresOf(n: unknown, out: A.ClosureExpr[] = []): A.ClosureExpr[] {
  if (!n || typeof n !== 'object') return out;
  if (Array.isArray(n)) {
    for (const x of n) closuresOf(x, out);
    return out;
  }
  if ((n as { kind?: string }).kind === 'Closure') out.push(n as A.ClosureExpr);
  for (const [k, v] of Object.entries(n)) if (k !== 'span' && v && typeof v === 'object') closuresOf(v, out);
  return out;
}

/** `let NAME = <closure>;` statements: the closure bound to each name. */
function namedClosures(n: unknown, out = new Map<string, A.ClosureExpr>()): Map<string, A.ClosureExpr> {
  if (!n || typeof n !== 'object') return out;
  if (Array.isArray(n)) {
    for (const x of n) namedClosures(x, out);
    return out;
  }
  const s = n as A.Stmt;
  if (s.kind === 'Let' && s.init?.kind === 'Closure' && s.pat.kind === 'IdentPat') out.set(s.pat.name.name, s.init);
  for (const [k, v] of Object.entries(n)) if (k !== 'span' && v && typeof v === 'object') namedClosures(v, out);
  return out;
}

describe('closure captures against rustc', () => {
  before(async () => {
    await initParser();
  });
  const programs = fs.readdirSync(DIR).filter((f) => f.endsWith('.rs')).sort();

  it('has programs, each recorded', () => {
    assert.ok(programs.length >= 5);
    for (const p of programs) assert.ok(fs.existsSync(path.join(DIR, p.replace(/\.rs$/, '.captures.json'))), `${p}: npm run record-goldens captures`);
  });

  for (const file of programs) {
    it(`${file}: every closure captures the places rustc captures, in rustc's modes, with rustc's size`, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const golden = JSON.parse(fs.readFileSync(path.join(DIR, file.replace(/\.rs$/, '.captures.json')), 'utf8')) as Golden;
      assert.equal(golden.status, 0, `${file}: rustc accepts and runs it`);
      const tree = parseRust(text);
      const fe = frontEnd(tree, text);
      const { results, program } = fe.types;
      const closures = closuresOf(fe.ast.root).sort((a, b) => a.span.start - b.span.start);
      const got = closures.map((c) => {
        const r = results.closureCaptures.get(c.id);
        return { line: c.span.line + 1, captures: r?.kind === 'captures' ? r.captures.map(describeCapture) : [`unsupported: ${r?.kind === 'unsupported' ? r.what : 'not analysed'}`] };
      });
      assert.deepEqual(got, golden.closures);
      const layouts = new MirLayouts(new TyLayouts(buildTypeEnv(fe), fe.types.program));
      const sizes = new Map(golden.stdout.split('\n').map((l) => l.split(' ')).filter((w) => w.length === 2 && /^\d+$/.test(w[1]!)).map(([n, s]) => [n!, Number(s)]));
      let compared = 0;
      for (const [name, c] of namedClosures(fe.ast.root)) {
        const want = sizes.get(name);
        const r = results.closureCaptures.get(c.id);
        if (want === undefined || r?.kind !== 'captures') continue;
        const upvars = r.captures.map((u) => upvarTy(program.tcx, u));
        const size = layouts.of(program.tcx.closure({ name: '{{closure}}' }, { params: [], ret: program.tcx.unit }, upvars))?.size;
        assert.equal(size, want, `${file}: size_of_val(&${name})`);
        compared++;
      }
      assert.ok(compared > 0, `${file}: no closure size compared`);
      // rustc accepts it, so the borrow checker (closure bodies and creations included) must too.
      assert.deepEqual(borrowDiagnostics(fe).map((d) => `${d.code} at ${d.span.start.line + 1}`), []);
    });
  }

  it('the recordings still match rustc', async function () {
    this.timeout(600_000);
    try {
      execFileSync('rustc', ['--version'], { stdio: 'ignore' });
    } catch {
      console.log('      skipped: rustc is not on PATH, the goldens cannot be re-recorded');
      this.skip();
    }
    const recorder = '../../scripts/goldens/captures.mjs';
    const mod = (await import(recorder)) as { recordAll(dir: string, o: { write: boolean }): Promise<string[]> };
    assert.deepEqual(await mod.recordAll(DIR, { write: false }), [], 'captures goldens that differ from rustc (npm run record-goldens captures)');
  });
});
