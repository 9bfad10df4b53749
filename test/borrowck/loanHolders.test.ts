// The check's shortcut past the loans' regions (borrowck/loanHolders.ts): wherever it says no loan
// can be in scope, the regions must agree, at every location of every body of the borrow goldens
// (rejected and accepted) and the examples. The shortcut has to be taken somewhere too, or it saves nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { uncheckable } from '../../server/src/engine/borrowck/check';
import { withClosureResults } from '../../server/src/engine/borrowck/closureResults';
import { bodyFacts } from '../../server/src/engine/borrowck/facts';
import { DECLARED_SIGNATURES } from '../../server/src/engine/borrowck/signatures';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { buildMir } from '../../server/src/engine/mir/build';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';

const ROOT = path.join(__dirname, '..', '..');
const DIRS = ['test/golden/rejected/borrows', 'test/golden/borrowck', 'test/golden/permissions', 'examples'];

function programs(): string[] {
  return DIRS.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.rs')).map((f) => path.join(ROOT, dir, f)));
}

describe('borrowck: the loans that may be in scope without their regions', () => {
  before(() => initParser());

  it('says "none" only where the loans\' regions have none in scope, and says it somewhere', function () {
    this.timeout(300_000);
    let skipped = 0;
    let inScope = 0;
    let checkedBodies = 0;
    for (const file of programs()) {
      const text = fs.readFileSync(file, 'utf8');
      const tree = parseRust(text);
      try {
        const fe = frontEnd(tree, text);
        if (tree.rootNode.hasError || fe.diagnostics.some((d) => d.severity === 'error')) continue;
        const mir = buildMir(fe);
        const calls = withClosureResults(DECLARED_SIGNATURES, mir.bodies);
        for (const body of mir.bodies) {
          if (uncheckable(body) || body.basicBlocks.length === 0) continue;
          checkedBodies++;
          // Two sets of facts: the shortcut answers from one before any region is computed in it.
          const quick = bodyFacts(body, calls);
          const exact = bodyFacts(body, calls);
          for (const block of exact.cfg.reversePostOrder) {
            for (let index = 0; index <= body.basicBlocks[block]!.statements.length; index++) {
              const location = { block, index };
              const may = quick.loansMayBeInScope(location);
              const loans = exact.regions.inScope(location);
              if (!loans.isEmpty()) {
                inScope++;
                assert.ok(may, `${path.relative(ROOT, file)}: loans ${loans.members().join(', ')} are in scope at bb${block}[${index}] of the body at line ${body.span.line + 1}, but the shortcut says none can be`);
              } else if (!may) skipped++;
            }
          }
        }
      } finally {
        tree.delete();
      }
    }
    assert.ok(checkedBodies > 500, `only ${checkedBodies} bodies checked`);
    assert.ok(inScope > 1000, `loans in scope at only ${inScope} locations`);
    assert.ok(skipped > inScope, `the shortcut answered at only ${skipped} locations`);
  });
});
