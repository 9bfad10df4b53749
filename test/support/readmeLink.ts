// Reads a diagnostic's documentation link back: the README line it points at, so a test can say
// the link lands on the code's own heading rather than only that it looks like a URL.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The text of the README line that `href` (`file:///…/README.md#L<n>`) points at. */
export function readmeLineOf(href: string): string {
  const m = /^(file:\/\/\/.*\/README\.md)#L(\d+)$/.exec(href);
  if (!m) throw new Error(`not a link to a line of the README: ${href}`);
  const lines = fs.readFileSync(fileURLToPath(m[1]!), 'utf8').split('\n');
  const line = lines[Number(m[2]) - 1];
  if (line === undefined) throw new Error(`${href}: the README has ${lines.length} lines`);
  return line;
}
