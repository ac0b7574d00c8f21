package org.talkbalance.language;

/**
 * The kinds of support act, after the Social Support Behavior Code (Cutrona and Suhr 1992) and the
 * support questions of DESIGN.md.
 *
 * <p>Immutable and thread-safe.
 */
public enum SupportKind {
  /** Sympathy or understanding of the other's feelings: "that sounds really hard". */
  EMPATHY,
  /** The other's feelings or actions are legitimate: "it makes sense you feel that way". */
  VALIDATION,
  /** Encouragement; the other is not alone: "you're not alone", "I'm here for you". */
  REASSURANCE,
  /** An offer of help or presence: "let me know if you need anything". */
  OFFER,
  /** A question about the other's state or needs: "how are you feeling?", "what do you need?". */
  QUESTION
}
