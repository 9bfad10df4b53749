// The scenarios of the end-to-end suite, in the order they run. Each one opens files from its own
// fixture folder (test/e2e/fixtures/<scenario>/), a root of the multi-root workspace
// test/e2e/fixtures/e2e.code-workspace.
import { activationScenario } from './activation.e2e';
import { codesScenario } from './codes.e2e';
import { editingScenario } from './editing.e2e';
import { diagnosticsScenario } from './diagnostics.e2e';
import { hoverScenario } from './hover.e2e';
import { inspectorScenario } from './inspector.e2e';

export function registerScenarios(): void {
  activationScenario();
  diagnosticsScenario();
  hoverScenario();
  inspectorScenario();
  codesScenario();
  editingScenario();
}
