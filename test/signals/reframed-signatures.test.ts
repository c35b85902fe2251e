/**
 * reframedSignature: an older ledger's rule key as this version keys the same words (rule-frames.ts), from the key and
 * its samples' quotes. "ever" goes whatever was said; a frame's stem ("now", "stop") only where every quote holds it in the frame.
 */
import { describe, expect, it } from 'vitest';
import { mayHoldFrameWords, reframedSignature } from '../../src/signals/index.js';

describe('reframedSignature', () => {
  it.each([
    ['neg|ever main push', ["Don't ever push to main!"], 'neg|main push'],
    ['neg|ever main push', [], 'neg|main push'],
    ['mem|e_1|neg|ever instal npm', ['Do not ever run `npm install`.'], 'mem|e_1|neg|instal npm'],
    ['pos|befor commit lint now', ['From now on, run `make lint` before committing.'], 'pos|befor commit lint'],
    ['pos|befor commit lint now', ['Always run `make lint` before committing, from now on.'], 'pos|befor commit lint'],
    ['pos|befor commit lint now', ['Ok, now on, run `make lint` before committing.'], 'pos|befor commit lint'],
    ['pos|forward go lint', ['Going forward, always run the lint.'], 'pos|lint'],
    ['neg|add comment stop', ['Stop adding comments.'], 'neg|add comment'],
    ['pos|again befor commit lint', ['You forgot to run `make lint` before committing again.'], 'pos|befor commit lint'],
    ['pos|again lint', ['Ugh, you forgot again to run `make lint`.'], 'pos|lint'],
    ['pos|befor commit lint next time', ['Remember to run `make lint` before committing next time.'], 'pos|befor commit lint'],
    ['neg|audit fix npm stop', ['No, stop running `npm audit fix`.'], 'neg|audit fix npm'],
  ])('%s said as %j is %s now', (old, quotes, now) => {
    expect(reframedSignature(old, quotes)).toBe(now);
  });

  it.each([
    // An order for the moment keeps its "now"; so does a pattern whose samples disagree, or that has none.
    ['neg|main now push', ["Don't push to main now."]],
    ['neg|main now push', ["Don't push to main from now on.", "Don't push to main now."]],
    ['pos|befor commit lint now', []],
    // "stop" is the topic: stopping is asked for, or forbidden.
    ['neg|ask befor delet file stop', ['Stop and ask before deleting files.']],
    ['neg|dev server stop', ['Never stop the dev server.']],
    ['neg|ask everyth stop', ['Stop everything and ask me.']],
    // "again" outside "you forgot" asks for one more time; "next time" before a noun is the topic.
    ['pos|again index rebuild search', ['Remember to rebuild the search index again.']],
    ['pos|next show slot time', ['Always show the next time slot.']],
    // Keys of another shape hold no stems of a frame.
    ['neg|said|nunca hagas push a main ever', ['Nunca hagas push a main ever.']],
    ['neg|path:main/now', ['Never touch `main/now` from now on.']],
    ['prefer|pnpm', ['From now on, use pnpm, not npm.']],
  ])('%s said as %j stays', (old, quotes) => {
    expect(reframedSignature(old, quotes)).toBe(old);
  });

  it('the cheap test passes only keys of stems holding a whole frame or an intensifier', () => {
    const keys = ['neg|ever main push', 'pos|befor commit lint now', 'pos|forward go lint', 'pos|lint next time', 'mem|e|neg|stop x'];
    const not = ['neg|main push', 'neg|said|ever', 'prefer|now', 'pos|go test', 'neg|time zone', 'pos|forward port', 'neg|path:now'];
    expect(keys.map(mayHoldFrameWords)).toEqual(keys.map(() => true));
    expect(not.map(mayHoldFrameWords)).toEqual(not.map(() => false));
  });
});
