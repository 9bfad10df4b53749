// `size 24 B · align 8 · padding 3 B` above each struct, enum and union definition.
import type { CodeLensProvider } from './providers';
import { buildTypeEnv, layoutLenses } from '../engine/layout';

export const layoutCodeLensProvider: CodeLensProvider = (doc) =>
  layoutLenses(buildTypeEnv(doc.tree.rootNode)).map((lens) => ({
    range: { start: { line: lens.line, character: lens.character }, end: { line: lens.line, character: lens.character } },
    // An empty command renders the lens as plain text that does nothing when clicked.
    command: { title: lens.title, command: '' },
  }));
