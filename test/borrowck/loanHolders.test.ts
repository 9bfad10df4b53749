// The check's shortcuts past the loans' regions (borrowck/loanHolders.ts, borrowck/loanReach.ts):
// wherever one says no loan (of a local) can be in scope, the regions must agree, at every location
// of every body of the borrow goldens (rejected and accepted) and the examples. Each shortcut has to
// be taken somewhere too, or it saves nothing.
import * as assert from 'node:assert/strict';
import { bodyFacts, type BodyFacts } from '../../server/src/engine/borrowck/facts';
import { LoanReach } from '../../server/src/engine/borrowck/loanReach';
import type { Body } from '../../server/src/engine/mir/syntax';
import { initParser } from '../../server/src/engine/parse/parser';
import { forEachCheckedBody } from './goldenBodies';

/** Every checked body of the programs, with the file it is in. */
function forEachBody(visit: (file: string, body: Body, facts: () => BodyFacts) => void): number {
  return forEachCheckedBody((file, body, cx) => visit(file, body, () => bodyFacts(body, cx.calls)));
}

describe('borrowck: the loans that may be in scope without their regions', () => {
  before(() => initParser());

  it('says "none" only where the loans\' regions have none in scope, and says it somewhere', function () {
    this.timeout(300_000);
    let skipped = 0;
    let inScope = 0;
    const checkedBodies = forEachBody((file, body, facts) => {
      // Two sets of facts: the shortcut answers from one before any region is computed in it.
      const quick = facts();
      const exact = facts();
      for (const block of exact.cfg.reversePostOrder) {
        for (let index = 0; index <= body.basicBlocks[block]!.statements.length; index++) {
          const location = { block, index };
          const may = quick.loansMayBeInScope(location);
          const loans = exact.regions.inScope(location);
          if (!loans.isEmpty()) {
            inScope++;
            assert.ok(may, `${file}: loans ${loans.members().join(', ')} are in scope at bb${block}[${index}] of the body at line ${body.span.line + 1}, but the shortcut says none can be`);
          } else if (!may) skipped++;
        }
      }
    });
    assert.ok(checkedBodies > 500, `only ${checkedBodies} bodies checked`);
    assert.ok(inScope > 1000, `loans in scope at only ${inScope} locations`);
    assert.ok(skipped > inScope, `the shortcut answered at only ${skipped} locations`);
  });

  it('says a local\'s loans cannot be in scope only where the regions have none of them, and says it somewhere', function () {
    this.timeout(300_000);
    let skipped = 0;
    let inScope = 0;
    const checkedBodies = forEachBody((file, body, facts) => {
      const f = facts();
      const reach = new LoanReach(f.cfg, f.borrows);
      const borrowedLocals = [...new Set(f.borrows.loans.map((l) => l.borrowed.local))];
      for (const block of f.cfg.reversePostOrder) {
        for (let index = 0; index <= body.basicBlocks[block]!.statements.length; index++) {
          const location = { block, index };
          const loans = f.regions.inScope(location).members();
          for (const local of borrowedLocals) {
            const held = loans.filter((l) => f.borrows.loans[l]!.borrowed.local === local);
            const may = reach.mayBeInScope(local, location);
            if (held.length > 0) {
              inScope++;
              assert.ok(may, `${file}: loans ${held.join(', ')} of _${local} are in scope at bb${block}[${index}] of the body at line ${body.span.line + 1}, but no borrow of it is said to precede`);
            } else if (!may) skipped++;
          }
        }
      }
    });
    assert.ok(checkedBodies > 500, `only ${checkedBodies} bodies checked`);
    assert.ok(inScope > 1000, `a local's loans in scope at only ${inScope} places`);
    assert.ok(skipped > 1000, `the shortcut answered at only ${skipped} places`);
  });
});
