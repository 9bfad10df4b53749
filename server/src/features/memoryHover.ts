// Hover on an executed line: "memory after this line" from the document's latest run, with a
// link that opens the Memory Inspector at that step where the editor can follow it (the VS Code
// extension's client; elsewhere a `command:` link would be dead text).
import type { HoverProvider } from './providers';
import { memoryHover } from '../engine/inspect/memoryHover';

export const memoryHoverProvider: HoverProvider = (doc, position) =>
  doc.trace ? memoryHover(doc.trace, doc.uri, position.line + 1, { inspectLink: doc.client.inspectorPanel }) : undefined;
