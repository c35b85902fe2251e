/**
 * Spanish and Portuguese: is the verb after "nunca"/"jamás"/"siempre" ("jamais"/"sempre") an order's, or a statement's
 * with its subject dropped or put after it ("Nunca funciona make.", "Siempre falla el test de login.", "Sempre falha o
 * build.")? English tells them by the verb's form (statements.ts: "never works"); here the forms collide, so the
 * grammar decides where it can and a closed list where it cannot:
 * - A negative order is a subjunctive ("nunca uses", "nunca use", "nunca hagas"), never an indicative: after "nunca"
 *   an -ar verb's third person ("funciona", "falla") or second ("usas") states, and so do -er/-ir verbs' indicative
 *   forms ("corre", "lees"). The -er/-ir verbs are a closed class (every new verb, "commitear", "pushear", is -ar), so
 *   they are a table here; a word ending like an -ar indicative that is no -er/-ir subjunctive ("haga", "corra") states.
 * - A positive order in the tú form IS the third person ("usa" / "falla"): only a rule's own verbs open one there (the
 *   verbs standing.ts reads after the verb, and a few more the agent is told to do), else the usted/vos forms, an
 *   infinitive or an imperative with its pronoun attached ("pregúntame"), which no statement has.
 * - The first person ("Siempre uso pnpm", like English "I always use pnpm"), a noun phrase ("Siempre el mismo error")
 *   and the irregular "es/está/hay/va/da" state in both.
 * Anything else after the frame (a code span, "que", a preposition) is left to the frame's other readers.
 */

import { statedOfSystem } from './system-subject.js';

/** The rule verbs' tú imperatives that standing.ts reads after the verb ("Revisa siempre …"). */
export const ES_VERBS =
  'usa|usá|use|usen|utiliza|utilizá|utilice|utilicen|ejecuta|ejecutá|ejecute|ejecuten|corre|corré|corra|haz|hacé|haga|hagan|escribe|escribí|escriba|añade|añadí|añada|agrega|agregá|agregue|revisa|revisá|revise|verifica|verificá|verifique|comprueba|compruebe|prueba|probá|pruebe|pregunta|preguntá|pregunte|pon|poné|ponga|mantén|mantené|mantenga|crea|creá|cree|lee|leé|lea|responde|respondé|responda|contesta|contestá|conteste|explica|explicá|explique|di|decí|diga|documenta|documente|actualiza|actualice|formatea|formatee|incluye|incluí|incluya|empieza|empezá|empiece|comienza|comience|muestra|mostrá|muestre|sigue|seguí|siga|trabaja|trabajá|trabaje';
export const PT_VERBS =
  'usa|use|usem|utiliza|utilize|utilizem|roda|rode|rodem|executa|execute|executem|faz|faça|faca|façam|escreve|escreva|adiciona|adicione|verifica|verifique|testa|teste|pergunta|pergunte|coloca|coloque|põe|poe|ponha|mantém|mantem|mantenha|cria|crie|lê|le|leia|responde|responda|explica|explique|diz|diga|documenta|documente|atualiza|atualize|formata|formate|inclui|inclua|começa|comece|mostra|mostre|segue|siga|trabalha|trabalhe|confirma|confirme';

/**
 * More -ar verbs an agent is told to do, whose tú form only an order puts after "siempre"/"sempre" ("Siempre instala
 * las dependencias con pnpm"). Not read after the verb (standing.ts keeps its own list): this only keeps orders.
 */
const ES_MORE =
  'instala|guarda|limpia|regenera|borra|elimina|compila|valida|comenta|nombra|renombra|copia|reinicia|avisa|consulta|evita|respeta|lanza|deja|quita|arregla|genera|exporta|sincroniza|etiqueta|firma|commitea|pushea|mergea|testea|despliega|descarga|edita|modifica|manda|envía|notifica|marca|cierra|lista|ordena|traduce|corrige|sube|abre|pide|elige|define';
const PT_MORE =
  'instala|salva|limpa|regenera|apaga|remove|compila|valida|comenta|renomeia|copia|reinicia|avisa|consulta|evita|respeita|deixa|tira|conserta|gera|exporta|sincroniza|assina|commita|envia|marca|fecha|lista|ordena|traduz|corrige|sobe|abre|pede|escolhe|define|move|devolve|edita|modifica|manda';

