/**
 * A rule the user limits to the present conversation ("this rule is for this chat", "в этом чате", "本次对话中") is no
 * standing rule: memory outlives the chat. Round 15 met it in a real Gemini CLI log ("… другое трогать нельзя, это
 * правило для этого чата"); said in two sessions it became memory, the scope sentence and all. Every case is paired
 * with its twin without the scope, which must still be read, so a test fails if the miner stops reading either.
 * Written for this test; no sentence is copied from a transcript.
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session } from './session-builder.js';
import { saysThisConversation } from '../../src/signals/lingua/this-conversation.js';

const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };

/** The rules mined from `text`, said after the agent's first step (an install with yarn, so a swap has its cue). */
function rules(text: string): string[] {
  const s = session('s1', [
    { user: 'add the date picker' },
    { run: 'yarn add dayjs', out: 'success Saved 1 new dependency.' },
    { user: text },
    { run: 'pnpm add dayjs', out: 'Done in 1.1s' },
  ]);
  return mineSession(s, noMemory)
    .filter((x) => x.kind === 'instruction')
    .map((x) => x.lesson ?? x.signature);
}

describe('a rule scoped to this conversation is not read; the same rule without the scope is', () => {
  it.each<[string, string, string]>([
    ['en, after a comma', 'Never rewrite whole files, this rule is for this chat only.', 'Never rewrite whole files.'],
    ['en, leading scope', 'In this conversation, always run the linter before committing.', 'Always run the linter before committing.'],
    ['en, rest of the session', 'For the rest of the session, never push to main.', 'Never push to main.'],
    ['en, "only" after', 'Use pnpm, not yarn, in this chat only.', 'Use pnpm, not yarn.'],
    ['en, thread', 'Always answer with the diff first during this thread.', 'Always answer with the diff first.'],
    ['ru, standing', 'Никогда не переписывай файлы целиком, это правило для этого чата.', 'Никогда не переписывай файлы целиком.'],
    ['ru, in this chat', 'В этом чате всегда запускай `make lint` перед коммитом.', 'Всегда запускай `make lint` перед коммитом.'],
    ['ru, swap', 'В рамках этого диалога используй pnpm вместо yarn.', 'Используй pnpm вместо yarn.'],
    ['de', 'Nimm in diesem Chat pnpm statt yarn.', 'Nimm pnpm statt yarn.'],
    ['es', 'Usa pnpm en lugar de yarn en esta conversación.', 'Usa pnpm en lugar de yarn.'],
    ['pt', 'Nesta conversa, use pnpm em vez de yarn.', 'Use pnpm em vez de yarn.'],
    ['fr', 'Dans cette conversation, utilise pnpm au lieu de yarn.', 'Utilise pnpm au lieu de yarn.'],
    ['zh', '本次对话中用 pnpm 不要用 yarn', '用 pnpm 不要用 yarn'],
    ['zh, standing', '当前会话里永远不要重写整个文件', '永远不要重写整个文件'],
    ['ja', 'この会話では忘れずにプロキシを起動してください', '忘れずにプロキシを起動してください'],
    ['ko', '이 대화에서는 항상 프록시를 먼저 켜 주세요', '항상 프록시를 먼저 켜 주세요'],
  ])('%s: %s', (_lang, scoped, twin) => {
    expect(rules(twin)).not.toEqual([]);
    expect(rules(scoped)).toEqual([]);
  });
});

describe('a sentence of its own that puts the message under that scope holds every rule in the message', () => {
  it.each<[string, string, string]>([
    ['en', 'Never rewrite whole files. This rule is for this chat only.', 'Never rewrite whole files.'],
    ['en, short', 'Always run the linter before committing. Only in this conversation.', 'Always run the linter before committing.'],
    ['en, swap', 'Use pnpm, not yarn. These instructions apply to this chat only.', 'Use pnpm, not yarn.'],
    ['ru', 'Никогда не переписывай файлы целиком. Это правило только для этого чата.', 'Никогда не переписывай файлы целиком.'],
    ['zh', '永远不要重写整个文件。这条规则只适用于本次对话。', '永远不要重写整个文件。'],
    ['de', 'Nimm pnpm statt yarn. Die Regel gilt nur in diesem Chat.', 'Nimm pnpm statt yarn.'],
  ])('%s: %s', (_lang, scoped, twin) => {
    expect(rules(twin)).not.toEqual([]);
    expect(rules(scoped)).toEqual([]);
  });

  it('a long sentence that only mentions the chat scopes nothing but itself', () => {
    expect(rules('You fixed the upload crash that we kept hitting over and over in this chat. Never push to main.')).toEqual([
      'Never push to main.',
    ]);
    expect(rules('The upload bug we found in this chat is fixed now. Never push to main.')).toEqual(['Never push to main.']);
  });
});

describe('"chat", "conversation" or "session" that name a thing, not this conversation, leave the rule read', () => {
  it.each([
    'Never log the tokens in this chat widget.',
    'Always close the websocket in the conversation service.',
    'Never store the user id in this session cookie.',
  ])('%s', (text) => {
    expect(rules(text)).not.toEqual([]);
  });
});

describe('the scope itself, in the forms each language gives it', () => {
  it.each([
    'for the rest of this conversation',
    'in the current session.',
    'на время этой сессии',
    'до конца этого разговора',
    'für dieses Gespräch',
    'während dieser Sitzung',
    'durante esta sesión',
    'para esta conversa',
    'pendant cette session',
    '在这个对话里',
    '這次對話',
    '今回のセッションだけ',
    '이번 대화 동안',
    '이 채팅에서만',
  ])('%s', (text) => {
    expect(saysThisConversation(text)).toBe(true);
  });

  it.each([
    'in this session cookie',
    'the chat service',
    'в этом файле',
    'in diesem Ordner',
    '이 대화 상자',
    'this chat widget only shows',
  ])('not: %s', (text) => {
    expect(saysThisConversation(text)).toBe(false);
  });
});
