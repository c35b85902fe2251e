/** German: the verb leads, and "nicht" or a separable particle ("führe ... aus") closes the clause. */
import { clause, word, type Lexicon } from './lexicon.js';
import { NEVER } from './negation.js';

const USE = '(?:nimm|nehmt|nehmen sie|verwende|verwendet|verwenden sie|benutze|benutz|benutzt|benutzen sie|nutze|nutz|nutzt|nutzen sie)';
/** "Never" and "never again"; "not" and "no longer" ("führe X nicht mehr aus" forbids it from now on). */
const NEVER_AGAIN = '(?:niemals|nie)(?: wieder)?';
const NOT = `(?:nicht(?: mehr)?|${NEVER_AGAIN})`;
const events: Lexicon['events'] = [
  [/(?:dem|einem)\s+commit|commit|dem\s+committen|committen|commiten/, 'committing'],
  [/(?:dem|einem)\s+push|push|dem\s+pushen|pushen/, 'pushing'],
  [/(?:dem|einem)\s+deploy(?:ment)?|deploy(?:ment)?|dem\s+deployen|deployen/, 'deploying'],
  [/(?:dem|einem)\s+merge|merge|dem\s+mergen|mergen/, 'merging'],
  [/(?:dem|einem)\s+(?:pr|pull\s+request)|pr|pull\s+request/, 'opening a pull request'],
];

export const de: Lexicon = {
  lang: 'de',
  cue: new RegExp(
    '\\b(?:nimm|nehmt|nehmen|verwende|verwendet|verwenden|benutze|benutz|benutzt|benutzen|nutze|nutz|nutzt|nutzen|führe|führt|führen|starte|startet|starten|lass|lasse|lasst|nicht|kein|keinen|keine|vor)',
    'i',
  ),
  swap: [
    clause(`${USE} {A} (?:statt|anstatt|anstelle von|an stelle von)~(?:von )?{B}`),
    clause(`${USE} {A}~,~nicht {B}`),
    clause(`${USE} nicht {B}~,~sondern {A}`),
    clause(`nicht {B}~,~sondern {A}`),
    clause(`{A} statt {B}`),
  ],
  reject: [
    clause(`${USE} (?:niemals|nie|kein|keinen|keine) {B}`),
    clause(`${USE} {B} nicht(?: mehr)?`),
    clause(`(?:kein|keinen|keine) {B}(?: mehr)?`),
  ],
  ask: [clause(`${USE} {A}`)],
  dontRun: [
    clause(`(?:führe|führt|führen sie) {X} ${NOT} aus`),
    clause(`(?:führe|führt|führen sie) ${NEVER_AGAIN} {X} aus`),
    clause(`(?:starte|startet|starten sie) {X} ${NOT}`),
    clause(`(?:starte|startet|starten sie) ${NEVER_AGAIN} {X}`),
    clause(`(?:lass|lasse|lasst) {X} ${NOT} laufen`),
    clause(`{X} ${NOT} (?:ausführen|starten|laufen lassen)`),
  ],
  before: [
    clause(`vor {E}~,?~(?:führe|führt|führen sie) {X} aus`, events),
    clause(`vor {E}~,?~(?:starte|startet|starten sie) {X}`, events),
    clause(`vor {E}~,?~(?:lass|lasse|lasst) {X} laufen`, events),
    clause(`(?:führe|führt|führen sie) vor {E} {X} aus`, events),
    clause(`(?:führe|führt|führen sie) {X} vor {E} aus`, events),
    clause(`(?:starte|startet|starten sie) vor {E} {X}`, events),
    clause(`(?:starte|startet|starten sie) {X} vor {E}`, events),
    clause(`(?:lass|lasse|lasst) vor {E} {X} laufen`, events),
    clause(`(?:lass|lasse|lasst) {X} vor {E} laufen`, events),
    clause(`vor {E} {X} (?:ausführen|auszuführen|starten|zu starten|laufen lassen|laufen zu lassen)`, events),
    clause(`{X} vor {E} (?:ausführen|auszuführen|starten|zu starten|laufen lassen|laufen zu lassen)`, events),
  ],
  events,
  always: new RegExp(word('immer|stets|jedes mal|jedesmal|jedem|jeden|jeder'), 'giu'),
  never: new RegExp(word(NEVER.de), 'iu'),
  hold: new RegExp(
    `[?]|${word('warum|wieso|weshalb|erstmal|erst mal|vorerst|diesmal|dieses mal|noch nicht|gerade|jetzt|aber|außer|ausser|nur|ersetze|tausche|ändere')}|${word('in (?:dieser|diesem) (?:datei|skript|script|funktion|test|ordner)')}`,
    'iu',
  ),
  filler: 'bitte|in diesem (?:projekt|repo|repository)|hier',
  later: 'ab jetzt|von nun an|ab sofort|künftig|zukünftig|in zukunft',
  remind: 'denk daran|denke daran|denken sie daran|vergiss nicht|vergessen sie nicht',
  // "Du hast vergessen, dass …" reports what was forgotten.
  forgot: '(?:du hast|sie haben) (?:schon )?(?:wieder |erneut )?vergessen(?!\\s*,?\\s*dass(?![\\p{L}]))',
  again: 'schon wieder|wieder|erneut',
  spaced: true,
  interjection: /^(?:nein|nee|falsch|so nicht)$/i,
};
