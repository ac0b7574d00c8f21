package org.talkbalance.metrics;

import java.util.List;
import java.util.Optional;

/**
 * Self-disclosure, support and reciprocity in a conversation.
 *
 * <pre>{@code
 * Disclosures d = report.disclosures();
 * d.reciprocity().forEach(r -> System.out.println(r.from() + "→" + r.to() + " " + r.reciprocity()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param speakers per-speaker figures, in order of first appearance
 * @param total disclosing sentences by everyone
 * @param supportActs support acts by everyone
 * @param reciprocity one entry per ordered pair of speakers who both held turns
 * @param windowTurns the k of reciprocity: how many turns after a disclosure count as returning it
 */
public record Disclosures(
    List<SpeakerDisclosure> speakers,
    int total,
    int supportActs,
    List<Reciprocity> reciprocity,
    int windowTurns) {

  /** Copies the lists. */
  public Disclosures {
    speakers = List.copyOf(speakers);
    reciprocity = List.copyOf(reciprocity);
  }

  /**
   * Looks up one speaker's figures.
   *
   * @param name the speaker's name
   * @return the figures, or empty if no such speaker took part
   */
  public Optional<SpeakerDisclosure> speaker(String name) {
    return speakers.stream().filter(s -> s.speaker().equals(name)).findFirst();
  }

  /**
   * Looks up the reciprocity of one ordered pair.
   *
   * @param from who disclosed
   * @param to who may return it
   * @return the figures, or empty if the pair did not both hold turns
   */
  public Optional<Reciprocity> reciprocity(String from, String to) {
    return reciprocity.stream().filter(r -> r.from().equals(from) && r.to().equals(to))
        .findFirst();
  }
}
