package org.talkbalance.language;

import java.util.Objects;

/**
 * One sentence of an utterance with its annotations.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the sentence as said, transcript markup included
 * @param words number of words (tokens with a letter or digit, markup excluded)
 * @param question whether and how the sentence asks a question
 * @param disclosure what the sentence discloses about its speaker, and its support acts
 */
public record Sentence(
    String text, int words, QuestionAnnotation question, DisclosureAnnotation disclosure) {

  /** Validates the fields. */
  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(disclosure, "disclosure");
    if (words < 0) {
      throw new IllegalArgumentException("words must not be negative, was " + words);
    }
    if (words == 0 && question.kind() != QuestionKind.NONE) {
      throw new IllegalArgumentException("a sentence without words cannot be question-shaped");
    }
  }

  /**
   * A sentence that is not question-shaped.
   *
   * @param text the sentence as said
   * @param words number of words
   */
  public Sentence(String text, int words) {
    this(text, words, QuestionAnnotation.NONE, DisclosureAnnotation.NONE);
  }

  /**
   * A sentence without disclosure or support.
   *
   * @param text the sentence as said
   * @param words number of words
   * @param question whether and how the sentence asks a question
   */
  public Sentence(String text, int words, QuestionAnnotation question) {
    this(text, words, question, DisclosureAnnotation.NONE);
  }

  /** {@return whether the sentence is an information-seeking question} */
  public boolean isQuestion() {
    return question.isQuestion();
  }
}
