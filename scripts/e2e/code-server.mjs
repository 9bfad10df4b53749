// Starts one code-server (VS Code 1.100.3 served to a browser) for a test run and stops it again.
// Everything it writes goes to a fresh scratch folder: user data, extensions, XDG folders, TMPDIR and
// HOME, so nothing lands in the user's home and runs do not see each other's state. It listens on
// 127.0.0.1 only, the marketplace points at a closed port on 127.0.0.1, and the process group it
// heads is stopped by its PID.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isolatedEnv } from './install-code-server.mjs';

/** User settings of every run: no trust prompt, no welcome page, no network, quick hovers. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'editor.hover.delay': 150,
  'editor.codeLens': true,
  // The suites edit fixtures of the repository and revert them: nothing may reach the disk first.
  'files.autoSave': 'off',
};

// The marketplace is a closed port on the loopback interface: code-server never tries the internet.
const OFFLINE_GALLERY = JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' });

/** A free TCP port on 127.0.0.1 (the OS picks it; we release it right before code-server binds). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => { req.destroy(); resolve(0); });
  });
}

/** Makes a scratch folder with the layout that isolatedEnv() expects. */
export function makeScratch(label) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), `rustmem-e2e-${label}-`));
  const env = isolatedEnv(scratch);
  for (const dir of [env.HOME, env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME, env.TMPDIR]) mkdirSync(dir, { recursive: true });
  return { scratch, env };
}

/** Installs a .vsix into an extensions folder with code-server's own CLI (offline, about a second). */
export function installVsix(bin, vsix, extensionsDir, scratch) {
  const env = { ...isolatedEnv(scratch), EXTENSIONS_GALLERY: OFFLINE_GALLERY };
  const r = spawnSync(bin, ['--user-data-dir', path.join(scratch, 'install-user-data'), '--extensions-dir', extensionsDir,
    '--install-extension', vsix], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (status ${r.status}):\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/**
 * Starts code-server and resolves once GET /healthz answers 200.
 * @param {{ bin: string, scratch: string, label: string, extensionsDir?: string, env?: Record<string, string>, settings?: object }} o
 */
export async function startCodeServer(o) {
  const port = await freePort();
  const userDataDir = path.join(o.scratch, 'user-data');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...o.settings }, null, 2));
  const extensionsDir = o.extensionsDir ?? path.join(o.scratch, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  const logFile = path.join(o.scratch, 'code-server.log');
  const logFd = openSync(logFile, 'w');
  const child = spawn(o.bin, [
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ], {
    stdio: ['ignore', logFd, logFd],
    // Its own process group, so the extension host and language server it starts stop with it.
    detached: true,
    env: { ...isolatedEnv(o.scratch), EXTENSIONS_GALLERY: OFFLINE_GALLERY, ...o.env },
  });
  closeSync(logFd);
  // If the runner dies before stop(), the server must not outlive it.
  const onRunnerExit = () => signalGroup(child.pid, 'SIGKILL');
  process.once('exit', onRunnerExit);
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => { exited = { code, signal }; resolve(exited); }));
  const url = `http://127.0.0.1:${port}`;
  const server = {
    url, port, pid: child.pid, logFile, extensionsDir,
    /** `vscode-remote://` URI of a path on the server, as the workbench payload wants it. */
    remote: (p) => `vscode-remote://127.0.0.1:${port}${p}`,
    log: () => { try { return readFileSync(logFile, 'utf8'); } catch { return ''; } },
    async stop() {
      if (exited) return;
      signalGroup(child.pid, 'SIGTERM');
      const timer = new Promise((resolve) => setTimeout(resolve, 5000, 'timeout'));
      if ((await Promise.race([exit, timer])) === 'timeout') signalGroup(child.pid, 'SIGKILL');
      // The main process is gone; stop anything left in its group (extension host, language server).
      signalGroup(child.pid, 'SIGKILL');
      process.removeListener('exit', onRunnerExit);
    },
  };
  const deadline = Date.now() + 60_000;
  while ((await httpStatus(`${url}/healthz`)) !== 200) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before it was ready:\n${server.log()}`);
    if (Date.now() > deadline) { await server.stop(); throw new Error(`code-server not ready on ${url} after 60 s:\n${server.log()}`); }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server;
}

function signalGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch { /* the group is already gone */ }
}

/** Removes a scratch folder unless KEEP_E2E is set (then prints where it is). */
export function removeScratch(scratch) {
  if (process.env.KEEP_E2E) { console.log(`kept ${scratch}`); return; }
  rmSync(scratch, { recursive: true, force: true });
}
