/**
 * A statement with its subject left out keeps its adverbs in Russian, Spanish and German as in English ("Never ever
 * seen…"): "Всегда раньше работало…", "Siempre me ha funcionado…", "Nie zuvor gesehen…". The statement check read the
 * telling form only right after the frame, so these became memory word for word. End to end, said in two sessions,
 * with sentences other than the ones the rule was written from. Controls: orders in the same languages stay rules.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const twice = (format: Format, said: string): WorldSession[] =>
  ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'].map((task) => ({
    format,
    turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }],
  }));

describe('a statement with an adverb after its frame', () => {
  it.each<[Format, string]>([
    ['claude', 'Всегда раньше падал с `docker compose up`.'],
    ['codex', 'Всегда у меня работало с `yarn install`.'],
    ['claude', 'Nunca me ha pasado esto con `cargo build`.'],
    ['codex', 'Siempre funcionó con `make test`.'],
    ['claude', 'Niemals vorher gesehen mit `go test`.'],
    ['codex', 'Immer so gemacht, mit `make deploy`.'],
  ])('is no rule (%s): %s', async (format, said) => {
    expect(await addedLines(twice(format, said))).toEqual([]);
  });

  it.each<[Format, string]>([
    ['claude', 'Всегда запускай `make lint` перед коммитом.'],
    ['codex', 'Nunca hagas push a `main`.'],
    ['claude', 'Immer `npm ci` statt `npm install` verwenden.'],
  ])('an order in the same language stays one (%s): %s', async (format, said) => {
    expect(await addedLines(twice(format, said))).toHaveLength(1);
  });
});
