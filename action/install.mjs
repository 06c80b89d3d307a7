// The action's first step: install saejob's dependencies and build it in the
// action's own checkout ($GITHUB_ACTION_PATH), once (a built checkout is
// reused, e.g. by a second step of the same job).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (existsSync(`${root}dist/cli-main.cjs`) && existsSync(`${root}node_modules`)) {
  console.log('saejob is already built in this checkout');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // npm ci runs the prepare script, which builds dist/.
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
