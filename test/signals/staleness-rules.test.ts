import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProhibition } from '../../src/signals/prohibition.js';
import { looksGenerated } from '../../src/signals/generated.js';
import { missingScriptLine, MemoryUseTracker } from '../../src/signals/memory-use.js';
import { collectRunnables, foldersUp } from '../../src/signals/manifests.js';
import { openRepoHistory } from '../../src/signals/repo-history.js';
import { gitIn, writeFiles } from '../helpers/fake-github/repo-fixture.js';
import { memory, session } from './session-builder.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'stale-rules-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('prohibitions, in any phrasing', () => {
  // Written after the rule, as reviewers might phrase them: the rule is for the class, not these.
  it.each([
    'Nobody should touch `legacy/` by hand.',
    '`proto/gen/` is off limits to agents.',
    'Changes to `db/schema.sql` are forbidden; use migrations.',
    'Leave `third_party/` exactly as it is.',
    'Don\u2019t modify `src/api/client.ts`, it is regenerated.',
    'You must never commit `secrets/`.',
    'Under no circumstances rewrite `CHANGELOG.md` history.',
    'Avoid editing `snapshots/` manually.',
    '`config/prod.yml` is read-only for agents.',
    'Refrain from reformatting `fixtures/`.',
    'NEVER run `make deploy` from a laptop.',
    'It is not permitted to edit `locales/`.',
    'Do NOT push to `main` directly.',
    'Keep out of `infra/`.',
    'Stay away from `ops/terraform/`.',
    '`api/gen/` must not be edited.',
    'Generated protobuf code lives in `services/api/gen/`; never edit it by hand.',
    'Leave `priv/static/assets/` out of `git add`: `git add` refuses it.',
    'Keep the built bundles out of commits.',
  ])('%s', (text) => expect(isProhibition(text)).toBe(true));

  it.each([
    'Keep route handlers in `api/src/routes/`.',
    'Run migrations with `npm run db:migrate`.',
    'Generated protobuf code lives in `services/api/gen/`.',
    'See `src/legacy/handlers.ts` for the request handlers.',
    'Notes about the deployment live in `docs/deploy.md`.',
    'Push with `git push --no-verify` only from CI.',
    'The canonical schema is in `db/schema.sql`; nothing else defines tables.',
    'Keep the output of `make gen` in `gen/`.',
    'Figure out of which folder the tests run before running them.',
  ])('not a prohibition: %s', (text) => expect(isProhibition(text)).toBe(false));
});

describe('generated or build output', () => {
  it.each([
    'services/api/gen/',
    'api/src/generated/',
    'web/dist',
    'target/release/app',
    'node_modules/x',
    'vendor/github.com/a',
    'pkg/__pycache__/m.pyc',
    '.next/server',
    'coverage/lcov.info',
    'proto/user.pb.go',
    'py/user_pb2.py',
    'src/schema.generated.ts',
    'lib/api.g.dart',
    'src/__generated__/types.ts',
  ])('%s looks generated', (p) => expect(looksGenerated(p)).toBe(true));
  it.each(['src/legacy/handlers.ts', 'api/src/routes/', 'docs/setup.md', 'packages/api/src/db.ts', 'pkg/server/main.go', 'src/general.ts'])(
    '%s does not',
    (p) => expect(looksGenerated(p)).toBe(false),
  );
});

describe('"missing script" across runners', () => {
  it.each([
    ['npm error Missing script: "db:seed"\nnpm error\nnpm error To see a list of scripts, run:', 'db:seed'],
    ['npm ERR! missing script: db:seed', 'db:seed'],
    ['\u2009ERR_PNPM_NO_SCRIPT\u2009 Missing script: db:seed', 'db:seed'],
    ['yarn run v1.22.19\nerror Command "db:seed" not found.\ninfo Visit https://yarnpkg.com/en/docs/cli/run', 'db:seed'],
    ['Usage Error: Couldn\'t find a script named "db:seed".', 'db:seed'],
    ['error: Script not found "db:seed"', 'db:seed'],
    ["make: *** No rule to make target 'deploy'.  Stop.", 'deploy'],
    ['error: Task not found: db:seed', 'db:seed'],
  ])('%s', (text, name) => expect(missingScriptLine(text, name)).toBeTruthy());

  it.each([
    ['> acme@1.0.0 db:seed\n> node seed.js\nError: connect ECONNREFUSED 127.0.0.1:5432', 'db:seed'],
    ['sh: tsx: command not found\nnpm error Lifecycle script `db:seed` failed with error', 'db:seed'],
    ['make: *** [Makefile:3: deploy] Error 1', 'deploy'],
    ['npm error Missing script: "db:reset"', 'db:seed'],
  ])('not a missing script: %s', (text, name) => expect(missingScriptLine(text, name)).toBeUndefined());
});

