package org.talkbalance.metrics;

import java.util.Objects;

/**
 * Why one count of a report went up: the utterance, the sentence and the rule behind it, so that
 * every figure can be traced back to what was said ({@code balance analyze --explain}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric what was counted, such as {@code question}, {@code backchannel},
 *     {@code longest monologue}
 * @param speaker whose count it is
 * @param record 1-based input utterance number of the evidence
 * @param line 1-based input line of the evidence
 * @param text the sentence or utterance that was counted
 * @param reason the rule and its cue, such as {@code wh, open (cue: wh-word + inversion)}
 */
public record Explanation(
    String metric, String speaker, int record, int line, String text, String reason) {

  /** Validates the fields. */
  public Explanation {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
