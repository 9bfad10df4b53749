// The names of `rustmem`'s commands, in the order `rustmem --help` lists them. A file of its own,
// without imports, so the launcher (cli/launch.ts) knows a command before the CLI bundle is loaded:
// each command gets its own code cache.
export const COMMAND_NAMES = ['check', 'layout', 'mir', 'run', 'trace', 'replay', 'mdbook', 'lsp'] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

export function isCommandName(name: string | undefined): name is CommandName {
  return (COMMAND_NAMES as readonly (string | undefined)[]).includes(name);
}
