/**
 * Italian (tu and voi imperatives; a prohibition is "non" with the infinitive). Read after the Portuguese lexicon, which
 * shares "sempre" and "usa": a sentence only Italian reads ("Non usare npm, usa pnpm") reaches it.
 */
import { clause, word, type Lexicon } from './lexicon.js';
import { NEVER } from './negation.js';

const USE = '(?:usa|usate|utilizza|utilizzate|adopera)';
const NOT_USE = '(?:non|mai) (?:usare|utilizzare|adoperare)';
const RUN = '(?:esegui|eseguite|lancia|lanciate|avvia|avviate|eseguire|lanciare)';
const NOT_RUN = '(?:non|mai) (?:eseguire|lanciare|avviare)';
const events: Lexicon['events'] = [
  [/(?:fare\s+(?:il\s+|un\s+)?)?commit|committare|(?:ogni|un)\s+commit/, 'committing'],
  [/(?:fare\s+(?:il\s+|un\s+)?)?push|pushare|(?:ogni|il|un)\s+push/, 'pushing'],
  [/(?:fare\s+(?:il\s+|un\s+)?)?deploy|(?:ogni|il|un)\s+deploy|rilasciare/, 'deploying'],
  [/(?:fare\s+(?:il\s+|un\s+)?)?merge|mergiare/, 'merging'],
  [/(?:aprire|creare)\s+(?:una\s+|la\s+)?(?:pr|pull\s+request)/, 'opening a pull request'],
];

export const it: Lexicon = {
  lang: 'it',
  cue: /\b(?:usa|usate|usare|utilizza|utilizzate|utilizzare|adopera|adoperare|esegui|eseguite|eseguire|lancia|lanciate|lanciare|avvia|avviate|avviare|prima)/i,
  swap: [
    clause(`${USE} {A} (?:invece di|al posto di|e non)~(?:il |lo |la )?{B}`),
    clause(`${USE} {A}~,~non {B}`),
    clause(`${NOT_USE} {B}~,~(?:usa|usate|utilizza|utilizzate) {A}`),
  ],
  reject: [clause(`${NOT_USE} {B}`), clause(`niente {B}`)],
  ask: [clause(`${USE} {A}`)],
  dontRun: [clause(`${NOT_RUN} {X}`)],
  // "Prima del commit": Italian joins "di" to the article.
  before: [clause(`prima (?:di|del|dello|della) {E}~,?~${RUN} {X}`, events), clause(`${RUN} {X} prima (?:di|del|dello|della) {E}`, events)],
  events,
  always: new RegExp(word('sempre|ogni volta|ogni'), 'giu'),
  never: new RegExp(word(NEVER.it), 'iu'),
  // "ora" only as a word of its own: "d'ora in poi" is "from now on". "Così" (this way) and
  // "questo"/"quello" alone point at what was just done or shown.
  hold: new RegExp(
    `[?]|(?<![\\p{L}'])(?:così|cosi|questo|questa|quello|quella|perché|perche|per ora|per adesso|questa volta|stavolta|per il momento|ancora|adesso|ora|subito|oggi|domani|ma|tranne|eccetto|solo|soltanto|sostituisci|cambia)(?![\\p{L}])|${word('in (?:questo|quel) (?:file|script|test|cartella|funzione)|in questa (?:cartella|funzione)')}`,
    'iu',
  ),
  filler: 'per favore|per piacere|in questo (?:progetto|repo|repository)|qui',
  later: "d'ora in poi|d'ora in avanti|da ora in poi|da adesso in poi|da qui in avanti",
  remind: 'ricorda di|ricordati di|ricordatevi di|non dimenticare di|non dimenticarti di|non scordarti di',
  // Before an infinitive: "hai dimenticato il punto e virgola" forgot a thing, once.
  forgot: '(?:hai |ti sei )?(?:di nuovo |ancora )?(?:dimenticato|scordato) di(?= \\p{L}+(?:are|ere|ire)(?![\\p{L}]))',
  again: 'di nuovo|ancora una volta',
  spaced: true,
  interjection: /^(?:no|sbagliato|così no)$/i,
};
