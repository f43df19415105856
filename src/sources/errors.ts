/** An input Kabar cannot read: names the input (path, `path:line`, or URL) and the reason. */
export class InputError extends Error {
  readonly origin: string;
  readonly reason: string;

  constructor(origin: string, reason: string) {
    super(`${origin}: ${reason}`);
    this.name = 'InputError';
    this.origin = origin;
    this.reason = reason;
  }
}

/** What a source yields for each record: an article, or a rejection that names the input. */
export type SourceItem<T> = { ok: true; value: T } | { ok: false; error: InputError };

export function rejected<T>(origin: string, reason: string): SourceItem<T> {
  return { ok: false, error: new InputError(origin, reason) };
}
