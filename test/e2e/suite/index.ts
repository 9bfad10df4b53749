// The extension-host test suite: the module that VS Code loads through `extensionTestsPath` and
// whose `run()` it awaits (the contract of @vscode/test-electron, also used by our code-server
// runner). A rejected promise makes the workbench exit with code 1.
//
// Mocha is not bundled: the suite requires it from the repository's node_modules at run time.
// Each scenario file registers its mocha suite; scenarios.ts lists them in order.
import Mocha from 'mocha';
import { writeFileSync } from 'node:fs';
import { format } from 'node:util';
import * as vscode from 'vscode';
import { registerScenarios } from './scenarios';

/** Set by the runners: where to write the JSON summary of the run. */
const REPORT_ENV = 'RUSTMEM_E2E_REPORT';

interface TestResult { title: string; state: 'passed' | 'failed' | 'pending'; durationMs: number; error?: string }

/** Marks the suite's own console lines among the workbench's (the runners filter on it). */
const LINE_PREFIX = '[e2e] ';

export function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    for (const line of format(...args).split('\n')) console.log(LINE_PREFIX + line);
  };
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 120_000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'e2e-suite', mocha);
  registerScenarios();
  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      const summary = {
        passed: stats?.passes ?? 0, failed: stats?.failures ?? 0, pending: stats?.pending ?? 0,
        durationMs: stats?.duration ?? 0, vscode: vscode.version, tests: results,
      };
      const reportPath = process.env[REPORT_ENV];
      if (reportPath) writeFileSync(reportPath, JSON.stringify(summary, null, 2));
      console.log(`${LINE_PREFIX}extension-host suite: ${summary.passed} passed, ${summary.failed} failed`);
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
    runner.on('test end', (test) => {
      const state = test.state === 'passed' || test.state === 'failed' ? test.state : 'pending';
      results.push({ title: test.fullTitle(), state, durationMs: test.duration ?? 0 });
    });
    runner.on('fail', (test, err: Error) => {
      // 'fail' also fires for hooks, which have no 'test end'.
      const existing = results.find((r) => r.title === test.fullTitle());
      if (existing) existing.error = String(err?.stack ?? err);
      else results.push({ title: test.fullTitle(), state: 'failed', durationMs: 0, error: String(err?.stack ?? err) });
    });
  });
}
