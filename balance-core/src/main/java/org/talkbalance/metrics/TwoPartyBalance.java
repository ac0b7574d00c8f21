package org.talkbalance.metrics;

import java.util.Objects;

/**
 * The balance between the two speakers of a two-party conversation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param larger the speaker with more words (the first in order of appearance on a tie)
 * @param smaller the other speaker
 * @param largerPercent the larger side's word share, in whole percent (the "62" of 62:38)
 * @param smallerPercent the smaller side's share, in whole percent; the two add up to 100
 * @param balanceScore max(a, b) / (a + b) over the two word counts, 0.5–1, where 0.5 is perfectly
 *     even (ConvoKit's talk-time balance score)
 */
public record TwoPartyBalance(
    String larger, String smaller, int largerPercent, int smallerPercent, double balanceScore) {

  /** Validates the fields. */
  public TwoPartyBalance {
    Objects.requireNonNull(larger, "larger");
    Objects.requireNonNull(smaller, "smaller");
    if (largerPercent + smallerPercent != 100) {
      throw new IllegalArgumentException("percentages must add up to 100");
    }
  }

  /** {@return the ratio as text, such as {@code 62:38}} */
  public String ratio() {
    return largerPercent + ":" + smallerPercent;
  }
}
