import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/server/rate-limit.js';

describe('RateLimiter', () => {
  it('allows a burst, then one request per interval, per client', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 2 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 1]);
    expect(limiter.take('b')).toBe(0);
    now += 1000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
  });
});
