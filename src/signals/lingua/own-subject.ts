/**
 * What follows "from now on" in another language is a rule only as an order to the agent, as in English
 * (turn-instructions.ts, OWN_SUBJECT): a subject of its own makes it the speaker's plan or a prediction ("Désormais, je
 * vais relire les PR moi-même.", "A partir de ahora, yo reviso los PR.", "Ab jetzt mache ich die Reviews selbst.",
 * "Dorénavant, ce sera plus rapide."), and in memory the agent would read "I" as itself. Spanish and Portuguese drop
 * the subject, so their first person ("reviso", "voy a"), the future's "will" ("será", "revisaré") and an object
 * pronoun before the verb ("lo hago yo": an order puts it after, "hazlo") say it; German puts the finite verb before its
 * subject ("mache ich", "läuft der Build"), whose form tells it from an order ("führe die Tests aus": an imperative
 * ends in no -t). "You"/"we" with a modal, "always" or "never" still address the agent, as in English.
 * Keyed by the lexicon's language.
 */
const NOT_A_VERB_ES = '(?!(?:primero|solo|sólo|cuidado|luego|pronto|claro|ojo|cero|nunca|no)(?![\\p{L}]))';
const NOT_A_VERB_PT = '(?!(?:primeiro|só|sozinho|cuidado|logo|claro|olho|zero|nunca|não|nao)(?![\\p{L}]))';
/**
 * German words before an article that end as a finite verb does but are none: adverbs in -t ("Immer zuerst die Tests
 * laufen lassen", "Ab jetzt direkt die Logs prüfen" order) and in -en, and determiners and adjectives in -en ("Immer
 * einen Test schreiben").
 */
const DE_NOT_VERB = String.raw`(?!(?:erst|zuerst|direkt|selbst|jetzt|oft|meist|sonst|nicht|mit|bitte|sofort|komplett|explizit|exakt|strikt|zuletzt|stets|erneut|separat|zunächst|bereits|gut|korrekt|halt|oben|unten|hinten|vorne|innen|außen|eben|neben|zusammen|selten|den|einen|keinen|meinen|deinen|seinen|ihren|unseren|euren|diesen|jenen|allen|jeden|anderen|beiden|vielen|eigenen|neuen)(?![\p{L}]))`;
/** A German subject after its verb: a pronoun no order has there, an article, a determiner or an indefinite. */
const DE_SUBJECT = String.raw`(?:es|sie|der|die|das|ein|eine|kein|keine|mein|meine|unser|unsere|dieser|diese|dieses|alle|alles|nichts|irgendwas|irgendwer|jemand|niemand)(?![\p{L}])`;
const SUBJECT: Record<string, RegExp> = {
  zh: /^(?:我(?![们們])|他|她|它|这|這|那)/u,
  ja: /^(?:私|僕|俺|わたし|ぼく|自分|これ|それ)(?:が|は|も)/u,
  ko: /^(?:제가|내가|저는|나는|저도|나도|이게|그게|이건|그건)/u,
  es: new RegExp(
    `^(?:(?:yo|él|ella|ellos|ellas|ello|el|la|los|las|lo|le|les|me|un|una|unos|unas|mi|mis|su|sus|nuestro|nuestra|nuestros|nuestras|esto|eso|este|esta|estos|estas|ese|esa|todo|nada|nadie|alguien|voy|va|van|será|serán)(?![\\p{L}])|${NOT_A_VERB_ES}\\p{L}+(?:ré|rá|rán)(?![\\p{L}])|${NOT_A_VERB_ES}\\p{L}{2,}o(?![\\p{L}]))`,
    'iu',
  ),
  pt: new RegExp(
    `^(?:(?:eu|ele|ela|eles|elas|o|a|os|as|um|uma|meu|minha|meus|minhas|seu|sua|nosso|nossa|isso|isto|este|esta|esse|essa|tudo|nada|ninguém|alguém|vou|vai|vão|será|serão)(?![\\p{L}])|${NOT_A_VERB_PT}\\p{L}+(?:rei|rá|rão)(?![\\p{L}])|${NOT_A_VERB_PT}\\p{L}{2,}o(?![\\p{L}]))`,
    'iu',
  ),
  // "ich", "er", "man" are subjects after any verb ("mache ich"); "es", "sie" and an article may be an order's object
  // ("führe sie aus"), so only after a verb whose form no singular order has ("läuft der Build", "wird es", "laufen die
  // Tests"), and a plural's -en only where no infinitive closes the clause ("oben die Imports sortieren" orders).
  // Matched with their case: "verwenden Sie pnpm" is the polite order.
  de: new RegExp(
    String.raw`^(?:[Ii]ch|[Ee]r|[Mm]an)(?![\p{L}])|^\p{L}+\s+(?:ich|er|man)(?![\p{L}])|^(?:${DE_NOT_VERB}\p{L}+t|wird|ist|hat|kann|soll|muss|darf|will|war|mag|sind|werden|haben|können|sollen|müssen|dürfen|wollen|waren|wurden|hatten|konnten)\s+${DE_SUBJECT}|^${DE_NOT_VERB}\p{Ll}+(?:en|ern|eln)\s+(?:${DE_SUBJECT}|\p{Lu}(?!ie(?![\p{L}])))(?!.*\s\p{Ll}+(?:en|ern|eln)[\s.!]*$)`,
    'u',
  ),
  fr: /^(?:je|j'|il|elle|ils|elles|ce|c'|ça|cela|le|la|les|l'|un|une|des|mon|ma|mes|notre|nos|leur|leurs|tout|rien|personne|(?:tu|vous|nous|on)(?!\s+(?:dois|doit|devez|devons|devras|devrez|devrons|devra|vas|va|allez|allons|ne|n'|toujours|jamais)(?![\p{L}])))(?![\p{L}])/iu,
  ru: /^(?:я|он|она|оно|они|это|всё|все)(?![\p{L}])/iu,
  // Italian drops the subject as Spanish does: the first person's -o ("faccio", "controllo"), which no order ends in.
  it: /^(?:(?:io|lui|lei|loro|noi|questo|quello|tutto|niente|il|lo|la|i|gli|le|un|uno|una|sarà|saranno|va|vado)(?![\p{L}])|\p{L}{2,}o(?![\p{L}]))/iu,
};

/** Whether the words after a "from now on" frame have a subject of their own (see the module comment). */
export function hasOwnSubject(lang: string, rest: string): boolean {
  return SUBJECT[lang]?.test(rest.replace(/^[\s,，、:：]+/u, '')) === true;
}
