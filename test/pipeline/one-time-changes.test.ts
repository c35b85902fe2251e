/**
 * A command that made a failed one work by changing the machine once is no step to run before it. ms1's last negative
 * control: "Run `pip install pytest-mock` before `pytest`" (one of 194 mini-swe-agent runs installed a test plugin into
 * its throwaway environment); round 12's probe "Run `docker context use default` before `docker compose up -d`".
 * Installing packages by name (into an environment or once into the manifest) and pointing or signing a CLI in to a
 * machine-wide target are done once; installing what the project declares stays a step. End to end through the
 * real readers, miners and offline engine at one-session support (paraphrase-world.ts), in programs, wordings and
 * agents' formats the rule was not written from.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

const run = (bash: string, out: string, exit = 0): Turn => ({ bash, out, exit, error: exit !== 0 });
const session = (format: Format, ...turns: Turn[]): WorldSession => ({
  format,
  turns: [{ user: 'The export job crashes on empty invoices; please fix it.' }, ...turns],
});
/** X fails, Y runs, X passes, nothing edited: the shape of a prerequisite. X also ran well once before (provenance). */
const episode = (format: Format, x: string, err: string, y: string, yOut = 'done') =>
  session(format, run(x, 'ok'), run(x, err, 1), run(y, yOut), run(x, 'ok: all passed'));

describe('a change done once is no prerequisite', () => {
  it.each<[string, Format, string, string, string]>([
    ['a test plugin, by pip', 'mini-swe', 'pytest tests/test_utils.py', "E       fixture 'mocker' not found", 'pip install pytest-mock'],
    ['a test plugin, by uv pip', 'codex', 'pytest tests', "E       fixture 'httpbin' not found", 'uv pip install pytest-httpbin'],
    [
      'a module, by python -m pip',
      'claude',
      'python manage.py test',
      "ModuleNotFoundError: No module named 'freezegun'",
      'python -m pip install freezegun==1.5',
    ],
    ['a system library', 'claude', 'pip install -e .', 'Error: pg_config executable not found.', 'sudo apt-get install -y libpq-dev'],
    ['a global tool', 'codex', 'pnpm test', 'sh: 1: pnpm: not found', 'npm i -g pnpm'],
    ['a package added to the manifest', 'claude', 'npm run build', "Error: Cannot find module 'zod'", 'npm install zod'],
    ['a Go tool', 'mini-swe', 'make fmt', 'goimports: command not found', 'go install golang.org/x/tools/cmd/goimports@latest'],
    [
      'a docker context',
      'codex',
      'docker compose up -d',
      'Cannot connect to the Docker daemon at unix:///home/dev/.colima/docker.sock',
      'docker context use default',
    ],
    [
      'a kubectl context',
      'claude',
      'kubectl apply -f k8s/deploy.yaml',
      'error: You must be logged in to the server (Unauthorized)',
      'kubectl config use-context kind-dev',
    ],
    [
      'a gcloud project',
      'mini-swe',
      'gcloud run deploy api --source .',
      'ERROR: (gcloud.run.deploy) The required property [project] is not currently set.',
      'gcloud config set project shop-staging',
    ],
    [
      'an Azure sign-in',
      'codex',
      'az storage blob list --container-name exports',
      'ERROR: Please run `az login` to setup account.',
      'az login',
    ],
    [
      'a GitHub CLI sign-in',
      'codex',
      'gh pr create --fill',
      'To get started with GitHub CLI, please run:  gh auth login',
      'gh auth login --with-token',
    ],
  ])('%s (%s)', async (_, format, x, err, y) => {
    expect(await addedLines([episode(format, x, err, y)], 1)).toEqual([]);
  });

  it.each<[string, Format, string, string, string, RegExp]>([
    [
      'the dependencies the lockfile declares',
      'codex',
      'npm run build',
      "Error: Cannot find module 'zod'",
      'npm install',
      /^Run `npm install` before `npm run build`/,
    ],
    [
      'the environment the lockfile declares',
      'mini-swe',
      'pytest tests',
      "E       fixture 'mocker' not found",
      'uv sync --all-extras',
      /^Run `uv sync --all-extras` before `pytest( tests)?`/,
    ],
    [
      'the project itself',
      'claude',
      'pytest tests',
      "ModuleNotFoundError: No module named 'almanac'",
      'pip install -e .[dev]',
      /^Run `pip install -e \.\[dev\]` before `pytest( tests)?`/,
    ],
    [
      'a service the project runs',
      'codex',
      'npx prisma migrate dev',
      "Error: P1001: Can't reach database server at `localhost:5432`",
      'docker compose up -d db',
      /^Run `docker compose up -d db` before `npx prisma migrate dev`/,
    ],
  ])('control: %s stays a step (%s)', async (_, format, x, err, y, lesson) => {
    expect(await addedLines([episode(format, x, err, y)], 1)).toEqual([expect.stringMatching(lesson)]);
  });
});
