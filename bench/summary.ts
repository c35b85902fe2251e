/**
 * The issue-15 figures of every bench, gathered for the table `npm run bench` ends with. Each bench
 * still prints its own lines; bench/run.ts names a file in SUMMARY_ENV and each figure is appended
 * to it as one JSON line (a bench run on its own records nothing).
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export const SUMMARY_ENV = 'DREAM_BENCH_SUMMARY';

export interface Figure {
  /** What is measured, with its size: "full pass vs bare loop, 2 threads (1,000 sessions)". */
  figure: string;
  /** The measured value, with its unit or as a ratio to its baseline from the same run. */
  value: string;
  target: string;
  /** Whether the target is met; undefined where the figure has no target (printed for reference). */
  met?: boolean;
}

export function recordFigure(f: Figure): void {
  const file = process.env[SUMMARY_ENV];
  if (file) appendFileSync(file, `${JSON.stringify(f)}\n`);
}

export function formatSummary(file: string): string {
  const figures = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Figure)
    : [];
  if (figures.length === 0) return 'no issue-15 figures were recorded\n';
  const rows = figures.map((f) => [f.figure, f.value, f.target, f.met === undefined ? '' : f.met ? 'met' : 'MISSED']);
  const head = ['figure', 'now', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

/**
 * A size whose passes failed (a child process exited non-zero): printed, recorded as a missed figure
 * with the child's last line of stderr, and the bench's exit code set, so the other sizes still run.
 */
export function recordFailure(figure: string, err: unknown): void {
  // The child's own last word, without the command line bench/bundle.ts puts before it.
  const last = (err instanceof Error ? err.message : String(err)).trim().split('\n').pop() ?? '';
  const reason = last.replace(/^.* failed \(([^)]*)\): /, 'exit $1: ').slice(0, 200);
  console.log(`${figure}: FAILED: ${reason}`);
  recordFigure({ figure, value: `FAILED: ${reason}`, target: 'completes', met: false });
  process.exitCode = 1;
}
