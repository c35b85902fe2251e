/**
 * Spanish "siempre que", Portuguese "sempre que", German "immer wenn" and French "toujours quand" mean "whenever": the
 * sentence orders only where what follows the condition does (lingua/whenever.ts). A condition in the indicative says what happens each time, a statement; one in
 * the subjunctive, or followed by an obligation or an imperative, sets up what to do. Round 34 met the statement form
 * in a real project's README and the order form in real memory files; these sentences are written for the test.
 */
import { describe, expect, it } from 'vitest';
import { statesNotAsks } from '../../src/signals/statements.js';
import { standingRule } from '../../src/signals/lingua/standing.js';

describe('"whenever" followed by what happens', () => {
  it.each([
    'Siempre que reinicias el contenedor, se pierden los logs.',
    'Siempre que alguien abre una PR, el bot comenta dos veces.',
    'Siempre que el worker arranca tarda un minuto en conectarse.',
    'siempre que guardas el archivo el linter lo reformatea',
    'Siempre que hay una migración pendiente, la app no levanta.',
    'Siempre que la cola tiene más de mil mensajes, el consumidor se cuelga.',
    'Sempre que você salva o arquivo, o Vite recarrega a página.',
    'Sempre que o pipeline roda, o cache é invalidado.',
    'Sempre que alguém faz merge, o deploy dispara sozinho.',
    'Sempre que a API cai, o front mostra tela branca.',
    'Immer wenn du den Cache leerst, dauert der nächste Build ewig.',
    'Immer wenn man auf main pusht, schlägt der Deploy fehl.',
    'Jedes Mal, wenn du die Tests startest, bricht die Datenbank ab.',
    'Toujours quand tu relances le serveur, la session expire.',
    'Toujours lorsque tu modifies le CSS, le hot reload plante.',
    "Toujours quand on déploie, l'API renvoie des 502.",
  ])('%s states', (s) => {
    expect(statesNotAsks(s)).toBe(true);
  });
});

describe('"whenever" setting up what to do', () => {
  it.each([
    'Siempre que cambies el esquema, regenera el cliente.',
    'Siempre que agregues una ruta, documenta el endpoint en el README.',
    'Siempre que toques la configuración, no hagas commit sin correr los tests.',
    'Siempre que el deploy falla, revisa primero los logs del contenedor.',
    'Siempre que se agrega un endpoint, hay que actualizar el README.',
    'Siempre que falla un test, avísame antes de tocar el código.',
    'Sempre que mudar o schema, rode o generate.',
    'Sempre que você criar um componente, escreva o teste junto.',
    'Sempre que o build quebra, me avise antes de tentar de novo.',
    'Sempre que o lint reclama, você deve corrigir antes do commit.',
    'Immer wenn du eine Migration anlegst, führe danach die Tests aus.',
    'Immer wenn du das Schema änderst, musst du den Client neu generieren.',
    'Toujours quand tu modifies une route, mets à jour la documentation.',
    'Toujours quand le build échoue, il faut lire les logs avant de relancer.',
  ])('%s orders', (s) => {
    expect(statesNotAsks(s)).toBe(false);
    expect(standingRule(s)).toBeDefined();
  });
});
