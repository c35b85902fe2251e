/**
 * A question about an act the agent repeated objects to the repeat, not to the act: "why did you run `npm install`
 * again?" became "Don't run `npm install` unless the user asks for it" on main, which forbids a step the work needs.
 * The class is read from structure first (the agent ran the thing more than once since the user spoke), then from a
 * repetition word in the question ("again", "twice", "a second time", "rerun"). Wordings and programs here are not
 * the probes' ("why did you run `npm install` again?", "how come you ran `make clean` twice?"). Controls: the same
 * question about an act done once still objects to it, and a command's arguments ending in a file name make it a
 * command run, not a path touched ("Don't touch `pip install -r requirements.txt`" on main).
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

const run = (bash: string): Turn => ({ bash, out: 'done', exit: 0 });
const session = (format: Format, turns: Turn[], question: string): WorldSession => ({
  format,
  turns: [{ user: 'The tide table rounds high water wrong; please fix it.' }, ...turns, { say: 'Done.' }, { user: question }],
});
/** The same question in a Claude Code and a Codex session. */
const twice = (turns: Turn[], question: string) => [session('claude', turns, question), session('codex', turns, question)];

describe('a question about a repeated act forbids nothing', () => {
  it.each<[string, Turn[], string]>([
    ['the question says it was repeated', [run('yarn install --frozen-lockfile')], 'Why are you running `yarn install` a second time?'],
    ['"rerun" in the question', [run('docker compose build')], 'why did you rerun `docker compose build`?'],
    ['"once more"', [run('cargo update')], 'Why did you do `cargo update` once more?'],
    [
      'the agent ran it twice since the user spoke',
      [run('bundle install'), run('bundle exec rspec'), run('bundle install')],
      'why did you run `bundle install`?',
    ],
  ])('%s', async (_, turns, question) => {
    const lines = await addedLines(twice(turns, question), 2);
    expect(lines.filter((l) => /^Don't (?:run|touch)/.test(l))).toEqual([]);
  });
});

describe('controls', () => {
  it('a question about an act done once still objects to it', async () => {
    const lines = await addedLines(twice([run('rm -rf node_modules')], 'why did you run `rm -rf node_modules`?'), 2);
    expect(lines.filter((l) => l.startsWith("Don't run `rm -rf node_modules`"))).toHaveLength(1);
  });
  it('a command whose last word is a file is run, not touched', async () => {
    const lines = await addedLines(
      twice([run('pip install -r requirements-dev.txt')], 'why did you run `pip install -r requirements-dev.txt`??'),
      2,
    );
    expect(lines.filter((l) => /^Don't touch/.test(l))).toEqual([]);
    expect(lines.filter((l) => l.startsWith("Don't run `pip install -r requirements-dev.txt`"))).toHaveLength(1);
  });
});
