// Where a command writes, so that tests can run commands in-process and read what they print.

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Exit codes: 0 done, 1 failed or misused, 3 done but some inputs were rejected. */
export const EXIT = { ok: 0, error: 1, rejected: 3 } as const;

/** Colours for a terminal; plain text anywhere else (pipes, files, NO_COLOR). */
export function palette(out: Output, env: NodeJS.ProcessEnv) {
  const on = Boolean(out.isTTY) && !env.NO_COLOR;
  const wrap = (code: string) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { bold: wrap('1'), dim: wrap('2'), red: wrap('31'), green: wrap('32'), yellow: wrap('33'), cyan: wrap('36') };
}

export function printJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A story's day in a listing: its latest publication date, or `undated` when none of its articles is dated (the date would be the day they were stored). */
export function storyDay(story: { dated: boolean; lastUpdated: string }): string {
  return story.dated ? story.lastUpdated.slice(0, 10) : 'undated   ';
}
