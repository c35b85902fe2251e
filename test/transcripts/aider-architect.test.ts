import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kinds, ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aider-architect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function history(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

// Aider's architect mode: the architect model's plan comes back as a "####" message addressed to the
// editor model. Written for this test; the wording is not taken from any transcript.
const ARCHITECT = `
# aider chat started at 2026-02-03 08:00:00

> aider --architect --model some/model  
> Model: some/model with architect edit format  

#### move the csv export into its own module  

Plan for the editor:
1. Create exporter/csv.py holding write_rows().
2. Leave the vendored files alone; never edit anything under third_party/.

> Tokens: 1.1k sent, 300 received.  

#### Plan for the editor:  
#### 1. Create exporter/csv.py holding write_rows().  
#### 2. Leave the vendored files alone; never edit anything under third_party/.  

exporter/csv.py
<source>
def write_rows(rows): ...
</source>

> Applied edit to exporter/csv.py  

#### please always run pytest before you answer  

Will do.
`;

describe('aider architect mode', () => {
  it("does not read the architect's handoff to the editor as a user prompt", async () => {
    const { sessions } = await readAll(history('architect.aider.chat.history.md', ARCHITECT));
    const [s] = sessions;
    const prompts = ofKind(s!, 'user_prompt').map((p) => p.text.trim());
    expect(prompts).toEqual(['move the csv export into its own module', 'please always run pytest before you answer']);
    // The plan is still there once, as the model's words, and the edit it led to is still read.
    expect(ofKind(s!, 'assistant_text').filter((a) => a.text.includes('never edit anything under third_party/'))).toHaveLength(1);
    expect(kinds(s!)).toContain('tool_call');
  });

  it('folds whitespace only: blank "####" lines and trailing spaces do not hide an echo, a changed word does', async () => {
    const echoWithBlankLines = ARCHITECT.replace('#### Plan for the editor:  \n#### 1.', '#### Plan for the editor:    \n####   \n#### 1.');
    const { sessions: echoed } = await readAll(history('blank.aider.chat.history.md', echoWithBlankLines));
    expect(ofKind(echoed[0]!, 'user_prompt')).toHaveLength(2);

    // A user who answers with a message of their own, even one quoting part of the plan, is a prompt.
    const reworded = ARCHITECT.replace('#### 2. Leave the vendored files alone;', '#### 2. Edit the vendored files too;');
    const { sessions: own } = await readAll(history('own.aider.chat.history.md', reworded));
    expect(ofKind(own[0]!, 'user_prompt').map((p) => p.text)).toContainEqual(expect.stringContaining('Edit the vendored files too'));
  });

  it('does not carry a reply across sessions: the same words as the first message of a new session are a prompt', async () => {
    const text = `
# aider chat started at 2026-02-03 09:00:00

#### hello  

Keep the public API stable.

# aider chat started at 2026-02-03 10:00:00

#### Keep the public API stable.  

Noted.
`;
    const { sessions } = await readAll(history('two.aider.chat.history.md', text));
    expect(sessions).toHaveLength(2);
    expect(ofKind(sessions[1]!, 'user_prompt').map((p) => p.text.trim())).toEqual(['Keep the public API stable.']);
  });
});

describe('aider user messages', () => {
  it('reads a user message with blank lines as one prompt, not as prompts split by stray "####" replies', async () => {
    const text = `
# aider chat started at 2026-02-04 08:00:00

#### first paragraph of the request  
####   
#### second paragraph, after a blank line  

On it.
`;
    const { sessions } = await readAll(history('paragraphs.aider.chat.history.md', text));
    const [s] = sessions;
    expect(ofKind(s!, 'user_prompt').map((p) => p.text)).toEqual([
      'first paragraph of the request\n\nsecond paragraph, after a blank line',
    ]);
    expect(ofKind(s!, 'assistant_text').map((a) => a.text)).toEqual(['On it.']);
  });
});

describe("answers to aider's own questions", () => {
  // Aider asks "Add file to the chat?", "Create new file?", "Run shell command?" and the typed answer can land on a
  // "####" line with the question in front of it. That is the harness asking, not the user prompting the model.
  // Written for this test; the questions are aider's, the rest is not taken from any transcript.
  const text = `
# aider chat started at 2026-02-05 08:00:00

#### wire the importer into the cli  

Please add cli/main.py to the chat.

> cli/main.py  
> Add file to the chat? (Y)es/(N)o/(A)ll/(S)kip all/(D)on't ask again [Yes]: s  

#### Add file to the chat? (Y)es/(N)o/(A)ll/(S)kip all/(D)on't ask again [Yes]: skip  
#### Create new file? (Y)es/(N)o [Yes]: no  

#### should the importer print (Y)es/(N)o prompts before it overwrites?  

Yes, it should ask.
`;

  it('are not user prompts, and a prompt that only mentions such a question still is', async () => {
    const { sessions } = await readAll(history('answers.aider.chat.history.md', text));
    expect(ofKind(sessions[0]!, 'user_prompt').map((p) => p.text.trim())).toEqual([
      'wire the importer into the cli',
      'should the importer print (Y)es/(N)o prompts before it overwrites?',
    ]);
  });
});
