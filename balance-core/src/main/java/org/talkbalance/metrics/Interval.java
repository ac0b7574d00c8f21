package org.talkbalance.metrics;

/**
 * A confidence interval.
 *
 * <p>Immutable and thread-safe.
 *
 * @param low lower bound, in the unit of the estimate it brackets
 * @param high upper bound, in the same unit
 * @param level confidence level as a fraction, such as 0.95
 */
public record Interval(double low, double high, double level) {

  /** Validates the bounds. */
  public Interval {
    if (!(low <= high)) {
      throw new IllegalArgumentException("need low <= high, got " + low + " and " + high);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must lie in (0, 1), was " + level);
    }
  }
}
