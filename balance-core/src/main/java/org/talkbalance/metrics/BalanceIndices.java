package org.talkbalance.metrics;

/**
 * Inequality indices over per-speaker counts, shared by talk-share and question balance.
 *
 * <p>Stateless; thread-safe.
 */
final class BalanceIndices {

  private BalanceIndices() {}

  /**
   * Normalized Shannon entropy H(p) / ln(n) of the shares of {@code counts}: 1 when all counts are
   * equal, 0 when one holds everything (Shannon 1948; Pielou's evenness index).
   *
   * @return the evenness in 0–1, or NaN with fewer than two counts or a zero total
   */
  static double normalizedEntropy(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    if (counts.length < 2 || total == 0) {
      return Double.NaN;
    }
    double h = 0;
    for (long c : counts) {
      if (c > 0) {
        double p = (double) c / total;
        h -= p * Math.log(p);
      }
    }
    return Math.min(1.0, h / Math.log(counts.length));
  }

  /**
   * Gini coefficient: the mean absolute difference between all pairs of counts divided by twice
   * the mean, Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄) (Gini 1912).
   *
   * @return 0 for equal counts up to (n − 1) / n; 0 for a zero total
   */
  static double gini(long[] counts) {
    int n = counts.length;
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    if (n == 0 || total == 0) {
      return 0;
    }
    long[] sorted = counts.clone();
    java.util.Arrays.sort(sorted);
    // Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σᵢ (2i − n + 1) x₍ᵢ₎ over the sorted values, 0-based i
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      weighted += (2.0 * i - n + 1) * sorted[i];
    }
    return weighted / ((double) n * total);
  }

  /** The largest count's share of the total, 0–1; 0 for a zero total. */
  static double dominance(long[] counts) {
    long total = 0;
    long max = 0;
    for (long c : counts) {
      total += c;
      max = Math.max(max, c);
    }
    return total == 0 ? 0 : (double) max / total;
  }
}
