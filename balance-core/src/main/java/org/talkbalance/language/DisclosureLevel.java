package org.talkbalance.language;

/**
 * How deep a sentence's self-disclosure goes, after Laurenceau, Feldman Barrett and Pietromonaco
 * (1998) and Altman and Taylor's social penetration theory (1973).
 *
 * <pre>{@code
 * DisclosureLevel.EMOTIONAL.depth(); // 3
 * DisclosureLevel.NONE.isDisclosure(); // false
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum DisclosureLevel {
  /** Nothing about the speaker: small talk, opinions about the outside world, questions. */
  NONE(0),
  /** Facts about oneself or one's own life: "I work nights", "my dad moved out". */
  INFORMATIONAL(1),
  /**
   * One's own opinions, beliefs or wishes about oneself or the relationship: "I think I'm not good
   * at this", "I want a new life".
   */
  THOUGHTS(2),
  /** One's own feelings: "I feel lonely", "I was terrified", "I'm not okay". */
  EMOTIONAL(3);

  private final int depth;

  DisclosureLevel(int depth) {
    this.depth = depth;
  }

  /** {@return the depth on the 0–3 scale: none 0, informational 1, thoughts 2, emotional 3} */
  public int depth() {
    return depth;
  }

  /** {@return whether this level is a disclosure at all, that is, not {@link #NONE}} */
  public boolean isDisclosure() {
    return this != NONE;
  }
}