/**
 * -er/-ir verbs by stem: [indicative stem (+e/es/en), subjunctive stem (+a/as/an)]. "corre"/"corra",
 * "hace"/"haga", "lee"/"lea", "dice"/"diga".
 */
const ES_ER_IR: readonly [string, string][] = [
  ['hac', 'hag'],
  ['deshac', 'deshag'],
  ['corr', 'corr'],
  ['le', 'le'],
  ['escrib', 'escrib'],
  ['sobrescrib', 'sobrescrib'],
  ['reescrib', 'reescrib'],
  ['describ', 'describ'],
  ['pon', 'pong'],
  ['propon', 'propong'],
  ['sub', 'sub'],
  ['abr', 'abr'],
  ['romp', 'romp'],
  ['muev', 'muev'],
  ['vuelv', 'vuelv'],
  ['devuelv', 'devuelv'],
  ['resuelv', 'resuelv'],
  ['respond', 'respond'],
  ['incluy', 'incluy'],
  ['añad', 'añad'],
  ['dic', 'dig'],
  ['tien', 'teng'],
  ['mantien', 'manteng'],
  ['contien', 'conteng'],
  ['sal', 'salg'],
  ['met', 'met'],
  ['comet', 'comet'],
  ['com', 'com'],
  ['imprim', 'imprim'],
  ['omit', 'omit'],
  ['permit', 'permit'],
  ['admit', 'admit'],
  ['compart', 'compart'],
  ['recib', 'recib'],
  ['elig', 'elij'],
  ['corrig', 'corrij'],
  ['dirig', 'dirij'],
  ['exig', 'exij'],
  ['construy', 'construy'],
  ['destruy', 'destruy'],
  ['distribuy', 'distribuy'],
  ['defin', 'defin'],
  ['cumpl', 'cumpl'],
  ['depend', 'depend'],
  ['aprend', 'aprend'],
  ['entiend', 'entiend'],
  ['pierd', 'pierd'],
  ['enciend', 'enciend'],
  ['extiend', 'extiend'],
  ['atiend', 'atiend'],
  ['prend', 'prend'],
  ['conoc', 'conozc'],
  ['parec', 'parezc'],
  ['aparec', 'aparezc'],
  ['desaparec', 'desaparezc'],
  ['crec', 'crezc'],
  ['tra', 'traig'],
  ['ca', 'caig'],
  ['pued', 'pued'],
  ['quier', 'quier'],
  ['sab', 'sep'],
  ['sigu', 'sig'],
  ['pid', 'pid'],
  ['repit', 'repit'],
  ['sirv', 'sirv'],
  ['viv', 'viv'],
  ['exist', 'exist'],
  ['ocurr', 'ocurr'],
  ['insist', 'insist'],
  ['asum', 'asum'],
  ['interrump', 'interrump'],
  ['divid', 'divid'],
  ['decid', 'decid'],
  ['discut', 'discut'],
  ['un', 'un'],
  ['reduc', 'reduzc'],
  ['produc', 'produzc'],
  ['traduc', 'traduzc'],
  ['introduc', 'introduzc'],
  ['conduc', 'conduzc'],
  ['v', 've'],
  ['suced', 'suced'],
  ['bat', 'bat'],
  ['mov', 'mov'],
  ['escog', 'escoj'],
  ['recog', 'recoj'],
];
const PT_ER_IR: readonly [string, string][] = [
  ['faz', 'faç'],
  ['desfaz', 'desfaç'],
  ['escrev', 'escrev'],
  ['reescrev', 'reescrev'],
  ['sobrescrev', 'sobrescrev'],
  ['corr', 'corr'],
  ['lê', 'lei'],
  ['le', 'lei'],
  ['põe', 'ponh'],
  ['abr', 'abr'],
  ['sob', 'sub'],
  ['inclu', 'inclu'],
  ['mantém', 'mantenh'],
  ['diz', 'dig'],
  ['tem', 'tenh'],
  ['sa', 'sai'],
  ['mex', 'mex'],
  ['met', 'met'],
  ['com', 'com'],
  ['romp', 'romp'],
  ['mov', 'mov'],
  ['devolv', 'devolv'],
  ['resolv', 'resolv'],
  ['respond', 'respond'],
  ['atend', 'atend'],
  ['entend', 'entend'],
  ['perd', 'perc'],
  ['vend', 'vend'],
  ['aprend', 'aprend'],
  ['bat', 'bat'],
  ['depend', 'depend'],
  ['receb', 'receb'],
  ['escolh', 'escolh'],
  ['corrig', 'corrij'],
  ['constró', 'constru'],
  ['defin', 'defin'],
  ['permit', 'permit'],
  ['imprim', 'imprim'],
  ['omit', 'omit'],
  ['divid', 'divid'],
  ['decid', 'decid'],
  ['assum', 'assum'],
  ['segu', 'sig'],
  ['ped', 'peç'],
  ['repet', 'repit'],
  ['serv', 'sirv'],
  ['vê', 'vej'],
  ['ve', 'vej'],
  ['pod', 'poss'],
  ['quer', 'queir'],
  ['sab', 'saib'],
  ['traz', 'trag'],
  ['ca', 'cai'],
  ['cab', 'caib'],
  ['explod', 'explod'],
  ['acontec', 'acontec'],
  ['ocorr', 'ocorr'],
  ['exist', 'exist'],
  ['cresc', 'cresç'],
  ['aparec', 'apareç'],
  ['desaparec', 'desapareç'],
];

