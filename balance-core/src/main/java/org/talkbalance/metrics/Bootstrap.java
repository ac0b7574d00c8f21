package org.talkbalance.metrics;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.random.MersenneTwister;

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
    RandomGenerator random = new MersenneTwister(seed);
    double[][] shares = new double[speakers][resamples];
    long[] sums = new long[speakers];
    for (int b = 0; b < resamples; b++) {
      Arrays.fill(sums, 0);
      long total = 0;
      for (int i = 0; i < unitCount; i++) {
        int u = random.nextInt(unitCount);
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
}
