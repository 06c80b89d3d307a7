// The cloud commands, bundled apart from the validate path (dist/cloud.cjs)
// so that a pre-commit `saejob validate` never loads them.
export { planCommand } from './plan.js';
export { applyCommand } from './apply.js';
export { exportCommand } from './export.js';
export { runCommand } from './run.js';
export { statusCommand } from './status.js';
export { deleteCommand } from './delete.js';
export { emulatorCommand } from './emulator.js';