interface Lang {
  code: 'es' | 'pt';
  frame: RegExp;
  /** A verb before "siempre"/"sempre" ("Responde siempre …"). */
  verbFirst: RegExp;
  /** Words that may sit between the frame and the verb: clitic pronouns, "ya", "todavía". */
  between: RegExp;
  /** The rule verbs' tú forms, the only ones a positive order and a statement share. */
  ruleVerbs: ReadonlySet<string>;
  /** The lexicon's own verbs, which Portuguese chat also forbids in the indicative ("nunca usa yarn"). */
  casualNever: ReadonlySet<string>;
  /** -er/-ir indicative forms ("corre", "lees") and subjunctive forms ("corra", "hagas"). */
  indicative: ReadonlySet<string>;
  subjunctive: ReadonlySet<string>;
  /** Forms that only state: "es", "está", "hay", "va", "da"; determiners that open a noun phrase. */
  states: RegExp;
  /** Words ending like a first person that are adverbs ("primero", "solo"). */
  notFirstPerson: RegExp;
  infinitive: RegExp;
}

const forms = (table: readonly [string, string][], endings: readonly string[], at: 0 | 1) =>
  new Set(table.flatMap((row) => endings.map((e) => `${row[at]}${e}`)));
const words = (...lists: string[]) => new Set(lists.flatMap((l) => l.split('|')));

