package org.talkbalance.metrics;

import java.util.List;
import java.util.Objects;
import org.talkbalance.language.AnnotatedUtterance;

/**
 * A turn: a maximal run of one speaker's utterances, not broken by the other speakers'
 * backchannels.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index 0-based position of the turn in the conversation
 * @param speaker who holds the turn
 * @param utterances the speaker's utterances in the turn, in order (never empty)
 */
public record Turn(int index, String speaker, List<AnnotatedUtterance> utterances) {

  /** Validates the fields and copies the list. */
  public Turn {
    Objects.requireNonNull(speaker, "speaker");
    utterances = List.copyOf(utterances);
    if (utterances.isEmpty()) {
      throw new IllegalArgumentException("a turn needs at least one utterance");
    }
  }

  /** {@return the number of words in the turn} */
  public int words() {
    int sum = 0;
    for (AnnotatedUtterance u : utterances) {
      sum += u.words();
    }
    return sum;
  }

  /** {@return the number of filled pauses in the turn} */
  public int fillers() {
    int sum = 0;
    for (AnnotatedUtterance u : utterances) {
      sum += u.fillers();
    }
    return sum;
  }
}
