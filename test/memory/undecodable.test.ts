/**
 * A memory file whose bytes are not UTF-8 text is left alone, named with the line of its first bad
 * byte: edits rewrite a file from its decoded text, so a Latin-1 `é` would come back as U+FFFD on a line
 * no edit touched, and UTF-8 lines added to a UTF-16 file would corrupt it. The rest of the pass goes
 * on. End to end on the demo repository (`dream run --write`), and memoryText on its own for variants.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/model/index.js';
import { memoryText } from '../../src/memory/text.js';
import { runDreamCli } from '../helpers/run-cli.js';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/demo');

function recording(): Logger & { warnings: { message: string; file?: string; line?: number }[] } {
  const warnings: { message: string; file?: string; line?: number }[] = [];
  return { warnings, debug: () => {}, info: () => {}, warning: (message, where) => warnings.push({ message, ...where }), error: () => {} };
}

let dir: string;
let repo: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-undecodable-'));
  repo = path.join(dir, 'repo');
  cpSync(demo, repo, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (logger: Logger): Promise<void> =>
  runDreamCli(['--repo', repo, '--sessions', 'sessions/**/*.jsonl', '--write', '--report', path.join(dir, 'report.json')], logger);

/** The demo's AGENTS.md with a line appended, as bytes. */
const agentsWith = (line: Buffer): Buffer => Buffer.concat([readFileSync(path.join(demo, 'AGENTS.md')), line]);

describe('dream run --write with a memory file that is not UTF-8', () => {
  it.each([
    ['a Latin-1 byte', Buffer.from('- Caf\xe9 menu.\n', 'latin1'), 'invalid UTF-8'],
    ['a UTF-8 character cut short', Buffer.from([0x2d, 0x20, 0xe2, 0x82, 0x0a]), 'invalid UTF-8'],
    ['an encoded surrogate', Buffer.from([0x2d, 0x20, 0xed, 0xa0, 0x80, 0x0a]), 'invalid UTF-8'],
    ['a NUL byte', Buffer.from('- a\0b\n', 'latin1'), 'NUL bytes (not text)'],
  ])('%s: the file keeps every byte and is named with its line; the other file is still edited', async (_, bad, problem) => {
    const bytes = agentsWith(bad);
    writeFileSync(path.join(repo, 'AGENTS.md'), bytes);
    const line = bytes
      .subarray(0, bytes.length - bad.length)
      .toString('latin1')
      .split('\n').length;
    const logger = recording();
    await run(logger);
    expect(readFileSync(path.join(repo, 'AGENTS.md')).equals(bytes)).toBe(true);
    const warned = logger.warnings.find((w) => w.file === 'AGENTS.md');
    expect(warned?.message).toContain(`skipping memory file AGENTS.md: ${problem} at line ${line}`);
    expect(warned?.line).toBe(line);
    // One bad file does not stop the pass: CLAUDE.md gets its lessons.
    expect(readFileSync(path.join(repo, 'CLAUDE.md'), 'utf8')).not.toBe(readFileSync(path.join(demo, 'CLAUDE.md'), 'utf8'));
  });

  it.each([
    ['with a byte order mark', 'utf16le', true],
    ['without one', 'utf16le', false],
  ] as const)('a UTF-16 CLAUDE.md %s is left as it is, named as UTF-16', async (_, encoding, bom) => {
    const text = readFileSync(path.join(demo, 'CLAUDE.md'), 'utf8');
    const bytes = Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, encoding)]);
    writeFileSync(path.join(repo, 'CLAUDE.md'), bytes);
    const logger = recording();
    await run(logger);
    expect(readFileSync(path.join(repo, 'CLAUDE.md')).equals(bytes)).toBe(true);
    expect(logger.warnings.find((w) => w.file === 'CLAUDE.md')?.message).toContain('UTF-16 text (memory files are UTF-8) at line 1');
  });
});

describe('memoryText', () => {
  it('takes UTF-8 text whole: accents, emoji, a byte order mark, CRLF', () => {
    for (const s of ['- café\n', '- ship it 🚀\r\n- ok\r\n', '\uFEFF# Title\n', ''])
      expect(memoryText(Buffer.from(s))).toEqual({ text: s });
  });

  it('names the first bad line, whichever line it is', () => {
    const lines = ['# T', '', '- ok', '- bad \xff', '- also \xfe'];
    expect(memoryText(Buffer.from(lines.join('\n'), 'latin1'))).toEqual({ line: 4, problem: 'invalid UTF-8' });
    expect(memoryText(Buffer.from('\xc3', 'latin1'))).toEqual({ line: 1, problem: 'invalid UTF-8' });
    expect(memoryText(Buffer.from('a\nb\n\xc3(', 'latin1'))).toEqual({ line: 3, problem: 'invalid UTF-8' });
  });

  it('tells UTF-16 (either byte order) from a stray NUL', () => {
    expect(memoryText(Buffer.from([0xfe, 0xff, 0, 0x23]))).toEqual({ line: 1, problem: 'UTF-16 text (memory files are UTF-8)' });
    expect(memoryText(Buffer.from([0, 0x23, 0, 0x0a]))).toEqual({ line: 1, problem: 'UTF-16 text (memory files are UTF-8)' });
    expect(memoryText(Buffer.from('# T\n\n- a\0\n'))).toEqual({ line: 3, problem: 'NUL bytes (not text)' });
  });
});