const ES: Lang = {
  code: 'es',
  frame: /^(nunca|jamás|siempre)\s+/iu,
  verbFirst: /^(\p{L}+)\s+siempre\s+/iu,
  between: /^(?:(?:ya|todavía|aún|me|te|se|nos|os|lo|la|los|las|le|les)\s+)*/iu,
  ruleVerbs: words(ES_VERBS, ES_MORE),
  casualNever: new Set(),
  indicative: forms(ES_ER_IR, ['e', 'es', 'en'], 0),
  subjunctive: forms(ES_ER_IR, ['a', 'as', 'an'], 1),
  states:
    /^(?:es|son|era|eran|fue|fueron|está|están|estaba|estaban|hay|había|va|van|iba|iban|da|dan|sale|salen|tiene|tienen|hace|hacen|puede|pueden|parece|parecen|queda|quedan|el|un|una|unos|unas|mi|mis|tu|tus|su|sus|nuestro|nuestra|este|esta|estos|estas|ese|esa|esos|esas|mismo|misma)$/iu,
  notFirstPerson: /^(?:primero|solo|sólo|luego|pronto|cuidado|ojo|claro|cero|todo|nunca)$/iu,
  infinitive: /(?:ar|er|ir|ír)(?:me|te|se|lo|la|los|las|le|les|nos)?$/iu,
};
const PT: Lang = {
  code: 'pt',
  frame: /^(nunca|jamais|sempre)\s+/iu,
  verbFirst: /^(\p{L}+)\s+sempre\s+/iu,
  between: /^(?:(?:já|ainda|me|te|se|nos|o|a|os|as|lhe|lhes)\s+)*/iu,
  ruleVerbs: words(PT_VERBS, PT_MORE),
  casualNever: words(PT_VERBS),
  indicative: forms(PT_ER_IR, ['e', 'es', 'em', ''], 0),
  subjunctive: forms(PT_ER_IR, ['a', 'as', 'am'], 1),
  states:
    /^(?:é|são|era|eram|foi|foram|está|estão|estava|estavam|há|havia|vai|vão|ia|iam|dá|dão|fica|ficam|pode|podem|parece|parecem|tem|têm|um|uma|uns|umas|meu|minha|meus|minhas|seu|sua|nosso|nossa|este|esta|esse|essa|isso|isto|mesmo|mesma)$/iu,
  notFirstPerson: /^(?:primeiro|só|sozinho|logo|cuidado|olho|claro|zero|todo)$/iu,
  infinitive: /(?:ar|er|ir|or)(?:-(?:me|te|se|o|a|os|as|lo|la|los|las|lhe))?$/iu,
};

/** A word after the frame, the text after it, and whether the frame forbids. */
interface After {
  w: string;
  next: string;
  never: boolean;
}

/**
 * Where the verb's form cannot tell, what follows it can. "Keeps" before a failing ("Siempre sigue fallando", "Sempre
 * segue falhando o build", "Siempre sigue igual") says what keeps happening: an order to keep doing names a doing.
 */
const KEEPS = /^(?:sigue|siguen|segue|seguem|continúa|continúan|continua|continuam)$/u;
const FAILING =
  /^(?:fallando|falhando|rompiendo|quebrando|petando|crasheando|colgándose|colgando|travando|tardando|demorando|dando|igual|mal|roto|rota|rotos|quebrado|quebrada|parado|parada|colgado|travado|sin|sem)$/u;
/**
 * A verb of running said of a thing, with how it runs closing the clause (or only where) and nothing it runs named ("Sempre roda
 * devagar", "Siempre corre lento", "Nunca roda direito"): an order to run names what to run ("Sempre roda os testes").
 */
const RUNS = /^(?:corre|roda|ejecuta|executa|compila|funciona|carga|carrega|arranca|anda)$/u;
const MANNER = /^(?:lento|lenta|rápido|rápida|rapido|devagar|bien|mal|bem|direito|igual|sozinho|solo)$/u;
/** The clause's end, or only where it runs after the manner ("Siempre corre lento en mi máquina"). */
const PLACE_OR_END = /^(?:\s+(?:en|em|no|na|con|com|sobre|sin|sem|al|ao)\s[^,;]*)?[\s.!]*$/iu;
/**
 * What opens a Portuguese casual order's complement when it names no object: a place, a manner ("Nunca roda no CI"
 * states where a thing never runs; "Nunca roda as migrações" forbids running them).
 */
const NO_OBJECT = /^(?:no|na|nos|nas|em|com|de|do|da|dos|das|pelo|pela|direito|bem|mal|aqui|lá|localmente|sozinho|devagar|rápido|certo)$/u;

