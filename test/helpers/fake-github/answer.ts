/** A response of the fake GitHub, and GitHub's error body. */
type Json = Record<string, unknown>;

export class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

export const err = (status: number, message: string, errors?: Json[]) =>
  new HttpAnswer(status, {
    message,
    documentation_url: 'https://docs.github.com/rest',
    ...(errors ? { errors, status: String(status) } : {}),
  });
