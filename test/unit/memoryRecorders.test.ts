// The recorders of the memory goldens (scripts/goldens/frames.mjs, heap.mjs) and the comparison
// that reads them (test/golden/memoryGoldens.ts), on inputs small enough to check by hand.
import * as assert from 'node:assert/strict';
import type { Step, Trace, TraceEvent } from '../../protocol/trace';
import { firstHeapDifference, heapEventsOfTrace, traceName } from '../golden/memoryGoldens';
import { StepTable } from '../../protocol/stepTable';

interface FramesModule {
  demangle(symbol: string): string | undefined;
  framesOfAsm(asm: string): Map<string, number[]>;
  ownFrames(frames: Map<string, number[]>, crate: string): Record<string, number[]>;
}

const ASM = `
_ZN4prog3big17hab8bdbd6b2db5f23E:
	.cfi_startproc
	movq	%rsp, %r11
	subq	$98304, %r11
.LBB1_1:
	subq	$4096, %rsp
	movq	$0, (%rsp)
	cmpq	%r11, %rsp
	jne	.LBB1_1
	subq	$1704, %rsp
	callq	*foo@GOTPCREL(%rip)
	pushq	%rax
	.cfi_endproc
_ZN4prog4LIVE17h0000000000000000E:
	.quad	0
_ZN53_$LT$prog..Noisy$u20$as$u20$core..ops..drop..Drop$GT$4drop17h32de846ed9afa5a3E:
	.cfi_startproc
	pushq	%rbx
	subq	$32, %rsp
	callq	bar
	.cfi_endproc
_ZN4prog1P3get17h32de846ed9afa5a3E:
	.cfi_startproc
	movl	(%rdi), %eax
	retq
	.cfi_endproc
`;

describe('memory goldens: recorders and comparison', () => {
  let frames: FramesModule;
  before(async () => {
    const recorder = '../../scripts/goldens/frames.mjs';
    frames = (await import(recorder)) as FramesModule;
  });

  it('demangles legacy symbols, impl blocks included, without the hash', () => {
    assert.equal(frames.demangle('_ZN4prog1P3get17h32de846ed9afa5a3E'), 'prog::P::get');
    assert.equal(
      frames.demangle('_ZN53_$LT$prog..Noisy$u20$as$u20$core..ops..drop..Drop$GT$4drop17h32de846ed9afa5a3E'),
      '<prog::Noisy as core::ops::drop::Drop>::drop',
    );
    assert.equal(frames.demangle('_ZN4prog4main28_$u7b$$u7b$closure$u7d$$u7d$17h3e383e765db161f2E'), 'prog::main::{{closure}}');
  });

  it('reads a frame from the prologue: return address, pushes, sub and the probe loop; statics are not functions', () => {
    const own = frames.ownFrames(frames.framesOfAsm(ASM), 'prog');
    assert.deepEqual(own, {
      '<Noisy as core::ops::drop::Drop>::drop': [8 + 8 + 32],
      'P::get': [8],
      big: [8 + 98304 + 1704],
    });
  });

  it('names real functions as the trace does', () => {
    assert.equal(traceName('<Noisy as core::ops::drop::Drop>::drop'), 'Noisy::drop');
    assert.equal(traceName('Stack<T>::push'), 'Stack::push');
    assert.equal(traceName('<Dog as Animal>::name'), 'Dog::name');
    assert.equal(traceName('main'), 'main');
  });

  it("takes a trace's heap traffic up to its panic and says where it first differs", () => {
    const step = (events: TraceEvent[]) => ({ line: 1, column: 1, endLine: 1, endColumn: 1, thread: 0, depth: 1, events, deltas: [] });
    const trace = {
      steps: StepTable.of([
        step([{ kind: 'alloc', block: 1, type: '[u8]', size: 4 }]),
        step([{ kind: 'realloc', block: 1, fromCapacity: 4, toCapacity: 8, size: 8 }]),
        step([{ kind: 'free', block: 1 }, { kind: 'panic', message: 'boom', thread: 'main' }]),
        step([{ kind: 'alloc', block: 2, type: '[u8]', size: 16 }]),
      ] as Step[]),
    } as unknown as Trace;
    const got = heapEventsOfTrace(trace);
    assert.deepEqual(got, [['alloc', 4], ['realloc', 4, 8], ['dealloc', 8]]);
    assert.equal(firstHeapDifference(got, got), undefined);
    assert.equal(firstHeapDifference([['alloc', 4], ['realloc', 4, 16]], got), "event 2 of 2: rustc's build realloc 4 16, the trace realloc 4 8");
  });
});
