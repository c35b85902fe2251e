/**
 * Spanish "siempre que" and Portuguese "sempre que" are "whenever", not "always": the sentence is a rule only where
 * what follows the condition orders. The condition's mood tells a habit from an instruction: the indicative says what
 * happens each time ("Siempre que corres el build se borra dist", "Sempre que o servidor reinicia, a sessão expira"),
 * the subjunctive sets up what to do ("Siempre que modifiques el schema, ejecuta prisma generate", "Sempre que alterar o
 * schema, rode o generate"). An indicative condition still opens a rule when the rest orders: an obligation ("hay que",
 * "debes", "recuerda", "tem que") or an imperative after the comma ("Siempre que se modifica el schema, corre …").
 * German "immer wenn" and French "toujours quand/lorsque" are the same "whenever": the main clause after the comma
 * says what happens where its verb is a third person ("…, hängt der Server", "…, ça plante") and orders where it is an
 * imperative or an obligation ("…, führe die Tests aus", "…, relance la génération", "…, il faut …").
 * The first person's habit is statements.ts's own reading.
 */
import { clauseOrders, conditionMood } from './romance-verbs.js';

const FRAME = /^(siempre|sempre)\s+que\s+/iu;

/** An obligation anywhere after the frame: the sentence asks for something. */
const OBLIGATION = {
  es: /(?<![\p{L}])(?:hay\s+que|tienes\s+que|tenés\s+que|tiene\s+que|tienen\s+que|debes|debés|debe|deben|deberás|deberías|recuerda|recordá|recuerde|no\s+olvides|no\s+te\s+olvides|asegúrate|asegurate|asegúrese|por\s+favor)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:tem\s+que|tens\s+que|têm\s+que|tem\s+de|precisa|precisas|precisam|deve|deves|devem|lembre|lembra|não\s+esqueça|nao\s+esqueca|certifique-se|por\s+favor)(?![\p{L}])/iu,
};

/** Words before the condition's verb: its subject (a pronoun, an article and its noun, a name), clitics, "no". */
const PRONOUN = {
  es: /^(?:tú|tu|usted|ustedes|vos|él|ella|ellos|ellas|alguien|nadie|uno|se|me|te|lo|la|los|las|le|les|nos|os|no|ya)$/iu,
  pt: /^(?:você|vocês|voce|tu|ele|ela|eles|elas|alguém|ninguém|a\s+gente|se|me|te|lhe|lhes|nos|não|nao|já)$/iu,
};
const ARTICLE = {
  es: /^(?:el|la|los|las|un|una|unos|unas|mi|mis|tu|tus|su|sus|este|esta|estos|estas|ese|esa|esos|esas|algún|alguna|cualquier|nuestro|nuestra)$/iu,
  pt: /^(?:o|a|os|as|um|uma|uns|umas|meu|minha|meus|minhas|seu|sua|seus|suas|este|esta|esse|essa|algum|alguma|qualquer|nosso|nossa)$/iu,
};

/** The condition's verb: the first word that is neither its subject nor a clitic. */
function conditionVerb(condition: string, code: 'es' | 'pt'): string | undefined {
  const words = condition.split(/\s+/u).filter(Boolean);
  for (let i = 0; i < words.length && i < 6; i++) {
    const w = words[i]!;
    if (PRONOUN[code].test(w)) continue;
    // An article and its noun ("el servidor", "a sessão"); a name ("Prisma", `pnpm`).
    if (ARTICLE[code].test(w)) {
      i++;
      continue;
    }
    if (/^\p{Lu}/u.test(w) || /^`/u.test(w)) continue;
    return w.replace(/[^\p{L}]+$/u, '');
  }
  return undefined;
}

/**
 * German: the main clause puts its finite verb first; a third person ends in -t ("hängt", "läuft", "ist"), which no
 * singular order does, except the modals that oblige ("musst du", "sollst du").
 */
const DE = /^(?:[Ii]mmer|[Jj]edes\s+[Mm]al),?\s+wenn\s+[^,;]+[,;]\s*(?:dann\s+)?(\p{Ll}+)(?![\p{L}])/u;
const DE_OBLIGES = /^(?:muss|musst|soll|sollst|sollte|solltest)$/u;
/** French: the main clause opens with its subject when it states; an order opens with its verb or an obligation. */
const FR = /^toujours,?\s+(?:quand|lorsque|dès\s+que|chaque\s+fois\s+que)\s+[^,;]+[,;]\s*(.+)$/iu;
const FR_OBLIGES = /^(?:il\s+faut|il\s+faudra|tu\s+dois|vous\s+devez|on\s+doit|n'oublie|n'oubliez|pense|pensez|merci\s+de)(?![\p{L}])/iu;
const FR_SUBJECT =
  /^(?:ça|ca|cela|il|elle|ils|elles|on|le|la|les|un|une|des|du|mon|ma|mes|ton|ta|tes|son|sa|ses|ce|cet|cette|ces|je|tout|rien)(?![\p{L}])|^(?:l|j)'/iu;

/** Whether a sentence opening with "whenever" (siempre que, sempre que, immer wenn, toujours quand) states a habit. */
export function wheneverStates(sentence: string): boolean {
  const de = DE.exec(sentence);
  if (de) return /t$/u.test(de[1]!) && !DE_OBLIGES.test(de[1]!);
  const fr = FR.exec(sentence);
  if (fr) return !FR_OBLIGES.test(fr[1]!) && FR_SUBJECT.test(fr[1]!);
  const m = FRAME.exec(sentence);
  if (!m) return false;
  const code = m[1]!.toLowerCase() === 'siempre' ? 'es' : 'pt';
  const rest = sentence.slice(m[0].length);
  if (OBLIGATION[code].test(rest)) return false;
  const cut = /[,;:]/u.exec(rest);
  const verb = conditionVerb(cut ? rest.slice(0, cut.index) : rest, code);
  if (!verb || conditionMood(verb, code) !== 'indicative') return false;
  return !(cut && clauseOrders(rest.slice(cut.index + 1), code));
}
