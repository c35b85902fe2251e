/**
 * A turn holding two rules, one asking for a tool and one forbidding an act, is two rules: "- always use pnpm\n- never
 * push to main" became "Use pnpm, not push" on main, the act read as the tool pnpm replaces. An act is a verb with its
 * complement ("push to main", "merge into release", "deploy on Fridays"), never a name. End to end over Gemini CLI's
 * prompt log, two sessions; wordings, tools and acts other than the probes' ("Use ruff. Never push to master.").
 * Controls: a real swap said over two sentences ("Always use bun. Never npm.", "No jest. Use vitest.") stays one.
 * Found beside it: "Use pnpm, not npm, in this repo." became "Use pnpm, not npm,: …" (the place cut, its comma kept).
 */
import { describe, expect, it } from 'vitest';
import { promptLogLessons as lessons } from './helpers.js';

describe('a tool asked for and an act forbidden, in one turn', () => {
  it.each<string>([
    '- always use uv\n- never merge into release',
    'Use biome. Never deploy on fridays.',
    'Always use podman. Never push to trunk.',
    'always use pnpm please.\nnever commit generated code.',
  ])('%s: no swap of the tool for the act', async (turn) => {
    const got = await lessons(turn);
    expect(got.filter((l) => /^Use \S+, not /.test(l))).toEqual([]);
  });
});

describe('controls: a swap said over two sentences stays one', () => {
  it.each<[string, RegExp]>([
    ['Always use bun. Never npm.', /^Use bun, not npm/],
    ['No jest. Use vitest.', /^Use vitest, not jest/],
  ])('%s', async (turn, swap) => {
    expect((await lessons(turn)).filter((l) => swap.test(l))).toHaveLength(1);
  });
});

describe('a swap scoped to the project after the rejected tool', () => {
  it.each<[string, RegExp]>([
    ['Use deno, not node, in this project.', /^Use deno, not node: /],
    ['use podman rather than docker, in our repo', /^Use podman, not docker: /],
  ])('%s: the rejected tool is named without the comma that led the place', async (turn, swap) => {
    const got = await lessons(turn);
    expect(got.filter((l) => swap.test(l))).toHaveLength(1);
  });
});
