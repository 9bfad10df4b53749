// The memory diagnostics, their quick fixes, the drop hints and the life hover over
// `rustmem lsp --stdio`, as an editor sees them.
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Hover, InitializeResult, InlayHint, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { type LspSession, sessionPerTest } from './session';
import { readmeLineOf } from '../support/readmeLink';

const uri = 'file:///tmp/rustmem-test/memory.rs';
const text = [
  'struct D(&\'static str);',
  'impl Drop for D {',
  '    fn drop(&mut self) {',
  '        println!("drop {}", self.0);',
  '    }',
  '}',
  '',
  'fn main() {',
  '    let s = String::from("s");',
  '    let t = s;',
  '    let big = [0u8; 65536];',
  '    {',
  '        let _a = D("a");',
  '        let _b = D("b");',
  '    }',
  '    let mut v = Vec::new();',
  '    for i in 0..20 {',
  '        v.push(i);',
  '    }',
  '    println!("{} {} {}", t, big[0], v.len());',
  '}',
  '',
].join('\n');

describe('rustmem lsp --stdio: memory diagnostics, fixes, hints, hover', function () {
  // Each test starts a server and waits for a simulated run; on a busy machine that takes a while.
  this.timeout(120_000);
  const newSession = sessionPerTest();

  async function open(settings: Record<string, unknown> = {}, source = text): Promise<LspSession> {
    const s = newSession(settings);
    await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text: source } });
    return s;
  }

  const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
  const afterRun = (p: PublishDiagnosticsParams) => p.uri === uri && codes(p).includes('realloc-in-loop');

  it('publishes static and run-time codes with their documentation link and related information', async () => {
    const s = await open();
    const p = await s.waitForDiagnostics(afterRun);
    const byCode = (c: string) => p.diagnostics.find((d) => d.code === c) as Diagnostic;
    assert.ok(!codes(p).includes('use-after-move'), 'nothing is used after its move');
    const array = byCode('large-stack-array');
    assert.equal(array.range.start.line, 10);
    assert.equal(array.severity, 2);
    assert.equal(readmeLineOf(array.codeDescription?.href ?? ''), '### `large-stack-array`');
    const realloc = byCode('realloc-in-loop');
    assert.equal(realloc.range.start.line, 17);
    assert.equal(realloc.relatedInformation?.[0]?.location.range.start.line, 15);
  });

  it('reports a use after move at the use, with the move as related information', async () => {
    const broken = text.replace('println!("{} {} {}", t, big[0], v.len());', 'println!("{} {} {}", s, big[0], v.len());');
    const s = await open({}, broken);
    const p = await s.waitForDiagnostics((x) => x.uri === uri && codes(x).includes('use-after-move'));
    const d = p.diagnostics.find((x) => x.code === 'use-after-move')!;
    assert.deepEqual(d.range.start, { line: 19, character: 25 });
    assert.equal(d.severity, 1);
    assert.equal(d.relatedInformation?.[0]?.location.range.start.line, 9);
    assert.equal(d.relatedInformation?.[0]?.message, 'value moved here');
  });

  it('offers the heap quick fixes as code actions', async () => {
    const s = await open();
    const p = await s.waitForDiagnostics((x) => x.uri === uri && codes(x).includes('large-stack-array'));
    const array = p.diagnostics.find((d) => d.code === 'large-stack-array')!;
    const actions = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: array.range,
      context: { diagnostics: [array] },
    });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.title, 'Allocate on the heap: `vec![0u8; 65536]`');
    const edit = (fix.edit?.documentChanges?.[0] as { edits: { newText: string }[] }).edits[0]!;
    assert.equal(edit.newText, 'vec![0u8; 65536]');
  });

  it('shows drops after their closing brace and moves, unless hints are off', async () => {
    const s = await open();
    await s.waitForDiagnostics(afterRun);
    const hints = await s.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 21, character: 0 } },
    });
    const labels = hints.map((h) => `${h.position.line}:${String(h.label)}`);
    assert.ok(labels.includes('14:drop: _b, _a'), labels.join(' | '));
    assert.ok(labels.includes('9:s → t'), labels.join(' | '));
    // `big` is a `[u8; N]`: it has no destructor, so nothing is dropped for it.
    assert.ok(labels.includes('20:drop: v, t'), labels.join(' | '));
    s.kill();
    const off = await open({ inlayHints: { enable: false } });
    await off.waitForDiagnostics(afterRun);
    const none = await off.connection.sendRequest<InlayHint[] | null>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 21, character: 0 } },
    });
    assert.equal(none?.length ?? 0, 0);
  });

  it('hover on a variable tells its life', async () => {
    const s = await open();
    await s.waitForDiagnostics(afterRun);
    const h = await s.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 8 } });
    const value = (h?.contents as MarkupContent).value;
    assert.match(value, /Life of `s`/);
    assert.match(value, /moved to `t` at \[line 10\]/);
  });
});
