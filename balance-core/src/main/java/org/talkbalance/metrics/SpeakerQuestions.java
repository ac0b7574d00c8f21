package org.talkbalance.metrics;

import java.util.Objects;

/**
 * The questions one speaker asked, and what became of them.
 *
 * <p>Immutable and thread-safe. Rates are NaN where their denominator is zero.
 *
 * @param speaker the speaker's name
 * @param asked information-seeking questions asked (DESIGN.md: not backchannels, rhetorical forms,
 *     requests or repair signals in question form)
 * @param per100Words questions per 100 of the speaker's words
 * @param perTurn questions per turn the speaker held
 * @param share this speaker's questions divided by everyone's, 0–1
 * @param answered questions followed by another speaker's turn (backchannels do not answer)
 * @param answeredRate answered divided by asked, 0–1
 * @param open questions that invite elaboration (how/why/what do you think, tell me about)
 * @param closed questions that expect a short answer (yes/no, who/when/where/which, alternatives)
 * @param openRate open divided by open plus closed, 0–1 (MITI 3.1.1: 0.5 beginning proficiency,
 *     0.7 competency)
 * @param support questions about the other's state or needs ("how are you feeling", "how can I
 *     help")
 * @param followUps questions that pick up the previous speaker's turn (Huang et al. 2017)
 * @param types questions by form
 * @param requests requests, offers and suggestions in question form ("could you pass the salt?")
 * @param rhetorical rhetorical questions ("who knows?")
 * @param backchannelQuestions backchannels in question form ("really?", "is that right?")
 * @param repairs signals of non-understanding ("pardon?", "huh?")
 */
public record SpeakerQuestions(
    String speaker,
    int asked,
    double per100Words,
    double perTurn,
    double share,
    int answered,
    double answeredRate,
    int open,
    int closed,
    double openRate,
    int support,
    int followUps,
    QuestionTypeCounts types,
    int requests,
    int rhetorical,
    int backchannelQuestions,
    int repairs) {

  /** Validates the fields. */
  public SpeakerQuestions {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(types, "types");
    if (asked < 0 || answered < 0 || answered > asked || open + closed != asked) {
      throw new IllegalArgumentException(
          "need 0 <= answered <= asked and open + closed = asked for " + speaker);
    }
  }

  /** {@return questions that no other speaker's turn followed} */
  public int unanswered() {
    return asked - answered;
  }
}
