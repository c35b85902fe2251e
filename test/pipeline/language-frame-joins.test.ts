/**
 * One rule said in another language with its frame words in one session and in its plain or "always" form in another
 * (lingua/lexicon.ts later, remind, forgot): "from now on" ("de ahora en adelante", "dorénavant", "ab sofort", "отныне",
 * "从今以后", "今後は", "이제부터"), a reminder ("não se esqueça de", "vergiss nicht", "…ことを忘れないで") and the reproach of a rule missed
 * ("se te olvidó", "du hast schon wieder vergessen", "ты опять забыл", "你忘了"); German "niemals" and "nie wieder"
 * beside "nie", "nicht mehr" and Spanish "jamás" as prohibitions (lingua/standing.ts, de.ts, es.ts); English "X, from now on" and "Stop adding X" (turn-instructions.ts, similar.ts).
 * Two sessions, one wording each, at the default bar: the rule is learnt once, in 2 sessions. The wordings are written
 * for this test, with other commands and events than the frames were read from; the controls must stay apart: the
 * opposite rule, the speaker's own plan, an order for this moment, a question, a statement after "from now on", and a
 * reproach of a thing forgotten once (no infinitive after it), said in both sessions.
 */
import { describe, expect, it } from 'vitest';
import { promptLogLessons } from './helpers.js';

describe('a rule said in another language with and without its frame words, in two sessions', () => {
  it.each([
    ['De ahora en adelante, corre `cargo fmt` antes de hacer push.', 'Siempre corre `cargo fmt` antes de hacer push.'],
    ['Se te olvidó ejecutar `pnpm lint` antes de hacer commit.', 'Ejecuta siempre `pnpm lint` antes de hacer commit.'],
    ['Daqui para frente, execute `cargo fmt` antes de fazer push.', 'Sempre execute `cargo fmt` antes de fazer push.'],
    ['Não se esqueça de executar `pnpm lint` antes de commitar.', 'Você esqueceu de executar `pnpm lint` antes de commitar de novo.'],
    ['Dorénavant, exécute `cargo fmt` avant de pousser.', 'Exécute toujours `cargo fmt` avant de pousser.'],
    ["Vous avez encore oublié d'exécuter `pnpm lint` avant de committer.", 'Lance toujours `pnpm lint` avant de committer.'],
    ['Ab sofort `cargo fmt` vor dem Push ausführen.', 'Führe immer `cargo fmt` vor dem Push aus.'],
    ['Du hast schon wieder vergessen, `pnpm lint` vor dem Commit auszuführen.', 'Vergiss nicht, `pnpm lint` vor dem Commit auszuführen.'],
    ['Pushe niemals auf den Release-Branch.', 'Pushe nie wieder auf den Release-Branch.'],
    ['Отныне запускай `cargo fmt` перед пушем.', 'Всегда запускай `cargo fmt` перед пушем.'],
    ['Ты опять забыл запустить `pnpm lint` перед коммитом.', 'Запускай всегда `pnpm lint` перед коммитом.'],
    ['从今以后，推送前运行 `cargo fmt`。', '每次推送前都要运行 `cargo fmt`。'],
    ['你忘了提交前运行 `pnpm lint`。', '记得提交前运行 `pnpm lint`。'],
    ['今後はプッシュ前に `cargo fmt` を実行して。', 'プッシュ前に必ず `cargo fmt` を実行して。'],
    ['이제부터 푸시 전에 `cargo fmt`를 실행해.', '푸시 전에 항상 `cargo fmt`를 실행해.'],
    ['プッシュ前に `cargo fmt` を実行することを忘れないでください。', 'プッシュ前に必ず `cargo fmt` を実行して。'],
    ['푸시 전에 `cargo fmt` 실행하는 것을 잊지 마세요.', '푸시 전에 항상 `cargo fmt`를 실행해.'],
    ['Jamás uses `yarn` en este repo.', 'Nunca uses `yarn` en este repo.'],
    ['Führe `make deploy` nicht mehr aus.', 'Führe `make deploy` niemals aus.'],
    ['Run `cargo fmt` before you push from now on.', 'Always run `cargo fmt` before you push.'],
    ['Stop adding debug prints to the request handlers.', "Don't add debug prints to the request handlers."],
  ])(
    '"%s" and "%s" are one rule, learnt in 2 sessions',
    async (first, second) => {
      const lessons = await promptLogLessons(first, second);
      expect(lessons).toHaveLength(1);
      expect(lessons[0]).toMatch(/in 2 sessions\.$/);
    },
    60_000,
  );
});

describe('what stays apart', () => {
  it.each([
    ['A partir de agora, não use `yarn`.', 'Sempre use `yarn`.'],
    ['Désormais, je lance `cargo fmt` avant de pousser.', 'Lance toujours `cargo fmt` avant de pousser.'],
    ['Ahora ejecuta `cargo fmt` antes de hacer push.', 'Siempre ejecuta `cargo fmt` antes de hacer push.'],
    ['Pushe nie auf den Release-Branch.', 'Pushe immer auf den Release-Branch.'],
    ['Tu as oublié de lancer `cargo fmt` avant de pousser ?', 'Lance toujours `cargo fmt` avant de pousser.'],
    ['Always add debug prints to the request handlers.', 'Stop adding debug prints to the request handlers.'],
    ['The build runs `cargo fmt` before every push from now on.', 'Always run `cargo fmt` before you push.'],
    ['Ab jetzt mache ich die Reviews selbst.', 'Ab jetzt mache ich die Reviews selbst.'],
    ['Se te olvidó el punto y coma en `config.ts`.', 'Se te olvidó el punto y coma en `config.ts`.'],
    ['Ты опять забыл точку с запятой в `main.go`.', 'Ты опять забыл точку с запятой в `main.go`.'],
    ['Du hast vergessen, dass `make deploy` den Cache leert.', 'Du hast vergessen, dass `make deploy` den Cache leert.'],
    ['你又忘了那个分号。', '你又忘了那个分号。'],
  ])(
    '"%s" and "%s": no lesson',
    async (first, second) => {
      expect(await promptLogLessons(first, second)).toEqual([]);
    },
    60_000,
  );
});
