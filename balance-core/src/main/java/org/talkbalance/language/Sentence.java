package org.talkbalance.language;

import java.util.Objects;

/**
 * One sentence of an utterance with its annotations.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the sentence as said, transcript markup included
 * @param words number of words (tokens with a letter or digit, markup excluded)
 */
public record Sentence(String text, int words) {

  /** Validates the fields. */
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (words < 0) {
      throw new IllegalArgumentException("words must not be negative, was " + words);
    }
  }
}
