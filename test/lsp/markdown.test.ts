import * as assert from 'node:assert/strict';
import type { Hover, InitializeResult, MarkupContent } from 'vscode-languageserver/node';
import { sessionPerTest } from './session';
import { TraceRequest } from '../../protocol/lsp';

const uri = 'file:///tmp/rustmem-test/chapter.md';
const chapter = [
  '# Chapter',                                  // 0
  '',                                           // 1
  '```rust',                                    // 2
  '// @mem expect size (u8, u16) = 3',          // 3
  'fn main() {}',                               // 4
  '```',                                        // 5
  '',                                           // 6
  '```rust',                                    // 7
  'let x = 5',                                  // 8
  'let y = x;',                                 // 9
  '```',                                        // 10
  '',                                           // 11
  '```rust,ignore',                             // 12
  'let z = 5',                                  // 13
  '```',                                        // 14
  '',
].join('\n');

describe('rustmem lsp --stdio: Markdown', function () {
  const newSession = sessionPerTest();

  it('publishes the diagnostics of each ```rust block at its Markdown line', async () => {
    const s = newSession();
    await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: chapter },
    });
    const published = await s.waitForDiagnostics((p) => p.uri === uri);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.code, d.message]),
      [
        [3, 0, 'annotation-failed', '`(u8, u16)` is 4 bytes, not 3'],
        [8, 9, 'syntax-error', 'expected `;`'],
      ],
    );
    const hover = await s.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 12 } });
    assert.equal((hover?.contents as MarkupContent | undefined)?.value, '`@mem expect size (u8, u16) = 3`\n\n✗ **Does not hold**: `(u8, u16)` is 4 bytes, not 3.');
    const prose = await s.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(prose, null);
  });

  it('simulates each block: run claims are judged, and rustMemory/trace answers for the block at a line', async () => {
    const s = newSession();
    await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await s.connection.sendNotification('initialized', {});
    const text = [
      '```rust',                                   // 0
      'fn main() {',                               // 1
      '    println!("first");',                    // 2
      '}',                                         // 3
      '```',                                       // 4
      '',                                          // 5
      '```rust',                                   // 6
      '# struct Noisy(&\'static str);',            // 7
      '# impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }', // 8
      'let x = Noisy("x");',                       // 9
      'let y = Noisy("y"); // @mem snapshot both', // 10
      'drop(x); // @mem expect drops y',           // 11
      '```',                                       // 12
    ].join('\n');
    const mdUri = 'file:///tmp/rustmem-test/run.md';
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: mdUri, languageId: 'markdown', version: 1, text } });
    const judged = await s.waitForDiagnostics((p) => p.uri === mdUri && p.diagnostics.some((d) => d.code === 'annotation-failed'));
    assert.deepEqual(judged.diagnostics.filter((d) => String(d.code).startsWith('annotation')).map((d) => [d.range.start.line, d.message]), [
      [11, 'drops `x`, not `y`'],
    ]);
    const second = TraceRequest.decode(await s.connection.sendRequest<TraceRequest.Result>(TraceRequest.method, { uri: mdUri, line: 10 }));
    assert.equal(second.lineOffset, 0);
    assert.deepEqual(second.trace?.output.map((o) => o.text).join(''), 'drop x\ndrop y\n');
    assert.deepEqual(second.trace?.snapshots.map((p) => [p.label, p.line]), [['both', 11]]);
    const first = TraceRequest.decode(await s.connection.sendRequest<TraceRequest.Result>(TraceRequest.method, { uri: mdUri, line: 2 }));
    assert.equal(first.trace?.output.map((o) => o.text).join(''), 'first\n');
    // Providers get the block's own text: offsets into it, not into the Markdown file.
    const typeHover = await s.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: mdUri }, position: { line: 7, character: 11 } });
    assert.match((typeHover?.contents as MarkupContent | undefined)?.value ?? '', /^\*\*struct Noisy\*\*\n\nsize 16 B/);
    const byDefault = TraceRequest.decode(await s.connection.sendRequest<TraceRequest.Result>(TraceRequest.method, { uri: mdUri }));
    assert.equal(byDefault.trace?.output.map((o) => o.text).join(''), 'first\n');
  });
});
