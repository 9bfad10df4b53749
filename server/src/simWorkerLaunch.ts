// Entry of dist/simWorker.js: loads the simulation worker's bundle, dist/simWorkerMain.js, through
// V8's code cache. The cache is written once the bundle is loaded, since a worker thread is
// terminated rather than left to exit.
import * as path from 'node:path';
import { requireCached } from './codeCache';

requireCached(path.join(__dirname, 'simWorkerMain.js'), 'loaded');
