import * as assert from 'node:assert/strict';
import type { CodeLens, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver/node';
import { type LspSession, sessionPerTest } from './session';

const uri = 'file:///tmp/rustmem-test/layout.rs';
const text = [
  'struct Packet { tag: u8, len: u32, flags: u16 }',
  'enum Shape { Dot, Circle(f64) }',
  'struct Holder<T> { item: T }',
  'fn main() {',
  '    let v: Vec<u64> = Vec::new();',
  '    let p = Packet { tag: 1, len: 2, flags: 3 };',
  '    drop(v);',
  '    let _ = p.len;',
  '    let made = make();',
  '    drop(made);',
  '}',
  'fn make() -> Vec<u32> { vec![1, 2, 3] }',
  '',
].join('\n');

describe('layout in the language server: hover and CodeLens', function () {
  const newSession = sessionPerTest();

  async function open(): Promise<LspSession> {
    const s = newSession();
    await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
    await s.waitForDiagnostics((p) => p.uri === uri);
    return s;
  }

  async function hoverAt(s: LspSession, line: number, character: number): Promise<string> {
    const h = await s.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    return h ? (h.contents as MarkupContent).value : '';
  }

  it('puts size, alignment and padding above each struct and enum', async () => {
    const s = await open();
    const lenses = await s.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    // Other features add their own lenses (e.g. on `main`); these are the layout ones.
    const titles = lenses.filter((l) => l.command?.title.startsWith('size')).map((l) => [l.range.start.line, l.command?.title]);
    assert.deepEqual(titles, [
      [0, 'size 8 B · align 4 · padding 1 B'],
      [1, 'size 16 B · align 8 · padding 0 B'],
      [2, 'size depends on T'],
    ]);
  });

  it('shows a struct layout with fields by offset when hovering its name', async () => {
    const s = await open();
    const md = await hoverAt(s, 0, 9);
    assert.match(md, /\*\*struct Packet\*\*/);
    assert.match(md, /size 8 B · align 4 · padding 1 B/);
    assert.match(md, /\| 0 \| len \| `u32` \| 4 B \|\n\| 4 \| flags \| `u16` \| 2 B \|\n\| 6 \| tag \| `u8` \| 1 B \|/);
    assert.match(md, /rustc's choice/);
  });

  it('shows a binding\'s stack size and what it owns on the heap, at its declaration and at a use', async () => {
    const s = await open();
    const atLet = await hoverAt(s, 4, 8);
    assert.match(atLet, /\*\*v\*\*: `Vec<u64>`/);
    assert.match(atLet, /24 B on the stack \(pointer, capacity, length\); on the heap: a buffer of u64 elements \(8 B each\)/);
    const atUse = await hoverAt(s, 6, 9);
    assert.match(atUse, /24 B on the stack/);
    const struct = await hoverAt(s, 5, 8);
    assert.match(struct, /\*\*p\*\*: `Packet`\n\n8 B on the stack/);
  });

  it('takes a binding\'s type from the type checker when the source does not show it, without a run', async () => {
    const s = await open();
    const md = await hoverAt(s, 8, 9);
    assert.match(md, /\*\*made\*\*: `Vec<u32>`\n\n24 B on the stack \(pointer, capacity, length\); on the heap: a buffer of u32 elements \(4 B each\)/);
  });
});
