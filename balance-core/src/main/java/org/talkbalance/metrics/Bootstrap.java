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
    // units grouped by speaker, so that a resample's sums are runs over its unit counts; the draw
    // is uniform over units, so their order changes nothing but which draw picks which unit
    int[] first = new int[speakers + 1];
    for (int i = 0; i < unitCount; i++) {
      first[unitSpeaker[i] + 1]++;
    }
    for (int s = 0; s < speakers; s++) {
      first[s + 1] += first[s];
    }
    int[] amount = new int[unitCount];
    int[] next = Arrays.copyOf(first, speakers);
    long largest = 0;
    for (int i = 0; i < unitCount; i++) {
      amount[next[unitSpeaker[i]]++] = unitAmount[i];
      largest = Math.max(largest, unitAmount[i]);
    }
    // a resample's sum is at most unitCount times the largest amount; when that fits in an int,
    // the sums are int arithmetic, which the JIT vectorises
    boolean intSums = largest * unitCount <= Integer.MAX_VALUE;
    // Mersenne Twister: about twice as fast per draw as Well19937c here, and resampling dominates
    Resampler resampler = new Resampler(new MersenneTwister(seed), unitCount);
    int[] counts = new int[unitCount];
    double[][] shares = new double[speakers][resamples];
    long[] sums = new long[speakers];
    for (int b = 0; b < resamples; b++) {
      resampler.draw(counts);
      long total = 0;
      for (int s = 0; s < speakers; s++) {
        long sum = intSums ? intSum(counts, amount, first[s], first[s + 1])
            : longSum(counts, amount, first[s], first[s + 1]);
        sums[s] = sum;
        total += sum;
      }
      Arrays.fill(counts, 0);
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

  /** {@return the sum of {@code counts[u] * amount[u]} for u in {@code [from, to)}; fits an int} */
  private static int intSum(int[] counts, int[] amount, int from, int to) {
    int sum = 0;
    for (int u = from; u < to; u++) {
      sum += counts[u] * amount[u];
    }
    return sum;
  }

  /** {@return the sum of {@code counts[u] * amount[u]} over {@code [from, to)}} */
  private static long longSum(int[] counts, int[] amount, int from, int to) {
    long sum = 0;
    for (int u = from; u < to; u++) {
      sum += (long) counts[u] * amount[u];
    }
    return sum;
  }

  /**
   * Draws resamples of units with replacement: as many units as there are, each uniform over all of
   * them. Several draws come from each 32-bit output of the generator, as many as fit ({@code
   * units}<sup>k</sup> &le; 2<sup>32</sup>: three for up to 1625 units, two for up to 65536), each
   * the high part of the leftover times {@code units}, and a batch whose final leftover would bias
   * it is rejected (Brackett-Rozinsky &amp; Lemire 2024, "Batched ranged random integer
   * generation", Software: Practice and Experience 55(1); Lemire 2019 for one per output). A
   * Mersenne Twister output costs more than the rest of a draw, and {@link
   * RandomGenerator#nextInt(int)} spends one output and a division on each.
   *
   * <p>Not thread-safe; one per bootstrap run.
   */
  static final class Resampler {
    private static final long WORD = 1L << 32;
    private static final long LOW = WORD - 1;

    private final MersenneTwister random;
    private final int units;
    private final int perWord;
    private final long threshold;
    private final int[] batch;

    Resampler(MersenneTwister random, int units) {
      if (units <= 0) {
        throw new IllegalArgumentException("units must be positive, was " + units);
      }
      this.random = random;
      this.units = units;
      // the batch size with the most draws per output, counting rejected outputs
      int best = 1;
      double bestYield = 0;
      long product = 1;
      long bestProduct = units;
      for (int k = 1; k <= Integer.SIZE && product * units <= WORD; k++) {
        product *= units;
        double yield = k * (1 - (double) (WORD % product) / WORD);
        if (yield > bestYield) {
          best = k;
          bestYield = yield;
          bestProduct = product;
        }
      }
      this.perWord = best;
      // a final leftover below this would make some batches more likely than others
      this.threshold = WORD % bestProduct;
      this.batch = new int[best];
    }

    /**
     * Draws one resample.
     *
     * @param counts how often each unit was drawn, added to; at least {@code units} long
     */
    void draw(int[] counts) {
      // the common batch sizes written out: a loop over the batch costs as much as the generator
      switch (perWord) {
        case 1 -> drawOnes(counts);
        case 2 -> drawPairs(counts);
        case 3 -> drawTriples(counts);
        default -> drawBatches(counts);
      }
    }

    private void drawOnes(int[] counts) {
      int n = units;
      long t = threshold;
      for (int drawn = 0; drawn < n; ) {
        long first = (random.nextInt() & LOW) * n;
        if ((first & LOW) >= t) {
          counts[(int) (first >>> 32)]++;
          drawn++;
        }
      }
    }

    private void drawPairs(int[] counts) {
      int n = units;
      long t = threshold;
      for (int drawn = 0; drawn < n; ) {
        long first = (random.nextInt() & LOW) * n;
        long second = (first & LOW) * n;
        if ((second & LOW) >= t) {
          counts[(int) (first >>> 32)]++;
          if (++drawn < n) {
            counts[(int) (second >>> 32)]++;
            drawn++;
          }
        }
      }
    }

    private void drawTriples(int[] counts) {
      int n = units;
      long t = threshold;
      for (int drawn = 0; drawn < n; ) {
        long first = (random.nextInt() & LOW) * n;
        long second = (first & LOW) * n;
        long third = (second & LOW) * n;
        if ((third & LOW) >= t) {
          counts[(int) (first >>> 32)]++;
          if (++drawn < n) {
            counts[(int) (second >>> 32)]++;
            if (++drawn < n) {
              counts[(int) (third >>> 32)]++;
              drawn++;
            }
          }
        }
      }
    }

    private void drawBatches(int[] counts) {
      int[] batch = this.batch;
      int drawn = 0;
      while (drawn < units) {
        long leftover = random.nextInt() & LOW;
        for (int k = 0; k < perWord; k++) {
          long product = leftover * units;
          batch[k] = (int) (product >>> 32);
          leftover = product & LOW;
        }
        if (leftover >= threshold) {
          int take = Math.min(perWord, units - drawn);
          for (int k = 0; k < take; k++) {
            counts[batch[k]]++;
          }
          drawn += take;
        }
      }
    }
  }
}
