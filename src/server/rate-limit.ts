// A token bucket per client address: steady use passes, floods get 429 with Retry-After.
// In memory, per server process; several servers behind a balancer each keep their own.

export interface RateLimitOptions {
  /** Requests a client may make per minute on average. */
  perMinute: number;
  /** Requests a client may make at once after being idle. */
  burst: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Most clients remembered; the oldest are forgotten first (a flood of addresses cannot grow memory). */
const MAX_CLIENTS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: RateLimitOptions, private readonly now: () => number = Date.now) {}

  /** Takes one token for `client`; returns 0 when allowed, else the seconds to wait. */
  take(client: string): number {
    const now = this.now();
    const rate = this.options.perMinute / 60_000;
    let bucket = this.buckets.get(client);
    if (bucket) {
      this.buckets.delete(client); // re-inserted below: the map stays in least-recently-used order
      bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.updated) * rate);
      bucket.updated = now;
    } else {
      bucket = { tokens: this.options.burst, updated: now };
      if (this.buckets.size >= MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate / 1000);
  }
}
