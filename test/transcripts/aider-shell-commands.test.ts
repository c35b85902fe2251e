/**
 * Aider logs the shell commands it runs as "> Running <cmd>" (the model proposed them, the person said yes) and never
 * their output; the linter's report, logged only when the linter failed, opens with "> ## Running: <cmd>" and holds
 * the linter's output (every line quoted). On main neither was a tool call, so aider's failures and fixes taught nothing (round 11's
 * webserver history: 20 commands run, none read). A "# aider chat started" header with nothing after it but aider's
 * notices (an upgrade offer, the version banner) is aider started and left: it was counted as a session.
 * Histories written for this test in the shapes aider 0.8x writes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aider-shell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function read(lines: string[]) {
  const file = join(dir, `h${n++}.aider.chat.history.md`);
  writeFileSync(file, lines.join('\n'));
  return readAll(file);
}

/** What happened, in order: commands run and their results, prompts and replies. */
function story(lines: string[]) {
  return read(lines).then(({ sessions }) =>
    sessions.map((s) =>
      s.events.map((e) =>
        e.kind === 'tool_call'
          ? `call ${e.command ?? '(edit)'}`
          : e.kind === 'tool_result'
            ? `${e.ok ? 'ok' : 'failed'} ${e.text.split('\n')[0]}`
            : e.kind === 'user_prompt'
              ? `user ${e.text}`
              : e.kind,
      ),
    ),
  );
}

const HEAD = ['# aider chat started at 2026-03-02 10:00:00', '', '> Aider v0.86.1  ', '> Model: gpt-4.1 with diff edit format  ', ''];

describe('aider: the shell commands it ran', () => {
  it('each command run is a call; a declined offer runs nothing', async () => {
    expect(
      await story([
        ...HEAD,
        '#### the site 502s, restart what serves it  ',
        '',
        'Reload nginx, then restart the app:',
        '',
        '```bash',
        'sudo nginx -s reload',
        'docker compose restart web',
        '```',
        '',
        '> Tokens: 2.1k sent, 60 received.  ',
        '> sudo nginx -s reload  ',
        "> Run shell command? (Y)es/(N)o/(S)kip all/(D)on't ask again [Yes]: y  ",
        '> Running sudo nginx -s reload  ',
        "> Add command output to the chat? (Y)es/(N)o/(D)on't ask again [Yes]: y  ",
        '> Added 2 lines of output to the chat.  ',
        '> docker compose restart web  ',
        "> Run shell command? (Y)es/(N)o/(S)kip all/(D)on't ask again [Yes]: n  ",
        '',
        '#### it works now  ',
        '',
      ]),
    ).toEqual([['user the site 502s, restart what serves it', 'assistant_text', 'call sudo nginx -s reload', 'user it works now']]);
  });

  it('several commands in one offer are several calls; a command aider could not start is a failed one', async () => {
    expect(
      await story([
        ...HEAD,
        '#### build the docs  ',
        '',
        'Run these:',
        '',
        '> cd docs  ',
        '    make html  ',
        "> Run shell commands? (Y)es/(N)o/(S)kip all/(D)on't ask again [Yes]: y  ",
        '> Running cd docs  ',
        '> Running make html  ',
        "> Error occurred while running command 'make html': [Errno 2] No such file or directory: 'make'  ",
        '',
      ]),
    ).toEqual([
      [
        'user build the docs',
        'assistant_text',
        'call cd docs',
        'call make html',
        "failed Error occurred while running command 'make html': [Errno 2] No such file or directory: 'make'",
      ],
    ]);
  });

  /** aider's lint report, each line quoted (as aider 0.8x logs a message of several lines), for a linter and a file. */
  const lintReport = (command: string, output: string[], answer: string) => [
    ...HEAD,
    '#### greet the world  ',
    '',
    'Here is the edit.',
    '',
    '> Applied edit to the file  ',
    '> Commit 870a420 feat: greet the world  ',
    '>  ',
    '> # Fix any errors below, if possible.  ',
    '>  ',
    `> ## Running: ${command}  `,
    ...output.map((o) => `> ${o}  `.replace(/^> {3}$/, '>  ')),
    '>  ',
    `> Attempt to fix lint errors? (Y)es/(N)o [Yes]: ${answer}  `,
    '',
    'The closing bracket was missing.',
    '',
    '> Applied edit to the file  ',
    '',
  ];

  it.each([
    [
      "aider's flake8 on Python",
      '/home/dev/.local/share/aider/bin/python -m flake8 --select=E9,F821 --show-source --isolated hello.py',
      [
        '',
        "hello.py:1:7: E999 SyntaxError: '(' was never closed",
        '',
        '## See relevant line below marked with █.',
        '',
        'hello.py:',
        '1█print("hello, world"',
      ],
      "E999 SyntaxError: '(' was never closed",
      'y',
    ],
    [
      'a --lint-cmd of the project, the fix declined',
      'npx eslint src/app.js',
      [
        '',
        '/srv/app/src/app.js',
        "  3:10  error  'greet' is defined but never used  no-unused-vars",
        '',
        '✖ 1 problem (1 error, 0 warnings)',
      ],
      "'greet' is defined but never used",
      'n',
    ],
  ])("the linter's report (%s) is its failed run, with its output", async (_, command, output, said, answer) => {
    const { sessions } = await read(lintReport(command, output, answer));
    const s = sessions[0]!;
    const calls = ofKind(s, 'tool_call').filter((c) => c.command);
    expect(calls.map((c) => c.command)).toEqual([command]);
    const results = ofKind(s, 'tool_result');
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]!.text).toContain(said);
    expect(results[1]!.text).not.toContain('Attempt to fix');
    // The reply after aider's question is still the model's.
    expect(ofKind(s, 'assistant_text').map((e) => e.text)).toEqual(['Here is the edit.', 'The closing bracket was missing.']);
  });

  it('controls: the model writing "Running x" in its reply is no call; the person typing /run runs their own (aider-typed-commands.test.ts)', async () => {
    expect(
      await story([
        ...HEAD,
        '#### how do I run the tests?  ',
        '',
        'Running pytest from the root runs them all.',
        '',
        '#### /run pytest -q  ',
        '> Add 0.1k tokens of command output to the chat? (Y)es/(N)o [Yes]: n  ',
        '',
      ]),
    ).toEqual([['user how do I run the tests?', 'assistant_text', 'call pytest -q']]);
  });
});

