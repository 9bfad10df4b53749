// The MIR builder against rustc's: for every program of test/golden/mir/, each free function's
// user variables with their types and its drops on the normal path after drop elaboration, as
// `rustc --emit=mir` printed them (scripts/goldens/mir.mjs). The counts that match are floors
// (test/golden/mir/floors.json) that may only go up. And the builder over every program of the
// repository: it never throws, and every construct it does not model is reported, not guessed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { buildMir } from '../../server/src/engine/mir/build';
import { elaborateDrops } from '../../server/src/engine/mir/drops/elaborate';
import { normalOrder } from '../../server/src/engine/mir/successors';
import type { Body, Place } from '../../server/src/engine/mir/syntax';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { typeName } from '../../server/src/engine/typeck';
import type { Ty } from '../../server/src/engine/typeck/ty';

const DIR = path.join(__dirname, 'mir');
const FLOORS = path.join(DIR, 'floors.json');

interface FnGolden {
  vars: string[];
  drops: string[];
}

function placeTy(body: Body, p: Place): Ty {
  const field = [...p.projection].reverse().find((e) => e.kind === 'field');
  return field?.kind === 'field' ? field.ty : body.localDecls[p.local]!.ty;
}

function summary(body: Body): FnGolden {
  const vars = body.localDecls.flatMap((d) => (d.name && (d.kind === 'user' || d.kind === 'arg') ? [`${d.name}: ${typeName(d.ty)}`] : [])).sort();
  const drops: string[] = [];
  for (const i of normalOrder(body)) {
    const t = body.basicBlocks[i]!.terminator;
    if (t?.kind === 'drop') drops.push(typeName(placeTy(body, t.place)));
  }
  return { vars, drops };
}

function rsFiles(dir: string, out: string[] = []): string[] {
  for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, f.name);
    if (f.isDirectory()) rsFiles(p, out);
    else if (f.name.endsWith('.rs')) out.push(p);
  }
  return out;
}

describe('MIR against rustc --emit=mir', () => {
  before(() => initParser());
  const floors = JSON.parse(fs.readFileSync(FLOORS, 'utf8')) as { vars: number; drops: number };
  let vars = 0;
  let drops = 0;
  let total = 0;
  const differences: string[] = [];

  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.rs')).sort()) {
    it(file, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const golden = JSON.parse(fs.readFileSync(path.join(DIR, file.replace(/\.rs$/, '.mir.json')), 'utf8')) as Record<string, FnGolden>;
      const mir = buildMir(frontEnd(parseRust(text), text));
      for (const [name, want] of Object.entries(golden)) {
        const body = mir.bodies.find((b) => b.def.name === name && !(b.def as { owner?: unknown }).owner);
        assert.ok(body, `${file}: no body for ${name}`);
        const got = summary(elaborateDrops(body, mir.needsDrop));
        total++;
        if (JSON.stringify(got.vars) === JSON.stringify(want.vars)) vars++;
        else differences.push(`${file} ${name} variables: rustc ${want.vars.join(', ')}; the MIR ${got.vars.join(', ')}`);
        if (JSON.stringify(got.drops) === JSON.stringify(want.drops)) drops++;
        else differences.push(`${file} ${name} drops: rustc [${want.drops.join(', ')}]; the MIR [${got.drops.join(', ')}]`);
      }
    });
  }

  it('matches at least as many functions as the floors say', () => {
    console.log(`      ${total} functions: variables as rustc's in ${vars}, normal-path drops as rustc's in ${drops}`);
    for (const d of differences) console.log(`        ${d}`);
    assert.ok(vars >= floors.vars, `${vars} functions with rustc's variables, the floor is ${floors.vars}`);
    assert.ok(drops >= floors.drops, `${drops} functions with rustc's drops, the floor is ${floors.drops}`);
  });

  it('builds every program of the repository without throwing, reporting what it does not model', function () {
    this.timeout(600_000);
    const root = path.join(__dirname, '..', '..');
    const files = [...rsFiles(path.join(root, 'test', 'golden')), ...rsFiles(path.join(root, 'examples'))];
    let bodies = 0;
    let withUnsupported = 0;
    let constructs = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      const mir = buildMir(frontEnd(parseRust(text), text));
      for (const b of mir.bodies) {
        bodies++;
        const elaborated = elaborateDrops(b, mir.needsDrop);
        if (elaborated.unsupported.length) withUnsupported++;
        constructs += elaborated.unsupported.length;
        const failed = b.unsupported.find((u) => u.what.startsWith('the builder failed'));
        assert.equal(failed, undefined, `${path.relative(root, f)}: ${failed?.what}`);
        for (const bb of b.basicBlocks) assert.ok(bb.terminator, `${path.relative(root, f)}: a block without a terminator`);
      }
    }
    console.log(`      ${files.length} files, ${bodies} bodies; ${withUnsupported} report ${constructs} constructs the builder does not model`);
    assert.ok(bodies > 1000);
  });
});
