/**
 * French, Spanish, Portuguese, German and Russian put "always" after the imperative ("Vérifie toujours …", "Revisa
 * siempre …", "Prüfe immer …", "Проверяй всегда …"), and German its "never" too ("Pushe nie …"). The standing-rule
 * frames read the adverb only where it opens the sentence, so these were read by no miner. Only a rule's verb opens the
 * frame: a verb with its subject dropped opens statements in the same order ("Falla siempre …", "Crasht immer …").
 * A reply-language ask in that order stays the output-language reader's ("Answer in French."). End to end, said in
 * two sessions.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const twice = (format: Format, said: string): WorldSession[] =>
  ['Add pagination to the orders list.', 'The login form accepts an empty password; please fix it.'].map((task) => ({
    format,
    turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }],
  }));

describe('"always" after the verb', () => {
  it.each<[Format, string]>([
    ['claude', 'Vérifie toujours les migrations avant de pousser.'],
    ['codex', 'Ajoutez toujours un test pour chaque bug corrigé.'],
    ['prompt-log', 'Revisa siempre el changelog antes de publicar.'],
    ['claude', 'Escribe siempre un test para cada bug corregido.'],
    ['codex', 'Verifique sempre as migrações antes do deploy.'],
    ['prompt-log', 'Prüfe immer die Migrationen vor dem Release.'],
    ['claude', 'Schreiben Sie immer einen Test für jeden Bugfix.'],
    ['codex', 'Pushe nie direkt auf den Hauptzweig.'],
    ['prompt-log', 'Проверяй всегда миграции перед релизом.'],
  ])('is a standing rule (%s): %s', async (format, said) => {
    const lines = await addedLines(twice(format, said));
    expect(lines.filter((l) => l.startsWith(said.replace(/\.$/, '')))).toHaveLength(1);
  });

  it.each<[Format, string, string]>([
    ['claude', 'Réponds toujours en français.', 'Answer in French'],
    ['codex', 'Antworte immer auf Deutsch.', 'Answer in German'],
  ])('a reply-language ask stays the output-language lesson (%s): %s', async (format, said, lesson) => {
    const lines = await addedLines(twice(format, said));
    expect(lines.filter((l) => l.startsWith(lesson))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith(said.replace(/\.$/, '')))).toEqual([]);
  });

  it.each<[Format, string]>([
    ['claude', 'Falla siempre en el servidor de staging.'],
    ['codex', 'Crasht immer beim Start der App.'],
    ['prompt-log', 'Il plante toujours au démarrage.'],
    ['claude', "C'est toujours la même erreur de migration."],
    ['codex', 'Падает всегда на сервере сборки.'],
    ['prompt-log', "Vérifie toujours les migrations pour l'instant."],
    ['claude', 'Prüfe immer die Migrationen, aber nur in diesem Ordner.'],
    ['codex', 'Pourquoi vérifies toujours les migrations ?'],
  ])('control stays unlearnt (%s): %s', async (format, said) => {
    expect(await addedLines(twice(format, said))).toEqual([]);
  });
});
