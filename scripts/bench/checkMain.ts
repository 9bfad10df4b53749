// The bench's copy of the CLI bundle (scripts/bench/borrowCost.ts builds it as `cliMain.js` next
// to a copy of the launcher): the CLI itself, except that `RUSTMEM_BENCH_BORROWCK=off` takes the
// borrow checker's two checks out of the static checks, so whole cold `rustmem check` processes
// can be timed with and without it from one build. Only this copy reads the variable.
export { main, runCli } from '../../server/src/cli/main';

if (process.env.RUSTMEM_BENCH_BORROWCK === 'off') {
  // Required, not imported: without the switch the checks load when the command first needs them, as in the CLI.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { STATIC_CHECKS } = require('../../server/src/engine/checks') as typeof import('../../server/src/engine/checks');
  const checks = STATIC_CHECKS as unknown as { name: string }[];
  const before = checks.length;
  for (let i = checks.length - 1; i >= 0; i--) if (checks[i]!.name === 'borrow checking' || checks[i]!.name === 'use-after-move') checks.splice(i, 1);
  if (checks.length !== before - 2) throw new Error('the bench expects the static checks \'borrow checking\' and \'use-after-move\'');
}
