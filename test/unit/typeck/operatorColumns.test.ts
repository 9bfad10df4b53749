// A binary operator's type error (E0369, E0277 for `a + b`) is placed at the operator token, where
// rustc places it: the recorded goldens' column, not only their line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser } from '../../../server/src/engine/parse/parser';
import { readRustcErrors, staticDiagnostics } from '../../support/errorGoldens';

const TYPES = path.join(__dirname, '..', '..', 'golden', 'rejected', 'types');

describe('typeck: operator errors at the operator', () => {
  before(() => initParser());

  it('reports each E0369 and operator E0277 golden at rustc\'s line and column', () => {
    const programs = fs.readdirSync(TYPES).filter((f) => /^e0369_.*\.rs$|^e0277_add_.*\.rs$/.test(f));
    assert.ok(programs.length >= 12, `only ${programs.length} operator goldens`);
    const wrong: string[] = [];
    for (const name of programs) {
      const file = path.join(TYPES, name);
      const want = readRustcErrors(file)[0]!;
      const got = staticDiagnostics(file, fs.readFileSync(file, 'utf8'), []).find((d) => d.code === want.code);
      const at = got && `${got.span.start.line + 1}:${got.span.start.character + 1}`;
      if (at !== `${want.line}:${want.column}`) wrong.push(`${name}: rustc ${want.line}:${want.column}, engine ${at ?? 'nothing'}`);
    }
    assert.deepEqual(wrong, []);
  });
});
