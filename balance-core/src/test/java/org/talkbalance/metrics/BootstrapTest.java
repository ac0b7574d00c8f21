package org.talkbalance.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BootstrapTest {

  static Stream<Integer> unitCounts() {
    return Stream.of(
        // two draws per generator output
        1, 2, 3, 7, 100, 1000, (1 << 15) - 1,
        // one draw per generator output
        1 << 15, 100_000);
  }

  @ParameterizedTest
  @MethodSource("unitCounts")
  void drawsAreUniformOverTheUnits(int units) {
    int buckets = Math.min(units, 10);
    long[] seen = new long[buckets];
    int draws = 200_000;
    Bootstrap.UnitDraw draw = new Bootstrap.UnitDraw(new MersenneTwister(1), units);
    for (int i = 0; i < draws; i++) {
      int u = draw.next();
      assertTrue(u >= 0 && u < units, "index out of range: " + u);
      // contiguous ranges of units per bucket; every unit lands in exactly one
      seen[(int) ((long) u * buckets / units)]++;
    }
    for (int b = 0; b < buckets; b++) {
      long from = (b * (long) units + buckets - 1) / buckets;
      long to = ((b + 1) * (long) units + buckets - 1) / buckets;
      double expected = draws * (double) (to - from) / units;
      // five standard deviations of a binomial count
      double tolerance = 5 * Math.sqrt(expected);
      assertEquals(expected, seen[b], tolerance, "bucket " + b + " of " + units + " units");
    }
  }

  @ParameterizedTest
  @MethodSource("unitCounts")
  void sameSeedSameDraws(int units) {
    Bootstrap.UnitDraw a = new Bootstrap.UnitDraw(new MersenneTwister(42), units);
    Bootstrap.UnitDraw b = new Bootstrap.UnitDraw(new MersenneTwister(42), units);
    int[] first = new int[1000];
    int[] second = new int[1000];
    for (int i = 0; i < first.length; i++) {
      first[i] = a.next();
      second[i] = b.next();
    }
    assertArrayEquals(first, second);
  }
}
