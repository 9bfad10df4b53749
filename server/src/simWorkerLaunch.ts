// Entry of dist/simWorker.js: loads the simulation worker's bundle, dist/simWorkerMain.js, through
// V8's code cache. A worker thread is terminated rather than left to exit, so the cache is written
// when the first job is done (before its reply): written right after loading it held only the
// bundle's top level, and every run compiled the parser, checker and simulator again.
import * as path from 'node:path';
import { requireCached } from './codeCache';

const loaded = requireCached(path.join(__dirname, 'simWorkerMain.js'), 'on-request');
(loaded.exports as typeof import('./simWorker')).afterFirstJob(loaded.saveCache);
