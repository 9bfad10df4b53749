// Loads a CommonJS bundle with V8's code cache, so a short command does not spend most of its
// time compiling a megabyte of JavaScript. Where Node has `module.enableCompileCache` (22.1 and
// later) it does the work; on Node 20 the bundle is compiled with `vm.Script` and the cache V8
// produces is kept by this file. Either way the cache is in a directory outside the package (which
// may be read-only): `$RUSTMEM_CACHE_DIR`, else `$XDG_CACHE_HOME/rustmem`, else `~/.cache/rustmem`.
// `RUSTMEM_CODE_CACHE=off` disables it. Any failure to read or write the cache only means
// compiling as usual.
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type NodeModule from 'node:module';
import { basename, dirname, join } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';
import { codeCachePartsUsed } from './codeCacheParts';

/**
 * When the cache is written, so that it holds the functions a run compiles: at process exit, or
 * when the caller says (a worker thread is terminated, not exited: it asks after its first job).
 */
export type SaveCacheAt = 'exit' | 'on-request';

/** A Buffer as the plain Uint8Array these Node typings want. */
function bytes(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function cacheDir(): string | undefined {
  if (process.env.RUSTMEM_CODE_CACHE === 'off') return undefined;
  const base = process.env.RUSTMEM_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homeDir(), '.cache'), 'rustmem');
  return join(base, 'v8');
}

/**
 * `os.homedir()`, which on POSIX is `$HOME` when set: `node:os` is loaded only without it (one of
 * the Node modules a short command loaded for one call).
 */
function homeDir(): string {
  if (process.platform !== 'win32' && process.env.HOME !== undefined) return process.env.HOME;
  return (require('node:os') as typeof import('node:os')).homedir();
}

/**
 * The CommonJS loader's `Module` class, which this module is an instance of. `require('node:module')`
 * gives the same class but first loads the ES module loader and the source map support behind
 * that module's other exports (0.5 ms of a 4-line `check`), so it is required only where it has
 * `enableCompileCache`, which it adds to the class (Node 22.1 and later).
 */
const Module = module.constructor as typeof NodeModule;
const [nodeMajor = 0, nodeMinor = 0] = process.versions.node.split('.').map(Number);
const enableCompileCache = nodeMajor > 22 || (nodeMajor === 22 && nodeMinor >= 1)
  ? (require('node:module') as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache
  : undefined;

/** FNV-1a of a short string (a path), for a cache file's name. */
function nameHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The bundle's bytes and the identity of the file they were read from. */
interface Bundle {
  source: Buffer;
  /** Undefined when the file changed while it was read. */
  identity: string | undefined;
}

/**
 * Which file version the bytes are: device, inode, size, and the modification and status-change
 * times in nanoseconds, as `git` tells a changed file from an unchanged one. The status-change time
 * is the kernel's (no tool sets it), so a file written again, copied or unpacked with its old
 * modification time is another version. Read from the open file before and after reading it.
 */
function readBundle(file: string): Bundle {
  const fd = openSync(file, 'r');
  try {
    const stamp = (): string => {
      const st = fstatSync(fd, { bigint: true });
      return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
    };
    const before = stamp();
    const source = readFileSync(fd);
    return { source, identity: stamp() === before ? before : undefined };
  } finally {
    closeSync(fd);
  }
}

/**
 * The key the cache must match: V8 itself checks only the source's length, so the cache is tied
 * to the bundle file's version and to the Node and V8 that produced it. A checksum of the bundle
 * (`zlib.crc32`, measured alone: 0.5 ms for 2.4 MB, and 0.7 ms to load `node:zlib`) grew with the
 * bundle and needs Node 20.15; the file's identity costs two `fstat`s.
 */
function cacheKey(file: string, identity: string): Buffer {
  return Buffer.from(`rustmem-v8-cache-2\0${process.version}\0${process.arch}\0${cachedDataVersionTag()}\0${file}\0${identity}\0`, 'utf8');
}

/** A cache file's V8 data and the parts of the bundle (codeCacheParts.ts) its writer used. */
interface CacheFile {
  data: Buffer;
  parts: ReadonlySet<string>;
}

/** The file holds the key, the writer's parts (`simulation,…`) and a NUL, then V8's data. */
function readCache(file: string, key: Buffer): CacheFile | undefined {
  try {
    const data = readFileSync(file);
    if (!(data.length > key.length && key.equals(bytes(data.subarray(0, key.length))))) return undefined;
    const end = data.indexOf(0, key.length);
    if (end === -1) return undefined;
    const parts = data.toString('latin1', key.length, end);
    return { data: data.subarray(end + 1), parts: new Set(parts === '' ? [] : parts.split(',')) };
  } catch {
    return undefined;
  }
}

/** Caches of bundles that are gone (a temporary install, an old checkout) are dropped after this long. */
const STALE_MS = 7 * 24 * 3600 * 1000;

function pruneStale(dir: string): void {
  for (const name of readdirSync(dir)) {
    const f = join(dir, name);
    if (Date.now() - statSync(f).mtimeMs > STALE_MS) rmSync(f, { force: true });
  }
}

function writeCache(file: string, key: Buffer, parts: ReadonlySet<string>, script: Script): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    pruneStale(dirname(file));
    // Written whole then renamed: a concurrent run reads the old cache or the new one, never half.
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    const header = Buffer.from(`${[...parts].join(',')}\0`, 'latin1');
    writeFileSync(temp, bytes(Buffer.concat([bytes(key), bytes(header), bytes(script.createCachedData())])));
    renameSync(temp, file);
  } catch {
    // No cache this time.
  }
}

