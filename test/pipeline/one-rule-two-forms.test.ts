/**
 * One rule typed as an imperative in one session and as an infinitive in another ("Siempre ejecuta los tests antes" /
 * "Siempre ejecutar los tests antes"), or with German's verb first and last ("Führe immer zuerst die Tests aus" /
 * "Immer zuerst die Tests ausführen"), keyed apart on main, so neither reached the default support (helper probe7,
 * session 22). Keys of the spaced languages are now word stems in any order (lingua/key-stems.ts), as English's are.
 * End to end, each pair in two agents' formats. Controls: two different rules with the same words around them, and a
 * rule and its opposite, stay apart.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const sessions = (a: string, b: string): WorldSession[] =>
  [a, b].map((said, j) => ({
    format: j ? 'codex' : 'claude',
    turns: [{ user: TASKS[j]! }, { say: 'Done.' }, { user: said }, { say: 'OK.' }],
  }));

describe('one rule in two verb forms, one session each', () => {
  it.each<[string, string]>([
    ['Siempre actualiza el CHANGELOG antes del push.', 'Siempre actualizar el CHANGELOG antes del push.'],
    ['Nunca modifiques los archivos generados.', 'Nunca modificar los archivos generados.'],
    ['Sempre atualize o CHANGELOG antes do push.', 'Sempre atualizar o CHANGELOG antes do push.'],
    ['Toujours vérifie les types avant de committer.', 'Toujours vérifier les types avant de committer.'],
    ['Ne supprime jamais les migrations.', 'Ne jamais supprimer les migrations.'],
    ['Starte immer zuerst den Proxy.', 'Immer zuerst den Proxy starten.'],
    ['Füge immer einen Test hinzu.', 'Immer einen Test hinzufügen.'],
    ['Всегда обновляй CHANGELOG перед пушем.', 'Всегда обновлять CHANGELOG перед пушем.'],
  ])('is one rule: %s / %s', async (a, b) => {
    expect(await addedLines(sessions(a, b))).toHaveLength(1);
  });

  it.each<[string, string]>([
    ['Siempre actualiza el CHANGELOG antes del push.', 'Siempre borrar el CHANGELOG antes del push.'],
    ['Starte immer zuerst den Proxy.', 'Immer zuerst den Proxy stoppen.'],
    ['Toujours vérifie les types avant de committer.', 'Toujours vérifier les tests avant de committer.'],
    ['Всегда обновляй CHANGELOG перед пушем.', 'Никогда не обновляй CHANGELOG перед пушем.'],
    ['Nunca borres las migraciones.', 'Siempre borrar las migraciones.'],
  ])('stays two: %s / %s', async (a, b) => {
    expect(await addedLines(sessions(a, b))).toEqual([]);
  });

  // Helper probe8 (session 23): stems sorted as a bag joined a step and its reverse, and a noun whose last vowel is
  // its meaning with its pair ("el puerto" / "la puerta"); main made one rule of each pair.
  it.each<[string, string]>([
    ['Siempre compila el cliente antes del servidor.', 'Siempre compila el servidor antes del cliente.'],
    ['Sempre atualiza o README depois do CHANGELOG.', 'Sempre atualiza o CHANGELOG depois do README.'],
    ['Toujours déploie staging avant prod.', 'Toujours déploie prod avant staging.'],
    ['Immer das Frontend vor dem Backend bauen.', 'Immer das Backend vor dem Frontend bauen.'],
    ['Siempre revisa el caso.', 'Siempre revisa la casa.'],
    ['Sempre limpa o porto.', 'Sempre limpa a porta.'],
    ['Nunca cambies el modo.', 'Nunca cambies la moda.'],
    ['Toujours vérifie le port.', 'Toujours vérifie la porte.'],
  ])('a reversed step or another noun stays two: %s / %s', async (a, b) => {
    expect(await addedLines(sessions(a, b))).toEqual([]);
  });

  it.each<[string, string]>([
    ['Siempre compila el cliente antes del servidor.', 'Siempre compilar el cliente antes del servidor.'],
    ['Nunca cambies el modo.', 'Nunca cambiar el modo.'],
    ['Toujours déploie staging avant prod.', 'Toujours déployer staging avant prod.'],
    ['Всегда собирай фронтенд перед бэкендом.', 'Всегда собирать фронтенд перед бэкендом.'],
  ])('the same step in two forms is one rule: %s / %s', async (a, b) => {
    expect(await addedLines(sessions(a, b))).toHaveLength(1);
  });

  it('a state after "ne jamais" is no rule: Ne jamais avoir de tests, quelle idée.', async () => {
    const said = 'Ne jamais avoir de tests, quelle idée.';
    expect(await addedLines(sessions(said, said))).toEqual([]);
  });
});
