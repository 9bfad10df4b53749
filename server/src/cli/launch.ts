// Entry of dist/cli.js (and of bin/rustmem.js through it): loads the CLI bundle, dist/cliMain.js,
// through V8's code cache, then runs the command line when started as a program.
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { requireCached } from '../codeCache';

// Nearly everything a short command allocates lives to its end (std's declarations, the program
// built from them, the tree), so each scavenge of the young generation copies it again while the
// generation grows by V8's default factor of 2 from 1 MB. A factor of 4 reaches a size that holds
// std's declarations after fewer scavenges (a 4-line `check`: about 4 % less CPU); 16 saved as
// much there but cost a 5,000-line `check` 10 %. V8 reads the factor whenever it grows the
// generation, so setting it here, before the bundle loads, is in time (the worker thread shares it).
v8.setFlagsFromString('--semi-space-growth-factor=4');
// tree-sitter's WebAssembly starts in V8's baseline compiler (Liftoff) and its hot functions (the
// parser's loop, the Rust grammar's lexer) are recompiled by the optimising one on background
// threads: a 4-line `check` spent a third of its CPU on that, for code it then barely ran. Liftoff
// alone parses fast enough that a 5,000-line `check` costs no more. Set before the grammar is
// compiled; the language server, long-lived, keeps V8's tiering.
v8.setFlagsFromString('--liftoff-only');

type Cli = typeof import('./main');

const cli = requireCached(path.join(__dirname, 'cliMain.js'), 'exit') as Cli;

export const { main, runCli } = cli;

if (require.main === module) main();
