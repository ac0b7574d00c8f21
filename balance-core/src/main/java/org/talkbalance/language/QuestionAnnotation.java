package org.talkbalance.language;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a sentence asks a question, and what kind.
 *
 * <pre>{@code
 * Utterance u = Utterance.of(1, "Ann", "how are you feeling");
 * Sentence s = Annotator.standard().annotate(u).sentences().get(0);
 * s.question().isQuestion(); // true
 * s.question().type();       // Optional[WH]
 * s.question().open();       // true
 * s.question().support();    // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the sentence does; only {@link QuestionKind#QUESTION} is a question
 * @param type the form of the question; present exactly when {@code kind} is {@code QUESTION}
 * @param open whether the question invites elaboration (how, why, what do you think, tell me
 *     about…) rather than a short answer; always false when not a question
 * @param support whether the question asks about the hearer's state or needs ("how are you
 *     feeling?", "what do you need?", "how can I help?"); always false when not a question
 * @param cue the rule that decided, for explanations (for example {@code "yes-no: auxiliary before
 *     subject"}); wording may change between releases
 */
public record QuestionAnnotation(
    QuestionKind kind, Optional<QuestionType> type, boolean open, boolean support, String cue) {

  /** The annotation of a sentence that is not question-shaped. */
  public static final QuestionAnnotation NONE =
      new QuestionAnnotation(QuestionKind.NONE, Optional.empty(), false, false, "statement");

  /** Validates the fields: a type, openness and support only for questions. */
  public QuestionAnnotation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cue, "cue");
    boolean question = kind == QuestionKind.QUESTION;
    if (question != type.isPresent()) {
      throw new IllegalArgumentException(
          "a type is required for questions and not allowed otherwise: kind="
              + kind
              + " type="
              + type);
    }
    if (!question && (open || support)) {
      throw new IllegalArgumentException(
          "only questions can be open or support questions: " + kind);
    }
  }

  /**
   * A question.
   *
   * @param type its form
   * @param open whether it is open
   * @param support whether it is a support question
   * @param cue the deciding rule
   * @return the annotation
   */
  public static QuestionAnnotation question(
      QuestionType type, boolean open, boolean support, String cue) {
    return new QuestionAnnotation(QuestionKind.QUESTION, Optional.of(type), open, support, cue);
  }

  /**
   * A question-shaped sentence that is not a question, or a statement.
   *
   * @param kind anything but {@link QuestionKind#QUESTION}
   * @param cue the deciding rule
   * @return the annotation
   */
  public static QuestionAnnotation notQuestion(QuestionKind kind, String cue) {
    return new QuestionAnnotation(kind, Optional.empty(), false, false, cue);
  }

  /** {@return whether the sentence is an information-seeking question} */
  public boolean isQuestion() {
    return kind == QuestionKind.QUESTION;
  }

  /** {@return whether the sentence is a question that expects a short answer} */
  public boolean isClosed() {
    return isQuestion() && !open;
  }
}
