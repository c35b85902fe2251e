/** Spanish (tú, usted and voseo imperatives). */
import { clause, word, type Lexicon } from './lexicon.js';
import { NEVER } from './negation.js';

const USE = '(?:usa|usá|use|usen|utiliza|utilizá|utilice|utilicen|emplea|ocupa)';
const NOT_USE = '(?:no|nunca|jamás) (?:uses|use|usen|utilices|utilice|utilicen|emplees|ocupes)';
const RUN = '(?:ejecuta|ejecutá|ejecute|ejecuten|corre|corré|corra|lanza|lance|correr|ejecutar)';
const NOT_RUN = '(?:no|nunca|jamás) (?:ejecutes|ejecute|ejecuten|corras|corra|corran|lances|lance)';
const events: Lexicon['events'] = [
  [/(?:hacer\s+(?:el\s+|un\s+)?)?commit|commitear|(?:cada|el|un)\s+commit|confirmar(?:\s+cambios)?/, 'committing'],
  [/(?:hacer\s+(?:el\s+|un\s+)?)?push|pushear|subir(?:\s+(?:los\s+)?cambios)?|(?:cada|el|un)\s+push/, 'pushing'],
  [/desplegar|(?:hacer\s+(?:el\s+|un\s+)?)?deploy|(?:cada|el|un)\s+deploy|cada\s+despliegue/, 'deploying'],
  [/(?:hacer\s+(?:el\s+|un\s+)?)?merge|mergear|fusionar/, 'merging'],
  [/(?:abrir|crear|hacer)\s+(?:un\s+|el\s+)?(?:pr|pull\s+request)/, 'opening a pull request'],
];

export const es: Lexicon = {
  lang: 'es',
  cue: new RegExp(
    '\\b(?:usa|usá|use|usen|uses|utiliza|utilizá|utilice|utilicen|utilices|emplea|emplees|ocupa|ocupes|ejecuta|ejecutá|ejecute|ejecuten|ejecutes|corre|corré|corra|corras|corran|lanza|lance|lances|antes|nada)',
    'i',
  ),
  swap: [
    clause(`${USE} {A} (?:en lugar de|en vez de|y no|no)~(?:el |la )?{B}`),
    clause(`${USE} {A}~,~no {B}`),
    clause(`${NOT_USE} {B}~,~(?:sino|usa|use|utiliza|utilice) {A}`),
  ],
  reject: [clause(`${NOT_USE} {B}`), clause(`nada de {B}`)],
  ask: [clause(`${USE} {A}`)],
  dontRun: [clause(`${NOT_RUN} {X}`)],
  before: [clause(`antes de {E}~,?~${RUN} {X}`, events), clause(`${RUN} {X} antes de {E}`, events)],
  events,
  always: new RegExp(word('siempre|cada vez|cada'), 'giu'),
  never: new RegExp(word(NEVER.es), 'iu'),
  hold: new RegExp(
    `[?¿]|${word('por qué|por ahora|esta vez|de momento|por el momento|todavía|aún|ahora mismo|pero|excepto|salvo|solo|sólo|cambia|reemplaza|sustituye')}|${word('en (?:este|ese|esta|esa) (?:archivo|fichero|script|test|función|funcion|carpeta)')}`,
    'iu',
  ),
  filler: 'por favor|porfa|ojo|en este (?:proyecto|repo|repositorio)|aquí|acá',
  later: 'de ahora en adelante|a partir de ahora|desde ahora',
  remind: 'recuerda|recuerde|acuérdate de|no olvides|no te olvides de|no olvide',
  // Before an infinitive: "se te olvidó el punto y coma" forgot a thing, once.
  forgot:
    '(?:otra vez |de nuevo )?(?:te |se te )?(?:olvidaste|olvidó|volviste a olvidar|volvió a olvidar)(?: de)?(?= \\p{L}+(?:ar|er|ir|arlo|erlo|irlo|arla|erla|irla)(?![\\p{L}]))',
  again: 'otra vez|de nuevo',
  spaced: true,
  interjection: /^(?:no|mal|así no|eso no|incorrecto)$/i,
};
