// The extension's commands, one entry per command id (the ids and titles are declared in
// package.json `contributes.commands`). Each entry builds the handler from the context.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { inspectMemory } from './inspector';

export type CommandFactory = (ctx: Ctx) => (...args: unknown[]) => unknown;

function restartServer(ctx: Ctx) {
  return async () => {
    try {
      await ctx.restart();
      void vscode.window.setStatusBarMessage('Rust Memory: server restarted', 3000);
    } catch (error) {
      ctx.outputChannel.appendLine(`Restart failed: ${String(error)}`);
      void vscode.window.showErrorMessage(`Rust Memory: the server did not restart: ${String(error)}`);
    }
  };
}

export const COMMANDS: Record<string, CommandFactory> = {
  'rustMemory.restartServer': restartServer,
  'rustMemory.inspectMemory': inspectMemory,
};
