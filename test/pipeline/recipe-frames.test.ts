/**
 * A build or test command the user hands over in two sessions, in the frames people type when they are in a hurry.
 * Round 11 of unseen projects missed its one lesson at the bar: a Gemini CLI user wrote "the code isn't working at the
 * moment - try `go build cmd/server/main.go` - can you please fix the problems" in one session and "Start off by
 * trying to build it - `go build cmd/server/main.go`" in the next. Two frames were unknown (a dash or colon standing
 * for "with", and "try `x`" where the command itself says it builds or tests), and a report in another clause of the
 * sentence ("isn't working at the moment") made the whole sentence read as a weighing or a passing remark.
 *
 * The wordings are written from the class, not copied: other programs, other dashes, a colon, "please try", "first
 * try". Controls: the user reporting what they ran, a weighing or a hedge in the ask's own clause, a command that
 * neither builds nor tests, a passing remark in the verb's clause before the dash, one session only.
 * The -ing form ("Start off by building it - `x`") is as often a report ("I was building it with `x` when…"): it is an
 * ask only governed by an order opening its clause (try, start/begin by, keep); controls: the user or the agent doing it.
 */
import type { Turn } from '../helpers/transcript-builders.js';
import { conventions, memoryAudit, memoryOf, ran, twice, type Case } from '../helpers/memory-audit.js';

const PROJECT = {
  'go.mod': 'module example.com/relay\n\ngo 1.22\n',
  'cmd/api/main.go': 'package main\n\nfunc main() {}\n',
};
const world = (say: [string, string]) => (agent: Parameters<Case['world']>[0]) => ({
  files: { ...PROJECT, [memoryOf(agent)]: `# ${memoryOf(agent)}\n\n${conventions(memoryOf(agent))}` },
  sessions: twice(agent, (task, k): Turn[] => [{ user: `${task}. ${say[k]}` }, ran('go vet ./...'), { say: 'Done.' }]),
});
const learnt = (name: string, say: [string, string], after: RegExp): Case => ({ name, world: world(say), want: { op: 'add', after } });
const nothing = (name: string, say: [string, string]): Case => ({ name, world: world(say) });

const BUILD = /Build with `go build \.\/cmd\/api`/;
const TEST = /Run the tests with `go test \.\/internal\/\.\.\.`/;

const positives: Case[] = [
  learnt(
    'a dash for "with", twice',
    ['Start by trying to build it - `go build ./cmd/api`', 'first compile it \u2014 `go build ./cmd/api`'],
    BUILD,
  ),
  learnt(
    'a colon for "with"',
    ['To build it: `go build ./cmd/api`', 'build the binary: `go build ./cmd/api` and tell me what breaks'],
    BUILD,
  ),
  learnt(
    '"try `x`" between a report and a request',
    [
      "the relay isn't starting at the moment - try `go build ./cmd/api` - then fix what fails",
      'please try `go build ./cmd/api` and fix the errors',
    ],
    BUILD,
  ),
  learnt(
    '"try" a test command',
    [
      'the retry tests were flaky yesterday; try `go test ./internal/...` and fix them',
      'Run the tests with `go test ./internal/...` when done',
    ],
    TEST,
  ),
  learnt(
    'an -ing form an order governs',
    ['Start off by building it - `go build ./cmd/api`', 'the relay broke again; first, try compiling it with `go build ./cmd/api`'],
    BUILD,
  ),
  learnt(
    'an -ing form of a test, after "please"',
    ['please begin by testing everything: `go test ./internal/...`', 'keep testing it using `go test ./internal/...` as you go'],
    TEST,
  ),
];

const controls: Case[] = [
  nothing('the user reports what they ran', [
    'I ran `go build ./cmd/api` and it fails with undefined: Relay',
    'when I try `go build ./cmd/api` it fails on the vendor folder',
  ]),
  nothing('a hedge or a weighing in the ask\u2019s own clause', [
    'maybe try `go build ./cmd/api` - not sure it helps',
    'why not build it - `go build ./cmd/api`?',
  ]),
  nothing('a command that neither builds nor tests', [
    'the port is taken - try `lsof -i :8080` - and tell me',
    'please try `go mod tidy` and commit',
  ]),
  nothing('a passing remark before the dash', [
    'for now, build it - `go build ./cmd/api`',
    'just this once, rather than the tests, build it - `go build ./cmd/api`',
  ]),
  nothing('an -ing form that reports', [
    'I was building it with `go build ./cmd/api` when it fell over',
    'you keep building it with `go build ./cmd/api` and it breaks the vendor folder',
  ]),
  nothing('an -ing form of someone trying it', [
    'when I try building it - `go build ./cmd/api` - it hangs',
    'we tried compiling it with `go build ./cmd/api` yesterday and it failed',
  ]),
  nothing('one session only', ['Start by trying to build it - `go build ./cmd/api`', 'Add a health endpoint to the relay.']),
];

memoryAudit('build and test commands handed over in a hurry', ['claude', 'codex'], positives, controls);
