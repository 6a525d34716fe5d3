/**
 * A small seeded pseudo-random generator (mulberry32), so that the synthetic archive is the same
 * for the same seed on every machine and every run: a benchmark must compare like with like.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(list: readonly T[]): T;
  /**
   * One element, skewed towards the start of the list (rank r drawn with weight ~ 1/r), like the
   * word frequencies of real text (Zipf's law).
   */
  zipf<T>(list: readonly T[]): T;
  /** `count` distinct elements in random order (all of them when the list is shorter). */
  sample<T>(list: readonly T[], count: number): T[];
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    // Inverse of the continuous 1/x distribution over [1, n + 1): rank = (n + 1)^u.
    zipf: (list) => list[Math.min(list.length - 1, Math.floor((list.length + 1) ** next()) - 1)],
    sample: (list, count) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, count);
    },
  };
}
