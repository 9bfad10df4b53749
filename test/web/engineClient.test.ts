// The playground's engine client (web/src/page/engine.ts) with workers it can count: a fresh
// worker costs most of a second, so a stale run is cancelled by handing the work to a spare that
// was started and warmed up while the engine was idle, never by starting a cold worker then.
import * as assert from 'node:assert/strict';
import type { FromWorker, ToWorker } from '../../web/src/messages';
import { EngineClient } from '../../web/src/page/engine';

/** Stands in for the browser's Worker: records what it is sent, answers when the test says. */
class FakeWorker {
  static all: FakeWorker[] = [];
  readonly sent: ToWorker[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((e: unknown) => void)[]>();

  constructor(readonly url: string) {
    FakeWorker.all.push(this);
  }

  addEventListener(type: string, listener: (e: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(message: FromWorker): void {
    for (const l of this.listeners.get('message') ?? []) l({ data: message });
  }

  fail(message: string): void {
    for (const l of this.listeners.get('error') ?? []) l({ message });
  }

  analysed(): number[] {
    return this.sent.flatMap((m) => (m.type === 'analyze' ? [m.version] : []));
  }
}

const WASM = { runtime: new Uint8Array([1]), grammar: new Uint8Array([2]) };

/** The client's idle timer, run when the test says the engine has been idle long enough. */
class Idle {
  private tasks: (() => void)[] = [];
  readonly schedule = (task: () => void) => {
    this.tasks.push(task);
    return () => {
      this.tasks = this.tasks.filter((t) => t !== task);
    };
  };
  pass(): void {
    const due = this.tasks;
    this.tasks = [];
    for (const task of due) task();
  }
}
const trace = (version: number): FromWorker => ({ type: 'trace', version, trace: null });

describe('playground engine client: a warm spare worker takes over a cancelled run', () => {
  const saved = (globalThis as { Worker?: unknown }).Worker;

  // The client reads `Worker` when it starts one.
  before(() => {
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  });

  after(() => {
    (globalThis as { Worker?: unknown }).Worker = saved;
  });

  beforeEach(() => {
    FakeWorker.all = [];
  });

  it('starts one worker, and a spare (given a warm-up program) only once the engine has been idle a while', () => {
    const events: { type: string; version: number }[] = [];
    const idle = new Idle();
    const engine = new EngineClient('worker source', WASM, idle.schedule);
    engine.listen((e) => events.push(e));
    assert.equal(FakeWorker.all.length, 1);
    const [first] = FakeWorker.all;
    assert.equal(first!.sent[0]!.type, 'init');
    engine.analyze(1, 'main.rs', 'fn main() {}', 100);
    assert.equal(FakeWorker.all.length, 1, 'no spare while the first run is going');
    first!.answer(trace(1));
    assert.deepEqual(events, [{ type: 'trace', version: 1, trace: null }]);
    assert.equal(FakeWorker.all.length, 1, 'no spare right after a run');
    // An edit before the idle time is up: still no spare, and none once that run is answered.
    engine.analyze(2, 'main.rs', 'fn main() { }', 100);
    idle.pass();
    assert.equal(FakeWorker.all.length, 1, 'no spare while a run is going');
    first!.answer(trace(2));
    idle.pass();
    assert.equal(FakeWorker.all.length, 2);
    const spare = FakeWorker.all[1]!;
    assert.deepEqual(spare.sent.map((m) => m.type), ['init', 'analyze']);
    assert.deepEqual(spare.analysed(), [0]);
  });

  it('hands a newer edit to the spare when a run is going, and keeps the warm-up\'s answers from the page', () => {
    const events: { type: string; version: number }[] = [];
    const idle = new Idle();
    const engine = new EngineClient('worker source', WASM, idle.schedule);
    engine.listen((e) => events.push(e));
    const first = FakeWorker.all[0]!;
    engine.analyze(1, 'main.rs', 'fn main() {}', 100);
    first.answer(trace(1));
    idle.pass();
    const spare = FakeWorker.all[1]!;
    engine.analyze(2, 'main.rs', 'fn main() { loop {} }', 100);
    assert.deepEqual(first.analysed(), [1, 2], 'the idle worker takes the edit itself');
    engine.analyze(3, 'main.rs', 'fn main() { }', 100);
    assert.ok(first.terminated, 'the stale run is stopped');
    assert.deepEqual(spare.analysed(), [0, 3]);
    assert.equal(FakeWorker.all.length, 2, 'no cold worker is started for the edit');
    first.answer(trace(2));
    spare.answer(trace(0));
    spare.answer(trace(3));
    assert.deepEqual(events.map((e) => e.version), [1, 3]);
    idle.pass();
    assert.equal(FakeWorker.all.length, 3, 'the next spare starts once the engine is idle again');
  });

  it('drops a spare that fails on its own, and takes the spare when the running worker fails', () => {
    const events: { type: string; version: number }[] = [];
    const idle = new Idle();
    const engine = new EngineClient('worker source', WASM, idle.schedule);
    engine.listen((e) => events.push(e));
    const first = FakeWorker.all[0]!;
    engine.analyze(1, 'main.rs', 'fn main() {}', 100);
    first.answer(trace(1));
    idle.pass();
    FakeWorker.all[1]!.fail('out of memory');
    assert.ok(FakeWorker.all[1]!.terminated);
    engine.analyze(2, 'main.rs', 'fn main() {}', 100);
    assert.deepEqual(first.analysed(), [1, 2]);
    first.answer(trace(2));
    idle.pass();
    const spare = FakeWorker.all[2]!;
    engine.analyze(3, 'main.rs', 'fn f() { f() } fn main() { f() }', 100);
    first.fail('too much recursion');
    assert.deepEqual(events.at(-1), { type: 'failed', version: 3, message: 'too much recursion' });
    engine.analyze(4, 'main.rs', 'fn main() {}', 100);
    assert.deepEqual(spare.analysed(), [0, 4]);
  });
});
