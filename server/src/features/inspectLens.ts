// CodeLenses that open the Memory Inspector: `▶ Inspect memory` above the entry function and one
// at each `// @mem snapshot` (engine/inspect/lenses.ts decides where). In VS Code the lens opens
// the panel (the extension's command); in any other editor it runs the server's command, which
// writes the same view as a replay page and opens it.
import type { CodeLens } from 'vscode-languageserver/node';
import type { CodeLensProvider } from './providers';
import { inspectLenses } from '../engine/inspect/lenses';
import { INSPECT_MEMORY_COMMAND, type InspectMemoryArgs } from '../../../protocol/webview';
import { InspectMemoryServerCommand } from '../../../protocol/lsp';
import { wholeFileReady } from './wholeFile';

// The lenses read the file's annotations (`// @mem snapshot`), a walk of the whole file.
export const inspectCodeLensProvider: CodeLensProvider = (doc) =>
  !wholeFileReady(doc) ? [] : inspectLenses(doc.tree, doc.trace).map((lens): CodeLens => {
    const args: InspectMemoryArgs = [doc.uri, lens.at];
    const command = doc.client.inspectorPanel ? INSPECT_MEMORY_COMMAND : InspectMemoryServerCommand.command;
    return {
      range: { start: { line: lens.line, character: 0 }, end: { line: lens.line, character: 0 } },
      command: { title: lens.title, command, arguments: args },
    };
  });
