package org.talkbalance.metrics;

import java.util.List;
import java.util.Optional;

/**
 * Who asked the questions of a conversation.
 *
 * <pre>{@code
 * Questions q = report.questions();
 * q.speaker("Bob").map(SpeakerQuestions::asked);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param speakers per-speaker figures, in order of first appearance
 * @param total questions asked by everyone
 * @param balance normalized Shannon entropy of the speakers' question counts, 0–1 (1 = everyone
 *     asked equally); NaN with fewer than two speakers or no questions
 */
public record Questions(List<SpeakerQuestions> speakers, int total, double balance) {

  /** Copies the list. */
  public Questions {
    speakers = List.copyOf(speakers);
  }

  /**
   * Looks up one speaker's figures.
   *
   * @param name the speaker's name
   * @return the figures, or empty if no such speaker took part
   */
  public Optional<SpeakerQuestions> speaker(String name) {
    return speakers.stream().filter(s -> s.speaker().equals(name)).findFirst();
  }
}
