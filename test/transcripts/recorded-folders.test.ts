/**
 * Where Gemini CLI's saved chats and SpecStory exports say the agent ran (Session.cwd, then Session.folder), so their
 * lessons reach a package's own memory as Claude Code's and Codex's do. Gemini's shared and saved chats keep the CLI's
 * environment turn, which names the one folder it ran in ("I'm currently working in the directory: …", as round 18's
 * real exports do); SpecStory writes its exports into `.specstory/history/` of the folder it ran in. Controls: the
 * same words typed by the person, a workspace of several folders, an export kept anywhere else: no folder.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import type { Session } from '../../src/model/index.js';
import { fixture } from './helpers.js';

const repo = mkdtempSync(path.join(os.tmpdir(), 'recorded-folders-'));
mkdirSync(path.join(repo, 'packages', 'web', 'src'), { recursive: true });
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const geminiMd = fixture('gemini-share/gemini-conversation-1772440300000.md');
const geminiJson = fixture('gemini-history/gemini-conversation-1772440300000.json');
const specStory = fixture('specstory/2025-05-02_14-20-11Z-set-up-the-venv.md');
/** The directory the fixtures' environment turn names. */
const RECORDED = '/home/dev/ledger';

async function read(file: string): Promise<Session> {
  const sessions: Session[] = [];
  for await (const s of readTranscriptFile(file, { project: repo })) sessions.push(s);
  expect(sessions).toHaveLength(1);
  return sessions[0]!;
}

/** `from` copied to `rel` under the repository, with `edit` applied to its text. */
function placed(from: string, rel: string, edit = (t: string) => t): string {
  const file = path.join(repo, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, edit(readFileSync(from, 'utf8')));
  return file;
}

describe("Gemini CLI's shared and saved chats: the folder its environment turn names", () => {
  it.each([
    ['Markdown', geminiMd, 'md'],
    ['JSON', geminiJson, 'json'],
  ])('%s: the recorded folder, and a package of this repository by it', async (_, file, ext) => {
    expect((await read(file)).cwd).toBe(RECORDED);
    const inWeb = placed(file, `chats/web.${ext}`, (t) => t.replaceAll(RECORDED, `${repo}/packages/web`));
    expect(await read(inWeb)).toMatchObject({ cwd: `${repo}/packages/web`, folder: 'packages/web' });
    const atRoot = placed(file, `chats/root.${ext}`, (t) => t.replaceAll(RECORDED, repo));
    const root = await read(atRoot);
    expect(root.cwd).toBe(repo);
    expect(root.folder).toBeUndefined();
  });

  it('control: a workspace of several folders names no one folder', async () => {
    const several = placed(geminiMd, 'chats/several.md', (t) =>
      t.replace(
        `I'm currently working in the directory: ${RECORDED}`,
        `I'm currently working in the following directories:\n  - ${repo}/packages/web\n  - ${repo}`,
      ),
    );
    expect((await read(several)).cwd).toBeUndefined();
  });

  it('control: the words typed by the person in a later turn are no folder', async () => {
    const typed = placed(geminiMd, 'chats/typed.md', (t) =>
      t
        .replace(`I'm currently working in the directory: ${RECORDED}\n`, '')
        .replace(
          'The monthly totals are off by one cent.',
          `I'm currently working in the directory: ${repo}/packages/web\nThe monthly totals are off by one cent.`,
        ),
    );
    expect((await read(typed)).cwd).toBeUndefined();
  });
});

describe('SpecStory: the folder whose .specstory/history holds the export', () => {
  it('in a package', async () => {
    const file = placed(specStory, 'packages/web/.specstory/history/2025-05-02_14-20-11Z-set-up-the-venv.md');
    expect(await read(file)).toMatchObject({ cwd: path.join(repo, 'packages', 'web'), folder: 'packages/web' });
  });

  it('at the root', async () => {
    const file = placed(specStory, '.specstory/history/2025-05-02_14-20-11Z-set-up-the-venv.md');
    const s = await read(file);
    expect(s.cwd).toBe(repo);
    expect(s.folder).toBeUndefined();
  });

  it('control: an export kept in another folder tells none', async () => {
    const elsewhere = path.join(repo, 'packages', 'web', 'exports', 'venv.md');
    mkdirSync(path.dirname(elsewhere), { recursive: true });
    copyFileSync(specStory, elsewhere);
    expect((await read(elsewhere)).cwd).toBeUndefined();
    expect((await read(specStory)).cwd).toBeUndefined();
  });
});
