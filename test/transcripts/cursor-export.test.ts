import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { isTranscriptPath } from '../../src/config/transcript-files.js';
import { expectWellFormed, fixture, kinds, lineCountOf, ofKind, readAll } from './helpers.js';

describe("Cursor's own chat export (cursor_<title>.md)", () => {
  const file = fixture('cursor-export/cursor_fix_the_login_redirect.md');

  it('reads the turns under "---" + **User** / **Cursor**, words only', async () => {
    expect(detectFormat(file)).toBe('cursor-export');
    const { sessions, issues } = await readAll(file);
    expect(issues).toEqual([]);
    const [s] = sessions;
    // Named by its file, placed by the folder it sits in (placed-ids.test.ts).
    expect(s).toMatchObject({
      agent: 'generic',
      format: 'cursor-export',
      id: expect.stringMatching(/^cursor_fix_the_login_redirect@[0-9a-f]{8}$/),
    });
    expectWellFormed(s!, lineCountOf(file));
    expect(kinds(s!)).toEqual(['user_prompt', 'assistant_text', 'user_prompt', 'assistant_text']);
    const [first, second] = ofKind(s!, 'user_prompt');
    expect(first!.text).toBe('after login the app sends me to /home instead of the page I came from');
    expect(first!.origin.line).toBe(6);
    // A rule and a bold label inside a reply, and a turn header inside a fence, stay text.
    expect(ofKind(s!, 'assistant_text')[0]!.text).toContain('**Done:** the callback keeps `next`.');
    expect(second!.text).toContain('this line is inside a fence and is not a turn');
    expect(second!.text.startsWith("don't touch the session cookie settings")).toBe(true);
    expect(ofKind(s!, 'assistant_text')[1]!.text).toBe('Understood, only the redirect changes.');
  });

  it('leaves markdown without the export stamp alone (negative control)', () => {
    expect(detectFormat(fixture('cursor-export/notes-not-cursor.md'))).toBeNull();
  });

  it('is opened when a directory is walked', () => {
    expect(isTranscriptPath('chats/cursor_fix_the_login_redirect.md')).toBe(true);
    expect(isTranscriptPath('docs/cursor-setup.md')).toBe(false);
  });
});