/** The word's verdict: true states, false orders, undefined is no verb form this knows. */
function verbStates({ w, next, never }: After, lang: Lang): boolean | undefined {
  // "Siempre hay que …", "Nunca tienes que …": an obligation, which is a rule's.
  if (/^(?:hay|há|tiene|tienen|tienes|tenés|tem|têm|tens)$/u.test(w) && /^que\b/iu.test(next)) return undefined;
  const after = /^[\p{L}-]+/u.exec(next)?.[0]?.toLowerCase() ?? '';
  if (KEEPS.test(w) && FAILING.test(after)) return true;
  if (RUNS.test(w) && MANNER.test(after) && PLACE_OR_END.test(next.slice(after.length))) return true;
  if (lang.states.test(w)) return true;
  if (lang.infinitive.test(w)) return false;
  // "-é" ends an -ar verb's first-person past ("usé", "probé") and an -er verb's vos order ("corré", "hacé"); "-á"
  // and "-í" are vos orders ("usá", "escribí"). Portuguese "-ei/-ou/-eu/-iu" are pasts ("usei", "falhou"): no order.
  if (lang === ES && /é$/u.test(w)) return !(lang.ruleVerbs.has(w) || lang.indicative.has(`${w.slice(0, -1)}e`));
  if (lang === ES && /[áí]$/u.test(w)) return false;
  if (lang === PT && w.length > 3 && /(?:ei|ou|eu|iu)$/u.test(w)) return true;
  // An -air/-uir verb's third person ("cai", "sai", "destrói"): its order ends in -a ("caia", "saia").
  if (lang === PT && /^\p{Ll}+(?:ai|ói)$/u.test(w)) return true;
  // An order with its pronoun attached carries the stress mark the bare form had not ("pregúntame", "ejecútalos").
  if (/[áéíóú]\p{L}*(?:me|te|lo|la|los|las|le|les|nos)$/u.test(w) && w.length > 5) return false;
  if (w.length < 2 || !/^\p{Ll}+$/u.test(w)) return undefined;
  if (w.length > 2 && /o$/u.test(w) && !lang.notFirstPerson.test(w)) return true;
  if (lang.subjunctive.has(w)) return false;
  if (lang.indicative.has(w)) return !(!never && lang.ruleVerbs.has(w)) || statedOfSystem(lang.code, w, next);
  if (never) {
    // Not an -er/-ir subjunctive: an -ar indicative ("funciona", "usas", "fallan"); Portuguese chat also orders with
    // the indicative ("nunca usa yarn"), read only for a rule's own verbs.
    if (/(?:a|as|an|am)$/u.test(w)) return !lang.casualNever.has(w) || /^[\s.!]*$/u.test(next) || NO_OBJECT.test(after);
    return undefined;
  }
  // After "siempre": a second person states ("usas", "corres"); a tú form is an order only of a rule verb.
  if (/(?:as|es)$/u.test(w)) return !/^(?:antes|después|depois|além|mientras|jamás)$/u.test(w);
  if (/(?:a|e|an|en|am|em)$/u.test(w)) {
    const tu = w.replace(/(?<=[ae])[nm]$/u, '');
    if (lang.ruleVerbs.has(w) || lang.ruleVerbs.has(tu)) return /[ae]$/u.test(w) && statedOfSystem(lang.code, w, next);
    // The usted form of an -ar verb ends in -e and states nothing ("Siempre instale", "Sempre rode").
    return !/e[nm]?$/u.test(w);
  }
  return undefined;
}

/**
 * Whether a sentence opening with "nunca"/"siempre"/"sempre" states something rather than orders it. "Nunca" is both
 * languages' word: a statement in one that is an order in the other ("Nunca faça push", an -er subjunctive in
 * Portuguese, reads as an -ar indicative in Spanish) is an order.
 */
export function romanceStatement(sentence: string): boolean {
  let states = false;
  for (const lang of [ES, PT]) {
    // The adverb after the verb ("Responde siempre con un 500 el backend"), as standing.ts reads a rule verb's order.
    const verbFirst = lang.verbFirst.exec(sentence);
    const v = verbFirst?.[1]?.toLowerCase() ?? '';
    if (verbFirst && lang.ruleVerbs.has(v) && !lang.subjunctive.has(v) && statedOfSystem(lang.code, v, sentence.slice(verbFirst[0].length)))
      return true;
    const m = lang.frame.exec(sentence);
    if (!m) continue;
    const rest = sentence.slice(m[0].length).replace(lang.between, '');
    const w = /^[\p{L}-]+/u.exec(rest)?.[0]?.toLowerCase();
    if (!w) continue;
    const verdict = verbStates({ w, next: rest.slice(w.length).trim(), never: !/^(?:siempre|sempre)$/iu.test(m[1] ?? '') }, lang);
    if (verdict === false) return false;
    states ||= verdict === true;
  }
  return states;
}

