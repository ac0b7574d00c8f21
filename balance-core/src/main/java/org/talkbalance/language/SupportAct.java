package org.talkbalance.language;

import java.util.Objects;

/**
 * One support act found in a sentence, with the words that express it.
 *
 * <pre>{@code
 * SupportDetector.standard().detect("That sounds really hard.");
 * // [SupportAct[kind=EMPATHY, evidence=That sounds really hard]]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of support it is
 * @param evidence the words of the sentence that express it, as written (intensifiers included)
 */
public record SupportAct(SupportKind kind, String evidence) {

  /** Validates the fields. */
  public SupportAct {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
    if (evidence.isBlank()) {
      throw new IllegalArgumentException("a support act needs the words that express it");
    }
  }
}
