package org.talkbalance.language;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The self-disclosure found in one sentence, with the evidence behind it for explanations.
 *
 * <pre>{@code
 * Disclosure d = DisclosureDetector.standard().detect("I'm not okay.");
 * d.level();   // EMOTIONAL
 * d.valence(); // NEGATIVE
 * d.anchor();  // Optional[I'm]
 * d.cues();    // [not okay]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param level how deep the disclosure goes; {@link DisclosureLevel#NONE} when there is none
 * @param valence the valence of the feelings disclosed; always {@link Valence#NEUTRAL} below
 *     {@link DisclosureLevel#THOUGHTS}
 * @param anchor the first-person word that ties the sentence to the speaker ("I", "my", "we"), as
 *     written; empty when there is no disclosure, and also when the first person is implicit: a
 *     dropped subject ("Feeling lonely tonight.") or an interjection ("Ugh.")
 * @param cues the words or phrases, as written, that made the sentence a disclosure of this level:
 *     feeling words with their negation ("not okay"), opinion and wish verbs, vulnerability
 *     markers, life-domain words ("dad", "job"), the verb of reported words ("said"); empty when
 *     the level is {@link DisclosureLevel#NONE}, and may be empty for a plain informational
 *     statement about oneself ("I went home early.")
 */
public record Disclosure(
    DisclosureLevel level, Valence valence, Optional<String> anchor, List<String> cues) {

  /** No disclosure. */
  public static final Disclosure NONE =
      new Disclosure(DisclosureLevel.NONE, Valence.NEUTRAL, Optional.empty(), List.of());

  /** Validates the fields and copies the list. */
  public Disclosure {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(valence, "valence");
    Objects.requireNonNull(anchor, "anchor");
    cues = List.copyOf(cues);
    if (level == DisclosureLevel.NONE && (anchor.isPresent() || !cues.isEmpty())) {
      throw new IllegalArgumentException("no disclosure carries no evidence, got " + anchor + cues);
    }
    if (level.depth() < DisclosureLevel.THOUGHTS.depth() && valence != Valence.NEUTRAL) {
      throw new IllegalArgumentException(level + " disclosure must be neutral, was " + valence);
    }
  }

  /** {@return whether the sentence discloses anything, that is, its level is not NONE} */
  public boolean isDisclosure() {
    return level.isDisclosure();
  }

  /** {@return whether the sentence discloses feelings} */
  public boolean isEmotional() {
    return level == DisclosureLevel.EMOTIONAL;
  }

  /** {@return whether the sentence discloses unpleasant feelings (the "unloading" signal)} */
  public boolean isNegativeEmotional() {
    return level == DisclosureLevel.EMOTIONAL && valence == Valence.NEGATIVE;
  }

  /** {@return the depth on the 0–3 scale, as {@link DisclosureLevel#depth()}} */
  public int depth() {
    return level.depth();
  }
}
