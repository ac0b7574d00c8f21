package org.talkbalance.transcript;

import java.util.Objects;

/**
 * A problem in the input, reported so that nothing is dropped silently: either a malformed record
 * that a lenient reader skipped instead of failing (the record is left out of the analysis), or,
 * in either mode, input that was read but is doubtful (timestamps out of order, a single speaker,
 * an unknown user id).
 *
 * <p>Immutable and thread-safe.
 *
 * @param source name of the input (a file name, or {@code <stdin>})
 * @param line 1-based line of the problem
 * @param column 1-based column of the problem
 * @param message what is wrong and what to fix
 * @param excerpt the start of the offending line, at most 80 characters
 */
public record InputWarning(String source, int line, int column, String message, String excerpt) {

  /** Validates the fields. */
  public InputWarning {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(excerpt, "excerpt");
  }

  /**
   * The warning for a skipped malformed record.
   *
   * @param error the error a strict reader would have thrown
   * @return the warning carrying the same position and message
   */
  public static InputWarning of(TranscriptFormatException error) {
    return new InputWarning(
        error.source(), error.line(), error.column(), error.problem(), error.excerpt());
  }

  /** {@return "source:line:column: message"} */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + message;
  }
}
