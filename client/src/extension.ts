// Activation: create the context, register the command table, start the language server.
import * as vscode from 'vscode';
import { Ctx } from './ctx';
import { COMMANDS } from './commands';
import { registerInspector } from './inspector';
import { extensionApi, type RustMemoryApi } from './extensionApi';

let ctx: Ctx | undefined;

export async function activate(extension: vscode.ExtensionContext): Promise<RustMemoryApi> {
  const current = new Ctx(extension);
  ctx = current;
  for (const [id, factory] of Object.entries(COMMANDS)) {
    current.pushExtCleanup(vscode.commands.registerCommand(id, factory(current)));
  }
  registerInspector(current);
  try {
    await current.start();
  } catch (error) {
    current.outputChannel.appendLine(`The Rust Memory server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage('Rust Memory: the language server did not start (see the "Rust Memory" output).');
  }
  return extensionApi;
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
