// The browser's stand-in for replayFile.ts (swapped in by the browser builds): a language server
// in a web worker has no file system to write the replay page to, so the inspector command says so
// and the client keeps its own view (the playground draws the replay itself).
import type { Trace } from '../../../protocol/trace';
import type { InspectMemoryOptions } from '../../../protocol/webview';
import type { InspectMemoryServerCommand } from '../../../protocol/lsp';

export function writeReplayFile(
  _uri: string,
  _source: string,
  _trace: Trace,
  _at: InspectMemoryOptions,
): InspectMemoryServerCommand.Result {
  throw new Error('a language server in a web worker cannot write files: open the replay from the trace (rustMemory/trace) instead');
}
