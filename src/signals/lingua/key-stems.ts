/**
 * One rule typed in two forms across sessions keys as one (standing.ts): an imperative or an infinitive ("Siempre ejecuta
 * los tests antes" / "Siempre ejecutar los tests antes", "Toujours lance les tests" / "Toujours lancer les tests",
 * "Всегда запускай тесты" / "Всегда запускать тесты"), and German's verb first or last ("Führe immer zuerst die Tests
 * aus" / "Immer zuerst die Tests ausführen", the particle that closes the first joined to its verb as the second writes
 * it). English keys by word stems in any order (turn-text.ts ruleKey); this does the same for the spaced languages
 * standing.ts reads, with endings of their own: each word loses its verb or plural ending, and the words are sorted.
 * A word holding anything but letters (code, a path) is kept whole.
 */

/** Endings a word loses, longest first; at least three letters stay. */
const ENDINGS: Record<string, RegExp> = {
  es: /(?:ar|er|ir|as|es|an|en|a|e|o|os)$/u,
  pt: /(?:ar|er|ir|am|em|as|es|os|a|e|o)$/u,
  fr: /(?:ent|ons|er|ez|es|e|s)$/u,
  de: /(?:en|st|e|n|t)$/u,
  ru: /(?:айте|яйте|ите|йте|ать|ять|ить|еть|ай|яй|ей|и|ь)$/u,
};
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
  return words
    .map((w) => {
      if (!/^\p{L}+$/u.test(w)) return w;
      // Spanish spells a stem's sound anew before -e ("modifiques", "agregues": "modificar", "agregar").
      const stem = w.replace(ending, '');
      const spelt = lang === 'es' ? stem.replace(/qu$/u, 'c').replace(/gu$/u, 'g') : stem;
      return spelt.length >= 3 ? spelt : w;
    })
    .sort()
    .join(' ');
}
