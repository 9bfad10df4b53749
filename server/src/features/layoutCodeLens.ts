// `size 24 B · align 8 · padding 3 B` above each struct, enum and union definition. Clicking it
// shows the field offsets (the server's showLayout command, so it works in every editor).
import type { CodeLensProvider } from './providers';
import { layoutLenses } from '../engine/layout';
import { annotatedTypeEnv } from '../engine/annotations';
import { wholeFileReady } from './wholeFile';
import { ShowLayoutCommand } from '../../../protocol/lsp';

export const layoutCodeLensProvider: CodeLensProvider = (doc) =>
  !wholeFileReady(doc) ? [] : layoutLenses(annotatedTypeEnv(doc.tree, doc.text)).map((lens) => {
    const args: ShowLayoutCommand.Args = [doc.uri, lens.typeName, lens.line];
    return {
      range: { start: { line: lens.line, character: lens.character }, end: { line: lens.line, character: lens.character } },
      command: { title: lens.title, command: ShowLayoutCommand.command, arguments: args },
    };
  });
