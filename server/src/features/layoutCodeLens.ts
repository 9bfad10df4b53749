// `size 24 B · align 8 · padding 3 B` above each struct, enum and union definition.
import type { CodeLensProvider } from './providers';
import { layoutLenses } from '../engine/layout';
import { annotatedTypeEnv } from '../engine/annotations';

export const layoutCodeLensProvider: CodeLensProvider = (doc) =>
  layoutLenses(annotatedTypeEnv(doc.tree)).map((lens) => ({
    range: { start: { line: lens.line, character: lens.character }, end: { line: lens.line, character: lens.character } },
    // An empty command renders the lens as plain text that does nothing when clicked.
    command: { title: lens.title, command: '' },
  }));
