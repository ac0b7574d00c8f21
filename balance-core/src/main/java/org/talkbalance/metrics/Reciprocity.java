package org.talkbalance.metrics;

import java.util.Objects;

/**
 * Whether one speaker's disclosures are returned by another: P(to discloses within the next k
 * turns | from just disclosed) − P(to discloses in a turn), the form of ConvoKit's coordination
 * measure (Danescu-Niculescu-Mizil et al. 2012) applied to self-disclosure (Sprecher et al. 2013).
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the speaker who disclosed
 * @param to the speaker who may return it
 * @param opportunities turns of {@code from} with a disclosure that {@code to} had a turn after,
 *     within the window
 * @param returned those opportunities in which {@code to} disclosed within the window
 * @param conditionalRate returned / opportunities, 0–1 (NaN without opportunities)
 * @param baseRate share of {@code to}'s turns that hold a disclosure, 0–1
 * @param reciprocity conditionalRate − baseRate, −1 to 1; positive when disclosure is returned more
 *     than {@code to}'s habit explains (NaN without opportunities)
 */
public record Reciprocity(
    String from,
    String to,
    int opportunities,
    int returned,
    double conditionalRate,
    double baseRate,
    double reciprocity) {

  /** Validates the fields. */
  public Reciprocity {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (returned < 0 || returned > opportunities) {
      throw new IllegalArgumentException("need 0 <= returned <= opportunities");
    }
  }
}
