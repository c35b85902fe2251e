import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../src/secrets/index.js';

/**
 * Secret detection must cost time linear in the text, whatever it holds. `eyJ-` repeated and `TOKEN`
 * repeated made two rules backtrack (0.06–0.4 MB/s). For each hostile shape, the time for 4n
 * characters is compared with the time for n in the same run: linear gives about 4, quadratic 16.
 */
const SHAPES = [
  'eyJ-',
  'eyJ',
  'eyJa.',
  'TOKEN',
  'TOKEN_',
  'PASSWORD=',
  'password: "',
  'sk-',
  'sk-ant-',
  'ghp_',
  'xoxb-',
  'AKIA',
  '://',
  'a://b:c@',
  '@',
  'a:b@',
  ':',
  '=',
  'Authorization: Bearer ',
  ' -p',
  'mysql -u ',
  ' -u a:',
  '--password ',
  'hvs.',
  'dapi',
  'shpat_',
  'postgres://',
  'mongodb+srv://',
  '-----BEGIN PRIVATE KEY-----',
  'SG.',
  'AIza',
  'ab/cd+',
  'x\n  ',
  'ghp_abc\n',
  '"auth": "',
  '_authToken=',
  'sig=',
  'Password=',
  'a',
  ' ',
];

/**
 * CPU milliseconds, not wall time: the suite runs files in parallel on shared cores, and time spent
 * descheduled says nothing about the scan's own cost.
 */
function minTime(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t0 = process.cpuUsage();
    findSecrets(text);
    const d = process.cpuUsage(t0);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

describe('secret detection on hostile repetition', () => {
  it.each(SHAPES)('%j repeated: 4x the text costs well under 16x the time', (shape) => {
    const n = 100_000;
    const small = shape.repeat(Math.ceil(n / shape.length));
    const large = shape.repeat(Math.ceil((4 * n) / shape.length));
    minTime(small); // warm the regexes up
    minTime(large);
    // Up to three trials, the best kept: a GC pause or a neighbour's burst on a shared machine can spoil one,
    // a quadratic step spoils them all.
    let ratio = Infinity;
    let tl = 0;
    for (let trial = 0; trial < 3 && ratio >= 12; trial++) {
      const ts = minTime(small);
      tl = minTime(large);
      // Tiny times are noise: the ratio only counts once the large text takes measurable time.
      ratio = tl > 40 ? tl / Math.max(ts, 1) : 0;
    }
    // Linear scans give about 4; the backtracking rules gave 16 and more.
    expect(ratio).toBeLessThan(12);
    // And a floor of throughput for 400 KB, far above the 0.06 MB/s of the backtracking rules.
    expect(tl).toBeLessThan(4_000);
  });
});
