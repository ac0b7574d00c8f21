package org.talkbalance.language;

import java.util.List;
import java.util.Objects;

/**
 * What a sentence says about its speaker's openness and support: its self-disclosure and its
 * support acts, found together by {@link DisclosureDetector#annotate}.
 *
 * <pre>{@code
 * List<String> tokens = LexicalTokenizer.tokens("That sounds hard. I'm here for you.");
 * DisclosureAnnotation a = DisclosureDetector.standard().annotate(tokens);
 * a.disclosure().isDisclosure(); // false: support formulas are not disclosure
 * a.support(); // [EMPATHY "That sounds hard", REASSURANCE "I'm here for you"]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param disclosure the sentence's self-disclosure; {@link Disclosure#NONE} when there is none
 * @param support the support acts in text order; empty when there is none
 */
public record DisclosureAnnotation(Disclosure disclosure, List<SupportAct> support) {

  /** Neither disclosure nor support. */
  public static final DisclosureAnnotation NONE =
      new DisclosureAnnotation(Disclosure.NONE, List.of());

  /** Validates the fields and copies the list. */
  public DisclosureAnnotation {
    Objects.requireNonNull(disclosure, "disclosure");
    support = List.copyOf(support);
  }

  /** {@return whether the sentence holds at least one support act} */
  public boolean isSupport() {
    return !support.isEmpty();
  }
}
