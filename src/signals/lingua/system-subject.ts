/**
 * Spanish and Portuguese: a rule verb's tú order is its third person too ("responde", "usa", "crea"), so after
 * "siempre"/"sempre" (romance-verbs.ts) what the verb is said of decides. A statement about a system puts its subject
 * after the verb and its complement, closing the clause ("Siempre responde con JSON la API", "Sempre usa a versão
 * antiga o servidor", "Siempre genera dos commits el script de release"), or leaves it implied where the complement is
 * what only a server answers with ("Sempre responde com erro 500", "Siempre responde con JSON": the API's answer, not
 * the agent's). An order's object comes straight after its verb ("Siempre actualiza el CHANGELOG"), or a noun phrase
 * closes a phrase of its own: a preposition's ("en la carpeta tests"), an infinitive's ("antes de reiniciar el
 * servidor"), a second object after "y"/"e", a clause after "cuando"/"que"/"quando" with its own subject.
 *
 * Where the words cannot tell, the sentence is no rule (a wrong edit costs more than a missed lesson): "Siempre responde
 * con JSON." is left unread, while "Siempre responde en español" (the output-language reader's) and "Siempre responde
 * con ejemplos de código" (no server's answer) are still orders.
 */
type Lang = 'es' | 'pt';

/** The definite articles that open a postposed subject (Spanish "o" is "or", "a" a preposition: neither is one). */
const ARTICLE: Record<Lang, string> = { es: 'el|la|los|las', pt: 'o|a|os|as' };

/**
 * Words after which a noun phrase is no subject of the main verb: prepositions and their contractions, conjunctions,
 * the clause openers whose clause has a subject of its own, and the adverbs that open a second object ("y luego los
 * tests", "e depois o linter").
 */
const CONNECTIVE =
  /^(?:luego|después|despues|también|tambien|además|ademas|entonces|primero|incluso|depois|também|tambem|então|entao|primeiro|logo|inclusive|solo|sólo|só|a|al|ante|antes|bajo|con|contra|de|del|desde|durante|en|entre|hacia|hasta|para|por|según|sin|sobre|tras|y|e|o|u|ni|ao|à|às|aos|com|do|da|dos|das|em|no|na|nos|nas|num|numa|pelo|pela|pelos|pelas|até|após|sem|ou|nem|como|que|cuando|cuándo|donde|mientras|si|quando|onde|enquanto|se|porque|aunque|embora|mas|pero)$/iu;
/** A clause opener anywhere before the phrase: what follows has its own verb and subject. */
const SUBORDINATE = /(?<![\p{L}])(?:que|cuando|donde|mientras|si|quando|onde|enquanto|se|porque|aunque|embora)(?![\p{L}])/iu;
/** Infinitives and gerunds govern the noun phrase after them ("antes de reiniciar el servidor", "rodando os testes"). */
const NONFINITE = /(?:ar|er|ir|ír|ndo)$/iu;
/** A noun phrase of time or order closes an order too ("… el lunes", "… la primera vez", "… o resto"). */
const TIME =
  /^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|día|dia|días|dias|mes|mês|año|ano|semana|final|fim|fin|principio|início|inicio|primera|primero|primeira|primeiro|último|última|ultimo|ultima|mismo|misma|mesmo|mesma|resto|momento|vez|veces|vezes)$/iu;

/** The words a server answers with: a status code, a timeout, a data format. */
const SERVER_ANSWER =
  /^(?:con|com)\s+(?:(?:un|una|um|uma|el|la|o|a)\s+)?(?:(?:error|erro|código|codigo|status|estado)\s+)?(?:http\s+)?(?:[1-5]\d\d|timeout|json|xml|html|yaml|csv)(?![\p{L}\d])/iu;
const REPLIES = /^(?:responde|contesta|devuelve|retorna|regresa|devolve)$/iu;

/** Whether the noun phrase closing the clause is the verb's subject (see the module comment). */
function postposedSubject(lang: Lang, next: string): boolean {
  const clause = next.replace(/[\s.!]+$/u, '');
  const m = new RegExp(
    String.raw`(?:^|\s)(\S+)\s+(?:${ARTICLE[lang]})\s+(\p{L}[\p{L}\d._-]*)(?:\s+(?:de|del|do|da|dos|das)\s+[\p{L}\d._-]+|\s+[\p{L}\d._-]+)?$`,
    'iu',
  ).exec(clause);
  if (!m) return false;
  const before = m[1]!.replace(/^[`'"]+|[`'",;:]+$/gu, '');
  if (/[,;:]$/u.test(m[1]!) || CONNECTIVE.test(before) || NONFINITE.test(before) || TIME.test(m[2]!)) return false;
  return !SUBORDINATE.test(clause.slice(0, m.index));
}

/**
 * Whether a rule verb's tú form (`verb`, lower-cased), with the words after it (`next`), states what a system does
 * rather than orders the agent (see the module comment).
 */
export function statedOfSystem(lang: Lang, verb: string, next: string): boolean {
  return (REPLIES.test(verb) && SERVER_ANSWER.test(next)) || postposedSubject(lang, next);
}
