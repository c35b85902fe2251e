/**
 * The verb after Spanish and Portuguese "nunca"/"siempre"/"sempre" tells a statement from an order
 * (lingua/romance-verbs.ts), read through statesNotAsks as the instruction miner reads it. Statements in every person
 * and tense chat drops its subject in; orders in every form an order takes.
 */
import { describe, expect, it } from 'vitest';
import { statesNotAsks } from '../../src/signals/statements.js';

describe('Spanish and Portuguese statements that open with a rule frame', () => {
  it.each([
    'Nunca funciona make.',
    'Nunca compila a la primera.',
    'Siempre falla el test de login.',
    'Siempre se cuelga el servidor de desarrollo.',
    'Nunca corre el linter en CI.',
    'Nunca lees lo que te escribo.',
    'Nunca ejecutas los tests antes de hacer commit.',
    'Siempre uso pnpm en mis proyectos.',
    'Nunca hay tiempo para los tests.',
    'Siempre la misma historia con docker.',
    'Siempre el mismo error con make.',
    'Nunca me hace caso el linter.',
    'Jamás sale a la primera.',
    'Sempre falha o build.',
    'Nunca carrega a página de login.',
    'Nunca compila de primeira.',
    'Nunca lê o que eu escrevo.',
    'Sempre o mesmo erro com o make.',
    'Sempre dá erro no deploy.',
  ])('%s states', (s) => {
    expect(statesNotAsks(s)).toBe(true);
  });

  it.each([
    'Nunca uses yarn.',
    'Nunca use yarn.',
    'Nunca usar `yarn`.',
    'Nunca hagas push a main.',
    'Nunca toques el proxy.',
    'Nunca te olvides de correr el linter.',
    'Nunca lo borres.',
    'Nunca corras las migraciones en producción.',
    'Siempre ejecuta los tests antes de hacer commit.',
    'Siempre regenera los snapshots antes de hacer push.',
    'Siempre corre los tests antes de hacer push.',
    'Siempre instale las dependencias con pnpm.',
    'Siempre ejecuten los tests antes de hacer merge.',
    'Siempre usá pnpm.',
    'Siempre pregúntame antes de borrar archivos.',
    'Siempre que hagas push, corre los tests.',
    'Siempre antes de hacer commit, corre el linter.',
    'Siempre hay que correr las migraciones primero.',
    'Siempre `pnpm`, nunca `npm`.',
    'Nunca faça push na main.',
    'Nunca escreva segredos no código.',
    'Nunca usa `yarn`.',
    'Sempre rode os testes antes do commit.',
    'Sempre roda os testes antes de fazer commit.',
    'Sempre instale as dependências com pnpm.',
  ])('%s orders', (s) => {
    expect(statesNotAsks(s)).toBe(false);
  });
});
