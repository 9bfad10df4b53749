// Every body the borrow checker checks in the borrow goldens (rejected and accepted) and the
// examples: what the tests of the checker's shortcuts compare the shortcut against.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { borrowckContext } from '../../server/src/engine/borrowck';
import { type BorrowckContext, uncheckable } from '../../server/src/engine/borrowck/check';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { buildMir } from '../../server/src/engine/mir/build';
import type { Body } from '../../server/src/engine/mir/syntax';
import { parseRust } from '../../server/src/engine/parse/parser';

const ROOT = path.join(__dirname, '..', '..');
const DIRS = ['test/golden/rejected/borrows', 'test/golden/borrowck', 'test/golden/permissions', 'examples'];

function programs(): string[] {
  return DIRS.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.rs')).map((f) => path.join(ROOT, dir, f)));
}

/** Visits every checked body (the file relative to the repository); how many there were. The parser must be initialised. */
export function forEachCheckedBody(visit: (file: string, body: Body, cx: BorrowckContext) => void): number {
  let checkedBodies = 0;
  for (const file of programs()) {
    const text = fs.readFileSync(file, 'utf8');
    const tree = parseRust(text);
    try {
      const fe = frontEnd(tree, text);
      if (tree.rootNode.hasError || fe.diagnostics.some((d) => d.severity === 'error')) continue;
      const mir = buildMir(fe);
      const cx = borrowckContext(fe, mir);
      for (const body of mir.bodies) {
        if (uncheckable(body) || body.basicBlocks.length === 0) continue;
        checkedBodies++;
        visit(path.relative(ROOT, file), body, cx);
      }
    } finally {
      tree.delete();
    }
  }
  return checkedBodies;
}