describe('aider: a header with nothing after it', () => {
  it('is no session; the chats that have turns keep their numbers', async () => {
    const { sessions, issues } = await read([
      '',
      '# aider chat started at 2025-05-10 14:37:07',
      '',
      '',
      '# aider chat started at 2025-05-10 15:14:09',
      '',
      '> Newer aider version v0.83.0 is available.  ',
      '> python -m pip install --upgrade --upgrade-strategy only-if-needed aider-chat  ',
      '> Run pip install? (Y)es/(N)o [Yes]: y  ',
      '> Re-run aider to use new version.  ',
      '',
      '# aider chat started at 2025-05-10 15:17:26',
      '',
      '> Aider v0.83.0  ',
      '',
      '#### add a health check to the compose file  ',
      '',
      'Here it is.',
      '',
      '# aider chat started at 2025-05-11 09:00:00',
      '',
      '#### is anyone there?  ',
      '',
    ]);
    expect(issues).toEqual([]);
    expect(sessions.map((s) => [s.id, s.events.map((e) => e.kind)])).toEqual([
      [expect.stringMatching(/#3$/), ['user_prompt', 'assistant_text']],
      // A prompt with no reply yet is a session (cube3d's one question).
      [expect.stringMatching(/#4$/), ['user_prompt']],
    ]);
  });

  it('a history of headers alone reads as no session, and no error', async () => {
    const { sessions, issues } = await read([
      '# aider chat started at 2025-05-10 14:37:07',
      '',
      '> Aider v0.83.0  ',
      '',
      '# aider chat started at 2025-05-10 15:15:09',
      '',
    ]);
    expect(sessions).toEqual([]);
    expect(issues).toEqual([]);
  });
});
