/**
 * The real @actions/core adapter: annotations carry file and line, outputs land in GITHUB_OUTPUT,
 * the summary in GITHUB_STEP_SUMMARY, secrets are masked.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coreRuntime } from '../../src/main.js';

let dir: string;
let written: string[];
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-runtime-'));
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});

describe('coreRuntime', () => {
  it('turns a warning with a location into an annotation', () => {
    coreRuntime().logger.warning('skipped: not JSON', { file: '.dreaming/sessions/x.jsonl', line: 3 });
    expect(written.join('')).toContain('::warning file=.dreaming/sessions/x.jsonl,line=3::skipped: not JSON');
  });

  it('masks secrets, writes outputs to GITHUB_OUTPUT and the summary to GITHUB_STEP_SUMMARY', async () => {
    const out = path.join(dir, 'output');
    const summary = path.join(dir, 'summary');
    writeFileSync(out, '');
    writeFileSync(summary, '');
    vi.stubEnv('GITHUB_OUTPUT', out);
    vi.stubEnv('GITHUB_STEP_SUMMARY', summary);
    const rt = coreRuntime(process.env);
    rt.setSecret('sk-ant-secret');
    rt.setOutput('pull-request-number', '7');
    await rt.writeSummary('## Dreaming\n');
    expect(written.join('')).toContain('::add-mask::sk-ant-secret');
    expect(readFileSync(out, 'utf8')).toMatch(/^pull-request-number<<ghadelimiter_[\w-]+\n7\n/);
    expect(readFileSync(summary, 'utf8')).toBe('## Dreaming\n\n');
  });

  it('setFailed marks the process failed with the message as an error annotation', () => {
    coreRuntime().setFailed('boom');
    expect(written.join('')).toContain('::error::boom');
    expect(process.exitCode).toBe(1);
  });
});