export interface Cached {
  readonly exports: unknown;
  /** Writes the cache if it was missing or rejected (once; `on-request` only; `exit` also writes it again when the run used a part of the bundle its writer had not). */
  saveCache(): void;
}

const NOTHING_TO_SAVE = (): void => {};

/**
 * `require(file)` for a CommonJS bundle, compiled from (and into) the code cache. The cache holds
 * the functions the run that wrote it compiled, so a bundle with several uses keeps one cache per
 * `use` (the CLI: one per command): a `rustmem --version` run first must not leave `check` a cache
 * of the bundle's top level alone (a 4-line `check` then cost 15 ms more CPU on every run).
 */
export function requireCached(file: string, saveAt: SaveCacheAt, use?: string): Cached {
  const dir = cacheDir();
  if (dir && enableCompileCache) {
    enableCompileCache(join(dir, 'node', use ?? ''));
    return { exports: require(file), saveCache: NOTHING_TO_SAVE };
  }
  if (!dir) return { exports: require(file), saveCache: NOTHING_TO_SAVE };
  const { source, identity } = readBundle(file);
  const key = identity === undefined ? undefined : cacheKey(file, identity);
  const cacheFile = join(dir, `${basename(file, '.js')}${use ? `.${use}` : ''}-${nameHash(file)}.bin`);
  const cached = key && readCache(cacheFile, key);
  const cachedData = cached ? cached.data : undefined;
  // esbuild writes ASCII (its default charset), which decodes faster as Latin-1.
  const text = isAscii(bytes(source)) ? source.toString('latin1') : source.toString('utf8');
  const script = new Script(Module.wrap(text), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  const localRequire = Object.assign((id: string): unknown => mod.require(id), { resolve: (id: string) => require.resolve(id, { paths: [dirname(file)] }), main: require.main, cache: require.cache });
  (script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, localRequire, mod, file, dirname(file));
  mod.loaded = true;
  if (!key) return { exports: mod.exports, saveCache: NOTHING_TO_SAVE };
  const accepted = cached && !script.cachedDataRejected ? cached.parts : undefined;
  let saved = false;
  const save = (): void => {
    if (!saved) writeCache(cacheFile, key, new Set([...(accepted ?? []), ...codeCachePartsUsed()]), script);
    saved = true;
  };
  if (saveAt === 'exit') {
    // An accepted cache is written again only for a run that compiled a part of the bundle it
    // lacks: the new one holds both (the functions read from the old one stay compiled).
    process.once('exit', () => {
      if (!accepted || [...codeCachePartsUsed()].some((part) => !accepted.has(part))) save();
    });
    return { exports: mod.exports, saveCache: NOTHING_TO_SAVE };
  }
  return { exports: mod.exports, saveCache: accepted ? NOTHING_TO_SAVE : save };
}
