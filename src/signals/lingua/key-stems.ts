/**
 * One rule typed in two forms across sessions keys as one (standing.ts): an imperative or an infinitive ("Siempre ejecuta
 * los tests antes" / "Siempre ejecutar los tests antes", "Toujours lance les tests" / "Toujours lancer les tests",
 * "Всегда запускай тесты" / "Всегда запускать тесты"), and German's verb first or last ("Führe immer zuerst die Tests
 * aus" / "Immer zuerst die Tests ausführen", the particle that closes the first joined to its verb as the second writes
 * it). English keys by word stems in any order (turn-text.ts ruleKey); this does the same for the spaced languages
 * standing.ts reads, with endings of their own: each word loses its verb or plural ending, and the words are sorted.
 * A word holding anything but letters (code, a path) is kept whole.
 *
 * Two rules that differ only where the stems do not look stay apart:
 * - In Spanish, Portuguese and French only the verb loses a person's or an infinitive's ending; any other word loses
 *   its plural alone. A noun's -o/-a or -e is its meaning there ("el puerto" / "la puerta", "la rama" / "el ramo", "le
 *   port" / "la porte"), not an inflection of one rule.
 * - Sorting drops which step comes first: "tests antes del build" and "build antes de los tests" are opposite rules.
 *   The word after each "before"/"after" is kept beside it at the key's end.
 */

/** Endings a word loses, longest first; at least three letters stay. */
const ENDINGS: Record<string, RegExp> = {
  es: /(?:ar|er|ir|as|es|an|en|a|e|o|os)$/u,
  pt: /(?:ar|er|ir|am|em|as|es|os|a|e|o)$/u,
  fr: /(?:ent|ons|er|ez|es|e|s)$/u,
  de: /(?:en|st|e|n|t)$/u,
  ru: /(?:айте|яйте|ите|йте|ать|ять|ить|еть|ай|яй|ей|и|ь)$/u,
};
/** Where a noun's last vowel is its meaning, the plural ending it loses instead (see the module comment). */
const PLURAL: Record<string, RegExp> = { es: /(?:es|s)$/u, pt: /(?:es|s)$/u, fr: /(?:s|x)$/u };
/** Words before the verb in a key that keeps its frame: a negation, "never" ("nunca borres", "ne supprime jamais"). */
const BEFORE_VERB = /^(?:nunca|jamás|jamas|jamais|no|não|nao|ni|nem|ne|n|pas|plus)$/u;
/** "Before" and "after" (see the module comment). */
const ORDER_WORD = /^(?:antes|después|despues|depois|avant|après|apres|vor|nach|bevor|nachdem|перед|после|прежде)$/u;
/** Articles and contractions between "before" and what it names ("antes del build", "vor dem Build"). */
const ARTICLE =
  /^(?:de|del|al|do|da|dos|das|no|na|el|la|los|las|o|a|os|as|un|una|um|uma|le|les|l|du|des|d|au|aux|dem|den|der|die|das|einem|einen|einer|eines|ein|eine)$/u;
/** German particles that a separable verb's imperative sends to the clause's end ("führe … aus"). */
const DE_PARTICLE =
  /^(?:aus|an|ab|ein|zu|vor|nach|durch|um|hoch|weg|zurück|mit|auf|her|hin|los|hinzu|heraus|herein|hinaus|zusammen|weiter|fest|bereit)$/u;

/** The key's words stemmed and sorted, for a spaced language with endings here; any other key as it is. */
export function stemmedKey(lang: string, key: string): string {
  const ending = ENDINGS[lang];
  if (!ending) return key;
  let words = key.split(' ').filter(Boolean);
  const last = words[words.length - 1];
  if (lang === 'de' && words.length >= 3 && last && DE_PARTICLE.test(last)) words = [`${last}${words[0]}`, ...words.slice(1, -1)];
  const verbAt = PLURAL[lang] ? words.findIndex((w) => !BEFORE_VERB.test(w)) : -1;
  const stem = (w: string, k: number): string => {
    if (!/^\p{L}+$/u.test(w)) return w;
    const stripped = w.replace(k === verbAt || !PLURAL[lang] ? ending : PLURAL[lang], '');
    // Spanish spells a stem's sound anew before -e ("modifiques", "agregues": "modificar", "agregar"), French a verb's
    // -y- as -i- before a silent -e ("déploie", "nettoie": "déployer", "nettoyer").
    const spelt =
      lang === 'es'
        ? stripped.replace(/qu$/u, 'c').replace(/gu$/u, 'g')
        : lang === 'fr' && k === verbAt
          ? stripped.replace(/(?<=[aou])i$/u, 'y')
          : stripped;
    return spelt.length >= 3 ? spelt : w;
  };
  const steps = words.flatMap((w, k) => {
    if (!ORDER_WORD.test(w)) return [];
    const j = words.findIndex((x, i) => i > k && !ARTICLE.test(x));
    return j < 0 ? [] : [`${stem(w, k)} ${stem(words[j]!, j)}`];
  });
  return [words.map(stem).sort().join(' '), ...steps].join(' ');
}
