// How large a program the language server simulates, in any host (a Node worker thread, the browser
// worker of VS Code for the Web): the run parses and lowers the program again, and a long run of
// small tokens costs far more there than the text's length suggests.

/**
 * The most syntax nodes of a program the language server simulates. A run parses and lowers the
 * program again in the worker, at a cost in proportion to its tree: a 100 KB line of `vec![1,1,…]`
 * (100,000 nodes) took the worker past 180 MiB, a `0+1+1+…` chain of 100,000 terms past 400 MiB.
 * A learner's program, even a long one, has a few thousand. `rustmem run` has no such bound.
 */
export const MAX_SIMULATED_NODES = 50_000;

/** Why the language server does not simulate a program of `nodes` syntax nodes, or undefined. */
export function tooManyNodes(nodes: number): string | undefined {
  if (nodes <= MAX_SIMULATED_NODES) return undefined;
  return `a program of ${nodes.toLocaleString('en-US')} syntax nodes (the editor simulates programs of up to ${MAX_SIMULATED_NODES.toLocaleString('en-US')}; \`rustmem run\` runs longer ones)`;
}
