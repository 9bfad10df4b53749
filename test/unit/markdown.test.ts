import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { rustSnippets, snippetAt, unhideLine, isMarkdownFile, chooseSnippet } from '../../server/src/engine/markdown';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { parseAnnotations } from '../../server/src/engine/annotations';

const CHAPTER = [
  '# Drop order',                     // 0
  '',                                 // 1
  '```rust',                          // 2
  '# struct Noisy(&\'static str);',  // 3
  'fn main() {',                      // 4
  '    let a = Noisy("a"); // @mem expect drops a', // 5
  '}',                                // 6
  '```',                              // 7
  '',                                 // 8
  '```text',                          // 9
  'not rust',                         // 10
  '```',                              // 11
  '',                                 // 12
  '```rust,ignore',                   // 13
  'this does not compile',            // 14
  '```',                              // 15
  '',                                 // 16
  '1. A list item:',                  // 17
  '   ```rust should_panic',          // 18
  '   let v: Vec<u8> = Vec::new();',  // 19
  '   ##[derive(Debug)]',             // 20
  '   struct S;',                     // 21
  '   v[0];',                         // 22
  '   ```',                           // 23
  '',                                 // 24
  '````rust',                         // 25
  '```',                              // 26
  '// @mem entry',                    // 27
  'fn demo() {}',                     // 28
].join('\n');

describe('markdown: Rust snippets', () => {
  it('finds ```rust blocks and skips other languages', () => {
    const s = rustSnippets(CHAPTER);
    assert.deepEqual(s.map((x) => [x.index, x.fenceLine, x.startLine, x.endLine, x.attributes, x.skipped, x.wrappedInMain]), [
      [1, 2, 3, 7, [], undefined, false],
      [2, 13, 14, 15, ['ignore'], 'marked `ignore`', false],
      [3, 18, 19, 23, ['should_panic'], undefined, true],
      [4, 25, 26, 29, [], undefined, false],
    ]);
  });

  it('keeps the Markdown line and column numbers, with hidden lines unhidden in place', () => {
    const [first] = rustSnippets(CHAPTER);
    const lines = first!.text.split('\n');
    assert.equal(lines.length, 7);
    assert.deepEqual(lines.slice(0, 3), ['', '', '']);
    assert.equal(lines[3], '  struct Noisy(&\'static str);');
    assert.equal(lines[5], CHAPTER.split('\n')[5]);
  });

  it('wraps a snippet without fn main over its fence lines, as rustdoc does', () => {
    const third = rustSnippets(CHAPTER)[2]!;
    const lines = third.text.split('\n');
    assert.equal(lines[18], 'fn main() {');
    assert.equal(lines[20], '    #[derive(Debug)]');
    assert.equal(lines[22], '   v[0];');
    assert.equal(lines[23], '}');
  });

  it('does not wrap a snippet that chooses its entry, and reads a longer fence to its own close', () => {
    const fourth = rustSnippets(CHAPTER)[3]!;
    assert.equal(fourth.wrappedInMain, false);
    assert.deepEqual(fourth.text.split('\n').slice(26), ['```', '// @mem entry', 'fn demo() {}']);
  });

  it('finds the snippet of a line', () => {
    const s = rustSnippets(CHAPTER);
    assert.equal(snippetAt(s, 5)?.index, 1);
    assert.equal(snippetAt(s, 2)?.index, 1);
    assert.equal(snippetAt(s, 10), undefined);
    assert.equal(snippetAt(s, 22)?.index, 3);
  });

  it('hidden-line rules', () => {
    assert.equal(unhideLine('# fn hidden() {}'), '  fn hidden() {}');
    assert.equal(unhideLine('    # let x = 1;'), '      let x = 1;');
    assert.equal(unhideLine('#'), ' ');
    assert.equal(unhideLine('#[derive(Debug)]'), '#[derive(Debug)]');
    assert.equal(unhideLine('#![allow(unused)]'), '#![allow(unused)]');
    assert.equal(unhideLine('##[derive(Debug)]'), ' #[derive(Debug)]');
  });

  it('reads CRLF files and knows Markdown paths', () => {
    const s = rustSnippets('```rust\r\nfn main() {}\r\n```\r\n');
    assert.equal(s[0]!.text, '\nfn main() {}');
    assert.ok(isMarkdownFile('book/src/ch01.md'));
    assert.ok(!isMarkdownFile('main.rs'));
  });

  describe('annotations in snippets', () => {
    before(() => initParser());
    it('are found at their Markdown lines', () => {
      const [first] = rustSnippets(CHAPTER);
      const set = parseAnnotations(parseRust(first!.text));
      assert.deepEqual(set.claims.map((c) => [c.span.start.line, c.span.start.character, c.targetLine]), [[5, 24, 5]]);
    });
  });
});

describe('examples/chapter.md', function () {
  this.timeout(60_000);
  const chapter = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'chapter.md'), 'utf8');
  for (const block of rustSnippets(chapter).filter((b) => !b.skipped)) {
    it(`block ${block.index} (line ${block.fenceLine + 1}) compiles with rustc as the engine reads it`, function () {
      if (spawnSync('rustc', ['--version']).status !== 0) {
        console.log('rustc is not on PATH: skipping the compile check');
        this.skip();
      }
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-chapter-'));
      try {
        const file = path.join(out, 'block.rs');
        fs.writeFileSync(file, block.text);
        const r = spawnSync('rustc', ['--edition', '2021', '--emit=metadata', '--crate-name', 'block', '--out-dir', out, file], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    });
  }
});

describe('markdown: choosing the block to run', () => {
  const s = rustSnippets(CHAPTER);
  it('defaults to the first analysed block and takes --snippet N counting every ```rust block', () => {
    assert.equal((chooseSnippet(s) as { snippet: { index: number } }).snippet.index, 1);
    assert.equal((chooseSnippet(s, 3) as { snippet: { index: number } }).snippet.index, 3);
    assert.deepEqual(chooseSnippet(s, 2), { ok: false, message: 'block 2 (line 14) is marked `ignore`' });
    assert.deepEqual(chooseSnippet(s, 9), { ok: false, message: 'it has 4 ```rust blocks, so there is no block 9' });
    assert.deepEqual(chooseSnippet(rustSnippets('# no code\n')), { ok: false, message: 'it has no ```rust block' });
  });
});
