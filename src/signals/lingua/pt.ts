/** Portuguese (Brazilian and European imperatives). */
import { clause, word, type Lexicon } from './lexicon.js';
import { NEVER } from './negation.js';

const USE = '(?:use|usa|usem|utilize|utiliza|utilizem|prefira)';
const NOT_USE = '(?:não|nao|nunca|jamais) (?:use|usa|usar|usem|utilize|utiliza|utilizar)';
const RUN = '(?:execute|executa|executem|rode|roda|rodar|executar)';
const NOT_RUN = '(?:não|nao|nunca|jamais) (?:execute|executa|executar|executem|rode|roda|rodar|rodem)';
const events: Lexicon['events'] = [
  [/(?:fazer\s+(?:o\s+|um\s+)?)?commit|commitar|(?:cada|o|um)\s+commit/, 'committing'],
  [/(?:fazer\s+(?:o\s+|um\s+)?|dar\s+(?:o\s+|um\s+)?)?push|(?:cada|o|um)\s+push|subir\s+(?:as\s+)?(?:alterações|mudanças)/, 'pushing'],
  [/(?:fazer\s+(?:o\s+|um\s+)?)?deploy|(?:cada|o|um)\s+deploy|implantar/, 'deploying'],
  [/(?:fazer\s+(?:o\s+|um\s+)?)?merge|mergear/, 'merging'],
  [/(?:abrir|criar)\s+(?:um\s+|o\s+)?(?:pr|pull\s+request)/, 'opening a pull request'],
];

export const pt: Lexicon = {
  lang: 'pt',
  cue: new RegExp(
    '\\b(?:use|usa|usem|usar|utilize|utiliza|utilizem|utilizar|prefira|execute|executa|executem|executar|rode|roda|rodar|rodem|antes)',
    'i',
  ),
  swap: [
    clause(`${USE} {A} (?:em vez de|ao invés de|ao inves de|no lugar de|em lugar de|e não|e nao)~(?:o |a )?{B}`),
    clause(`${USE} {A}~,~(?:não|nao) {B}`),
    clause(`${NOT_USE} {B}~,~(?:use|usa|utilize|utiliza) {A}`),
  ],
  reject: [clause(`${NOT_USE} {B}`)],
  ask: [clause(`${USE} {A}`)],
  dontRun: [clause(`${NOT_RUN} {X}`)],
  before: [clause(`antes de {E}~,?~${RUN} {X}`, events), clause(`${RUN} {X} antes de {E}`, events)],
  events,
  always: new RegExp(word('sempre|toda vez|cada'), 'giu'),
  never: new RegExp(word(NEVER.pt), 'iu'),
  hold: new RegExp(
    `[?]|${word('por que|por quê|porque não|por enquanto|desta vez|dessa vez|por agora|agora|ainda|mas|exceto|só|somente|apenas|troque|substitua|mude')}|${word('n(?:este|esse|esta|essa) (?:arquivo|ficheiro|script|teste|função|pasta)')}`,
    'iu',
  ),
  filler: 'por favor|neste (?:projeto|repo|repositório)|nesse (?:projeto|repo|repositório)|aqui',
  later: 'daqui (?:pra|para|para a) frente|a partir de agora|de agora em diante',
  remind: 'lembre-se de|lembre de|lembra de|não esqueça de|não se esqueça de|não esquece de',
  // Before an infinitive: "esqueceu de novo o ponto e vírgula" forgot a thing, once.
  forgot:
    '(?:você |vc )?(?:de novo |outra vez )?(?:se )?esqueceu(?:-se)?(?: de novo| outra vez)? de(?= \\p{L}+(?:ar|er|ir|or)(?![\\p{L}]))',
  again: 'de novo|outra vez|novamente',
  spaced: true,
  interjection: /^(?:não|nao|errado|assim não)$/i,
};
