// Tests that run the shipped bundles (dist/cli.js, dist/server.js) find them here; `npm test`
// builds them before mocha runs.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** The absolute path of a built bundle; fails with what to do when it is missing. */
export function distFile(name: string): string {
  const file = path.join(repoRoot, 'dist', name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return file;
}
