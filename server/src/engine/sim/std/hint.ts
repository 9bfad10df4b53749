// `std::hint::black_box`: an identity function to the program's semantics (it only stops the
// optimiser from seeing through its argument), so stack and recursion demonstrations that use it
// keep every frame in the debug build and here alike.
import { definePath } from './registry';

definePath('hint::black_box', (_I, [v]) => v);
