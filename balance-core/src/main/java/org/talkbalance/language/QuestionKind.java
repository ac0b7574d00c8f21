package org.talkbalance.language;

/**
 * What a sentence does, as far as questions go: asks a question, or only has the shape of one.
 *
 * <p>Only {@link #QUESTION} counts as a question in the metrics (DESIGN.md, "Questions"); the other
 * question-shaped kinds are counted separately.
 *
 * <p>Immutable and thread-safe.
 */
public enum QuestionKind {
  /** An information-seeking question: "how was your day?", "so you moved?". */
  QUESTION,
  /**
   * A backchannel in question form that asks for nothing: "really?", "is that right?", "oh, did
   * you?", "you know?".
   */
  BACKCHANNEL,
  /** A fixed rhetorical form that expects no answer: "who knows?", "what can you do?". */
  RHETORICAL,
  /**
   * A request, offer or suggestion in question form (an indirect directive): "could you pass the
   * salt?", "would you mind closing the door?", "would you like a window seat?", "shall we?".
   */
  REQUEST,
  /** A signal of non-understanding that asks for a repeat: "pardon?", "huh?", "a what?". */
  REPAIR,
  /** Not question-shaped. */
  NONE
}
