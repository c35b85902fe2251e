/**
 * Whole-document transcripts (mini-swe-agent, SWE-agent, OpenHands, Gemini CLI chat) larger than a
 * parse piece are parsed from their bytes piece by piece (json-pieces.ts). The same document with CRLF
 * line ends takes the other path, its text decoded whole and JSON.parse'd as before: both must give the
 * same sessions and the same issues. A damaged document is reported as JSON.parse of the whole text
 * reports it, with the file, and the readers that salvage complete elements still do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReadIssue, Session } from '../../src/model/index.js';
import { readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'json-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function write(text: string, ext: string): string {
  const file = join(dir, `doc${n++}${ext}`);
  writeFileSync(file, text);
  return file;
}

/** Output of a read, without what differs by file (its path, its hash). */
function comparable(r: { sessions: Session[]; issues: ReadIssue[] }): unknown {
  const strip = (s: Session) => ({
    ...s,
    id: undefined,
    sourceFile: undefined,
    contentHash: undefined,
    events: s.events.map((e) => ({ ...e, origin: e.origin.line })),
  });
  return { sessions: r.sessions.map(strip), issues: r.issues.map((i) => ({ line: i.line, reason: i.reason })) };
}

// Each step's output is long enough that the document spans many 64 KB pieces and some elements pass one.
const output = (i: number, lines: number) =>
  Array.from({ length: lines }, (_, k) => `src/mod_${k % 9}.py:${k}: step ${i} é "quoted" \\ path`).join('\n');

const miniSwe = (steps: number) => ({
  info: { exit_status: 'Submitted', submission: output(0, 3000), mini_version: '1.15.0', config: "{'model': {'model_name': 'm-1'}}" },
  messages: [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: '<pr_description>Fix the crash.</pr_description>' },
    ...Array.from({ length: steps }, (_, i) => [
      { role: 'assistant', content: `THOUGHT: look ${i}\n\n\`\`\`bash\ngrep -rn "x${i}" src\n\`\`\`` },
      { role: 'user', content: `<returncode>${i % 3 === 0 ? 1 : 0}</returncode>\n<output>\n${output(i, i === 5 ? 2500 : 40)}\n</output>` },
    ]).flat(),
  ],
  trajectory_format: 'mini-swe-agent-1',
  instance_id: 'acme__widget-7',
});

const sweAgent = (steps: number) => ({
  environment: 'swe_main',
  trajectory: Array.from({ length: steps }, (_, i) => ({
    action: `grep -rn "y${i}" src`,
    observation: output(i, i === 3 ? 2500 : 40),
    thought: `I look for y${i}.`,
  })),
  history: [
    { role: 'system', content: 'sys' },
    { role: 'user', content: 'ISSUE: the widget breaks.' },
  ],
  info: { model_stats: { model: 'm-2' } },
});

const openHands = (steps: number) =>
  Array.from({ length: steps }, (_, i) => [
    { id: 2 * i, source: 'agent', action: 'run', args: { command: `make t${i}` }, timestamp: '2026-01-01T00:00:00Z' },
    {
      id: 2 * i + 1,
      source: 'agent',
      observation: 'run',
      cause: 2 * i,
      content: output(i, 60),
      extras: { metadata: { exit_code: i % 2 } },
    },
  ]).flat();

const gemini = (steps: number) => ({
  sessionId: 'g-1',
  projectHash: 'abc',
  startTime: '2026-01-01T00:00:00Z',
  messages: Array.from({ length: steps }, (_, i) => [
    { id: `u${i}`, type: 'user', content: `please check ${i}` },
    { id: `a${i}`, type: 'gemini', content: output(i, 60) },
  ]).flat(),
});

const DOCS: [string, unknown, string][] = [
  ['mini-swe-agent', miniSwe(60), '.traj.json'],
  ['SWE-agent', sweAgent(120), '.traj'],
  ['OpenHands', openHands(120), '.json'],
  ['Gemini CLI chat', gemini(120), '.json'],
];

describe('whole JSON documents read piece by piece', () => {
  for (const [name, doc, ext] of DOCS) {
    it(`${name}: the same sessions and issues as the document's text parsed whole`, async () => {
      const text = JSON.stringify(doc, null, 2);
      expect(text.length).toBeGreaterThan(4 * 64 * 1024);
      const pieces = await readAll(write(text, ext));
      const whole = await readAll(write(text.replace(/\n/g, '\r\n'), ext));
      expect(pieces.sessions[0]!.events.length).toBeGreaterThan(100);
      expect(comparable(pieces)).toEqual(comparable(whole));
    });
  }

  it('a damaged mini-swe-agent document is reported as JSON.parse of its whole text reports it', async () => {
    const text = JSON.stringify(miniSwe(60), null, 2);
    // A comma dropped between two messages deep in the document.
    const at = text.indexOf('},\n    {', text.length / 2);
    const bad = `${text.slice(0, at + 1)}${text.slice(at + 2)}`;
    let expected = '';
    try {
      JSON.parse(bad);
    } catch (e) {
      expected = (e as Error).message.slice(0, 200);
    }
    const file = write(bad, '.traj.json');
    const { sessions, issues } = await readAll(file);
    expect(sessions).toEqual([]);
    expect(issues).toEqual([{ file, reason: `malformed JSON: ${expected}` }]);
    expect(expected).toMatch(/position \d+/);
  });

  it('a cut-off SWE-agent or OpenHands document keeps its complete steps and says where it was cut', async () => {
    for (const [doc, ext] of [
      [sweAgent(60), '.traj'],
      [openHands(60), '.json'],
    ] as const) {
      const text = JSON.stringify(doc, null, 2);
      const cut = text.slice(0, Math.floor(text.length * 0.7));
      const { sessions, issues } = await readAll(write(cut, ext));
      const crlf = await readAll(write(cut.replace(/\n/g, '\r\n'), ext));
      expect(sessions[0]!.events.length).toBeGreaterThan(20);
      expect(issues.some((i) => /truncated/.test(i.reason) && i.line !== undefined)).toBe(true);
      expect(comparable({ sessions, issues })).toEqual(comparable(crlf));
    }
  });
});
