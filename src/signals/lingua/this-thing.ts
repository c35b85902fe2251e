/**
 * A rule about a thing the user points at instead of naming: "Never edit this file by hand", "do not remove any lines
 * from this file", "don't touch these tests", "ändere diese Datei nicht", "不要修改这个文件". In the conversation the
 * file is on screen; in memory the words point at nothing (or at the memory file itself, where "this file" now
 * sits), and the same words said in two sessions may be about two different files. So no miner reads such a rule as a
 * standing one, unless the sentence names the thing too (a path or a `code` span: "never edit this file
 * (`src/gen/api.ts`)"). Round 18 met it in a real Gemini CLI export ("Please do not remove any lines from this file,
 * it is a history of our conversations."). The project itself ("this repo", "this project", "this codebase") is what
 * memory is about, so pointing at it names it; those nouns are not here.
 */
import { word } from './lexicon.js';

/** Things of the work a user points at: files and folders, code units, tests, lines, branches. */
const THINGS_EN = String.raw`files?|folders?|director(?:y|ies)|dirs?|modules?|functions?|methods?|class(?:es)?|components?|tests?|specs?|scripts?|lines?|blocks?|snippets?|sections?|endpoints?|tables?|branch(?:es)?|commits?|documents?|docs?|pages?|code`;

/**
 * English: "this"/"these" before the noun anywhere; "that"/"those" only where they cannot be a relative pronoun
 * ("files that tests import"): after a verb of the rule or a preposition.
 */
const ENGLISH = String.raw`\b(?:this|these|(?:^|\b(?:in|on|from|to|into|of|for|at|with|about|inside|under|edit|change|touch|modify|delete|remove|rename|move|commit|push|run|format|rewrite|overwrite)\s+)(?:that|those))\s+(?:${THINGS_EN})\b`;

const OTHER_LANGUAGES = [
  word(
    '(?:diese|dieser|dieses|diesem|diesen) (?:datei|dateien|ordner|verzeichnis|funktion|funktionen|methode|klasse|komponente|tests?|skript|zeilen?|abschnitt|branch|code)',
  ),
  word(
    '(?:este|esta|estos|estas|ese|esa|esos|esas) (?:archivos?|ficheros?|carpetas?|directorios?|funci[oó]n|funciones|m[eé]todos?|clases?|componentes?|pruebas?|tests?|scripts?|l[ií]neas?|secci[oó]n|rama|c[oó]digo)',
  ),
  word(
    '(?:n|d)?(?:este|esta|estes|estas|esse|essa|esses|essas) (?:arquivos?|ficheiros?|pastas?|diret[oó]rios?|fun[cç][aã]o|fun[cç][oõ]es|m[eé]todos?|classes?|componentes?|testes?|scripts?|linhas?|se[cç][aã]o|branch|c[oó]digo)',
  ),
  word(
    '(?:ce|cet|cette|ces) (?:fichiers?|dossiers?|r[ée]pertoires?|fonctions?|m[ée]thodes?|classes?|composants?|tests?|scripts?|lignes?|sections?|branches?|code)',
  ),
  word(
    '(?:этот|этого|этом|этим|эту|эта|эти|этих|этими|эти) (?:файл\\p{L}*|папк\\p{L}*|директори\\p{L}*|функци\\p{L}*|метод\\p{L}*|класс\\p{L}*|компонент\\p{L}*|тест\\p{L}*|скрипт\\p{L}*|строк\\p{L}*|ветк\\p{L}*|код\\p{L}*)',
  ),
  word(
    "(?:questo|questa|questi|queste|quest'|quel|quello|quella|quei|quegli|quelle|quell') ?(?:file|cartell[ae]|directory|funzion[ei]|metod[oi]|class[ei]|component[ei]|test|script|rig[ah]e?|sezion[ei]|branch|codice)",
  ),
  '(?:这个|這個|这些|這些|这份|這份|该|該|此)(?:文件|檔案|文件夹|資料夾|目录|目錄|函数|函數|方法|类|類|组件|組件|测试|測試|脚本|腳本|分支|代码|代碼)',
  '(?:この|その|これらの)(?:ファイル|フォルダ|ディレクトリ|関数|メソッド|クラス|コンポーネント|テスト|スクリプト|行|ブランチ|コード)',
  '(?:^|\\s)(?:이|그|이런) ?(?:파일|폴더|디렉터리|디렉토리|함수|메서드|클래스|컴포넌트|테스트|스크립트|줄|브랜치|코드)',
];

const POINTS = new RegExp(`${ENGLISH}|${OTHER_LANGUAGES.join('|')}`, 'iu');
/** A path or a `code` span: the sentence names the thing as well as pointing at it. */
const NAMES_IT = /`[^`\n]+`|(?:^|[\s(])[\w.-]*[/\\][\w./\\-]+|(?:^|[\s(])[\w-]+\.[A-Za-z]{1,5}\b/;

/**
 * A branch pointed at and named in the same breath: "never push to this branch, it's main", "this branch (master)",
 * "…, it's the default branch". The apposition says which branch the rule is about, as a path names a file; only the
 * branches every clone has by that name (the default branch and the usual integration branches) are read so, since
 * "this branch, it's broken" names nothing.
 */
const NAMES_BRANCH =
  /\bth(?:is|at) branch\b(?:\s*\(\s*(?:the\s+)?(?:main|master|trunk|develop|default branch)\s*\)|\s*[,;:—–-]+\s*(?:it'?s|it is|which is|that'?s)\s+(?:the\s+)?(?:main|master|trunk|develop|default)\b)/i;

/** Whether a rule's sentence is about a thing it only points at (see the module comment). */
export function pointsAtUnnamedThing(sentence: string): boolean {
  return POINTS.test(sentence) && !NAMES_IT.test(sentence) && !NAMES_BRANCH.test(sentence);
}
