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
 *   secrets dans le code" was lost with "Ne charge jamais la page", as are the verbs a program is said to do to its
 *   data ("sauvegarde", "envoie", "enregistre", "stocke"), except where the object is a secret and the place the
 *   agent's code or repository (SECRET, IN_THE_WORK): that is what a rule forbids, whatever the verb.
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

/**
 * A secret put where the agent's work keeps it: "Ne charge jamais les secrets dans le code", "Ne stocke jamais les mots
 * de passe dans le dépôt", "Ne colle jamais de token en clair". Whatever the verb, a secret in the code or the
 * repository is what a rule forbids; a program loads secrets from a vault or into a container, and says nothing of the
 * code ("Ne charge jamais les secrets du coffre"). Not a verb of finding, whose place is where it looks ("Ne trouve
 * jamais les secrets dans le code": a scanner's failure), nor one of hiding, which a program fails to do ("Ne masque
 * jamais les tokens dans le code").
 */
const SECRET =
  /(?<![\p{L}])(?:secrets?|tokens?|jetons?|mots? de passe|clés?(?: d'api| api| privées?| ssh)?|cl[ée]s|identifiants?|credentials?|\.env)(?![\p{L}])/iu;
const IN_THE_WORK =
  /(?<![\p{L}])(?:dans|sur)\s+(?:le|les|la|l'|un|une|des|ton|ta|tes|votre|vos|notre|nos)?\s*(?:code|dépôt|depot|repo|git|commits?|historique|sources?|fichiers? sources?)(?![\p{L}])|(?<![\p{L}])en\s+(?:clair|dur)(?![\p{L}])/iu;
const FINDING =
  /^(?:trouve|retrouve|détecte|detecte|repère|repere|cherche|remarque|signale|masque|cache|chiffre|crypte|filtre|protège|protege|censure|redacte|anonymise)$/u;

/** Whether a sentence opening with "ne … jamais" states what a thing does rather than forbids (see the module comment). */
export function frenchNeverStates(sentence: string): boolean {
  const w = NEVER.exec(sentence.trim())?.[1]?.toLowerCase();
  if (!w || BORROWED.test(w) || /(?:ez|ons)$/u.test(w)) return false;
  if (/ent$/u.test(w) || /[td]$/u.test(w)) return true;
  if (!/e$/u.test(w) || FORBIDDEN_DOINGS.has(w)) return false;
  return FINDING.test(w) || !(SECRET.test(sentence) && IN_THE_WORK.test(sentence));
}
