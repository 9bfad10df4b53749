// Permissions (R/W/O) over `rustmem lsp --stdio`: the hover of a variable and the inlay hints that
// `rustMemory.permissions.inlayHints` turns on (off by default).
import * as assert from 'node:assert/strict';
import type { Hover, InitializeResult, InlayHint, MarkupContent } from 'vscode-languageserver/node';
import { type LspSession, sessionPerTest } from './session';
import { TraceRequest } from '../../protocol/lsp';
import { fnPermissionsFor, permissionsAt } from '../../protocol/permissions';

const uri = 'file:///tmp/rustmem-test/permissions.rs';
const text = [
  'fn main() {',
  '    let mut v = vec![1, 2, 3];',
  '    let first = &v[0];',
  '    println!("{first} {}", v.len());',
  '    v.push(4);',
  '}',
  '',
].join('\n');

describe('rustmem lsp --stdio: permissions hover and hints', function () {
  this.timeout(120_000);
  const newSession = sessionPerTest();

  async function open(settings: Record<string, unknown> = {}): Promise<LspSession> {
    const s = newSession(settings);
    await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
    await s.waitForDiagnostics((p) => p.uri === uri);
    return s;
  }

  const hints = (s: LspSession) => s.connection.sendRequest<InlayHint[] | null>('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } },
  });

  it('hover on a variable says what it may do on that line and who took the rest', async () => {
    const s = await open();
    const h = await s.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 27 } });
    const value = (h?.contents as MarkupContent).value;
    assert.match(value, /\*\*Permissions of `v`\*\*/);
    assert.match(value, /at line 4 `v` has R only: `first` borrows it until line 4/);
    assert.match(value, /line 4: loses W, O \(`first` borrows it until line 4\); line 5: regains W, O/);
  });

  it('the trace the panel asks for carries the permissions of each variable by line', async () => {
    const s = await open();
    const run = TraceRequest.decode(await s.connection.sendRequest<TraceRequest.Result>(TraceRequest.method, { uri } satisfies TraceRequest.Params));
    const fn = fnPermissionsFor(run.trace?.permissions ?? [], 'main', 4);
    assert.ok(fn, 'no permissions for main');
    assert.deepEqual(permissionsAt(fn, 'v', 4), { perms: 'R--', why: '`first` borrows it until line 4' });
    assert.deepEqual(permissionsAt(fn, 'v', 5), { perms: 'RWO', why: '' });
    assert.equal(permissionsAt(fn, 'first', 2), undefined);
  });

  it('inlay hints show permissions where they change, only when the setting asks', async () => {
    const off = await open({ inlayHints: { enable: false } });
    assert.equal((await hints(off))?.length ?? 0, 0);
    off.kill();
    const s = await open({ inlayHints: { enable: false }, permissions: { inlayHints: true } });
    const labels = ((await hints(s)) ?? []).map((h) => `${h.position.line}:${h.position.character}:${String(h.label)}`);
    assert.deepEqual(labels, [
      '1:30:v: R W O',
      '2:22:v: R -- --',
      '2:22:first: R -- O',
      '2:22:*first: R -- --',
      '3:36:v: R W O',
    ]);
  });
});
