// The server's own commands (`workspace/executeCommand`), which any editor can run from a CodeLens:
// the Memory Inspector as a replay page, and the layout of a type. Each validates its arguments
// (a client may send anything) and answers with a clear error instead of failing silently.
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { CancellationToken, ExecuteCommandParams } from 'vscode-languageserver/node';
import { InspectMemoryServerCommand, ShowLayoutCommand } from '../../../protocol/lsp';
import type { TraceRequest } from '../../../protocol/lsp';
import type { InspectMemoryOptions } from '../../../protocol/webview';
import type { AnalyzedDocument } from './analyzedDocument';
import type { ClientFeatures } from './clientFeatures';
import { rustViewAt } from './markdownViews';
import { layoutMessage } from './layoutMessage';
import { writeReplayFile } from './replayFile';
import { describeError } from './safely';

export interface CommandHost {
  client: ClientFeatures;
  /** The analysis of the document's current version, or undefined when it is not open. */
  current(uri: string): Promise<AnalyzedDocument | undefined>;
  /** The run of the document's current version (`line`: 0-based, chooses a Markdown block). */
  trace(uri: string, token: CancellationToken, line?: number): Promise<TraceRequest.Run>;
  /** Asks the client to open a URL in the application meant for it; resolves whether it did. */
  showDocument(uri: string): Promise<boolean>;
  showMessage(text: string): void;
}

/** The commands `initialize` advertises (`executeCommandProvider.commands`). */
export function serverCommands(simulator: boolean): string[] {
  return [...(simulator ? [InspectMemoryServerCommand.command] : []), ShowLayoutCommand.command];
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function options(value: unknown): InspectMemoryOptions {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object') throw invalid('the second argument must be an object {step?, line?}');
  const o = value as Record<string, unknown>;
  const int = (key: string) => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw invalid(`\`${key}\` must be a non-negative integer`);
    return v;
  };
  return { step: int('step'), line: int('line') };
}

async function inspectMemory(host: CommandHost, args: unknown[], token: CancellationToken): Promise<InspectMemoryServerCommand.Result> {
  const [uri, rawOptions] = args;
  if (typeof uri !== 'string' || uri === '') throw invalid('the first argument must be the URI of an open Rust or Markdown document');
  const at = options(rawOptions);
  const { trace } = await host.trace(uri, token, at.line !== undefined && at.line > 0 ? at.line - 1 : undefined);
  if (!trace) throw new ResponseError(LSPErrorCodes.RequestFailed, `${uri} has nothing to run: no \`fn main\` (or \`// @mem entry\`)`);
  const doc = await host.current(uri);
  if (!doc) throw new ResponseError(LSPErrorCodes.RequestFailed, `${uri} was closed`);
  let result: InspectMemoryServerCommand.Result;
  try {
    result = writeReplayFile(uri, doc.text, trace, at);
  } catch (error) {
    throw new ResponseError(LSPErrorCodes.RequestFailed, `cannot write the replay page: ${describeError(error)}`);
  }
  if (host.client.showDocument) await host.showDocument(result.uri);
  return result;
}

async function showLayout(host: CommandHost, args: unknown[]): Promise<string> {
  const [uri, name, line] = args;
  if (typeof uri !== 'string' || typeof name !== 'string' || typeof line !== 'number') {
    throw invalid('arguments: [uri, typeName, line]');
  }
  const doc = await host.current(uri);
  if (!doc) throw new ResponseError(LSPErrorCodes.RequestFailed, `${uri} is not an open Rust document`);
  const view = rustViewAt(doc, line);
  const text = view ? layoutMessage(view.tree, view.text, name, line) : `\`${name}\` is no longer declared in this file.`;
  host.showMessage(text);
  return text;
}

export function executeServerCommand(host: CommandHost, params: ExecuteCommandParams, token: CancellationToken): Promise<unknown> {
  const args = params.arguments ?? [];
  switch (params.command) {
    case InspectMemoryServerCommand.command:
      return inspectMemory(host, args, token);
    case ShowLayoutCommand.command:
      return showLayout(host, args);
    default:
      return Promise.reject(invalid(`unknown command \`${params.command}\``));
  }
}
