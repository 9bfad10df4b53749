// Which of the CLI bundle's code caches a command line reads (codeCache.ts): each command has its
// own, and `check` two. A file with an entry point is also simulated, and its check builds its
// bodies' MIR: 30 % more compiled code, which a cache that held it made every check of a file
// without one deserialise for nothing (a 4-line `check`: 122 ms of CPU against 117, load average 7). So a check of
// files that may be simulated reads a cache of its own. The launcher decides before the bundle
// is loaded, from the files' text: the guess only picks a cache, so a wrong one costs compile
// time, never a different result (and a run that simulated on a cache written without the
// simulator writes it again: codeCacheParts.ts).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isCommandName } from './commandNames';

/** An entry point's declaration, anywhere in the text (a comment or a module's `main` guesses wrong). */
const MAIN = /\bfn\s+(?:r#)?main\b/;

/** The cache's name for `rustmem ARGS…`: the command's, `check-run` for files that may be simulated, `other` for the rest. */
export function codeCacheUse(args: readonly string[]): string {
  const [command, ...rest] = args;
  if (!isCommandName(command)) return 'other';
  if (command !== 'check') return command;
  return rest.some(mayBeSimulated) ? 'check-run' : 'check';
}

/** Whether `arg`, read as a file, may be simulated: Rust with `fn main`, or Markdown, whose snippets are wrapped in a `main`. */
function mayBeSimulated(arg: string): boolean {
  if (arg.startsWith('-')) return false;
  const extension = extname(arg).toLowerCase();
  if (extension === '.md' || extension === '.markdown') return true;
  try {
    return MAIN.test(readFileSync(arg, 'latin1'));
  } catch {
    // An option's value or an unreadable file: the command reports it.
    return false;
  }
}
