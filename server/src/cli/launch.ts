// Entry of dist/cli.js (and of bin/rustmem.js through it): loads the CLI bundle, dist/cliMain.js,
// through V8's code cache, then runs the command line when started as a program.
import * as path from 'node:path';
import { requireCached } from '../codeCache';

type Cli = typeof import('./main');

const cli = requireCached(path.join(__dirname, 'cliMain.js'), 'exit') as Cli;

export const { main, runCli } = cli;

if (require.main === module) main();
