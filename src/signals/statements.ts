/**
 * A frame word that starts a statement, not an order. Chat drops the subject: "Never seen this error before with
 * `npm ci`", "Always worked before with `npm ci`", "Always the same error with `make build`", "Don't know why
 * `npm test` hangs" say what happened or what the user thinks, yet each, said in two sessions, became memory word for
 * word. An order puts the verb's plain form after the frame; these put a past participle, a third-person form, a noun
 * phrase, or (after "don't") a verb of knowing or thinking, which no one orders. Read by the word's form where the
 * language marks it: English "-ed"/irregular participles and "-s"; Russian past tense "-л/-ла/-ло/-ли" ("Никогда не
 * видел"); Spanish "he/ha/hemos …" ("Nunca he visto"); German "ge…en/…t" standing alone ("Nie gesehen, …"); a Spanish or
 * Portuguese present, whose forms an order shares, by mood, person and verb class (lingua/romance-verbs.ts).
 */
import { romanceStatement } from './lingua/romance-verbs.js';
import { wheneverStates } from './lingua/whenever.js';
import { frenchNeverStates } from './lingua/fr-never.js';
import { verblessReading } from './lingua/verbless.js';
import { frontedPhrase } from './lingua/fronted.js';
import { cjkStatement } from './lingua/cjk-statements.js';
import { remindsOfPastInEnglish } from './lingua/past-reminder.js';
import { hasOwnSubject } from './lingua/own-subject.js';
import { withoutSwearing } from './expletives.js';

const EN_FRAME =
  /^(?:(?:and|but|so|also|lol|honestly),?\s+)?(always|never|don'?t|do not)\s+(?:(?:ever|really|just|actually|even|truly|literally|basically)\s+)*([a-z']+)\b/i;
/** Words no order puts after its frame ("Never once passed", "Always kinda flaky"): a hedge or a count. */
const HEDGE = /^(?:kinda|sorta|once|twice|quite|pretty|so|too|sometimes|somehow)$/;
/** Participles that are not the verb's plain form (those that are, "run", "put", "set", "read", stay orders). */
const IRREGULAR =
  /^(?:seen|been|had|heard|done|gone|known|thought|got|gotten|made|taken|given|written|said|told|felt|found|lost|met|meant|bought|brought|caught|taught|kept|built|sent|spent|understood|forgotten|broken|chosen|driven|fallen|shown|grown|thrown|begun|won|worn|hidden|stolen|spoken)$/;
/** Plain forms that end in "-ed" ("never embed", "always proceed"). */
const PLAIN_ED = /(?:eed|^embed|^shed|^shred|^bed|^wed)$/;
/** A noun phrase after "always"/"never" ("Always the same error"): an order has its verb there. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|my|our|your|his|her|their|its|same)$/;
/**
 * An adjective where the verb would be ("Always happy to help", "Never easy to tell"): the user's mood or a judgement,
 * with "be" dropped. Only words that are never a verb's plain form ("clean", "slow down", "better" advice stay out).
 */
const ADJECTIVE =
  /^(?:happy|glad|nice|fun|funny|busy|late|weird|strange|annoying|painful|flaky|available|welcome|grateful|curious|true|false|possible|impossible|fine|okay|ok|surprised|amazed|confused|hard|easy)$/;
/** A gerund where the verb would be ("Always running the migrations first would be slower"): its subject, not an order. */
const PLAIN_ING = /^(?:bring|ping|sing|ring|sting|swing|wring|cling|fling|sling|spring|string|wing|ding)$/;
/**
 * "Never again will I use yarn", "Never have we shipped on a Friday": the frame fronted before an auxiliary and its
 * subject, a statement of the speaker's. "Never do it again" and "Always have it run in CI" are orders: no "do" here,
 * and "have" only before a person.
 */
const INVERSION =
  /^(?:(?:and|but|so),?\s+)?(?:always|never)\s+(?:(?:again|before|once|ever)\s+)?(?:(?:will|would|has|had|did|was|were|is|am|are|can|could|shall|should|may|might|must)\s+(?:i|we|you|he|she|they|it)|have\s+(?:i|we|you|he|she|they))\b/i;
