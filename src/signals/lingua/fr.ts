/** French: "ne ... pas" wraps the verb; apostrophes are read as ASCII after gloss.ts folds them. */
import { clause, word, type Lexicon } from './lexicon.js';
import { NEVER } from './negation.js';

const USE = '(?:utilise|utilisez|prends|prenez|emploie|employez|passe par|passez par)';
const NOT_USE = "(?:n'utilise|n'utilisez|ne prends|ne prenez|n'emploie|n'employez) (?:pas|jamais|plus)";
const RUN = '(?:lance|lancez|exécute|exécutez|execute|executez|fais tourner|faites tourner|lancer|exécuter|executer|faire tourner)';
const NOT_RUN = "(?:ne lance|ne lancez|n'exécute|n'exécutez|n'execute|n'executez|ne fais tourner|ne faites tourner) (?:pas|jamais|plus)";
const events: Lexicon['events'] = [
  [/(?:de\s+|chaque\s+|le\s+|un\s+|tout\s+)?commit(?:er|ter)?|(?:de\s+)?committer/, 'committing'],
  [/(?:de\s+)?pousser|(?:de\s+|chaque\s+|le\s+|un\s+|tout\s+)?push(?:er)?/, 'pushing'],
  [/(?:de\s+)?déployer|(?:de\s+)?deployer|(?:chaque\s+|le\s+|un\s+|tout\s+)?(?:déploiement|deploy)/, 'deploying'],
  [/(?:de\s+)?merger|(?:de\s+)?fusionner|(?:chaque\s+|le\s+|un\s+|tout\s+)?merge/, 'merging'],
  [
    /(?:d'|de\s+)?ouvrir\s+(?:une\s+|la\s+)?(?:pr|pull\s+request)|(?:chaque\s+|la\s+|une\s+|toute\s+)?(?:pr|pull\s+request)/,
    'opening a pull request',
  ],
];

export const fr: Lexicon = {
  lang: 'fr',
  cue: new RegExp(
    "\\b(?:utilise|utilisez|prends|prenez|emploie|employez|passe|passez|lance|lancez|exécute|exécutez|execute|executez|fais|faites|avant|pas|n'utilise|n'utilisez|n'exécute|n'exécutez|n'execute|n'executez|n'emploie|n'employez)",
    'i',
  ),
  swap: [
    clause(`${USE} {A} (?:au lieu de|plutôt que|plutot que|à la place de|a la place de|et non|et pas)~(?:d')?{B}`),
    clause(`${USE} {A}~,~(?:pas|non) {B}`),
    clause(`${NOT_USE} {B}~,~(?:utilise|utilisez|prends|prenez) {A}`),
  ],
  reject: [clause(`${NOT_USE} {B}`), clause(`pas de {B}`)],
  ask: [clause(`${USE} {A}`)],
  dontRun: [clause(`${NOT_RUN} {X}`)],
  before: [clause(`avant {E}~,?~${RUN} {X}`, events), clause(`${RUN} {X} avant {E}`, events)],
  events,
  always: new RegExp(word('toujours|à chaque fois|a chaque fois|systématiquement|chaque'), 'giu'),
  never: new RegExp(word(NEVER.fr), 'iu'),
  hold: new RegExp(
    `[?]|${word("pourquoi|pour l'instant|pour le moment|cette fois|pas encore|maintenant|mais|sauf|seulement|uniquement|remplace|remplacez|change|changez")}|${word('dans (?:ce|cette) (?:fichier|script|test|fonction|dossier)')}`,
    'iu',
  ),
  filler: "s'il te plaît|s'il te plait|s'il vous plaît|s'il vous plait|stp|svp|dans ce (?:projet|dépôt|depot|repo)|ici",
  later: "désormais|dorénavant|à partir de maintenant|a partir de maintenant|à l'avenir",
  remind: "n'oublie pas d(?:e|')|n'oubliez pas d(?:e|')|pense à|pensez à|rappelle-toi d(?:e|')|souviens-toi d(?:e|')",
  // Before an infinitive: "tu as oublié de la virgule" is no rule.
  forgot:
    "(?:tu as|t'as|vous avez) (?:encore |de nouveau |à nouveau )?oublié (?:de(?= \\p{L}+(?:er|ir|re)(?![\\p{L}]))|d'(?=\\p{L}+(?:er|ir|re)(?![\\p{L}])))",
  again: 'encore|de nouveau|à nouveau',
  spaced: true,
  interjection: /^(?:non|faux|pas comme ça|pas comme ca)$/i,
};
