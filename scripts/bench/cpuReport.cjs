// Preloaded (`node -r`) into each process the bench times: at exit, appends the process's CPU
// time (user + system, every thread) in milliseconds to the file named by RUSTMEM_BENCH_CPU.
'use strict';
const { isMainThread } = require('node:worker_threads');
const fs = require('node:fs');

const out = process.env.RUSTMEM_BENCH_CPU;
if (out && isMainThread) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    fs.appendFileSync(out, `${(user + system) / 1000}\n`);
  });
}
