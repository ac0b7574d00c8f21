package org.talkbalance.metrics;

import java.util.Objects;

/**
 * How much one speaker talked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param speaker the speaker's name
 * @param words words spoken, backchannels included (words are tokens with a letter or digit;
 *     transcript markup excluded)
 * @param wordShare this speaker's words divided by all words, 0–1 (0 when nobody said a word)
 * @param wordShareInterval bootstrap confidence interval of {@code wordShare} (resampling turns
 *     and backchannels), 0–1
 * @param turns turns held (backchannels are not turns)
 * @param turnShare this speaker's turns divided by all turns, 0–1
 * @param utterances input records by this speaker, backchannels included
 * @param longestMonologueWords most words in one of this speaker's turns
 * @param meanTurnWords mean words per turn (0 when the speaker held no turn)
 * @param backchannels backchannels given during others' turns
 * @param fillers filled pauses (uh, um, er, hmm), also counted in {@code words}
 */
public record SpeakerTalk(
    String speaker,
    int words,
    double wordShare,
    Interval wordShareInterval,
    int turns,
    double turnShare,
    int utterances,
    int longestMonologueWords,
    double meanTurnWords,
    int backchannels,
    int fillers) {

  /** Validates the fields. */
  public SpeakerTalk {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(wordShareInterval, "wordShareInterval");
    if (words < 0 || turns < 0 || utterances < 0 || backchannels < 0 || fillers < 0) {
      throw new IllegalArgumentException("counts must not be negative for " + speaker);
    }
  }
}
