/**
 * An interpreter running one script failed, and later the same interpreter ran another script that worked: the second
 * run is no working form of the first, so whatever it ran behind (a setup step, an environment variable, a runner) is
 * no fix — unless the interpreter itself was what failed (the shell could not find it, or it was the wrong version).
 * Seen once in the real SpecStory corpus at --min-support 1: `python transcribe_video.py` raised an ImportError, and
 * `source set_api_key.sh && source venv/bin/activate && python transcribe_with_genai.py`, a script written later,
 * became "Run `source set_api_key.sh && ...`: plain `source venv/bin/activate && python` fails." Written here in
 * other interpreters, words and agents' formats, beside the real lessons of the same shape that must still come out.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

/** A command and its output; a non-zero exit is an error in Claude Code's format too. */
const run = (bash: string, out: string, exit = 0): Turn => ({ bash, out, exit, error: exit !== 0 });
const session = (format: Format, ...turns: Turn[]): WorldSession => ({
  format,
  turns: [{ user: 'The nightly export is broken; please look into it.' }, ...turns],
});

describe('another script run by the same interpreter is no fix of a failed one', () => {
  it.each<[Format, Turn[]]>([
    [
      'claude',
      [
        run(
          'source venv/bin/activate && python transcribe_clip.py',
          "Traceback (most recent call last):\n  File \"transcribe_clip.py\", line 4, in <module>\nImportError: cannot import name 'ClipMeta' from 'mediakit.models'",
          1,
        ),
        run('source load_env.sh && source venv/bin/activate && python summarize_clip.py', 'Summary written to out/summary.md'),
      ],
    ],
    [
      'codex',
      [
        run('node scripts/seed-db.js', 'Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrapper.afterConnect', 1),
        run('NODE_ENV=test node scripts/check-schema.js', 'schema ok (14 tables)'),
      ],
    ],
    [
      'mini-swe',
      [
        run(
          'python tools/gen_fixtures.py',
          'Traceback (most recent call last):\n  File "tools/gen_fixtures.py", line 9, in <module>\nKeyError: \'FIXTURE_ROOT\'',
          1,
        ),
        run('FIXTURE_ROOT=tests/data python tools/list_fixtures.py', 'alpha.json\nbeta.json'),
      ],
    ],
    [
      'claude',
      [
        run('ruby bin/import_feed.rb', "bin/import_feed.rb:3:in `require': cannot load such file -- feedjira (LoadError)", 1),
        run('bundle exec ruby bin/report.rb', 'report: 42 items'),
      ],
    ],
  ])('%s', async (format, turns) => {
    expect(await addedLines([session(format, ...turns)], 1)).toEqual([]);
  });

  it('at the default bar, the same other-script retry in two sessions of two agents makes no rule', async () => {
    const turns = [
      run('python3 scripts/export_csv.py', "KeyError: 'EXPORT_BUCKET'", 1),
      run('EXPORT_DRY_RUN=1 python3 scripts/list_exports.py', '3 exports'),
    ];
    expect(await addedLines([session('claude', ...turns), session('codex', ...turns)])).toEqual([]);
  });
});

describe('the same script working behind a setup step after an error of its own is no lesson about the interpreter', () => {
  it.each<[Format, Turn[]]>([
    [
      'claude',
      [
        run(
          'source venv/bin/activate && python transcribe_talk.py',
          'Traceback (most recent call last):\n  File "transcribe_talk.py", line 24, in main\n    key = input("API key: ")\nEOFError: EOF when reading a line',
          1,
        ),
        run('source export_key.sh && source venv/bin/activate && python transcribe_talk.py', 'Transcript saved to talk.txt'),
      ],
    ],
    [
      'codex',
      [
        run(
          'node scripts/sync-prices.js',
          'Error: STRIPE_KEY is not set\n    at Object.<anonymous> (/home/dev/almanac/scripts/sync-prices.js:4:9)',
          1,
        ),
        run('source .env.local && node scripts/sync-prices.js', 'synced 31 prices'),
      ],
    ],
  ])('%s', async (format, turns) => {
    expect(await addedLines([session(format, ...turns)], 1)).toEqual([]);
  });
});