/** After "don't": knowing, thinking, liking. "Don't know why it hangs" is a report of the user's mind. */
const MENTAL = /^(?:know|think|remember|recall|understand|believe|see|care|like|love|hate|feel|agree)$/;

function englishStatement(sentence: string): boolean {
  if (INVERSION.test(sentence)) return true;
  const m = EN_FRAME.exec(sentence);
  if (!m) return false;
  const frame = m[1]!.toLowerCase();
  const word = m[2]!.toLowerCase();
  if (HEDGE.test(word)) return true;
  if (frame !== 'always' && frame !== 'never') return MENTAL.test(word);
  if (DETERMINER.test(word) || IRREGULAR.test(word) || ADJECTIVE.test(word)) return true;
  if (/ing$/.test(word) && word.length > 4 && !PLAIN_ING.test(word)) return true;
  if (/ed$/.test(word) && !PLAIN_ED.test(word)) return true;
  // "always fails", "never works": a third-person verb; plain forms end in "-ss", "-us", "-is", "-as" ("process",
  // "focus", "alias"), and short words are commands ("ls", "ps").
  return /^(?:has|does|goes|is|was|were|are)$/.test(word) || (word.length >= 4 && /[^suia]s$/.test(word));
}

/**
 * Words a statement puts between the frame and its telling form, as English "never ever", "always just" (EN_FRAME):
 * time ("раньше", "antes", "zuvor"), "yet/already", the speaker ("у меня", "me", "bei mir"). Chat says "Никогда раньше
 * не видел…", "Siempre me ha funcionado…", "Nie zuvor gesehen…"; none of them is an order's.
 */
const RU_BETWEEN = String.raw`(?:(?:раньше|прежде|ещё|еще|до этого|уже|вообще|толком|так|тут|здесь|у меня|мне|меня|же|ни разу)\s+)*`;
const ES_BETWEEN = String.raw`(?:(?:antes|jamás|nunca|ya|aquí|todavía|me|te|nos|le|les|se|lo|la|realmente)\s+)*`;
const DE_BETWEEN = String.raw`(?:(?:zuvor|vorher|so|schon|bisher|noch|wirklich|je|jemals|mal|hier|bei mir)\s+)*`;

