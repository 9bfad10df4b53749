// Loads a CommonJS bundle with V8's code cache, so a short command does not spend most of its
// time compiling a megabyte of JavaScript. Node 22's `module.enableCompileCache` does this for
// every module; on Node 20 the bundle is compiled with `vm.Script` and the cache V8 produces is
// kept in a directory outside the package (the package may be read-only): `$RUSTMEM_CACHE_DIR`,
// else `$XDG_CACHE_HOME/rustmem`, else `~/.cache/rustmem`. `RUSTMEM_CODE_CACHE=off` disables it.
// Any failure to read or write the cache only means compiling as usual.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** When the cache is written: at process exit (it then holds every function the run compiled), or right after loading (a worker thread is terminated, not exited). */
export type SaveCacheAt = 'exit' | 'loaded';

/** A Buffer as the plain Uint8Array these Node typings want. */
function bytes(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function cacheDir(): string | undefined {
  if (process.env.RUSTMEM_CODE_CACHE === 'off') return undefined;
  const base = process.env.RUSTMEM_CACHE_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'rustmem');
  return path.join(base, 'v8');
}

/**
 * The key the cache must match: V8 itself checks only the source's length, so the cache is tied
 * to the bundle's content and to the V8 that produced it.
 */
function cacheKey(file: string, source: Buffer): string {
  return createHash('sha1')
    .update(bytes(source))
    .update(`\0${file}\0${process.version}\0${process.arch}\0${v8.cachedDataVersionTag()}`)
    .digest('hex');
}

function readCache(file: string, key: string): Buffer | undefined {
  try {
    const data = fs.readFileSync(file);
    // The first 40 bytes are the key (hex SHA-1).
    return data.subarray(0, 40).toString('latin1') === key ? data.subarray(40) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, key: string, script: vm.Script): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written whole then renamed: a concurrent run reads the old cache or the new one, never half.
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(temp, bytes(Buffer.concat([bytes(Buffer.from(key, 'latin1')), bytes(script.createCachedData())])));
    fs.renameSync(temp, file);
  } catch {
    // No cache this time.
  }
}

/** `require(file)` for a CommonJS bundle, compiled from (and into) the code cache. */
export function requireCached(file: string, saveAt: SaveCacheAt): unknown {
  const dir = cacheDir();
  if (!dir) return require(file);
  const source = fs.readFileSync(file);
  const key = cacheKey(file, source);
  const cacheFile = path.join(dir, `${path.basename(file, '.js')}-${createHash('sha1').update(file).digest('hex').slice(0, 16)}.bin`);
  const cachedData = readCache(cacheFile, key);
  const script = new vm.Script(Module.wrap(source.toString('utf8')), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  const localRequire = Object.assign((id: string): unknown => mod.require(id), { resolve: (id: string) => require.resolve(id, { paths: [path.dirname(file)] }), main: require.main, cache: require.cache });
  (script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, localRequire, mod, file, path.dirname(file));
  mod.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected) {
    if (saveAt === 'loaded') writeCache(cacheFile, key, script);
    else process.once('exit', () => writeCache(cacheFile, key, script));
  }
  return mod.exports;
}
