package org.talkbalance.language;

import java.util.List;
import java.util.Objects;
import org.talkbalance.transcript.Utterance;

/**
 * An utterance with its sentences and word-level counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param utterance the utterance as read
 * @param sentences its sentences in order; empty when it holds no speech (only markup)
 * @param words number of words (tokens with a letter or digit; transcript markup excluded)
 * @param fillers how many of those words are filled pauses (uh, um, er, hmm)
 * @param backchannel whether the utterance is a backchannel: at most three words, all from the
 *     backchannel list ("yeah", "mm-hmm", "I see", …) with at least one that is not a filler
 */
public record AnnotatedUtterance(
    Utterance utterance, List<Sentence> sentences, int words, int fillers, boolean backchannel) {

  /** Validates the fields and copies the list. */
  public AnnotatedUtterance {
    Objects.requireNonNull(utterance, "utterance");
    sentences = List.copyOf(sentences);
    if (words < 0 || fillers < 0 || fillers > words) {
      throw new IllegalArgumentException(
          "need 0 <= fillers <= words, got fillers=" + fillers + " words=" + words);
    }
  }

  /** {@return the speaker of the utterance} */
  public String speaker() {
    return utterance.speaker();
  }
}
