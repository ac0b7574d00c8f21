package org.talkbalance.language;

/**
 * Whether a disclosure's feelings are negative, positive or neither. Kept apart from the level so
 * that "I'm not okay" (emotional, negative) and "I'm so happy" (emotional, positive) count
 * separately, as DESIGN.md's negative-emotional share needs.
 *
 * <p>Immutable and thread-safe.
 */
public enum Valence {
  /** Unpleasant feelings: sad, afraid, angry, ashamed, "not okay". */
  NEGATIVE,
  /** No feeling word, or as many pleasant as unpleasant ones. */
  NEUTRAL,
  /** Pleasant feelings: happy, proud, relieved, "love". */
  POSITIVE
}
