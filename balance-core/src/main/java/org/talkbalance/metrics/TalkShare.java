package org.talkbalance.metrics;

import java.util.List;
import java.util.Optional;

/**
 * Who talked how much: per-speaker figures and balance indices over words.
 *
 * <pre>{@code
 * TalkShare talk = report.talkShare();
 * talk.balance();   // 1.0 = everyone spoke the same number of words
 * talk.speakers().get(0).wordShare();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param speakers per-speaker figures, in order of first appearance
 * @param totalWords words spoken by everyone
 * @param totalTurns turns held by everyone
 * @param balance normalized Shannon entropy of the word shares, H(shares) / ln(n) over the n
 *     speakers, 0–1 where 1 means everyone spoke equally; NaN with fewer than two speakers or no
 *     words
 * @param gini Gini coefficient of words per speaker, 0 (equal) to (n−1)/n (one speaker said
 *     everything)
 * @param dominance the largest word share, 0–1
 * @param twoParty the two-party ratio and balance score, present only for exactly two speakers
 * @param switchesPer100Words interactivity: changes of turn holder per 100 words
 */
public record TalkShare(
    List<SpeakerTalk> speakers,
    int totalWords,
    int totalTurns,
    double balance,
    double gini,
    double dominance,
    Optional<TwoPartyBalance> twoParty,
    double switchesPer100Words) {

  /** Copies the list and checks the fields. */
  public TalkShare {
    speakers = List.copyOf(speakers);
    if (totalWords < 0 || totalTurns < 0) {
      throw new IllegalArgumentException("totals must not be negative");
    }
    java.util.Objects.requireNonNull(twoParty, "twoParty");
  }

  /**
   * Looks up one speaker's figures.
   *
   * @param name the speaker's name
   * @return the figures, or empty if no such speaker took part
   */
  public Optional<SpeakerTalk> speaker(String name) {
    return speakers.stream().filter(s -> s.speaker().equals(name)).findFirst();
  }
}