/** Forms whose mood the endings would misread: irregular subjunctives and indicatives a condition opens with. */
const IRREGULAR_MOOD: Record<'es' | 'pt', { subjunctive: RegExp; indicative: RegExp }> = {
  es: {
    subjunctive:
      /^(?:sea|seas|sean|pueda|puedas|puedan|haya|hayas|hayan|tenga|tengas|tengan|vaya|vayas|vayan|quiera|quieras|quieran|sepa|sepas|esté|estés|estén|dé|des|den)$/u,
    indicative:
      /^(?:es|eres|son|está|estás|están|hay|va|vas|van|puede|puedes|pueden|tiene|tienes|tienen|quiere|quieres|quieren|sale|sales|salen|hace|haces|hacen|da|das|dan)$/u,
  },
  pt: {
    subjunctive: /^(?:seja|sejas|sejam|possa|possas|possam|tenha|tenhas|tenham|esteja|estejas|estejam|faça|façam|queira|queiram|vá|vão)$/u,
    indicative: /^(?:é|és|são|está|estás|estão|há|vai|vais|pode|podes|podem|tem|tens|têm|faz|fazes|fazem|dá|dás|dão|quer|queres|querem)$/u,
  },
};

/**
 * The mood of a verb opening a condition ("siempre que modifiques" / "siempre que modificas"), or undefined where the
 * word is no verb form this knows. A Portuguese future subjunctive ends in -r ("sempre que alterar", "fizer", "for").
 */
export function conditionMood(word: string, code: 'es' | 'pt'): 'indicative' | 'subjunctive' | undefined {
  const lang = code === 'es' ? ES : PT;
  const w = word.toLowerCase();
  if (IRREGULAR_MOOD[code].subjunctive.test(w) || lang.subjunctive.has(w)) return 'subjunctive';
  if (IRREGULAR_MOOD[code].indicative.test(w) || lang.indicative.has(w)) return 'indicative';
  if (w.length < 3 || !/^\p{Ll}+$/u.test(w)) return undefined;
  if (code === 'pt' && /(?:ar|er|ir|or)$/u.test(w)) return 'subjunctive';
  // An -air/-uir verb's third person ("cai", "sai", "destrói"), as verbStates reads it.
  if (code === 'pt' && /(?:ai|ói)$/u.test(w)) return 'indicative';
  if (/o$/u.test(w) && !lang.notFirstPerson.test(w)) return 'indicative';
  // An -ar verb: -a/-as/-an (-am) state, -e/-es/-en (-em) ask; -er/-ir verbs are the tables above.
  if (/(?:a|as|an|am)$/u.test(w)) return 'indicative';
  if (/(?:e|es|en|em)$/u.test(w)) return 'subjunctive';
  return undefined;
}

/**
 * Whether a clause opens with an order: a rule verb's imperative ("corre los tests"), an usted form, or a negated
 * subjunctive ("no hagas push"). "Se borra la carpeta" (a thing's passive) and "falla el login" state.
 */
export function clauseOrders(clause: string, code: 'es' | 'pt'): boolean {
  const lang = code === 'es' ? ES : PT;
  const words = clause
    .trim()
    .toLowerCase()
    .split(/[\s.!]+/u);
  // "se cae", "se rompe", "se apaga": what happens to a thing; an order puts "se" after its verb ("asegúrese").
  if (words[0] === 'se') return false;
  if (words[0] === 'no' || words[0] === 'não' || words[0] === 'nunca') {
    const w = words.slice(1).find((x) => !/^(?:lo|la|los|las|le|les|me|te|nos|o|a|os|as|lhe|se)$/u.test(x)) ?? '';
    return conditionMood(w, code) === 'subjunctive';
  }
  // Brazilian chat puts the pronoun before the order ("me avise", "me mostre"); a thing's "se" stays ("se apaga").
  const at = code === 'pt' && /^(?:me|te|lhe|nos)$/u.test(words[0] ?? '') ? 1 : 0;
  const w = words[at] ?? '';
  return !!w && verbStates({ w, next: words.slice(at + 1).join(' '), never: false }, lang) === false;
}
