// CodeLenses that open the Memory Inspector: `▶ Inspect memory` above the entry function and one
// at each `// @mem snapshot` (engine/inspect/lenses.ts decides where).
import type { CodeLens } from 'vscode-languageserver/node';
import type { CodeLensProvider } from './providers';
import { inspectLenses } from '../engine/inspect/lenses';
import { INSPECT_MEMORY_COMMAND, type InspectMemoryArgs } from '../../../protocol/webview';

export const inspectCodeLensProvider: CodeLensProvider = (doc) =>
  inspectLenses(doc.tree, doc.trace).map((lens): CodeLens => {
    const args: InspectMemoryArgs = [doc.uri, lens.at];
    return {
      range: { start: { line: lens.line, character: 0 }, end: { line: lens.line, character: 0 } },
      command: { title: lens.title, command: INSPECT_MEMORY_COMMAND, arguments: args },
    };
  });
