import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../../server/src/engine/parse/parser';
import { STD_SOURCE } from '../../../server/src/engine/typeck/std';

describe('typeck: std declarations', () => {
  before(async () => {
    await initParser();
  });

  it('parse without a syntax error', () => {
    const tree = parseRust(STD_SOURCE);
    const bad: string[] = [];
    const cursor = tree.walk();
    const visit = (): void => {
      const n = cursor.currentNode;
      if (n.isError || n.isMissing) bad.push(`${n.startPosition.row + 1}: ${STD_SOURCE.split('\n')[n.startPosition.row]?.trim()}`);
      if (cursor.gotoFirstChild()) {
        do visit();
        while (cursor.gotoNextSibling());
        cursor.gotoParent();
      }
    };
    visit();
    assert.deepEqual(bad, []);
  });
});
