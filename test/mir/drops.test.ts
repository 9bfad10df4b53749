// Drop elaboration: a moved local is not dropped, one moved on some paths is dropped behind a
// flag, one moved in part is reported; rustc's ElaborateDrops does the same.
import * as assert from 'node:assert/strict';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { buildMir } from '../../server/src/engine/mir/build';
import { elaborateDrops } from '../../server/src/engine/mir/drops/elaborate';
import type { Body } from '../../server/src/engine/mir/syntax';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';

function elaborated(text: string, name = 'main'): Body {
  const mir = buildMir(frontEnd(parseRust(text), text));
  const body = mir.bodies.find((b) => b.def.name === name)!;
  return elaborateDrops(body, mir.needsDrop);
}

/** The names of the locals each drop terminator of the body drops, cleanup blocks excluded. */
function dropped(b: Body): string[] {
  return b.basicBlocks.flatMap((bb) => (!bb.isCleanup && bb.terminator?.kind === 'drop' ? [b.localDecls[bb.terminator.place.local]!.name ?? `_${bb.terminator.place.local}`] : []));
}

describe('MIR drop elaboration', () => {
  before(() => initParser());

  it('a value moved on every path is not dropped where it was declared', () => {
    const b = elaborated('fn take(s: String) {}\nfn main() {\n    let a = String::new();\n    let b = String::new();\n    take(a);\n}\n');
    assert.deepEqual(dropped(b).sort(), ['b']);
  });

  it('a value moved on one path only is dropped behind a drop flag', () => {
    const b = elaborated('fn main() {\n    let s = String::new();\n    if std::env::args().count() > 3 {\n        drop(s);\n    }\n}\n');
    assert.deepEqual(dropped(b), ['s']);
    const dropBlock = b.basicBlocks.findIndex((bb) => !bb.isCleanup && bb.terminator?.kind === 'drop');
    const guard = b.basicBlocks.find((bb) => bb.terminator?.kind === 'switchInt' && bb.terminator.targets.otherwise === dropBlock);
    assert.ok(guard, 'the drop is reached through a switch on the flag');
    const t = guard.terminator;
    const flag = t?.kind === 'switchInt' && t.discr.kind === 'copy' ? t.discr.place.local : -1;
    assert.equal(b.localDecls[flag]?.ty.k, 'bool');
  });

  it('a value moved out of in part is reported, not guessed', () => {
    const b = elaborated('struct P { a: String, b: String }\nfn main() {\n    let p = P { a: String::new(), b: String::new() };\n    let a = p.a;\n}\n');
    assert.ok(b.unsupported.some((u) => u.what.startsWith('a value moved out of in part')));
  });
});
