/**
 * Aider quotes its own output with "> " on the first line of a message only. A shell command of several lines in its
 * "Run shell commands?" offer (round 11: "> cd /root/stack" then "    sudo docker compose restart app") was read
 * with its second line as the model speaking. The model's reply always opens after a blank line, so a line straight
 * after a quoted one is aider's; after a blank line the reply is the model's again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aider-quoted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(lines: string[]) {
  const file = join(dir, `q${Math.random().toString(36).slice(2)}.aider.chat.history.md`);
  writeFileSync(file, lines.join('\n'));
  const { sessions } = await readAll(file);
  const s = sessions.at(-1)!;
  return { replies: ofKind(s, 'assistant_text').map((e) => e.text), prompts: ofKind(s, 'user_prompt').map((e) => e.text) };
}

// Written for this test, in the shape aider 0.8x writes: a reply, then its offer to run two multi-line commands.
const OFFER = [
  '# aider chat started at 2026-03-02 10:00:00',
  '',
  '#### the worker is stuck, restart it  ',
  '',
  'Restart the worker from its compose folder:',
  '',
  '```bash',
  'cd /srv/queue',
  'docker compose restart worker',
  '```',
  '',
  '> Tokens: 3.1k sent, 80 received.  ',
  '> cd /srv/queue                 ',
  '    docker compose restart worker  ',
  "> Run shell commands? (Y)es/(N)o/(S)kip all/(D)on't ask again [Yes]: y  ",
  '> Running cd /srv/queue  ',
  '> Running docker compose restart worker  ',
  '> mkdir -p /srv/queue/logs        ',
  '\tchmod 775 /srv/queue/logs',
  '    chown app /srv/queue/logs  ',
  "> Run shell commands? (Y)es/(N)o/(S)kip all/(D)on't ask again [Yes]: n  ",
  '',
  '#### thanks  ',
  '',
  'Glad it works.',
  '',
];

describe('aider: lines that go on from a quoted one', () => {
  it("are aider's offer, not the model's reply", async () => {
    const { replies, prompts } = await read(OFFER);
    expect(replies).toEqual([
      'Restart the worker from its compose folder:\n\n```bash\ncd /srv/queue\ndocker compose restart worker\n```',
      'Glad it works.',
    ]);
    expect(prompts).toEqual(['the worker is stuck, restart it', 'thanks']);
  });

  it('a file aider could not write is a failed edit, and the write after the fix a good one', async () => {
    const file = join(dir, 'w.aider.chat.history.md');
    writeFileSync(
      file,
      [
        '# aider chat started at 2026-03-02 10:00:00',
        '',
        '#### drop the auth check from proxy.conf  ',
        '',
        'Here is the edit.',
        '',
        "> Unable to write file /srv/web/proxy.conf after 5 attempts: [Errno 13] Permission denied: '/srv/web/proxy.conf'  ",
        "> [Errno 13] Permission denied: '/srv/web/proxy.conf'  ",
        '',
        '#### fixed the owner, try again  ',
        '',
        'Trying again.',
        '',
        '> Applied edit to proxy.conf  ',
        '',
      ].join('\n'),
    );
    const { sessions } = await readAll(file);
    expect(ofKind(sessions[0]!, 'tool_result').map((e) => e.ok)).toEqual([false, true]);
  });

  it('a reply after a blank line is still the model (control)', async () => {
    const { replies } = await read([
      '# aider chat started at 2026-03-02 10:00:00',
      '',
      '#### what does the worker do?  ',
      '',
      '> Repo-map: using 4096 tokens  ',
      '',
      'It drains the queue.',
      '    It retries failed jobs three times.',
      '',
    ]);
    expect(replies).toEqual(['It drains the queue.\n    It retries failed jobs three times.']);
  });
});
