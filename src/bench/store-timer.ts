// Time spent in a store's calls, for the bench's account of where assignment time goes. The
// methods are wrapped on the instance itself, so that the calls a store makes on itself inside a
// transaction (`exclusive` hands the store to its work) are counted too.

/** Wraps `names` of `store` to add up their time; `take` returns the totals in ms and starts again. */
export function timeStoreCalls<S extends object>(store: S, names: readonly string[]): { take(): Record<string, number> } {
  const totals = new Map<string, number>();
  const methods = store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of names) {
    const original = methods[name]!.bind(store);
    methods[name] = async (...args: unknown[]) => {
      const started = performance.now();
      try {
        return await original(...args);
      } finally {
        totals.set(name, (totals.get(name) ?? 0) + performance.now() - started);
      }
    };
  }
  return {
    take() {
      const out = Object.fromEntries(names.map((n) => [n, totals.get(n) ?? 0]));
      totals.clear();
      return out;
    },
  };
}
