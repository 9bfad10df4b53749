// The one input file of the commands that read a single program (`layout`, `mir`): a usage error
// for none or several, a message and status 2 for one that cannot be read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError, type CliIO } from './command';
import { readFailure } from './readFailure';

export function readSingleInput(command: string, files: readonly string[], io: CliIO): { file: string; text: string } | 2 {
  if (files.length === 0) throw new UsageError('no input file');
  if (files.length > 1) throw new UsageError('one input file at a time');
  const file = files[0]!;
  try {
    return { file, text: fs.readFileSync(path.resolve(io.cwd, file), 'utf8') };
  } catch (error) {
    io.stderr(`rustmem ${command}: cannot read ${file}: ${readFailure(error)}\n`);
    return 2;
  }
}
