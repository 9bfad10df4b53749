// `rustmem lsp --stdio`: the same language server VS Code starts, for any editor that speaks LSP.
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { inspect } from 'node:util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from '../../languageServer';

const USAGE = `Usage: rustmem lsp --stdio

Runs the Rust Memory language server, speaking the Language Server Protocol on stdin and stdout.
Editors start it themselves; see "Other editors" in the README for Neovim, Helix, Emacs and Zed.

Options:
  --stdio     Use stdin and stdout (the only transport, and the default)
  -h, --help  Print this help
`;

export const lspCommand: CliCommand = {
  name: 'lsp',
  summary: 'Run the language server over stdio (for Neovim, Helix, Zed, Emacs, ...)',
  usage: USAGE,
  run(args: string[]): Promise<number> {
    const unknown = args.find((a) => a !== '--stdio');
    if (unknown !== undefined) throw new UsageError(`unknown option \`${unknown}\``);
    keepStdoutForProtocol();
    const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
    startLanguageServer(connection);
    // The connection ends the process itself on the `exit` notification (status 0 after
    // `shutdown`, 1 without), or when stdin closes; until then the command keeps running.
    return new Promise<number>(() => undefined);
  },
};

/** stdout carries the protocol: anything a library prints with `console` goes to stderr instead. */
function keepStdoutForProtocol(): void {
  const toStderr = (...args: unknown[]) => {
    process.stderr.write(`${args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ')}\n`);
  };
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  console.warn = toStderr;
  console.dir = toStderr;
}