const OTHER: readonly RegExp[] = [
  // A past, reflexive too ("Всегда сломалась"); not "сначала" (first), an adverb that ends like one: "Всегда сначала
  // запускай линтер" is an order.
  new RegExp(
    String.raw`^(?:никогда\s+${RU_BETWEEN}не|всегда)\s+${RU_BETWEEN}(?!(?:сначала|мало)(?![\p{L}]))\p{L}+(?:л|ла|ло|ли)(?:ся|сь)?(?=[\s,.!]|$)`,
    'iu',
  ),
  new RegExp(
    String.raw`^(?:nunca|siempre|jamás)\s+${ES_BETWEEN}(?:he|has|ha|hemos|habéis|han|había|habías|habíamos|habían)\s+\p{L}+`,
    'iu',
  ),
  // The simple past's third person ("Siempre funcionó", "Nunca falló"): no order ends in a stressed "-ó".
  new RegExp(String.raw`^(?:nunca|siempre|jamás)\s+${ES_BETWEEN}\p{L}+ó(?=[\s,.!]|$)`, 'iu'),
  // The participle ends its clause, or chat leaves a preposition after it ("Immer schon gesehen mit …").
  new RegExp(
    String.raw`^(?:nie|niemals|immer)\s+${DE_BETWEEN}ge\p{L}{3,}(?:en|t)(?=\s*(?:[,.!]|$)|\s+(?:mit|bei|in|auf|unter|nach|seit|vor|so)\s)`,
    'iu',
  ),
  // Russian present third person ("Всегда падает сборка", "Никогда не работает make"): every imperative ends in
  // -й/-и/-ь(-те), none in -т; and a noun phrase ("Всегда одна и та же ошибка").
  new RegExp(
    String.raw`^(?:никогда\s+${RU_BETWEEN}не|всегда)\s+${RU_BETWEEN}(?:\p{L}+(?:ет|ёт|ит|ут|ют|ат|ят)|одна|один|одно|одни|та|тот|те|эта|этот|эти|такая|такой|такие)(?=[\s,.!]|$)`,
    'iu',
  ),
  // German: a noun phrase ("Immer der gleiche Fehler"), "immer noch/wieder/mehr" (still, again and again), or a verb
  // in the third person before its subject ("Nie funktioniert make"): a singular order ends in no -t. Case-sensitive
  // after the frame: a noun ("Immer Geduld") is no verb. Not a noun phrase that an infinitive closes: "Nie die Datenbank
  // löschen" is an order.
  new RegExp(
    String.raw`^(?:[Ii]mmer|[Nn]ie|[Nn]iemals)\s+(?:(?!.*\s\p{Ll}+(?:en|ern|eln)[.!]?$)(?:der|die|das|den|dem|des|ein|eine|einen|dasselbe|derselbe|dieselbe|gleiche|gleichen)|noch|wieder|mehr|öfter|(?!(?:erst|zuerst|direkt|selbst|jetzt|oft|meist|sonst|nicht|mit|bitte)(?![\p{L}]))\p{Ll}{2,}t)(?![\p{L}])`,
    'u',
  ),
  // Russian present third person of a reflexive verb ("Никогда не получается", "Всегда ломается сборка").
  new RegExp(String.raw`^(?:никогда\s+${RU_BETWEEN}не|всегда)\s+${RU_BETWEEN}\p{L}+(?:ет|ёт|ит|ут|ют|ат|ят)ся(?=[\s,.!]|$)`, 'iu'),
  // French "ne … jamais" after what a thing does, not the agent: a compound past ("N'a jamais marché"), a verb of
  // working or failing ("Ne marche jamais", "Ne fonctionne jamais en CI"), a third person no order has ("Ne répond
  // jamais": the order is "réponds"); a verb of building or starting only with nothing it acts on after it ("Ne compile
  // jamais du premier coup", "Ne démarre jamais.": "Ne démarre jamais le serveur en prod" is an order).
  /^(?:ne\s+|n')(?:a|as|ont|avait|avaient|est|sont|était|étaient)\s+jamais(?![\p{L}])/iu,
  /^ne\s+(?:marche|marchent|fonctionne|fonctionnent|plante|plantent|crashe|crashent|bugue|buguent|foire|foirent|échoue|échouent|rame|rament|répond|répondent|réussit|réussissent|aboutit|aboutissent)\s+jamais(?![\p{L}])/iu,
  /^ne\s+(?:se\s+lance|compile|compilent|démarre|démarrent|passe|passent|tourne|tournent|charge|chargent|build|buildent)\s+jamais(?:\s+(?:du premier coup|à la première|au premier (?:coup|essai)|en (?:ci|local)|sur (?:la |ma |le )?(?:ci|machine)|correctement|bien|ici|chez moi))?\s*[.!]*$/iu,
  // "Whenever I …" (siempre que, immer wenn, toujours quand, всегда когда + the first person): what happens to the
  // speaker. "Siempre que hagas push, corre los tests" addresses the agent and stays a rule.
  /^(?:siempre|sempre)\s+que\s+(?:yo\s+|eu\s+)?(?:(?:lo|la|los|las|me|se|o|a|os|as)\s+)?(?:\p{L}{2,}o|faço|estoy|estou|soy|sou|voy|vou|puedo|posso)(?![\p{L}])/iu,
  /^(?:immer|jedes\s+mal),?\s+wenn\s+(?:\p{L}+\s+)?ich(?![\p{L}])|^toujours\s+(?:quand|lorsque)\s+(?:je\s|j')|^всегда,?\s+когда\s+я(?![\p{L}])/iu,
  // The frame word as what is said ("Nunca digas nunca", "Никогда не говори никогда"): a proverb that mentions it.
  /^(nunca|jamás|jamais|nie|niemals|никогда|never)\s+(?:не\s+)?(?:digas|diga|diz|fale|dis|sag|sage|говори|скажи|say)\s+\1[\s.!]*$/iu,
  // Spanish and Portuguese with no verb after the frame, a place or "more" ("Nunca más", "Siempre a la orden",
  // "Sempre às ordens"): a set phrase. Code in it ("Siempre con `pnpm`") may be an order's payload and is left.
  /^(?:siempre|nunca|jamás|sempre|jamais)\s+(?:más|mais|jamás|jamais|(?:a|à|às|al|ao)(?:\s+\p{L}+){1,2})[\s.!]*$/iu,
  // With no verb, a preposition before a noun phrase ("Toujours avec des bugs", "Siempre con los mismos errores",
  // "Sempre com uns avisos estranhos"): what keeps coming with it, the user's complaint. An order without its verb names
  // what to use or where ("Siempre con pnpm", "Toujours avec `pnpm`", "Nunca en main"), with no article.
  // German, the same: "Immer mit dem gleichen Fehler" (no infinitive closes it, a noun does).
  /^(?:[Ii]mmer|[Nn]ie|[Nn]iemals)\s+(?:mit|ohne|bei|in|im|auf|nach)\s+(?:dem|der|den|des|einem|einer|einen|eines|meinem|meiner|diesem|dieser|demselben|derselben)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{L}*[.!]*$/u,
  /^(?:siempre|nunca|jamás|sempre|jamais|toujours)\s+(?:con|com|sin|sem|en|em|avec|sans|de|para|pour|por|dans|sur)\s+(?:el|la|los|las|un|una|unos|unas|mis|tus|sus|o|a|os|as|um|uma|uns|umas|meus|minhas|le|les|l'|une|des|du|mes|ces|ce|cette)(?![\p{L}])/iu,
  // Italian chat reaches the Portuguese reader through "sempre" (lingua/standing.ts): an article no Portuguese has ("Sempre
  // lo stesso errore", "Sempre il solito problema") or "più"/"meno" ("Sempre più lento") opens a complaint, not an order.
  /^sempre\s+(?:lo|il|gli|i|le|più|piu|meno|peggio|meglio)(?![\p{L}])/iu,
  // After a verb, what comes back the same or too much ("Mostra sempre lo stesso errore", "Usa sempre troppa memoria").
  /^\p{L}+\s+sempre\s+(?:(?:lo|la|gli|le)\s+stess[oaie]|il\s+solito|la\s+solita|i\s+soliti|le\s+solite|tropp[oaie])(?![\p{L}])/iu,
  // Russian: the speaker's mood ("Всегда рад помочь"), as English "Always happy to help".
  /^всегда\s+(?:рад|рада|рады|готов|готова|готовы|счастлив|счастлива)(?![\p{L}])/iu,
  // French: a noun phrase ("Toujours la même erreur"), "toujours aussi/pas/pareil" (as … as ever, still not), or a past
  // participle ("Toujours planté au démarrage"), which no order ends in.
  new RegExp(
    String.raw`^toujours\s+(?:la|le|les|l'|un|une|des|du|ce|cette|ces|mon|ma|mes|même|aussi|pas|pareil|rien|encore|\p{L}+(?:é|ée|és|ées|u|ue|us|ues))(?![\p{L}])`,
    'iu',
  ),
];

/**
 * German and Russian: an order has a verb, an imperative or an infinitive ("Immer Tests schreiben", "Nie direkt auf main
 * pushen", "Всегда запускай тесты"). After the frame, a noun with what it is about ("Immer Ärger mit Docker", "Nie Zeit
 * für Tests"), a preposition's phrase ("Immer mit der Ruhe", "Nie im Leben": not one lower-case word alone, which German,
 * capitalising its nouns, writes only for a name, "Immer mit pnpm", "Nie auf main", an order without its verb), or one adjective or adverb alone ("Immer langsam", "Nie stabil", "Nie schnell genug", "Всегда медленно"), or Russian words of
 * which none has a verb's ending ("Всегда проблемы с докером", "Всегда красный CI"), is the user's complaint.
 */
const DE_VERBLESS =
  /^(?:[Ii]mmer|[Nn]ie|[Nn]iemals)\s+(?:(?:mit|ohne|im|in|auf|für|bei|nach|zum|zur|um)(?!\s+[a-z][a-z\d._-]*[.!]?$)(?:\s+(?!(?!(?:den|einen|keinen|meinen|deinen|seinen|ihren|unseren|euren|diesen|allen)(?![\p{L}]))\p{Ll}+(?:en|ern|eln)(?![\p{L}]))[\p{L}\d-]+){1,3}|\p{Lu}\p{L}*(?:\s+(?!\p{Ll}+(?:en|ern|eln)(?![\p{L}]))[\p{L}\d-]+)*|(?:(?:so|zu|ganz|richtig|wirklich)\s+)?\p{Ll}+(?<!e|en|ern|eln)(?:\s+genug)?)[.!]?$/u;
const RU_FRAME = /^(?:никогда\s+не|всегда)\s+/iu;
/** Imperative (-й, -и, -ь, with -те, -ся) and infinitive (-ть, -ти, -чь) endings; not an adjective's -ый/-ий, nor a noun's -ки/-ги/-хи. */
const RU_VERB_FORM = /(?:(?<![ыи])й|йте|(?<![кгх])и|ите|ь|ьте|ть|чь|сти|зти|йти)(?:ся|сь)?$/u;
/** Adverbs that end like an imperative ("Всегда очень медленно"). */
const RU_ADVERB = /^(?:очень|опять|теперь|здесь|вообще-то|совсем|почти)$/u;
function verbless(s: string): boolean {
  if (DE_VERBLESS.test(s)) return true;
  const m = RU_FRAME.exec(s);
  if (!m) return false;
  const words =
    s
      .slice(m[0].length)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.length > 0 && !words.some((w) => /\p{Script=Cyrillic}/u.test(w) && RU_VERB_FORM.test(w) && !RU_ADVERB.test(w));
}

/**
 * German after its frame, a place fronted or not (lingua/fronted.ts): a finite verb, then a subject of its own ("Immer
 * scheitern die Tests", "Nie in CI laufen die Tests durch", "Nie mit Docker kann man das testen"), which no order has
 * (own-subject.ts): what a thing does. "du", "wir" and the polite "Sie" address the agent and are left to the order
 * readers, and so is an obligation's modal ("Nie darf das Passwort ins Log"), a rule said of a thing.
 */
const DE_FRAME = /^(?:[Ii]mmer|[Nn]ie|[Nn]iemals)\s+(?!(?:muss|müssen|soll|sollen|darf|dürfen)(?![\p{L}]))/u;
function germanVerbSecond(s: string): boolean {
  const m = DE_FRAME.exec(s);
  return m !== null && hasOwnSubject('de', s.slice(m[0].length));
}

/** Whether a sentence that opens with a rule's frame states something rather than asks it. */
export function statesNotAsks(sentence: string): boolean {
  // A swear word is read as if unsaid (expletives.ts): "Always fucking run the tests" puts no gerund after the frame.
  const s = withoutSwearing(sentence.trim().replace(/[’‘ʼ]/g, "'"));
  // "Nunca en main funciona", "Always on develop it crashes": the clause after a fronted place says who does what
  // (lingua/fronted.ts); an order's verb there keeps the sentence from the frame's verbless readings.
  const fronted = frontedPhrase(s);
  if (fronted && (fronted.ownSubject || statesNotAsks(fronted.reduced))) return true;
  if (fronted?.orders) return false;
  // "Siempre con prisas" / "Sempre com pnpm": with no verb, what the phrase names decides (lingua/verbless.ts).
  const noVerb = verblessReading(s);
  if (noVerb) return noVerb === 'complaint';
  return (
    englishStatement(s) ||
    remindsOfPastInEnglish(s) ||
    OTHER.some((re) => re.test(s)) ||
    verbless(s) ||
    germanVerbSecond(s) ||
    romanceStatement(s) ||
    wheneverStates(s) ||
    frenchNeverStates(s) ||
    cjkStatement(s)
  );
}
