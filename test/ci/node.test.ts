/**
 * Node 24 is the Action's runtime (action.yml: node24), so CI runs on it and the CLI promises
 * Node >= 22. .ci/node.sh gets Node from the npm registry's node-linux-<arch> package; here its
 * logic runs against stand-in `node` and `npm` commands, so no network is needed.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

describe('the Node version', () => {
  it('is >= 22 for the package and 24 for every workflow that sets one up', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toMatch(/^>=\s*(2[2-9]|[3-9]\d)(\.|$)/);
    const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { runs: { using: string } };
    expect(action.runs.using).toBe('node24');
    const workflows = readdirSync(path.join(repoRoot, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));
    let setups = 0;
    for (const file of workflows) {
      const text = readFileSync(path.join(repoRoot, '.github/workflows', file), 'utf8');
      for (const m of text.matchAll(/node-version:\s*['"]?([^'"\s]+)/g)) {
        setups++;
        expect(m[1], file).toBe('24');
      }
    }
    expect(setups).toBeGreaterThan(0);
  });
});

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Runs .ci/node.sh in bash with stand-ins first on PATH; returns the PATH and node it ends with. */
async function sourceNodeScript(opts: { cached: boolean }) {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-ci-node-'));
  const major = '99'; // no real node is this version, so the script always has work to do
  const shims = path.join(dir, 'shims');
  mkdirSync(shims);
  const npmLog = path.join(dir, 'npm.log');
  const arch = os.arch() === 'arm64' ? 'arm64' : 'x64';
  const cacheDir = path.join(dir, 'cache');
  const fakeNode = (file: string, version: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `#!/bin/sh\necho ${version}\n`);
    chmodSync(file, 0o755);
  };
  // The machine's node is some other version; npm records its arguments and "installs" the binary.
  fakeNode(path.join(shims, 'node'), '20');
  writeFileSync(
    path.join(shims, 'npm'),
    `#!/bin/sh\necho "$@" >> ${JSON.stringify(npmLog)}\nmkdir -p ${JSON.stringify(path.join(cacheDir, 'node_modules', `node-linux-${arch}`, 'bin'))}\n` +
      `printf '#!/bin/sh\\necho ${major}\\n' > ${JSON.stringify(path.join(cacheDir, 'node_modules', `node-linux-${arch}`, 'bin', 'node'))}\n` +
      `chmod +x ${JSON.stringify(path.join(cacheDir, 'node_modules', `node-linux-${arch}`, 'bin', 'node'))}\n`,
  );
  chmodSync(path.join(shims, 'npm'), 0o755);
  if (opts.cached) fakeNode(path.join(cacheDir, 'node_modules', `node-linux-${arch}`, 'bin', 'node'), major);
  const { stdout } = await run('bash', ['-c', '. .ci/node.sh && command -v node && node'], {
    cwd: repoRoot,
    env: { PATH: `${shims}:/usr/bin:/bin`, HOME: dir, NODE_MAJOR: major, DREAM_CI_NODE_DIR: cacheDir },
  });
  const [nodePath, version] = stdout.trim().split('\n');
  return { nodePath, version, npmCalls: existsSync(npmLog) ? readFileSync(npmLog, 'utf8').trim().split('\n') : [], arch, cacheDir };
}

describe('.ci/node.sh', () => {
  it('installs node-linux-<arch>@<major> from the registry and puts its bin/node first on PATH', async () => {
    const r = await sourceNodeScript({ cached: false });
    expect(r.npmCalls).toHaveLength(1);
    expect(r.npmCalls[0]).toContain(`--prefix ${r.cacheDir}`);
    expect(r.npmCalls[0]).toMatch(new RegExp(`(^| )node-linux-${r.arch}@99( |$)`));
    expect(r.nodePath).toBe(path.join(r.cacheDir, 'node_modules', `node-linux-${r.arch}`, 'bin', 'node'));
    expect(r.version).toBe('99');
  });

  it('is idempotent: with the binary already cached it installs nothing', async () => {
    const r = await sourceNodeScript({ cached: true });
    expect(r.npmCalls).toEqual([]);
    expect(r.version).toBe('99');
  });
});
