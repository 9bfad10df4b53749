import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { runStaticChecks } from '../../server/src/engine/analysis';
import { cachedSnippetChars, SNIPPET_CACHE_CHARS, SnippetCache } from '../../server/src/engine/diagnostics/macros';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import { longVec } from './programs';

function analyse(text: string): void {
  const tree = parseRust(text);
  try {
    runStaticChecks({ file: 'cache.rs', text, tree, settings: DEFAULT_SETTINGS }, (f) => {
      throw new Error(`the ${f.check} check failed: ${String(f.error)}`);
    });
  } finally {
    tree.delete();
  }
}

describe('caches that outlive one analysis stay bounded', () => {
  before(() => initParser());

  it('the macro snippet cache holds at most its budget of text, however many distinct macros were analysed', () => {
    const cache = new SnippetCache();
    for (let i = 0; i < 2000; i++) cache.parse(`(${'x + '.repeat(10)}${i})`);
    assert.ok(cachedSnippetChars() <= SNIPPET_CACHE_CHARS, `${cachedSnippetChars()} characters cached`);
    assert.ok(cachedSnippetChars() > SNIPPET_CACHE_CHARS / 2, 'the cache still keeps recent snippets');
  });

  it('a long macro argument list is parsed once per check and not kept after it', () => {
    const before = cachedSnippetChars();
    analyse(longVec(5_000));
    // The 10 KB `vec![…]` went through three checks; none of it may stay in the shared cache.
    assert.ok(cachedSnippetChars() <= Math.max(before, SNIPPET_CACHE_CHARS));
    const cache = new SnippetCache();
    const long = `[${Array(5000).fill('1').join(',')}]`;
    const first = cache.parse(long);
    assert.equal(cache.parse(long), first, 'the same check reads the parsed snippet again');
    cache.dispose();
    assert.notEqual(cache.parse(long), first, 'after the check ends, the long snippet is parsed afresh');
  });
});
