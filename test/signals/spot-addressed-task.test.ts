import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session } from './session-builder.js';

// Round 31: Codex's editor action sent "Please implement the code as described by the comment on <file>:<line> …
// Don't over-explore or over-check your work …" in two sessions about different comments, and the offline engine
// wrote that limit into AGENTS.md as the user's standing rule. A message whose first line points at a place in a
// file is a task about that spot; the limits it sets are that task's, as a spec's "Constraints:" are. The fixtures
// are other editors' and people's wordings, places and limits than the one seen; the controls stay rules.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const lessons = (text: string) =>
  mineSession(session('s1', [{ user: text }]), noMemory)
    .filter((s) => s.kind === 'instruction')
    .map((s) => s.lesson ?? s.summary);

describe('a message addressed to a place in a file sets that task’s limits, not standing rules', () => {
  it.each([
    [
      'an editor action on a comment',
      'Implement the TODO at src/billing/invoice.ts:88\n\nThe TODO reads:\n\nKeep the change minimal. Never touch files other than the one named.\nDelete the TODO when finished.',
    ],
    [
      'the editor’s template reworded',
      'Please write the function the comment on pkg/cache/lru.go:57 describes\n\nThe comment is:\n\nSwap the comment for your code.\nWork fast. Don’t over-investigate or double-check anything beyond what the comment needs.\nAfterwards delete the comment.',
    ],
    ['a column too', 'Fix the type error in app/models/user.py:41:7\nDo not refactor unrelated code, keep the diff small.'],
    ['a line range', 'Explain lib/parser.rs:120-164\nDon’t run anything, just read.'],
    ['a GitHub-style anchor', 'Rewrite web/src/Cart.tsx#L30-L52 with hooks.\nAlways keep the existing prop names.'],
    ['a mention of a selection', 'Refactor @pkg/api/routes.go:210\nNever change the exported signatures.'],
    ['in Spanish', 'Corrige el error en cmd/server/main.go:77\nNo toques otros archivos.'],
  ])('%s', (_name, text) => {
    expect(lessons(text)).toEqual([]);
  });

  it.each([
    ['a one-line rule naming a place', 'Never use `any`, not even in src/a.ts:12.', 1],
    ['a place in a later line', 'Always run `make lint` before committing.\nThe failing check was in src/a.ts:12.', 1],
    ['a host and port is not a place in a file', 'Start the dev server on api.example.com:8080\nNever commit the .env file.', 1],
    ['a rules section under the task', 'Implement the TODO at src/queue.ts:31\n\nRules:\n- Never commit generated files.', 1],
  ])('control: %s is still read', (_name, text, count) => {
    expect(lessons(text)).toHaveLength(count);
  });
});
