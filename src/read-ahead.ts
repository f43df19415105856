// Mapping a stream with work running ahead of its reader, results kept in the stream's order.

type Settled<U> = { ok: true; value: U } | { ok: false; error: unknown };

/**
 * Yields `fn(item)` for each item of `source`, in source order, while up to `depth` later items
 * are already read and being mapped. A result is yielded as soon as it and those before it are
 * done, without waiting for the window to fill (a stream that trickles in is not held back). An
 * error of `fn` or of the source is thrown where its item would have been yielded. Stopping early
 * stops reading the source.
 */
export async function* mapAhead<T, U>(source: AsyncIterable<T> | Iterable<T>, fn: (item: T) => Promise<U>, depth: number): AsyncGenerator<U> {
  const queue: Promise<Settled<U>>[] = [];
  let finished = false;
  // Set inside the producer: typed wide, since the compiler does not follow assignments in closures.
  let failure = null as { error: unknown } | null;
  let stopped = false;
  let wakeReader = null as (() => void) | null;
  let wakeProducer = null as (() => void) | null;
  const wake = (which: 'reader' | 'producer') => {
    const w = which === 'reader' ? wakeReader : wakeProducer;
    if (which === 'reader') wakeReader = null;
    else wakeProducer = null;
    w?.();
  };

  const producer = (async () => {
    try {
      for await (const item of source) {
        if (stopped) break;
        queue.push(fn(item).then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error })));
        wake('reader');
        while (queue.length >= Math.max(1, depth) && !stopped) await new Promise<void>((resolve) => { wakeProducer = resolve; });
        if (stopped) break;
      }
    } catch (error) {
      failure = { error };
    } finally {
      finished = true;
      wake('reader');
    }
  })();

  try {
    for (;;) {
      if (queue.length === 0) {
        if (finished) {
          if (failure) throw failure.error;
          return;
        }
        await new Promise<void>((resolve) => { wakeReader = resolve; });
        continue;
      }
      const settled = await queue[0]!;
      queue.shift();
      wake('producer');
      if (!settled.ok) throw settled.error;
      yield settled.value;
    }
  } finally {
    // Not awaited: the source may be waiting for input that never comes (standard input). Results
    // still in the queue are settled promises, so nothing is left to reject unhandled.
    stopped = true;
    wake('producer');
    void producer;
  }
}
