package org.talkbalance.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BootstrapTest {

  static Stream<Integer> unitCounts() {
    return Stream.of(
        // many draws per generator output
        1, 2, 3, 7, 100,
        // three
        1000, 1625,
        // two
        1626, (1 << 15) - 1, 1 << 16,
        // one
        (1 << 16) + 1, 100_000);
  }

  @ParameterizedTest
  @MethodSource("unitCounts")
  void eachResampleDrawsAsManyUnitsAsThereAre(int units) {
    Bootstrap.Resampler resampler = new Bootstrap.Resampler(new MersenneTwister(1), units);
    int[] counts = new int[units];
    for (int r = 0; r < 3; r++) {
      Arrays.fill(counts, 0);
      resampler.draw(counts);
      assertEquals(units, Arrays.stream(counts).asLongStream().sum());
    }
  }

  @ParameterizedTest
  @MethodSource("unitCounts")
  void drawsAreUniformOverTheUnits(int units) {
    int buckets = Math.min(units, 10);
    long[] seen = new long[buckets];
    int resamples = Math.max(1, 200_000 / units);
    Bootstrap.Resampler resampler = new Bootstrap.Resampler(new MersenneTwister(1), units);
    int[] counts = new int[units];
    for (int r = 0; r < resamples; r++) {
      resampler.draw(counts);
    }
    // contiguous ranges of units per bucket; every unit lands in exactly one
    for (int u = 0; u < units; u++) {
      seen[(int) ((long) u * buckets / units)] += counts[u];
    }
    long draws = (long) resamples * units;
    for (int b = 0; b < buckets; b++) {
      long from = (b * (long) units + buckets - 1) / buckets;
      long to = ((b + 1) * (long) units + buckets - 1) / buckets;
      double expected = draws * (double) (to - from) / units;
      // five standard deviations of a binomial count
      assertEquals(expected, seen[b], 5 * Math.sqrt(expected), "bucket " + b + " of " + units);
    }
  }

  /**
   * The counts of a resample follow the multinomial distribution, which fails if draws taken from
   * one generator output depend on each other.
   */
  @ParameterizedTest
  @MethodSource("smallUnitCounts")
  void resamplesFollowTheMultinomialDistribution(int units) {
    int resamples = 200_000;
    Map<List<Integer>, Integer> seen = new HashMap<>();
    Bootstrap.Resampler resampler = new Bootstrap.Resampler(new MersenneTwister(3), units);
    int[] counts = new int[units];
    for (int r = 0; r < resamples; r++) {
      Arrays.fill(counts, 0);
      resampler.draw(counts);
      seen.merge(Arrays.stream(counts).boxed().toList(), 1, Integer::sum);
    }
    for (Map.Entry<List<Integer>, Integer> e : seen.entrySet()) {
      // n! / (c1! ... ck!) / n^n
      double p = CombinatoricsUtils.factorialDouble(units) / Math.pow(units, units);
      for (int c : e.getKey()) {
        p /= CombinatoricsUtils.factorialDouble(c);
      }
      double expected = resamples * p;
      assertEquals(expected, e.getValue(), 5 * Math.sqrt(expected), "counts " + e.getKey());
    }
  }

  static Stream<Integer> smallUnitCounts() {
    return Stream.of(2, 3, 4, 5);
  }

  @ParameterizedTest
  @MethodSource("unitCounts")
  void sameSeedSameResamples(int units) {
    Bootstrap.Resampler a = new Bootstrap.Resampler(new MersenneTwister(42), units);
    Bootstrap.Resampler b = new Bootstrap.Resampler(new MersenneTwister(42), units);
    int[] first = new int[units];
    int[] second = new int[units];
    for (int r = 0; r < 3; r++) {
      a.draw(first);
      b.draw(second);
    }
    assertArrayEquals(first, second);
  }

  @Test
  void intervalsBracketTheObservedSharesAndRepeat() {
    int[] speaker = {0, 1, 0, 1, 0, 2};
    int[] amount = {10, 3, 7, 0, 12, 5};
    double[] observed = {29 / 37.0, 3 / 37.0, 5 / 37.0};
    Bootstrap bootstrap = new Bootstrap(1000, 7, 0.9);
    Interval[] first = bootstrap.shareIntervals(speaker, amount, 6, 3, observed);
    Interval[] again = bootstrap.shareIntervals(speaker, amount, 6, 3, observed);
    assertArrayEquals(first, again);
    for (int s = 0; s < 3; s++) {
      assertEquals(0.9, first[s].level());
      assertTrue(first[s].low() <= observed[s] && observed[s] <= first[s].high());
    }
  }
}
