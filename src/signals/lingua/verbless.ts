/**
 * "Always"/"never" with no verb, a preposition's phrase after it: "Sempre com pnpm", "Jamais sur main", "Всегда через
 * pnpm", "Nunca en la rama main" are orders with their verb dropped (use, push, work), while "Siempre con prisas",
 * "Toujours en retard", "Sempre em cima da hora", "Всегда с проблемами" say what keeps coming, the user's complaint.
 * Said in two sessions, each became memory. What tells them apart is what the phrase names: an order's is a thing the
 * agent uses, a tool, a branch, a flag or a file (code-shaped or a known tool's name); a complaint's is a manner, a
 * time or a feeling. A generic noun naming the thing's kind ("la rama main", "la branche develop", "o gestor pnpm")
 * and an article are looked through. A language's name ("Siempre en español", "Toujours en français") asks the replies
 * in it, an order too.
 */
import { MULTI_WORD } from '../command.js';
import { namesLanguage } from './output-language.js';
import { ES_VERBS, PT_VERBS } from './romance-verbs.js';

/** Frame, preposition and at most five words after it, by language. German is read only for an order's exemption. */
const SHAPES: readonly { lang: string; re: RegExp }[] = [
  {
    lang: 'es',
    re: /^(?:siempre|nunca|jamás)\s+(?:con|sin|en|por|para|desde|mediante|vía|via|sobre|bajo|contra|a|de)\s+((?:\S+\s+){0,4}\S+?)[\s.!]*$/iu,
  },
  {
    lang: 'pt',
    re: /^(?:sempre|nunca|jamais)\s+(?:com|sem|em|no|na|nos|nas|num|numa|pelo|pela|pelos|pelas|por|para|via|sobre|de)\s+((?:\S+\s+){0,4}\S+?)[\s.!]*$/iu,
  },
  { lang: 'fr', re: /^(?:toujours|jamais)\s+(?:avec|sans|sur|en|dans|par|pour|via|sous|de)\s+((?:\S+\s+){0,4}\S+?)[\s.!]*$/iu },
  { lang: 'ru', re: /^(?:всегда|никогда(?:\s+не)?)\s+(?:с|со|без|в|во|на|через|по|из|под)\s+((?:\S+\s+){0,4}\S+?)[\s.!]*$/iu },
  { lang: 'de', re: /^(?:immer|nie|niemals)\s+(?:mit|ohne|auf|in|im|über|per|via|bei|unter)\s+((?:\S+\s+){0,4}\S+?)[\s.!]*$/iu },
];

/** A word after the phrase that may be a verb: an infinitive's or an imperative's ending, or a rule verb's tú form. */
const VERB_LIKE: Record<string, RegExp> = {
  es: new RegExp(`^(?:${ES_VERBS}|\\p{L}+(?:ar|er|ir))$`, 'iu'),
  pt: new RegExp(`^(?:${PT_VERBS}|\\p{L}+(?:ar|er|ir))$`, 'iu'),
  fr: /^\p{L}+(?:er|ir|re|ez)$/iu,
  ru: /^\p{L}+(?:й|йте|и|ите|ь|ьте|ть|чь)$/iu,
  de: /^\p{Ll}+(?:en|ern|eln)$/u,
};

/** Articles and the nouns that name a thing's kind before its name ("la rama main", "o gestor pnpm", "ветку develop"). */
export const LOOK_THROUGH =
  /^(?:el|la|los|las|un|una|lo|o|a|os|as|um|uma|le|les|l'|une|des|du|de|d'|der|die|das|den|dem|ein|eine|einem|einen|einer|rama|ramas|branch|branche|branches|ветк[аеуи]|flag|flags|opción|opção|option|опци\p{L}*|comando|commande|befehl|команд\p{L}*|gestor|herramienta|ferramenta|outil|werkzeug|script|skript|скрипт\p{L}*)$/iu;

/** Names of what an agent works with that no language has as a word: tools, a repository's usual branches, its tests. */
const KNOWN = new Set([
  ...MULTI_WORD,
  'npx',
  'bunx',
  'pnpx',
  'main',
  'master',
  'develop',
  'trunk',
  'tests',
  'test',
  'testes',
  'тесты',
  'тестов',
  'тестами',
]);

/** Code as typed: a flag, a path or file name, a name with digits or joined parts, a code span. */
const CODE_SHAPED = /^`|^--?\p{L}|\p{L}[./_-]\p{L}|^[./~]|\p{L}\d|\d\p{L}/u;

/** Whether the word names something an agent can use (see the module comment); German writes its nouns capitalised. */
function usable(word: string, lang: string): boolean {
  const w = word.replace(/^["'«“]+|["'»”,;:]+$/gu, '');
  if (CODE_SHAPED.test(w) || namesLanguage(w)) return true;
  if (lang === 'de' && /^\p{Lu}/u.test(w)) return false;
  return KNOWN.has(w.toLowerCase());
}

/**
 * How a verbless "always"/"never" sentence reads: 'order' where the phrase names a thing the agent uses, 'complaint'
 * where it names anything else, undefined where the sentence is no such frame (see the module comment). German gives
 * no complaint here: statements.ts reads its nouns by their capitals.
 */
export function verblessReading(sentence: string): 'order' | 'complaint' | undefined {
  const s = sentence.normalize('NFKC').trim();
  for (const { lang, re } of SHAPES) {
    const m = re.exec(s);
    if (!m) continue;
    const words = m[1]!.split(/\s+/u).flatMap((w) => w.split(/(?<=^(?:l|d)')/u));
    const at = words.findIndex((w) => !LOOK_THROUGH.test(w));
    // A verb after the phrase ("Siempre en staging prueba primero"): the phrase was a fronted place, not the order.
    if (at < 0 || words.slice(at + 1).some((w) => VERB_LIKE[lang]!.test(w))) return undefined;
    // The order is the phrase alone: "Jamais sur main ça marche" says more, and is left to the other readers.
    if (usable(words[at]!, lang)) return words.slice(at + 1).every((w) => LOOK_THROUGH.test(w) || usable(w, lang)) ? 'order' : undefined;
    return lang === 'de' ? undefined : 'complaint';
  }
  return undefined;
}
