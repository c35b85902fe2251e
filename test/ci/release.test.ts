/**
 * Releases as Action users expect them: release-please cuts semver tags, a step moves the major
 * tag, and every `uses: agent-dreaming/agent-dreaming@vN` in the docs names a tag the release
 * process will create, with a word on pinning a sha.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (f: string) => readFileSync(path.join(repoRoot, f), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  steps: Step[];
}

const config = JSON.parse(read('release-please-config.json')) as { packages: Record<string, Record<string, unknown>> };
const manifest = JSON.parse(read('.release-please-manifest.json')) as Record<string, string>;
const pkg = JSON.parse(read('package.json')) as { version: string };
const root = config.packages['.']!;
/** The major the next release will have: release-as when set, else the current version's. */
const releaseMajor = Number(String(root['release-as'] ?? pkg.version).split('.')[0]);

describe('the release setup', () => {
  it('cuts vX.Y.Z tags for the node package from the version in package.json', () => {
    expect(root['release-type']).toBe('node');
    expect(root['include-v-in-tag']).not.toBe(false);
    expect(root['include-component-in-tag']).toBe(false);
    expect(manifest['.']).toBe(pkg.version);
    expect(existsSync(path.join(repoRoot, String(root['changelog-path'] ?? 'CHANGELOG.md')))).toBe(true);
  });

  it('runs release-please on main and moves the major tag once a release is created', () => {
    const wf = parse(read('.github/workflows/release.yml')) as { on: { push: { branches: string[] } }; jobs: Record<string, Job> };
    expect(wf.on.push.branches).toEqual(['main']);
    const [rpName, rp] = Object.entries(wf.jobs).find(([, j]) =>
      j.steps.some((s) => s.uses?.startsWith('googleapis/release-please-action@')),
    )!;
    expect(rp.steps[0]!.with).toMatchObject({
      'config-file': 'release-please-config.json',
      'manifest-file': '.release-please-manifest.json',
    });
    const mover = Object.values(wf.jobs).find((j) => j.steps.some((s) => /git tag --force "\$MAJOR"/.test(s.run ?? '')))!;
    expect(mover).toBeDefined();
    expect([mover.needs].flat()).toContain(rpName);
    expect(mover.if).toContain(`needs.${rpName}.outputs.release_created`);
    const step = mover.steps.find((s) => s.run?.includes('git push --force'))!;
    expect(step.env!.MAJOR).toBe(`v\${{ needs.${rpName}.outputs.major }}`);
  });

  it('makes the first release one whose major tag the docs already use', () => {
    const files = ['README.md', '.github/workflows/dream.yml', 'docs/ACTION.md', 'docs/DREAMS.md'];
    let refs = 0;
    for (const f of files) {
      for (const m of read(f).matchAll(/uses: agent-dreaming\/agent-dreaming@(?!<)(\S+)/g)) {
        refs++;
        expect(m[1], f).toBe(`v${releaseMajor}`);
      }
    }
    expect(refs).toBeGreaterThan(2);
  });

  it('says how to pin a sha, in the example workflow and the README', () => {
    for (const f of ['.github/workflows/dream.yml', 'README.md', 'docs/RELEASING.md']) {
      expect(read(f), f).toMatch(/agent-dreaming\/agent-dreaming@(<40-hex sha>|[0-9a-f]{40}) # v\d+\.\d+\.\d+/);
    }
  });
});
