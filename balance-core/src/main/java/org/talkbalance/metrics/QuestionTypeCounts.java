package org.talkbalance.metrics;

import org.talkbalance.language.QuestionType;

/**
 * How many questions of each form.
 *
 * <p>Immutable and thread-safe.
 *
 * @param yesNo "do you…", "are you…"
 * @param wh "what/why/how…" with inversion
 * @param alternative "…or…?"
 * @param tag ", right?", ", isn't it?"
 * @param declarative a statement with a question mark or rising cue ("you moved?")
 * @param indirect "I wonder if…", "can you tell me…", "tell me about…"
 */
public record QuestionTypeCounts(
    int yesNo, int wh, int alternative, int tag, int declarative, int indirect) {

  /** No questions. */
  public static final QuestionTypeCounts NONE = new QuestionTypeCounts(0, 0, 0, 0, 0, 0);

  /** Validates the counts. */
  public QuestionTypeCounts {
    if (yesNo < 0 || wh < 0 || alternative < 0 || tag < 0 || declarative < 0 || indirect < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * These counts with one more question of a type.
   *
   * @param type the question's form
   * @return the new counts
   */
  public QuestionTypeCounts plus(QuestionType type) {
    return switch (type) {
      case YES_NO -> new QuestionTypeCounts(yesNo + 1, wh, alternative, tag, declarative, indirect);
      case WH -> new QuestionTypeCounts(yesNo, wh + 1, alternative, tag, declarative, indirect);
      case ALTERNATIVE ->
          new QuestionTypeCounts(yesNo, wh, alternative + 1, tag, declarative, indirect);
      case TAG -> new QuestionTypeCounts(yesNo, wh, alternative, tag + 1, declarative, indirect);
      case DECLARATIVE ->
          new QuestionTypeCounts(yesNo, wh, alternative, tag, declarative + 1, indirect);
      case INDIRECT ->
          new QuestionTypeCounts(yesNo, wh, alternative, tag, declarative, indirect + 1);
    };
  }

  /**
   * The count of one form.
   *
   * @param type the form
   * @return how many questions had it
   */
  public int of(QuestionType type) {
    return switch (type) {
      case YES_NO -> yesNo;
      case WH -> wh;
      case ALTERNATIVE -> alternative;
      case TAG -> tag;
      case DECLARATIVE -> declarative;
      case INDIRECT -> indirect;
    };
  }
}
