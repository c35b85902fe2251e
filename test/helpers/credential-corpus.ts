/**
 * An adversarial credential corpus (issue 12, section 3): realistic fake credentials in the shapes
 * people paste into terminals, configs and chats, each inside a transcript line, and the look-alikes
 * (ids, hashes, uuids, paths) that must survive. Values are generated at run time from sha256, so no
 * literal here is a real credential and no scanner mistakes this file for a leak.
 *
 * Written from vendor documentation and common config formats, not from our rules: the rules must
 * generalise to these, and a shape they miss is a failing test.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { claudeCodeSession, codexRollout, type Turn } from './transcript-builders.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64 = `${ALNUM}+/`;
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
/** Password characters that need no quoting in a URL or a shell word. */
const PW = `${ALNUM}!*^-_.`;

let seed = 0;
function rnd(alphabet: string, n: number): string {
  seed++;
  let out = '';
  let block = Buffer.alloc(0);
  for (let i = 0; out.length < n; i++) {
    if (i % 32 === 0) block = createHash('sha256').update(`credential-corpus:${seed}:${i}`).digest();
    out += alphabet[block[i % 32]! % alphabet.length];
  }
  return out;
}
/** A password with at least one digit, one upper and one lower case letter, as password policies demand. */
const pw = (n = 14) => `Q${rnd(PW, n - 3)}7x`;
const uuid = () => {
  const h = rnd(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const b64 = (s: string) => Buffer.from(s).toString('base64');

export interface CredentialShape {
  name: string;
  /** The transcript text the credential sits in. */
  text: string;
  /** What must not survive: the credential, or its pieces when it is split. */
  secrets: string[];
}

function shape(name: string, make: (s: string) => string, secret: string): CredentialShape {
  return { name, text: make(secret), secrets: [secret] };
}

export function credentialShapes(): CredentialShape[] {
  seed = 0;
  const shapes: CredentialShape[] = [
    shape(
      'azure SAS sig=',
      (s) =>
        `az storage blob url: https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00:00:00Z&sig=${s}`,
      `${rnd(ALNUM, 20)}%2B${rnd(ALNUM, 20)}%3D`,
    ),
    shape('azure AD ClientSecret', (s) => `  "ClientSecret": "${s}",`, `${rnd(ALNUM, 3)}8Q~${rnd(`${ALNUM}_~.-`, 34)}`),
    shape('camelCase JSON dbPassword', (s) => `{"host": "db.internal", "dbPassword": "${s}", "port": 5432}`, pw()),
    shape(
      'SQL Server Password=;',
      (s) => `Server=tcp:sql.example.net,1433;Initial Catalog=app;User ID=sa;Password=${s};Encrypt=True;`,
      pw(),
    ),
    shape('JDBC ?password=', (s) => `spring.datasource.url=jdbc:mysql://db.example.net:3306/app?user=app&password=${s}&useSSL=true`, pw()),
    shape('redis://:pw@host', (s) => `REDIS_URL=redis://:${s}@cache.example.net:6379/0`, pw()),
    shape('URL password with /', (s) => `git clone https://deploy:${s}@git.example.net/team/repo.git`, `${pw(8)}/${pw(6)}`),
    shape('URL password with @', (s) => `amqp://svc:${s}@mq.example.net:5672/vhost`, `${pw(7)}@${pw(7)}`),
    shape('email address as URL user', (s) => `SMTP_URL=smtp://alerts@example.com:${s}@smtp.example.com:587`, pw()),
    shape('DB_PASS', (s) => `DB_PASS=${s}`, pw()),
    shape('SMTP_PASS', (s) => `export SMTP_PASS='${s}'`, pw()),
    shape('ENCRYPTION_KEY', (s) => `ENCRYPTION_KEY=${s}`, rnd(HEX, 64)),
    shape('.npmrc _authToken', (s) => `//npm.pkg.github.com/:_authToken=${s}`, uuid()),
    shape('.npmrc _auth', (s) => `_auth=${s}`, b64(`ci-bot:${pw()}`)),
    shape('docker config auth', (s) => `{"auths": {"registry.example.net": {"auth": "${s}"}}}`, b64(`deploy:${pw()}`)),
    shape('Kubernetes data: password:', (s) => `apiVersion: v1\nkind: Secret\ndata:\n  username: YWRtaW4=\n  password: ${s}\n`, b64(pw())),
    shape('curl -u user:pass', (s) => `curl -u admin:${s} https://api.example.net/v1/status`, pw()),
    shape('mysql -pPASS', (s) => `mysql -h db.example.net -u root -p${s} app < dump.sql`, pw()),
    shape('DigitalOcean token', (s) => `doctl auth init -t ${s}`, `dop_v1_${rnd(HEX, 64)}`),
    shape('Shopify token', (s) => `SHOPIFY_ACCESS=${s}`, `shpat_${rnd(HEX, 32)}`),
    shape('Supabase token', (s) => `supabase login --token ${s}`, `sbp_${rnd(HEX, 40)}`),
    shape('Databricks token', (s) => `databricks configure --token <<< ${s}`, `dapi${rnd(HEX, 32)}`),
    shape('Postman API key', (s) => `postman login --with-api-key ${s}`, `PMAK-${rnd(HEX, 24)}-${rnd(HEX, 34)}`),
    shape('Slack xapp token', (s) => `SLACK_APP_TOKEN: ${s}`, `xapp-1-A${rnd(UPPER_NUM, 10)}-${rnd('0123456789', 13)}-${rnd(HEX, 64)}`),
    shape(
      'age secret key',
      (s) => `# created: 2026-11-02\n# public key: age1${rnd(BECH32.toLowerCase(), 58)}\n${s}`,
      `AGE-SECRET-KEY-1${rnd(BECH32, 58)}`,
    ),
    shape('Vault token', (s) => `vault login ${s}`, `hvs.${rnd(`${ALNUM}_-`, 91)}`),
    shape('New Relic key', (s) => `newrelic profiles add --apiKey ${s}`, `NRAK-${rnd(UPPER_NUM, 27)}`),
    shape('Anthropic key', (s) => `ANTHROPIC_API_KEY=${s}`, `sk-ant-api03-${rnd(`${ALNUM}_-`, 93)}AA`),
    shape('OpenAI project key', (s) => `client = OpenAI(api_key="${s}")`, `sk-proj-${rnd(`${ALNUM}_-`, 64)}`),
    shape('GitHub PAT', (s) => `git remote set-url origin https://${s}@github.com/acme/widget.git`, `ghp_${rnd(ALNUM, 36)}`),
    shape('GitHub fine-grained PAT', (s) => `gh auth login --with-token <<< ${s}`, `github_pat_${rnd(`${ALNUM}_`, 82)}`),
    shape('AWS access key id', (s) => `aws_access_key_id = ${s}`, `AKIA${rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`),
    shape('AWS secret access key', (s) => `aws_secret_access_key = ${s}`, rnd(B64, 40)),
    shape('Stripe live key', (s) => `stripe.api_key = "${s}"`, `sk_live_${rnd(ALNUM, 24)}`),
    shape('Slack bot token', (s) => `SLACK_BOT_TOKEN=${s}`, `xoxb-${rnd('0123456789', 12)}-${rnd('0123456789', 13)}-${rnd(ALNUM, 24)}`),
    shape('GitLab PAT', (s) => `git clone https://oauth2:${s}@gitlab.example.net/x/y.git`, `glpat-${rnd(ALNUM, 20)}`),
    shape('SendGrid key', (s) => `sg = SendGridAPIClient("${s}")`, `SG.${rnd(`${ALNUM}_-`, 22)}.${rnd(`${ALNUM}_-`, 43)}`),
    shape('Google API key', (s) => `maps.googleapis.com/maps/api/js?key=${s}`, `AIza${rnd(`${ALNUM}_-`, 35)}`),
    shape('npm token', (s) => `NPM_TOKEN=${s} npm publish`, `npm_${rnd(ALNUM, 36)}`),
    shape(
      'JWT',
      (s) => `Cookie: session=${s}`,
      `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${b64(`{"sub":"${rnd(HEX, 12)}","admin":true}`).replace(/=+$/, '')}.${rnd(`${ALNUM}_-`, 43)}`,
    ),
    shape(
      'private key block',
      (s) => `cat ~/.ssh/id_rsa\n${s}`,
      `-----BEGIN RSA PRIVATE KEY-----\n${rnd(B64, 64)}\n${rnd(B64, 64)}\n-----END RSA PRIVATE KEY-----`,
    ),
    shape('postgres URL', (s) => `DATABASE_URL=postgres://app:${s}@db.internal:5432/app`, pw()),
    shape('mongodb+srv URL', (s) => `mongosh "mongodb+srv://admin:${s}@cluster0.abcde.mongodb.net/test"`, pw()),
    shape('Authorization Bearer', (s) => `curl -H "Authorization: Bearer ${s}" https://api.example.net`, rnd(`${ALNUM}._-`, 48)),
    shape('--password flag', (s) => `mongo --username admin --password ${s} --host db.example.net`, pw()),
    shape('sshpass -p', (s) => `sshpass -p ${s} ssh deploy@10.0.0.7`, pw()),
    shape('python password =', (s) => `conn = psycopg2.connect(host="db", user="app", password="${s}")`, pw()),
    shape('YAML api_key', (s) => `sentry:\n  api_key: ${s}\n`, rnd(HEX, 32)),
    shape('SECRET_KEY_BASE', (s) => `SECRET_KEY_BASE=${s}`, rnd(HEX, 128)),
    shape('webhook secret', (s) => `STRIPE_WEBHOOK_SECRET=${s}`, `whsec_${rnd(ALNUM, 32)}`),
    shape('x-api-key header', (s) => `curl -H 'x-api-key: ${s}' https://api.example.net/items`, rnd(ALNUM, 40)),
    shape('Hugging Face token', (s) => `huggingface-cli login --token ${s}`, `hf_${rnd(ALNUM, 34)}`),
    shape('Twilio API key', (s) => `TWILIO_API_KEY=${s}`, `SK${rnd(HEX, 32)}`),
    shape('lower-case shell assignment', (s) => `db_password=${s} ./migrate.sh`, pw()),
    shape('passwd in YAML', (s) => `smtp:\n  user: alerts\n  passwd: ${s}\n`, pw()),
  ];
  // A token a terminal wrapped onto two lines: neither half is a whole token on its own.
  const gh = `ghp_${rnd(ALNUM, 36)}`;
  shapes.push({
    name: 'token wrapped across two lines',
    text: `Your new token is ${gh.slice(0, 22)}\n${gh.slice(22)} (copy it now)`,
    secrets: [gh.slice(0, 22), gh.slice(22)],
  });
  const ant = `sk-ant-api03-${rnd(`${ALNUM}_-`, 93)}AA`;
  shapes.push({
    name: 'indented wrapped key',
    text: `  key: ${ant.slice(0, 50)}\n       ${ant.slice(50)}`,
    secrets: [ant.slice(0, 50), ant.slice(50)],
  });
  return shapes;
}

/** Look-alikes that are not secrets: they must come out of redaction byte for byte. */
export function nonSecrets(): string[] {
  seed = 1000;
  return [
    `git show ${rnd(HEX, 40)}`,
    `sha256:${rnd(HEX, 64)}`,
    `request ${uuid()} failed`,
    `sessionId: "${uuid()}"`,
    `toolu_01${rnd(ALNUM, 22)}`,
    `msg_01${rnd(ALNUM, 22)}`,
    `"integrity": "sha512-${rnd(B64, 86)}=="`,
    'src/secrets/assignments.ts',
    '/home/dev/widget/packages/UiKit2/src/ThemeProviderV3Context.tsx',
    'tokenCount: 1234',
    'max_tokens: 4096',
    'passwordMinLength: 12',
    'PASSWORD_FILE=/run/secrets/db_password',
    'secretName: my-app-secret',
    'token_type: "Bearer"',
    'authorName: "Ada Lovelace"',
    'password: string;',
    "const password = await prompt('Password: ');",
    '"key": "src/app.ts"',
    'primaryKey: "user_id"',
    'https://example.com:8443/api/v1/users/@me',
    'ssh git@github.com',
    'git push -u origin main',
    'docker run -u 1000:1000 node:20',
    'mkdir -p src/lib && cd src/lib',
    'Authorization: Bearer $TOKEN',
    'DB_PASSWORD=${DB_PASSWORD}',
    'api_key: <your-api-key>',
    'password: changeme',
    `git diff ${rnd(HEX, 7)}..${rnd(HEX, 7)}`,
    'keyboard: "us-intl"',
    'The password policy requires 12 characters.',
  ];
}

export interface CredentialCorpus {
  sessionGlobs: string[];
  sessionFiles: string[];
}

const cwd = '/home/dev/widget';

/** The same honest lesson in every session (support 5 across two agents), credentials all around it. */
function turnsFor(shapes: CredentialShape[], negatives: string[], i: number): Turn[] {
  const turns: Turn[] = [{ user: 'Fix the failing API test.' }];
  shapes.forEach((s, k) => {
    // Each shape where people put it: typed by the user, in a command, in a tool's output.
    if ((k + i) % 3 === 0) turns.push({ user: `Use this for the staging setup:\n${s.text}` });
    else if ((k + i) % 3 === 1) turns.push({ bash: s.text, out: 'ok' });
    else turns.push({ bash: `cat config/step-${k}.txt`, out: s.text });
  });
  turns.push({ bash: `echo '${negatives.join("'\necho '")}'`, out: negatives.join('\n') });
  turns.push({ bash: 'pytest', out: "E   ModuleNotFoundError: No module named 'widget'\n1 error in 0.10s", error: true, exit: 1 });
  turns.push({ bash: 'PYTHONPATH=src pytest', out: '======= 9 passed in 0.30s =======' });
  turns.push({ say: 'Done.' });
  return turns;
}

/** Writes three Claude Code and two Codex sessions carrying every shape into `repoDir/sessions`. */
export function writeCredentialCorpus(repoDir: string): CredentialCorpus {
  const shapes = credentialShapes();
  const negatives = nonSecrets();
  mkdirSync(repoDir, { recursive: true });
  writeFileSync(path.join(repoDir, 'CLAUDE.md'), '# widget\n\n## Testing\n\n- Run the tests before committing.\n');
  writeFileSync(path.join(repoDir, 'AGENTS.md'), '# AGENTS.md\n\n- Sources live in `src/widget`.\n');
  const files: Record<string, string> = {};
  for (let i = 1; i <= 3; i++) {
    const id = `c0c0c0c0-000${i}-4ccc-8ccc-00000000000${i}`;
    files[`sessions/claude-code/${id}.jsonl`] = claudeCodeSession(id, `1${i}`, cwd, turnsFor(shapes, negatives, i));
  }
  for (let i = 4; i <= 5; i++) {
    const id = `019c0000-cc0${i}-7000-8000-00000000000${i}`;
    files[`sessions/codex/rollout-2026-11-1${i}T14-00-00-${id}.jsonl`] = codexRollout(id, `1${i}`, cwd, turnsFor(shapes, negatives, i));
  }
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(repoDir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { sessionGlobs: ['sessions/**/*.jsonl'], sessionFiles: Object.keys(files) };
}

/** Shapes any of whose secrets (or a 12-character middle piece of one) occur in `text`. */
export function leakedShapes(text: string, shapes: CredentialShape[]): string[] {
  return shapes
    .filter((s) =>
      s.secrets.some((secret) => {
        if (text.includes(secret)) return true;
        if (secret.length < 16) return false;
        const mid = Math.floor(secret.length / 2) - 6;
        return text.includes(secret.slice(mid, mid + 12));
      }),
    )
    .map((s) => s.name);
}
