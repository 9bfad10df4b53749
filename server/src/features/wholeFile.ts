// Some features read structures of the whole file: the layout environment (every type
// declaration, for layout hovers and lenses, with the file's `// @mem` annotations, which the
// inspect lenses read too) and the front end (lowered, resolved and typed, for the permissions).
// On a small file a request builds them at once; on a large one that would hold the server for
// seconds (a 1 MB file), so those features leave their part out until the document's analysis is
// over: its checks have built the front end, and after them the analysis builds the layouts in
// a turn of its own, then the server asks the client to fetch lenses and hints again.
import type { AnalyzedDocument } from './analyzedDocument';

/** Up to this many characters a request builds the whole-file structures itself (milliseconds). */
export const ON_DEMAND_CHARS = 32 * 1024;

/** Whether a feature may read the whole-file structures of `doc` now. */
export function wholeFileReady(doc: AnalyzedDocument): boolean {
  return doc.wholeFileBuilt !== false || doc.text.length <= ON_DEMAND_CHARS;
}
