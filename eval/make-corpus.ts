/**
 * Writes the labelled evaluation set: eval/corpus/*.jsonl (Claude Code and Codex transcripts) and
 * eval/labels.json (the planted lessons, the one-off noise and the negative controls, with the
 * exact lines of the negative-control events). Run: node --import tsx eval/make-corpus.ts
 * The output is committed; rerunning it must reproduce the same bytes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claudeSession, codexRollout, type Step, type Written } from './corpus-builders.js';
import { paraphraseControlKeywords, paraphrasePlanted, paraphraseSessions } from './paraphrase-corpus.js';
import { oneOffs, planted } from './planted-labels.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.join(here, 'corpus');
const agentsMd = readFileSync(path.join(here, 'repo', 'AGENTS.md'), 'utf8');
const paraphraseDir = path.join(here, 'paraphrase');

// Planted lessons.
const legacyBuild: Step[] = [
  {
    bash: 'npm run legacy-build',
    error: true,
    out: 'npm error Missing script: "legacy-build"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run',
  },
  { bash: 'npm run build', out: '> acme-api@ build\n> tsc -p .' },
];
const devPort: Step[] = [
  { bash: 'pnpm dev', error: true, out: 'Error: listen EADDRINUSE: address already in use :::3000' },
  { bash: 'PORT=3100 pnpm dev', out: 'Server listening on http://localhost:3100' },
];
const tzTests: Step[] = [
  { bash: 'pnpm test', error: true, out: 'Error: snapshot tests require TZ=UTC (got Europe/Berlin)' },
  { bash: 'TZ=UTC pnpm test', out: ' Test Files  12 passed (12)\n      Tests  48 passed (48)' },
];
const gitPush: Step[] = [
  {
    bash: 'git push',
    error: true,
    exit: 128,
    out: 'fatal: The current branch feat-login has no upstream branch.\nTo push the current branch and set the remote as upstream, use\n\n    git push --set-upstream origin feat-login\n',
  },
  { bash: 'git push -u origin HEAD', out: "branch 'feat-login' set up to track 'origin/feat-login'." },
];
const etlTests = (cmd: string): Step[] => [
  {
    bash: cmd,
    error: true,
    out: "ImportError while loading conftest '/home/dev/acme-api/etl/tests/conftest.py'.\nE   ModuleNotFoundError: No module named 'acme_etl'",
  },
  { bash: `PYTHONPATH=src ${cmd}`, out: '7 passed in 0.31s' },
];
const routes: Step = { user: 'From now on, put new API routes in `src/routes/`, one file per resource.' };
// Staleness: a script the repository dropped, which a session then saw missing, and a route edited
// successfully under a folder a commit removed (eval/run.ts builds that history).
const seedMissing: Step = { bash: 'pnpm run db:seed', error: true, out: ' ERR_PNPM_NO_SCRIPT  Missing script: db:seed' };
const rolloutFromRoot: Step = { bash: 'pnpm run db:rollout', error: true, out: ' ERR_PNPM_NO_SCRIPT  Missing script: db:rollout' };
const hook: Step[] = [
  { hookBlock: 'npm install zod', text: 'PreToolUse:Bash hook blocked this command.\nUse `pnpm` instead of `npm` in this repository.' },
  { bash: 'pnpm add zod', out: 'dependencies:\n+ zod 3.23.8' },
];

// Negative controls.
const sibling: Step = { sibling: 'ls docs/missing' };
const bareDeny: Step = { deny: 'rm -rf node_modules' };
const notFound: Step = {
  edit: 'src/server.ts',
  error: true,
  out: '<tool_use_error>String to replace not found in file.\nString: export const port</tool_use_error>',
};
const notRead: Step = {
  edit: 'src/server.ts',
  error: true,
  out: '<tool_use_error>File has not been read yet. Read it first before writing to it.</tool_use_error>',
};
const redGreen = (withEdit: boolean): Step[] => [
  {
    bash: 'pnpm test -- src/math.test.ts',
    error: true,
    out: 'FAIL  src/math.test.ts > add\nAssertionError: expected 3 to be 4\n Test Files  1 failed (1)',
  },
  ...(withEdit ? [{ edit: 'src/math.ts' } as Step] : []),
  { bash: 'pnpm test -- src/math.test.ts', out: ' Test Files  1 passed (1)' },
];
const pasted: Step = {
  user: 'Implement the invoices endpoint.\n\nRequirements:\n- Always validate input with zod.\n- Never write to the source tables directly.\n- Use the repository layer, not raw SQL.\n\n```ts\nexport interface Invoice { id: string; total: number }\n```\n',
};

export interface SessionSpec {
  file: string;
  agent: 'claude' | 'codex';
  steps: { step: Step; control?: string; label?: string }[];
}

const S = (step: Step, control?: string) => ({ step, ...(control ? { control } : {}) });
const all = (steps: Step[], control?: string) => steps.map((s) => S(s, control));

const sessions: SessionSpec[] = [
  { file: 'c01.jsonl', agent: 'claude', steps: [S({ user: 'Build the bundle.' }), ...all(legacyBuild), S(sibling, 'sibling')] },
  {
    file: 'c02.jsonl',
    agent: 'claude',
    steps: [S({ user: 'Make a production build.' }), ...all(legacyBuild), S(bareDeny, 'bare-rejection')],
  },
  {
    file: 'c03.jsonl',
    agent: 'claude',
    steps: [
      S({ user: 'Add a test for the health route.' }),
      S({ interrupt: true }),
      S({ user: 'Use vitest, not jest. The project has no Jest config.' }),
      S(notFound, 'edit-not-found'),
    ],
  },
  { file: 'c04.jsonl', agent: 'claude', steps: [S({ user: 'use vitest, not jest' }), ...all(redGreen(true), 'red-green')] },
  {
    file: 'c05.jsonl',
    agent: 'claude',
    steps: [S({ user: "Start the dev server. Don't worry about the tests for now." }, 'transient'), ...all(devPort), S(sibling, 'sibling')],
  },
  {
    file: 'c06.jsonl',
    agent: 'claude',
    steps: [S({ user: "Run the app locally. Don't commit yet." }, 'transient'), ...all(devPort), S(bareDeny, 'bare-rejection')],
  },
  { file: 'c07.jsonl', agent: 'claude', steps: [S({ user: 'Run the tests.' }), ...all(tzTests), S(notFound, 'edit-not-found')] },
  {
    file: 'c08.jsonl',
    agent: 'claude',
    steps: [S({ user: 'Never run `pnpm db:reset`, it wipes the shared dev database.' }), ...all(redGreen(true), 'red-green')],
  },
  {
    file: 'c09.jsonl',
    agent: 'claude',
    steps: [S(pasted, 'pasted-task'), S({ deny: 'pnpm db:reset', feedback: "Don't run pnpm db:reset, it wipes the shared dev database." })],
  },
  {
    file: 'c10.jsonl',
    agent: 'claude',
    steps: [S(routes), S({ interrupt: true }, 'interrupt-question'), S({ user: 'Why did you delete that file?' }, 'interrupt-question')],
  },
  { file: 'c11.jsonl', agent: 'claude', steps: [S({ user: 'Add zod.' }), ...all(hook), S(notRead, 'edit-not-read')] },
  { file: 'c12.jsonl', agent: 'claude', steps: [S({ user: 'Add a schema library.' }), ...all(hook), S(notRead, 'edit-not-read')] },
  {
    file: 'c13.jsonl',
    agent: 'claude',
    steps: [
      S({ user: 'Build the CLI tool.' }),
      S({ bash: 'cargo build', error: true, out: 'error: could not find `Cargo.toml` in `/home/dev/acme-api` or any parent directory' }),
      S({ bash: 'cargo build --manifest-path tools/Cargo.toml', out: 'Finished dev [unoptimized] target(s)' }),
      S(sibling, 'sibling'),
    ],
  },
  {
    file: 'c14.jsonl',
    agent: 'claude',
    steps: [
      S({ user: 'Run the end-to-end tests.' }),
      S({ bash: 'pnpm run e2e', error: true, out: 'ERR_PNPM_NO_SCRIPT  Missing script: e2e' }),
      S({ bash: 'pnpm run e2e', error: true, out: 'ERR_PNPM_NO_SCRIPT  Missing script: e2e' }),
    ],
  },
  { file: 'x01.jsonl', agent: 'codex', steps: [S({ user: 'Run the test suite and fix what fails.' }), ...all(tzTests)] },
  { file: 'x02.jsonl', agent: 'codex', steps: [S({ user: 'Check the tests pass.' }), ...all(tzTests)] },
  { file: 'x03.jsonl', agent: 'codex', steps: [S({ user: 'Commit and push the login work.' }), ...all(gitPush)] },
  { file: 'x04.jsonl', agent: 'codex', steps: [S({ user: 'Push the branch.' }), ...all(gitPush)] },
  { file: 'x05.jsonl', agent: 'codex', steps: [S(routes), S({ bash: 'ls src', out: 'server.ts' })] },
  {
    file: 'x06.jsonl',
    agent: 'codex',
    steps: [
      S({ user: 'Always use tabs in Makefiles.' }),
      S({ bash: 'ls', out: 'package.json\nsrc' }),
      S({ user: "Don't commit yet." }, 'transient'),
    ],
  },
  {
    file: 'x09.jsonl',
    agent: 'codex',
    steps: [S({ user: "Don't worry about the tests for now." }, 'transient'), S({ bash: 'ls', out: 'package.json\nsrc' })],
  },
  { file: 'x07.jsonl', agent: 'codex', steps: [S({ user: 'Fix the add function.' }), ...all(redGreen(false), 'red-green')] },
  { file: 'x08.jsonl', agent: 'codex', steps: [S(pasted, 'pasted-task'), S({ bash: 'ls src', out: 'server.ts' })] },
  // Second wave: one instruction in different words across sessions, and one fix reached through
  // trivially different commands (flags, test selection, python -m) by two agents.
  {
    file: 'c15.jsonl',
    agent: 'claude',
    steps: [
      S({ user: 'Format the due dates in the invoice list.' }),
      S({ bash: 'pnpm add moment', out: 'dependencies:\n+ moment 2.30.1' }),
      S({ user: "Don't use moment in this repo, always use date-fns. The bundle budget is 200 KB." }),
      S({ user: "Don't use luxon. Use dayjs for now." }, 'prefer-for-now'),
    ],
  },
  {
    file: 'c16.jsonl',
    agent: 'claude',
    steps: [
      S({ user: 'Show relative times on the activity feed.' }),
      S({ user: "No, don't use moment here. Use date-fns: formatDistance does this." }),
      S({ user: "Don't use luxon. Use dayjs for now." }, 'prefer-for-now'),
    ],
  },
  {
    file: 'c17.jsonl',
    agent: 'claude',
    steps: [S({ user: 'Fix the ETL script tests.' }), ...all(etlTests('pytest -x tests/test_etl.py'))],
  },
  {
    file: 'c18.jsonl',
    agent: 'claude',
    steps: [
      S({ user: 'Seed the database, then add a users route.' }),
      S(seedMissing),
      S({ edit: 'api/src/routes/users.ts' }),
      S(rolloutFromRoot, 'false-deletion-trap'),
    ],
  },
  {
    file: 'c19.jsonl',
    agent: 'claude',
    steps: [S({ user: 'Run the API migrations.' }), S(rolloutFromRoot, 'false-deletion-trap'), S({ edit: 'api/src/routes/health.ts' })],
  },
  {
    file: 'x10.jsonl',
    agent: 'codex',
    steps: [S({ user: 'Run the Python checks for the ETL job.' }), ...all(etlTests('python -m pytest -q'))],
  },
];

const controlKeywords: Record<string, string[]> = {
  sibling: ['Sibling tool call'],
  'bare-rejection': ['rm -rf node_modules', "doesn't want to proceed"],
  'edit-not-found': ['String to replace'],
  'edit-not-read': ['has not been read'],
  'red-green': ['expected 3 to be 4', 'math.test'],
  'pasted-task': ['validate input', 'source tables', 'raw SQL'],
  'interrupt-question': ['delete that file'],
  transient: ['worry about', 'commit yet'],
  'prefer-for-now': ['dayjs', 'luxon'],
  'false-deletion-trap': ['db:rollout'],
};

/** Writes one layer's transcripts into dir and returns the line of every negative-control event. */
function writeLayer(specs: SessionSpec[], dir: string, guide: string, tag: string): Map<string, { file: string; line: number }[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const controls = new Map<string, { file: string; line: number }[]>();
  specs.forEach((spec, i) => {
    const id = `${spec.file.replace('.jsonl', '')}-0000-4000-8000-${tag}${String(i).padStart(8, '0')}`;
    const steps = spec.steps.map((s) => s.step);
    const w: Written = spec.agent === 'claude' ? claudeSession(id, i + 1, steps) : codexRollout({ id, day: i + 1, steps, agentsMd: guide });
    writeFileSync(path.join(dir, spec.file), w.text);
    spec.steps.forEach((s, k) => {
      if (!s.control) return;
      const list = controls.get(s.control) ?? [];
      list.push({ file: spec.file, line: w.lines[k]! });
      controls.set(s.control, list);
    });
  });
  return controls;
}

function write(): void {
  const controls = writeLayer(sessions, corpusDir, agentsMd, 'eva1');
  const paraphraseGuide = readFileSync(path.join(paraphraseDir, 'repo', 'AGENTS.md'), 'utf8');
  const pControls = writeLayer(paraphraseSessions, path.join(paraphraseDir, 'corpus'), paraphraseGuide, 'eva2');
  const labels = {
    description: 'Planted lessons, one-off noise and negative controls of the evaluation set. Generated by eval/make-corpus.ts.',
    planted,
    oneOffs,
    negativeControls: [...controls].map(([id, events]) => ({ id, keywords: controlKeywords[id] ?? [], events })),
    paraphrased: {
      description: 'eval/paraphrase/: each lesson in at least three surface forms across sessions (eval/paraphrase-corpus.ts).',
      planted: paraphrasePlanted,
      negativeControls: [...pControls].map(([id, events]) => ({ id, keywords: paraphraseControlKeywords[id] ?? [], events })),
    },
  };
  writeFileSync(path.join(here, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
}

write();