describe('a variable the same project script needed is a lesson about that script, never about its interpreter', () => {
  it('mini-swe', async () => {
    const lines = await addedLines(
      [
        session(
          'mini-swe',
          run(
            'python run_job.py --once',
            'Traceback (most recent call last):\n  File "run_job.py", line 12, in <module>\nRuntimeError: job queue not configured',
            1,
          ),
          run('JOB_QUEUE=local python run_job.py --once', 'job 1 done'),
        ),
      ],
      1,
    );
    expect(lines).toEqual([
      expect.stringMatching(/^Run `JOB_QUEUE=local python run_job\.py --once`: plain `python run_job\.py --once` fails/),
    ]);
  });

  it('at the default bar, a setting one script reads, in two sessions of two agents, names the script', async () => {
    const turns = [
      run('ruby bin/sync_feeds.rb', 'bin/sync_feeds.rb:5:in `fetch\': key not found: "SYNC_TOKEN" (KeyError)', 1),
      run('SYNC_TOKEN=dev ruby bin/sync_feeds.rb', 'synced 12 feeds'),
    ];
    const lines = await addedLines([session('claude', ...turns), session('codex', ...turns)]);
    expect(lines).toEqual([expect.stringMatching(/`SYNC_TOKEN=dev ruby bin\/sync_feeds\.rb`: plain `ruby bin\/sync_feeds\.rb` fails/)]);
    expect(lines.join('\n')).not.toMatch(/plain `ruby` fails/);
  });
});

describe('the lessons of the same shape still come out', () => {
  it('the script not where the interpreter ran, found from its folder', async () => {
    const lines = await addedLines(
      [
        session(
          'codex',
          run('python manage.py check', "python: can't open file '/home/dev/almanac/manage.py': [Errno 2] No such file or directory", 2),
          run('cd backend && python manage.py check', 'System check identified no issues (0 silenced).'),
        ),
      ],
      1,
    );
    expect(lines).toEqual([expect.stringMatching(/`cd backend && python/)]);
  });

  it('the interpreter out of memory, given more through its environment', async () => {
    const lines = await addedLines(
      [
        session(
          'mini-swe',
          run('node scripts/bundle.js', 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', 134),
          run('NODE_OPTIONS=--max-old-space-size=4096 node scripts/bundle.js', 'bundle written (12.4 MB)'),
        ),
      ],
      1,
    );
    expect(lines).toEqual([expect.stringMatching(/`NODE_OPTIONS=--max-old-space-size=4096 node`/)]);
  });

  it('the same script working behind the venv after an import error', async () => {
    const lines = await addedLines(
      [
        session(
          'claude',
          run(
            'python app.py',
            'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\nModuleNotFoundError: No module named \'flask\'',
            1,
          ),
          run('source .venv/bin/activate && python app.py', ' * Running on http://127.0.0.1:5000'),
        ),
      ],
      1,
    );
    expect(lines).toEqual([expect.stringMatching(/^Run `source \.venv\/bin\/activate && python`: plain `python` fails/)]);
  });

  it.each<[Format, string]>([
    ['claude', 'python: command not found'],
    ['codex', 'bash: line 1: python: command not found'],
    ['mini-swe', 'zsh: command not found: python'],
  ])('%s: the interpreter the shell could not find works behind the venv, on another script', async (format, missing) => {
    const lines = await addedLines(
      [
        session(
          format,
          run('python extract_frames.py', missing, 127),
          run('source venv/bin/activate && python make_post.py', 'post written'),
        ),
      ],
      1,
    );
    expect(lines).toEqual([expect.stringMatching(/^Run `source venv\/bin\/activate && python`: plain `python` fails/)]);
  });

  it('the wrong version of the interpreter, fixed behind a version manager, on another script', async () => {
    const lines = await addedLines(
      [
        session(
          'codex',
          run('node scripts/build-docs.mjs', 'error: this tool requires Node.js >= 20 (found v16.20.2)', 1),
          run('source ~/.nvm/nvm.sh && node scripts/check-links.mjs', 'all 212 links ok'),
        ),
      ],
      1,
    );
    expect(lines).toEqual([expect.stringMatching(/^Run `source ~\/\.nvm\/nvm\.sh && node`: plain `node` fails/)]);
  });

  it('the same script with a flag that fixed it, two sessions at the default bar', async () => {
    const turns = [
      run('node scripts/build-icons.js', 'Error [ERR_REQUIRE_ESM]: require() of ES Module not supported', 1),
      run('node --experimental-require-module scripts/build-icons.js', 'built 48 icons'),
    ];
    const lines = await addedLines([session('claude', ...turns), session('codex', ...turns)]);
    expect(lines).toEqual([expect.stringMatching(/`node --experimental-require-module`/)]);
  });
});
