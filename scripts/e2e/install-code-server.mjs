// Installs code-server 4.100.3 (a full VS Code 1.100.3 with a Node extension host) from the npm
// registry into .vscode-test/, the conventional cache folder of VS Code extension tests (ignored by
// git). A second call finds the completed install and returns at once.
//
// Why each environment variable (see ../shared/E2E.md):
// - its bundled @vscode/ripgrep would download `rg` from GitHub; it first looks for the archive in
//   $TMPDIR/vscode-ripgrep-cache-1.15.11/, so we put Debian's /usr/bin/rg there (apt: ripgrep);
// - npm_config_unsafe_perm lets code-server's postinstall run as root, npm_config_yes lets
//   node-pty's `npx node-gyp` run without a prompt; native modules build from source (libkrb5-dev);
// - HOME, npm's cache and the XDG folders point into .vscode-test/, so nothing is written to the
//   user's home (npm still reads the user's .npmrc for the registry settings).
//
// Usage: node scripts/e2e/install-code-server.mjs   (prints the code-server binary path)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheRoot = path.join(repoRoot, '.vscode-test');
const installDir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const marker = path.join(installDir, 'install-complete.json');

/** Path of the code-server launcher inside the cache. */
export const codeServerBin = path.join(installDir, 'node_modules', '.bin', 'code-server');

/** Environment that keeps a code-server process (install or run) out of the user's home. */
export function isolatedEnv(scratch) {
  return {
    ...process.env,
    HOME: path.join(scratch, 'home'),
    XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'),
    XDG_DATA_HOME: path.join(scratch, 'xdg-data'),
    XDG_CACHE_HOME: path.join(scratch, 'xdg-cache'),
    TMPDIR: path.join(scratch, 'tmp'),
  };
}

function run(cmd, args, options) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}${r.error ? `: ${r.error.message}` : ''}`);
  return r;
}

function requireCommand(file, aptPackage) {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: install it with \`apt-get install -y ${aptPackage}\` (see .ci/run)`);
  }
}

/** Ensures code-server is installed in the cache and returns the path of its launcher. */
export function ensureCodeServer({ log = console.log } = {}) {
  if (existsSync(marker) && existsSync(codeServerBin)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (info.version === CODE_SERVER_VERSION) return codeServerBin;
  }
  requireCommand('/usr/bin/rg', 'ripgrep');
  requireCommand('/usr/include/krb5.h', 'libkrb5-dev');
  const started = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(repoRoot, installDir)} (one time, about a minute)`);
  rmSync(installDir, { recursive: true, force: true });
  const scratch = path.join(installDir, '.install');
  const env = isolatedEnv(scratch);
  for (const dir of [env.HOME, env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME, env.TMPDIR]) mkdirSync(dir, { recursive: true });

  const rgCache = path.join(env.TMPDIR, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const rgSeed = path.join(scratch, 'rg-seed');
  mkdirSync(rgCache, { recursive: true });
  mkdirSync(rgSeed, { recursive: true });
  copyFileSync('/usr/bin/rg', path.join(rgSeed, 'rg'));
  run('tar', ['czf', path.join(rgCache, RIPGREP_ARCHIVE), '-C', rgSeed, 'rg']);

  writeFileSync(path.join(installDir, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }) + '\n');
  const userNpmrc = path.join(os.homedir(), '.npmrc');
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: installDir,
    env: {
      ...env,
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      npm_config_cache: path.join(cacheRoot, 'npm-cache'),
      npm_config_update_notifier: 'false',
      npm_config_devdir: path.join(env.XDG_CACHE_HOME, 'node-gyp'),
      ...(existsSync(userNpmrc) ? { npm_config_userconfig: userNpmrc } : {}),
    },
  });
  const version = spawnSync(codeServerBin, ['--version'], { env, encoding: 'utf8' });
  // The first line may be a log line ("Wrote default config file"); the version line is the last.
  const versionLine = version.stdout.trim().split('\n').pop() ?? '';
  if (version.status !== 0 || !versionLine.startsWith(CODE_SERVER_VERSION)) {
    throw new Error(`code-server --version failed: ${version.stdout}${version.stderr}`);
  }
  rmSync(scratch, { recursive: true, force: true });
  const seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(marker, JSON.stringify({ version: CODE_SERVER_VERSION, line: versionLine, seconds }, null, 2) + '\n');
  log(`code-server ${CODE_SERVER_VERSION} installed in ${seconds} s`);
  return codeServerBin;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(ensureCodeServer({ log: (m) => console.error(m) }));
}
