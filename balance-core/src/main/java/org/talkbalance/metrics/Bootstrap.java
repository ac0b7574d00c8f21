package org.talkbalance.metrics;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Percentile-bootstrap confidence intervals for per-speaker shares of a total, resampling units
 * (turns and backchannels) with replacement (Efron & Tibshirani 1993, ch. 13). Seeded, so the same
 * input and settings always give the same intervals.
 *
 * <p>Stateless apart from its settings; thread-safe.
 */
final class Bootstrap {

  private final int resamples;
  private final long seed;
  private final double level;

  Bootstrap(int resamples, long seed, double level) {
    this.resamples = resamples;
    this.seed = seed;
    this.level = level;
  }

  /**
   * Computes an interval for each speaker's share.
   *
   * @param unitSpeaker speaker index of each unit
   * @param unitAmount amount (such as words) of each unit
   * @param unitCount how many entries of the two arrays are used
   * @param speakers number of speakers
   * @param observed the observed shares, returned as degenerate intervals when there are no
   *     resamples or no units
   * @return one interval per speaker, in speaker order
   */
  Interval[] shareIntervals(
      int[] unitSpeaker, int[] unitAmount, int unitCount, int speakers, double[] observed) {
    Interval[] out = new Interval[speakers];
    if (resamples == 0 || unitCount == 0) {
      for (int s = 0; s < speakers; s++) {
        out[s] = new Interval(observed[s], observed[s], level);
      }
      return out;
    }
    // Mersenne Twister: about twice as fast per draw as Well19937c here, and resampling dominates
    MersenneTwister random = new MersenneTwister(seed);
    UnitDraw draw = new UnitDraw(random, unitCount);
    double[][] shares = new double[speakers][resamples];
    long[] sums = new long[speakers];
    for (int b = 0; b < resamples; b++) {
      Arrays.fill(sums, 0);
      long total = 0;
      for (int i = 0; i < unitCount; i++) {
        int u = draw.next();
        sums[unitSpeaker[u]] += unitAmount[u];
        total += unitAmount[u];
      }
      for (int s = 0; s < speakers; s++) {
        shares[s][b] = total == 0 ? 0 : (double) sums[s] / total;
      }
    }
    double tailPercent = (1 - level) / 2 * 100;
    // linear interpolation between order statistics (Hyndman & Fan type 7, R's default)
    Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    for (int s = 0; s < speakers; s++) {
      percentile.setData(shares[s]);
      double low = percentile.evaluate(tailPercent);
      double high = percentile.evaluate(100 - tailPercent);
      out[s] = new Interval(Math.min(low, observed[s]), Math.max(high, observed[s]), level);
    }
    return out;
  }

  /**
   * Draws unit indices uniformly from {@code [0, units)}: two indices from each 32-bit output of
   * the generator when there are fewer than 2<sup>15</sup> units, one otherwise. Each index is the
   * high half of a chunk times {@code units}, with the few chunks that would bias it rejected
   * (Lemire 2019, "Fast random integer generation in an interval", ACM TOMACS 29(1)); half as many
   * generator calls as {@link RandomGenerator#nextInt(int)}, and no division per draw.
   *
   * <p>Not thread-safe; one per bootstrap run.
   */
  static final class UnitDraw {
    private static final int SMALL = 1 << 15;

    private final MersenneTwister random;
    private final int units;
    private final boolean halves;
    private final long threshold;
    private int spare = -1;

    UnitDraw(MersenneTwister random, int units) {
      if (units <= 0) {
        throw new IllegalArgumentException("units must be positive, was " + units);
      }
      this.random = random;
      this.units = units;
      this.halves = units < SMALL;
      long range = halves ? 1L << 16 : 1L << 32;
      // chunks whose low product part falls below this would make some indices more likely
      this.threshold = (range - units) % units;
    }

    /** {@return the next index, uniform in {@code [0, units)}} */
    int next() {
      if (!halves) {
        while (true) {
          long product = (random.nextInt() & 0xFFFF_FFFFL) * units;
          if ((product & 0xFFFF_FFFFL) >= threshold) {
            return (int) (product >>> 32);
          }
        }
      }
      while (true) {
        int chunk;
        if (spare >= 0) {
          chunk = spare;
          spare = -1;
        } else {
          int bits = random.nextInt();
          chunk = bits >>> 16;
          spare = bits & 0xFFFF;
        }
        int product = chunk * units;
        if ((product & 0xFFFF) >= threshold) {
          return product >>> 16;
        }
      }
    }
  }
}
