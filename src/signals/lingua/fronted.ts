/**
 * "Always"/"never" with a place, a tool or a moment put before the verb: "Nunca en main funciona", "Always on develop it
 * crashes", "Toujours sur main ça plante", "Immer auf main geht es kaputt", "Sempre depois do merge quebra o build" say
 * what a thing does there, yet the frame reads them as orders ("never on main", "always on develop"), and said in two
 * sessions each became memory. The phrase says only where or when; the clause after it says who does what, so it is read
 * as if it followed the frame word directly ("Nunca funciona", "Always crashes", "Immer geht es kaputt"), by the
 * readers that already tell statements from orders there, and a subject of its own before the verb ("it", "ça", "eso",
 * "оно") states in every language: an order's verb has none. The same reading keeps an order whose verb comes after
 * the phrase ("Siempre por la tarde ejecuta los tests", "Sempre antes do push roda os testes"), which the frame's
 * verbless complaint readings ("Siempre por la tarde", "Siempre con los mismos errores") would otherwise take.
 *
 * The phrase is a preposition, articles and words that name a thing's kind ("la rama"), one word (the place, tool or
 * moment) and at most one "of" phrase after it ("después del merge", "antes de hacer"): chat fronts short phrases, and
 * a longer one is left to the frame's other readers.
 */
import { ES_VERBS, PT_VERBS } from './romance-verbs.js';
import { DE_VERBS, FR_VERBS, RU_VERBS } from './standing.js';
import { LOOK_THROUGH } from './verbless.js';

interface Shape {
  frame: string;
  prep: string;
  /** "Of" after the phrase's word: "antes del commit", "después de hacer", "lors du merge". */
  of: string;
  /** A subject of the clause's own before its verb: a pronoun, which no order has. */
  subject: RegExp;
  /** The verbs of a rule's order (standing.ts, romance-verbs.ts), whose reading here is kept as an order. */
  order?: RegExp;
}

/**
 * Italian chat reaches the Portuguese reader through its "sempre" (standing.ts reads it as Portuguese), so its
 * prepositions and its "si" stand beside Portuguese's.
 */
