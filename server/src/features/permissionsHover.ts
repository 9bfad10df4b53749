// Hover on a variable: its permissions (R/W/O) at the hovered line and where it loses and regains
// them (engine/borrowck/permissions.ts), in the words of permissionText.ts.
import type { HoverProvider } from './providers';
import { frontEnd } from '../engine/frontEnd';
import { wholeFileReady } from './wholeFile';
import { permissionsWithin } from '../engine/borrowck/permissions';
import { rowAtOrAfter, variablePermissions } from '../engine/borrowck/permissionLookup';
import { changeLines, stateSentence } from '../engine/borrowck/permissionText';

export const permissionsHoverProvider: HoverProvider = (doc, position) => {
  if (!wholeFileReady(doc)) return undefined;
  const node = doc.tree.rootNode.descendantForPosition({ row: position.line, column: position.character });
  if (!node || (node.type !== 'identifier' && node.type !== 'self')) return undefined;
  const bodies = permissionsWithin(frontEnd(doc.tree, doc.text), position.line, position.line);
  const found = variablePermissions(bodies, node.text, node.startIndex);
  if (!found) return undefined;
  const lines = [`**Permissions of \`${found.places[0]!.place}\`** (R read, W write, O own):`];
  for (const p of found.places) {
    const row = rowAtOrAfter(p, position.line);
    if (row) lines.push(`- ${stateSentence(p.place, row.line, row.state)}`);
  }
  const changes = changeLines(found.places[0]!);
  if (changes.length > 0) lines.push('', `\`${found.places[0]!.place}\` ${changes.join('; ')}.`);
  return lines.length > 1 ? lines.join('\n') : undefined;
};
