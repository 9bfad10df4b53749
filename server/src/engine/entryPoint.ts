// Whether a file has something to run: a top-level `fn main`, or a function marked with a
// `// @mem entry` comment (a library file or a snippet can choose its own entry).
import type { Tree } from './parse/parser';
import { parseAnnotations } from './annotations/collect';
import { hasTopLevelFn } from './parse/topLevelFn';

export function hasEntryPoint(tree: Tree): boolean {
  if (hasTopLevelFn(tree, 'main')) return true;
  // Only a well-formed `entry` annotation counts; a comment that mentions it does not.
  return parseAnnotations(tree).entry !== undefined;
}