const SHAPES: readonly Shape[] = [
  {
    frame: 'siempre|nunca|jamás',
    prep: 'en|con|sin|por|para|desde|tras|durante|sobre|bajo|hacia|al|a|antes|después|despues',
    of: 'de|del',
    subject: /^(?:eso|esto|ello|él|ella|ellos|ellas|todo|nada|yo)\s+\S/iu,
    order: new RegExp(`^(?:${ES_VERBS})(?![\\p{L}])`, 'iu'),
  },
  {
    frame: 'sempre|nunca|jamais',
    prep: 'em|no|na|nos|nas|num|numa|com|sem|por|pelo|pela|pelos|pelas|para|desde|após|apos|durante|sobre|ao|aos|à|às|antes|depois|su|sul|sulla|nel|nella|in|con|senza|dopo|prima|al|alla|per',
    of: 'de|do|da|dos|das|di|del|della',
    subject: /^(?:isso|isto|ele|ela|eles|elas|tudo|nada|eu|si|ci|tutto|niente|io)\s+\S/iu,
    order: new RegExp(`^(?:${PT_VERBS})(?![\\p{L}])`, 'iu'),
  },
  {
    frame: 'toujours|jamais',
    prep: 'sur|en|avec|sans|dans|par|pour|pendant|après|apres|avant|à|au|aux|dès|des|sous|chez|lors',
    of: 'de|du|des|d',
    subject: /^(?:(?:ça|ca|cela|ceci|il|elle|ils|elles|on|tout|rien|je|personne)\s+\S|(?:c|j|ç)'\p{L})/iu,
    order: new RegExp(`^(?:${FR_VERBS})(?![\\p{L}])`, 'iu'),
  },
  {
    frame: 'immer|nie|niemals',
    prep: 'auf|in|im|mit|ohne|bei|beim|nach|vor|während|unter|über|am|zum|zur|vom|durch|für|zu|seit|bis|gegen',
    of: 'von|vom',
    subject: /^(?:es|das|er|sie|man|alles|nichts)\s+\S/u,
    order: new RegExp(`^(?:${DE_VERBS})(?![\\p{L}])`, 'iu'),
  },
  {
    frame: 'always|never',
    prep: 'on|in|with|without|after|before|during|at|for|inside|under|from|via|through',
    of: 'of',
    // Or a noun of the phrase left after its adjective ("on the first run it times out"), where the pronoun has a
    // verb in the third person after it: "run it twice" has none.
    subject:
      /^(?:(?:it|it's|its|this|that|they|he|she|we|i|there|everything|nothing|something)\s+\S|(?:\S+\s+)?(?:does|did|is|was|will|would|can|could|has|had|do)\s+(?:it|this|that|they|he|she|we|i|there)(?![\p{L}])|\S+\s+(?:it|this|that|he|she|everything|nothing|something)\s+(?:is|was|does|did|has|had|keeps|\p{L}{2,}[^su\s]s)(?![\p{L}]))/iu,
  },
  {
    frame: 'всегда|никогда',
    prep: 'на|в|во|с|со|без|через|после|перед|при|по|из|под',
    of: '',
    subject: /^(?:оно|это|всё|все|он|она|они|я)\s+\S/iu,
    order: new RegExp(`^(?:${RU_VERBS})(?![\\p{L}])`, 'iu'),
  },
];

/** Each shape's patterns, compiled once: a frame and its preposition, an "of", the preposition left at the frame's end. */
const COMPILED = SHAPES.map((shape) => ({
  shape,
  opens: new RegExp(`^(${shape.frame})(?:\\s+не)?\\s+(?:${shape.prep})\\s+(.+)$`, 'iu'),
  of: new RegExp(`^(?:${shape.of || '(?!)'})'?$`, 'iu'),
  prepAtEnd: new RegExp(`\\s+(?:${shape.prep})\\s+$`, 'iu'),
}));

/** English articles, which verbless.ts (a reader of Romance, German and Russian phrases) has no use for. */
const EN_THROUGH = /^(?:the|a|an|every|each|my|our|your|this|that|these|those)$/iu;

export interface Fronted {
  /** The frame word, then the clause after the phrase: "Nunca funciona." for "Nunca en main funciona.". */
  reduced: string;
  /** The clause has a subject of its own before its verb (see the module comment). */
  ownSubject: boolean;
  /** The clause opens with a rule's verb in the imperative: an order whose verb follows the phrase. */
  orders: boolean;
}

/** The sentence read past a phrase fronted after its "always"/"never" (see the module comment), or undefined. */
export function frontedPhrase(sentence: string): Fronted | undefined {
  const s = sentence.normalize('NFKC').trim();
  for (const { shape, opens, of, prepAtEnd } of COMPILED) {
    const m = opens.exec(s);
    if (!m) continue;
    const words = m[2]!.split(/\s+/u).flatMap((w) => w.split(/(?<=^(?:l|d)')/iu));
    // "después del merge", "antes de hacer": a compound preposition's "of" comes before the phrase's word.
    let at = 0;
    while (at < words.length && (LOOK_THROUGH.test(words[at]!) || EN_THROUGH.test(words[at]!) || of.test(words[at]!))) at++;
    // The phrase's word, with its version ("mit Node 18", "con Python 3.12"), then an "of" with its own articles and word.
    at++;
    if (/^v?\d+(?:\.\d+)*$/u.test(words[at] ?? '')) at++;
    if (of.test(words[at] ?? '')) {
      at++;
      while (at < words.length && LOOK_THROUGH.test(words[at]!)) at++;
      at++;
    }
    const head = words.slice(0, at).join(' ');
    const rest = words.slice(at).join(' ').replace(/^,\s*/u, '');
    // Nothing after the phrase, or a phrase that closes on a mark: the frame's own readers (verbless.ts).
    if (!rest || /[.!?]$/u.test(head) || /^[\s.!?]*$/u.test(rest)) return undefined;
    const frame = m[0].slice(0, m[0].length - m[2]!.length).replace(prepAtEnd, '');
    return { reduced: `${frame} ${rest}`, ownSubject: shape.subject.test(rest), orders: shape.order?.test(rest) === true };
  }
  return undefined;
}
