// The Memory Inspector from the editor: the `▶ Inspect memory` CodeLens, the command that opens the
// panel, the webview's `ready` handshake answered with the trace, and the panel following the
// editor's cursor. The panel's messages are observed through the extension's exports
// (client/src/extensionApi.ts, `onInspectorMessage`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, lineOf, openFixture } from './fixtures';
import { waitForEvent, waitForValue } from './waits';
import type { Trace } from '../../../protocol/trace';
import { decodeTrace, type TraceColumns } from '../../../protocol/traceColumns';

type InspectorMessageEvent =
  | { direction: 'toWebview'; uri: string; message: { type: string; step?: number; trace?: TraceColumns }; delivered: boolean }
  | { direction: 'fromWebview'; uri: string; message: { type?: string } };

interface RustMemoryApi { onInspectorMessage: vscode.Event<InspectorMessageEvent> }

const INSPECT_COMMAND = 'rustMemory.inspectMemory';

async function api(): Promise<RustMemoryApi> {
  const extension = vscode.extensions.getExtension<RustMemoryApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const exports = await extension.activate();
  assert.ok(exports && typeof exports.onInspectorMessage === 'function', 'activate() returns onInspectorMessage');
  return exports;
}

/** Records every panel message from now on. */
function record(source: RustMemoryApi): { events: InspectorMessageEvent[]; dispose(): void } {
  const events: InspectorMessageEvent[] = [];
  const subscription = source.onInspectorMessage((e) => events.push(e));
  return { events, dispose: () => subscription.dispose() };
}

function inspectorTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('rustMemory.inspector'));
}

export function inspectorScenario(): void {
  suite('memory inspector', () => {
    let editor: vscode.TextEditor;
    let trace: Trace | undefined;

    suiteSetup(async () => {
      editor = await openFixture('inspector', 'src', 'main.rs');
    });

    test('the `▶ Inspect memory` CodeLens is above `fn main`', async () => {
      const mainLine = lineOf(editor.document, 'fn main()');
      const lens = await waitForValue('the Inspect memory CodeLens', async () => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 10);
        return lenses.find((l) => l.command?.title.startsWith('▶ Inspect memory'));
      });
      assert.equal(lens.range.start.line, mainLine);
      assert.equal(lens.command?.command, INSPECT_COMMAND);
    });

    test('the command opens the panel, and the panel answers the webview\'s `ready` with the trace', async () => {
      const recorder = record(await api());
      const uri = editor.document.uri.toString();
      try {
        const traced = waitForEvent((await api()).onInspectorMessage,
          (e) => e.direction === 'toWebview' && e.uri === uri && e.message.type === 'trace', 'the trace posted to the webview');
        await vscode.commands.executeCommand(INSPECT_COMMAND, editor.document.uri);
        const event = await traced;
        assert.ok(event.direction === 'toWebview' && event.delivered, 'the webview received the trace');
        // The steps travel as columns; read them back as the webview does.
        trace = event.message.trace && decodeTrace(event.message.trace);
        assert.ok(trace && trace.steps.length > 0, 'the trace has steps');
        const ready = recorder.events.findIndex((e) => e.direction === 'fromWebview' && e.uri === uri && e.message.type === 'ready');
        const answer = recorder.events.indexOf(event);
        assert.ok(ready >= 0 && ready < answer, `the webview said ready before the trace was posted: ${JSON.stringify(recorder.events.map((e) => `${e.direction}:${e.message.type}`))}`);
        const tabs = inspectorTabs();
        assert.equal(tabs.length, 1, 'one Memory Inspector tab');
        assert.equal(tabs[0]?.label, 'Memory: main.rs');
      } finally {
        recorder.dispose();
      }
    });

    test('the panel gets each drop as its own step at main\'s closing brace, and each frame with its bytes by part', () => {
      assert.ok(trace, 'an earlier test loaded a trace');
      // 1-based: main's `}` is the line after the println!.
      const close = lineOf(editor.document, 'println!(') + 2;
      const drops = [...trace.steps].filter((s) => s.events.some((e) => e.kind === 'drop'));
      assert.deepEqual(drops.map((s) => s.events.filter((e) => e.kind === 'drop').map((e) => `${e.what} ${e.reason}`)), [['sides scope-end'], ['label scope-end']]);
      for (const s of drops) assert.deepEqual([s.line, s.column], [close, 1], 'at the closing brace of main');
      const frames = [...trace.steps].flatMap((s) => s.deltas.flatMap((d) => (d.op === 'push-frame' && d.frame ? [d.frame] : [])));
      assert.deepEqual(frames.map((f) => f.fn), ['main', 'area']);
      for (const f of frames) {
        assert.ok(f.parts, `${f.fn} has its parts`);
        assert.deepEqual(Object.keys(f.parts).sort(), ['linkage', 'locals', 'metadata', 'padding', 'params', 'spills', 'temps'], `${f.fn}: every part, spill slots and fat-pointer metadata too`);
        assert.equal(Object.values(f.parts).reduce((a, b) => a + b, 0), f.size, `${f.fn}: the parts sum to the frame size`);
      }
      // rustc 1.95's debug build: `pushq %rax` keeps calls aligned, plus the return address; the
      // two u32 parameters stay in registers.
      assert.equal(frames[1]!.size, 16, 'area(width: u32, height: u32)');
      assert.equal(frames[1]!.parts!['linkage'], 8, 'the return address');
    });

    test('moving the editor cursor moves the panel to the first step on that line', async () => {
      assert.ok(trace, 'the previous test loaded a trace');
      const target = lineOf(editor.document, 'let label = String::from("area");');
      const expectedStep = trace.steps.findIndex((s) => s.line === target + 1);
      assert.ok(expectedStep > 0, `the trace runs line ${target + 1}`);
      const uri = editor.document.uri.toString();
      const moved = waitForEvent((await api()).onInspectorMessage,
        (e) => e.direction === 'toWebview' && e.uri === uri && e.message.type === 'goto', 'the panel moving to a step');
      editor = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
      // The cursor commands report their moves as the keyboard's, as when the user presses ↓ / ↑
      // (the panel ignores selections set by other extensions).
      const current = editor.selection.active.line;
      await vscode.commands.executeCommand('cursorMove', { to: target > current ? 'down' : 'up', by: 'line', value: Math.abs(target - current) });
      assert.equal(editor.selection.active.line, target);
      const event = await moved;
      assert.ok(event.direction === 'toWebview' && event.delivered, 'the webview received the step');
      assert.equal(event.message.step, expectedStep);
    });
  });
}