describe('what sessions did with what memory names', () => {
  const mem = memory({
    'CLAUDE.md': '- Keep handlers in `api/src/routes/`.\n- Seed with `npm run db:seed`.\n- Docs live in `docs/guide/`.\n',
  });
  it('records successful reads, edits and shell reads of a path or a file under it, and missing-script failures', () => {
    const t = new MemoryUseTracker(mem);
    t.observe(
      session('a', [
        { tool: 'Edit', input: { file_path: '/home/dev/app/api/src/routes/users.ts', old_string: 'a', new_string: 'b' } },
        { run: 'npm run db:seed', ok: false, out: 'npm error Missing script: "db:seed"' },
      ]),
    );
    t.observe(
      session('b', [
        { tool: 'Read', input: { file_path: '/home/dev/app/docs/guide/intro.md' }, ok: false, out: 'File does not exist.' },
        { run: 'rm -rf docs/guide', ok: true },
        { run: 'npm run db:seed', ok: false, out: 'npm error Missing script: "db:seed"' },
      ]),
    );
    const use = t.result();
    expect([...use.touched.keys()]).toEqual(['api/src/routes']);
    expect(use.missing.get('script:db:seed')?.map((e) => e.session)).toEqual(['a', 'b']);
    expect(use.ran.size).toBe(0);
    t.observe(
      session('c', [
        { run: 'cd app && cat docs/guide/intro.md | head -5', ok: true },
        { run: 'npm run db:seed', ok: true },
      ]),
    );
    expect([...t.result().touched.keys()].sort()).toEqual(['api/src/routes', 'docs/guide']);
    expect(t.result().ran.has('script:db:seed')).toBe(true);
  });

  it("reads the same path fields and patch lines as the broken-rule check (tool-files.ts); a patch's deletion proves nothing alive", () => {
    const t = new MemoryUseTracker(mem);
    const patch = (op: string, file: string) => ({ input: `*** Begin Patch\n*** ${op} File: ${file}\n*** End Patch` });
    t.observe(session('d', [{ tool: 'apply_patch', input: patch('Delete', 'docs/guide/old.md') }]));
    expect(t.result().touched.size).toBe(0);
    t.observe(session('e', [{ tool: 'apply_patch', input: patch('Update', 'docs/guide/intro.md') }]));
    t.observe(session('f', [{ tool: 'read_file', input: { absolute_path: '/home/dev/app/api/src/routes/a.ts' } }]));
    expect([...t.result().touched.keys()].sort()).toEqual(['api/src/routes', 'docs/guide']);
  });
});

describe('manifests a memory file sees', () => {
  it('walks from the memory file up to the root, then the workspace packages (pnpm-workspace.yaml)', async () => {
    const dir = mkdtempSync(path.join(tmp, 'mono-'));
    writeFiles(dir, {
      'package.json': JSON.stringify({ scripts: { build: 'tsc' } }),
      'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n",
      'apps/web/package.json': JSON.stringify({ scripts: { 'dev:web': 'vite' } }),
      'services/api/package.json': JSON.stringify({ scripts: { 'db:migrate': 'knex migrate' } }),
      'services/api/Makefile': 'proto:\n\tbuf generate\n',
    });
    const idx = await collectRunnables(dir, ['services/api/CLAUDE.md', 'CLAUDE.md', 'services/api/.claude/rules/db.md']);
    expect(idx.lookup('services/api/CLAUDE.md', 'script', 'db:migrate')).toEqual({ defined: true, manifest: 'services/api/package.json' });
    expect(idx.lookup('services/api/.claude/rules/db.md', 'script', 'db:migrate')).toEqual({
      defined: true,
      manifest: 'services/api/package.json',
    });
    expect(idx.lookup('CLAUDE.md', 'script', 'db:migrate')).toEqual({
      defined: false,
      searched: ['package.json', 'apps/web/package.json'],
    });
    expect(idx.lookup('CLAUDE.md', 'script', 'dev:web')).toEqual({ defined: true, manifest: 'apps/web/package.json' });
    expect(idx.lookup('services/api/CLAUDE.md', 'make', 'proto')).toEqual({ defined: true, manifest: 'services/api/Makefile' });
    expect(idx.lookup('CLAUDE.md', 'make', 'proto')).toEqual({ defined: null });
    expect(foldersUp('a/b/CLAUDE.md')).toEqual(['a/b', 'a', '']);
  });
});

describe('git history', () => {
  it('names the commit that removed a path or a file under it, and what .gitignore covers', async () => {
    const dir = mkdtempSync(path.join(tmp, 'hist-'));
    expect(await openRepoHistory(dir)).toBeUndefined();
    gitIn(dir, ['init', '-q']);
    writeFiles(dir, {
      'src/old/a.ts': '1',
      'src/keep.ts': '1',
      'src/moved.ts': 'export const moved = "a file long enough to be detected as renamed";\n',
      '.gitignore': 'gen/\n',
    });
    gitIn(dir, ['add', '-A']);
    gitIn(dir, ['commit', '-qm', 'one']);
    gitIn(dir, ['rm', '-rq', 'src/old']);
    gitIn(dir, ['mv', 'src/moved.ts', 'src/renamed.ts']);
    gitIn(dir, ['commit', '-qm', 'Remove the old module']);
    const sha = gitIn(dir, ['rev-parse', 'HEAD']).trim();
    const h = (await openRepoHistory(dir))!;
    const r = await h.removals(['src/old/', 'src/old/a.ts', 'src/moved.ts', 'src/never.ts']);
    expect(r.get('src/old/')).toMatchObject({ file: 'src/old/a.ts', sha, subject: 'Remove the old module' });
    expect(r.get('src/old/a.ts')?.sha).toBe(sha);
    // A rename is a move: memory naming the old path wants an update, which removal cannot prove.
    expect(r.has('src/moved.ts')).toBe(false);
    expect(r.has('src/never.ts')).toBe(false);
    expect([...(await h.ignored(['services/api/gen', 'services/api/gen/x.go', 'src/old']))].sort()).toEqual([
      'services/api/gen',
      'services/api/gen/x.go',
    ]);
    expect(h.shallow).toBe(false);
    // A depth-1 clone (actions/checkout's default) cannot see the removal: nothing is proven there.
    const clone = path.join(tmp, 'shallow');
    gitIn(tmp, ['clone', '-q', '--depth=1', `file://${dir}`, clone]);
    const sh = (await openRepoHistory(clone))!;
    expect(sh.shallow).toBe(true);
    expect((await sh.removals(['src/old/'])).size).toBe(0);
  });
});
