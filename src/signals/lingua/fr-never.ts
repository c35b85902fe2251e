/**
 * French "ne … jamais" with the subject dropped, as chat drops it: "Ne charge jamais la page" (it never loads the
 * page), "Ne finit jamais le build Docker", "N'affiche jamais le bon message" say what a program does, yet read as the
 * order "never load the page" (standing.ts's French "never" frame), and said in two sessions each became memory. The
 * verb's form tells them apart where French marks it:
 * - a third person of an -ir/-re/-oir verb ends in -t or -d ("finit", "met", "prend", "répond"), its order in -s
 *   ("finis", "mets", "prends", "réponds"); a plural ends in -ent. No order has either form.
 * - "vous" and "nous" orders (-ez, -ons) are no statement: French never drops those subjects.
 * - an -er verb's order is its third person ("charge", "affiche", "supprime"): only the verbs an agent is told never to
 *   do are read as orders there, a closed list as romance-verbs.ts keeps for Spanish "siempre". "Ne charge jamais les
 *   secrets dans le code" is lost with "Ne charge jamais la page": a wrong edit costs more than a missed lesson. So are
 *   the verbs a program is said to do to its data ("sauvegarde", "envoie", "enregistre", "stocke").
 */

/** -er verbs whose "ne … jamais" is an order to the agent (the tu form, as typed; accents optional). */
const FORBIDDEN_DOINGS = new Set(
  (
    'supprime|efface|modifie|touche|pousse|pushe|commite|committe|ajoute|change|installe|désinstalle|utilise|lance|' +
    'exécute|execute|écrase|ecrase|force|merge|mergee|fusionne|déploie|deploie|publie|expose|logue|logge|hardcode|code|' +
    'désactive|desactive|ignore|contourne|saute|renomme|déplace|deplace|copie|remplace|casse|rebase|crée|cree|ouvre|' +
    'ferme|laisse|mélange|melange|mocke|versionne|partage|édite|edite|refactore|' +
    'refactorise|formate|reformate|appelle|importe|exporte|emploie|annule|abandonne|demande|répète|repete|invente|' +
    'devine|suppose|génère|genere|commente|décommente|decommente|vide|purge|droppe|tronque|démarre|demarre|compile|' +
    'teste|arrête|arrete|tue|redémarre|redemarre|skippe|squashe|amende|tague|marque|valide|approuve|accepte|passe|' +
    'réinitialise|reinitialise|désactive|upgrade|downgrade|commence|oublie|écoute|ecoute|installe'
  ).split('|'),
);
/** English verbs French chat conjugates as they are ("ne commit jamais", "ne build jamais"). */
const BORROWED = /^(?:commit|submit|edit|build|rebuild|reset|split|add|fetch|push|merge|revert|squash|deploy|install|run)$/iu;

const NEVER = /^(?:ne\s+|n')(\p{L}+)\s+jamais(?![\p{L}])/iu;

/** Whether a sentence opening with "ne … jamais" states what a thing does rather than forbids (see the module comment). */
export function frenchNeverStates(sentence: string): boolean {
  const w = NEVER.exec(sentence.trim())?.[1]?.toLowerCase();
  if (!w || BORROWED.test(w) || /(?:ez|ons)$/u.test(w)) return false;
  if (/ent$/u.test(w) || /[td]$/u.test(w)) return true;
  return /e$/u.test(w) && !FORBIDDEN_DOINGS.has(w);
}
