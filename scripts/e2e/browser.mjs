// Debian's Chromium (/usr/bin/chromium, apt package `chromium`) driven by playwright-core, which
// downloads no browser of its own. The flags keep it off the network and out of the home folder.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Launches headless Chromium with an empty profile inside the run's scratch folder. */
export async function launchBrowser(scratch, env) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (see .ci/run)`);
  return chromium.launchPersistentContext(path.join(scratch, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    env,
  });
}
