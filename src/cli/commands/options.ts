import { InvalidArgumentError } from 'commander';

/** Parses a whole number ≥ 0 for options like --limit. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`'${value}' is not a whole number`);
  return n;
}
