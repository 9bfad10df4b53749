// `rustmem mir`: the MIR the engine builds for each function of a Rust file, printed the way
// `rustc --emit=mir` prints it, with each function's frame in the debug build.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliCommand, CliIO } from '../command';
import { readSingleInput } from '../singleInput';
import { UsageError } from '../command';
import { frontEnd } from '../../engine/frontEnd';
import { buildTypeEnv, TyLayouts } from '../../engine/layout';
import { buildMir } from '../../engine/mir/build';
import { frameOf } from '../../engine/mir/frame';
import { defName, printBody } from '../../engine/mir/pretty';
import { MirLayouts } from '../../engine/mir/tyLayout';
import { initParser, parseRust } from '../../engine/parse/parser';

const USAGE = `Usage: rustmem mir [--fn NAME] FILE

Prints the MIR of every function, method and closure of FILE: its locals (user variables with
their \`debug\` lines), basic blocks, statements and terminators, in the shape \`rustc --emit=mir\`
prints them, before drop elaboration: every value that needs dropping is dropped at its scope's
end, with the reason after the drop (scopeEnd, temporary, assignment, unwind). Above each function,
its stack frame in the debug build (\`-C opt-level=0\`). What the engine does not model is listed as
\`// unsupported\` in the function it is in.

Options:
  --fn NAME   Only the functions named NAME (\`main\`, \`push\`, \`Stack::push\`)
  -h, --help  Print this help

Exit status: 0 when the file was read, 2 for a usage error, a file that cannot be read or a NAME
that names no function of FILE.
`;

export const mirCommand: CliCommand = {
  name: 'mir',
  summary: 'Print the MIR of the functions of a Rust file, as rustc --emit=mir does',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    let only: string | undefined;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '--') {
        files.push(...args.slice(i + 1));
        break;
      } else if (arg === '--fn') {
        only = args[++i];
        if (!only) throw new UsageError('`--fn` needs a function name');
      } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option \`${arg}\``);
      else files.push(arg);
    }
    const input = readSingleInput('mir', files, io);
    if (input === 2) return 2;
    const { file, text } = input;
    await initParser();
    const tree = parseRust(text);
    try {
      const fe = frontEnd(tree, text);
      const mir = buildMir(fe);
      const layouts = new MirLayouts(new TyLayouts(buildTypeEnv(fe), fe.types.program));
      const bodies = mir.bodies.filter((b) => !only || b.def.name === only || defName(b.def).replace(/::<[^>]*>/g, '') === only);
      if (only && bodies.length === 0) {
        io.stderr(`rustmem mir: no function named \`${only}\` in ${file}\n`);
        return 2;
      }
      const out = bodies.map((b) => {
        const frame = frameOf(b, layouts);
        return `// frame in the debug build: ${frame.size} bytes${frame.unknownLocals ? ` (${frame.unknownLocals} locals of unknown size counted as 8 bytes)` : ''}\n${printBody(b)}\n`;
      });
      io.stdout(out.join('\n'));
    } finally {
      tree.delete();
    }
    return 0;
  },
};
