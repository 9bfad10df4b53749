// Every program of test/golden/programs compiled with rustc and ran (its recorded result is
// there): a static check that calls one of them wrong is a false alarm. None may report a use
// after move, and none that ran to its end may be said to overflow its stack.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser } from '../../../server/src/engine/parse/parser';
import { useAfterMove } from '../../../server/src/engine/diagnostics/useAfterMove';
import { recursionChecks } from '../../../server/src/engine/diagnostics/stack/recursion';
import { contextFor } from './helpers';

describe('static checks on programs rustc compiled and ran (test/golden/programs)', function () {
  // Use after move is the borrow checker's: each program goes through the front end and the MIR.
  this.timeout(60_000);
  before(() => initParser());

  it('report no use after move and no overflow in a run that did not overflow', () => {
    const root = path.join(__dirname, '../../golden/programs');
    const programs = fs.readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.rs'));
    assert.ok(programs.length >= 50, `${programs.length} programs`);
    const wrong: string[] = [];
    for (const rel of programs) {
      const { status } = JSON.parse(fs.readFileSync(path.join(root, rel.replace(/\.rs$/, '.expected.json')), 'utf8')) as { status: number };
      const ctx = contextFor(fs.readFileSync(path.join(root, rel), 'utf8'));
      try {
        for (const d of useAfterMove(ctx)) wrong.push(`${rel}:${d.span.start.line + 1}: ${d.code}`);
        if (status !== 134) for (const d of recursionChecks(ctx).filter((x) => x.code === 'stack-overflow')) wrong.push(`${rel}:${d.span.start.line + 1}: ${d.code}`);
      } finally {
        ctx.tree.delete();
      }
    }
    assert.deepEqual(wrong, []);
  });
});
