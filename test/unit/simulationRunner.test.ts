import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { SimulationRunner } from '../../server/src/features/simulation';

const fakeWorker = path.join(__dirname, 'fixtures', 'fakeSimWorker.js');

describe('simulation runner', () => {
  let runner: SimulationRunner;
  const errors: string[] = [];
  beforeEach(() => {
    errors.length = 0;
    runner = new SimulationRunner(fakeWorker, (m) => errors.push(m));
  });
  afterEach(() => runner.dispose());

  const job = (source: string) => ({ source, file: 'file:///a.rs', maxSteps: 1000 });

  it('runs a job in a worker and returns its trace', async () => {
    const outcome = await runner.run('a', job('hello'));
    assert.equal(outcome.kind, 'done');
    assert.equal(outcome.kind === 'done' && outcome.trace.output[0]?.text, 'hello');
  });

  it('runs one version after another', async () => {
    assert.equal((await runner.run('a', job('one'))).kind, 'done');
    assert.equal((await runner.run('a', job('two'))).kind, 'done');
  });

  it('a newer version cancels a run that never ends', async () => {
    const stuck = runner.run('a', job('loop'));
    const next = runner.run('a', job('after'));
    assert.deepEqual(await stuck, { kind: 'cancelled' });
    const outcome = await next;
    assert.equal(outcome.kind === 'done' && outcome.stdout, 'after');
  });

  it('a cancelled run that ends soon finishes in its worker, and the newer version runs there after it', async () => {
    const first = await runner.run('a', job('small'));
    const slow = runner.run('a', job('slow'));
    const next = runner.run('a', job('after slow'));
    assert.deepEqual(await slow, { kind: 'cancelled' });
    const outcome = await next;
    assert.equal(outcome.kind === 'done' && outcome.stdout, 'after slow');
    assert.equal(outcome.kind === 'done' && outcome.stderr, first.kind === 'done' && first.stderr, 'the same warm worker ran it');
  });

  it('a version cancelled while it waits for a stale run never runs; the one after it does', async () => {
    const slow = runner.run('a', job('slow'));
    const skipped = runner.run('a', job('skipped'));
    const last = runner.run('a', job('last'));
    assert.deepEqual(await slow, { kind: 'cancelled' });
    assert.deepEqual(await skipped, { kind: 'cancelled' });
    const outcome = await last;
    assert.equal(outcome.kind === 'done' && outcome.stdout, 'last');
  });

  it('cancel() stops a run; other documents are not affected', async () => {
    const stuck = runner.run('a', job('loop'));
    const other = runner.run('b', job('b'));
    runner.cancel('a');
    assert.deepEqual(await stuck, { kind: 'cancelled' });
    assert.equal((await other).kind, 'done');
  });

  it('reports a simulator error as failed', async () => {
    assert.deepEqual(await runner.run('a', job('fail')), { kind: 'failed', error: 'simulator error' });
  });

  it('keeps a worker for the next run only while a run left it as small as a fresh one', async () => {
    const thread = async (source: string) => {
      const outcome = await runner.run('a', job(source));
      assert.equal(outcome.kind, 'done');
      return outcome.kind === 'done' ? outcome.stderr : '';
    };
    const first = await thread('small');
    assert.equal(await thread('small again'), first, 'the same worker ran both');
    assert.equal(await thread('big'), first, 'the run that grew it ran in it too');
    assert.notEqual(await thread('after'), first, 'the grown worker was ended: a fresh one ran this');
  });

  it('keeps a worker after a short run that ended unsupported, not after a long one (a deep recursion ends so)', async () => {
    const thread = async (source: string) => {
      const outcome = await runner.run('a', job(source));
      assert.equal(outcome.kind, 'done');
      return outcome.kind === 'done' ? outcome.stderr : '';
    };
    const first = await thread('unsupported');
    assert.equal(await thread('small'), first, 'the worker of the short unsupported run ran the next one');
    assert.equal(await thread('deep unsupported'), first);
    assert.notEqual(await thread('after'), first, 'the worker of the long unsupported run was ended');
  });

  it('survives a crashed worker: the run fails, the next one gets a fresh worker', async () => {
    const crashed = await runner.run('a', job('crash'));
    assert.equal(crashed.kind, 'failed');
    assert.equal(errors.length, 1);
    assert.equal((await runner.run('a', job('again'))).kind, 'done');
  });
});
