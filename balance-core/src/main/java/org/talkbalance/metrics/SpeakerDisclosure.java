package org.talkbalance.metrics;

import java.util.Objects;

/**
 * How much one speaker opened up, and how much support they gave (DESIGN.md, "Self-disclosure").
 *
 * <p>Immutable and thread-safe. Rates and shares are NaN where their denominator is zero.
 *
 * @param speaker the speaker's name
 * @param sentences sentences in the speaker's turns (backchannels are not counted)
 * @param disclosures sentences that disclose something about the speaker (any level above none)
 * @param informational disclosures of facts about oneself ("I work nights")
 * @param thoughts disclosures of one's own opinions, beliefs or wishes about oneself
 * @param emotional disclosures of one's own feelings ("I feel lonely")
 * @param negativeEmotional emotional disclosures with negative valence
 * @param positiveEmotional emotional disclosures with positive valence
 * @param disclosureRate disclosures divided by sentences, 0–1
 * @param emotionalRate emotional disclosures divided by sentences, 0–1
 * @param meanDepth mean disclosure depth over the speaker's sentences, 0–3 (none 0,
 *     informational 1, thoughts 2, emotional 3; Laurenceau et al. 1998)
 * @param share this speaker's disclosures divided by everyone's, 0–1
 * @param negativeEmotionalShare this speaker's negative emotional disclosures divided by
 *     everyone's, 0–1 (0 when nobody disclosed negative feelings)
 * @param supportActs empathy, validation, reassurance, offers of help and support questions given
 * @param supportShare this speaker's support acts divided by everyone's, 0–1 (0 when nobody gave
 *     support)
 * @param emotionalLoadBalance negativeEmotionalShare − supportShare, −1 to 1: positive for the
 *     side that unloads more than it supports, negative for the side that mostly supports (the
 *     "dumping ground" signal)
 */
public record SpeakerDisclosure(
    String speaker,
    int sentences,
    int disclosures,
    int informational,
    int thoughts,
    int emotional,
    int negativeEmotional,
    int positiveEmotional,
    double disclosureRate,
    double emotionalRate,
    double meanDepth,
    double share,
    double negativeEmotionalShare,
    int supportActs,
    double supportShare,
    double emotionalLoadBalance) {

  /** Validates the counts. */
  public SpeakerDisclosure {
    Objects.requireNonNull(speaker, "speaker");
    if (disclosures != informational + thoughts + emotional || disclosures > sentences
        || negativeEmotional + positiveEmotional > emotional || supportActs < 0) {
      throw new IllegalArgumentException("inconsistent disclosure counts for " + speaker);
    }
  }
}
