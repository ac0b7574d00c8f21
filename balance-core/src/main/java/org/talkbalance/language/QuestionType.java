package org.talkbalance.language;

/**
 * The grammatical form of a question.
 *
 * <p>Immutable and thread-safe.
 */
public enum QuestionType {
  /** Auxiliary before the subject: "do you…", "are you…", "can we…". */
  YES_NO,
  /** A wh-word with inversion or as the subject: "what do you…", "who called?", "how come…". */
  WH,
  /** A choice between alternatives: "tea or coffee?", "or is it applied physics?". */
  ALTERNATIVE,
  /** A statement with a tag: "…, isn't it?", "…, don't you?", "…, right?". */
  TAG,
  /** Statement word order asked as a question: "you moved?", "so you're from Texas". */
  DECLARATIVE,
  /**
   * A question inside a statement or request: "I wonder if…", "can you tell me…", "tell me about…".
   */
  INDIRECT
}
