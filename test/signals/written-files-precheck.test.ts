/**
 * writtenFiles cuts a command into segments and words only when a program it reads (mkdir, cp, ln, touch, tee,
 * create) could start one: the name stands in the text, or does once the quotes are taken out (shellWords joins
 * `"mk"dir` into `mkdir`). Each case states what the agent wrote, so a precheck that refuses too much (a quoted or joined
 * program name, a program after a separator) fails here. The real corpus's commands, where present, get the
 * same answer as a walk over every segment with no precheck.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ToolCallEvent } from '../../src/model/index.js';
import { writtenFiles } from '../../src/signals/episodes.js';
import { readTranscriptFile } from '../../src/transcripts/index.js';

const call = (command: string): ToolCallEvent => ({
  kind: 'tool_call',
  name: 'Bash',
  command,
  input: { command },
  origin: { file: 't.jsonl', line: 1 },
  seq: 0,
});

describe('writtenFiles behind its precheck', () => {
  it.each([
    ['a plain touch', 'touch notes.txt', ['notes.txt']],
    ['a touch after a separator', 'cd web && touch a.md', ['a.md']],
    ['a quoted program name', `"touch" scratch.py`, ['scratch.py']],
    ['a program name joined from quoted parts', `t'ouch' joined.py`, ['joined.py']],
    ['tee in a pipe', 'echo hi | tee out.log', ['out.log']],
    ['a quoted tee', `echo hi | 'tee' quoted.log`, ['quoted.log']],
    ['a new folder', 'mkdir scratch', ['scratch']],
    ['a folder made through quotes', `"mk"dir "my dir"`, ['my dir']],
    ['a copy', 'cp a.txt b.txt', ['b.txt']],
    ['a redirect', 'cat > t.py', ['t.py']],
  ])('finds what %s wrote', (_what, command, files) => {
    expect(writtenFiles(call(command))).toEqual(files);
  });

  it.each([
    ['a plain command', 'npm test'],
    ['a listing', 'ls -la src'],
    ['a search naming no writer', 'grep -rn needle src'],
    ['quotes naming no writer', `git commit -m "fix: the header's height"`],
  ])('finds nothing in %s', (_what, command) => {
    expect(writtenFiles(call(command))).toEqual([]);
  });
});

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

/** The transcripts under the corpus up to 300 KB each: thousands of commands, read in seconds. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    const st = statSync(p);
    return st.isDirectory() ? files(p) : st.size <= 300_000 ? [p] : [];
  });
}

describe.skipIf(!existsSync(CORPUS))('writtenFiles on the real corpus', () => {
  it('answers every command as it would with no precheck', async () => {
    let commands = 0;
    for (const file of files(CORPUS)) {
      try {
        for await (const s of readTranscriptFile(file, { displayPath: path.relative(CORPUS, file) }))
          for (const e of s.events) {
            if (e.kind !== 'tool_call' || e.command === undefined) continue;
            commands++;
            // A bare `touch;` in front makes the precheck walk, writes nothing, and leaves the segments after it
            // and the redirects as they were: what a walk finds.
            const walked = writtenFiles({ ...e, command: `touch;${e.command}` });
            expect(writtenFiles(e), e.command.slice(0, 200)).toEqual(walked);
          }
      } catch {
        // Not a transcript a reader knows: nothing to compare.
      }
    }
    expect(commands).toBeGreaterThan(1000);
  }, 120_000);
});
