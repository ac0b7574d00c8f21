package org.talkbalance.transcript;

import java.util.Objects;

/**
 * Thrown when an input cannot be read as a transcript: names the source, the line and column, a
 * short excerpt, and what to fix.
 *
 * <pre>{@code
 * try (TranscriptReader reader = TranscriptReader.open(path, ReadOptions.defaults())) {
 *   Transcript t = reader.readAll();
 * } catch (TranscriptFormatException e) {
 *   System.err.println(e.getMessage()); // "chat.txt:3:1: expected 'Name: text' ..."
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TranscriptFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int EXCERPT_CHARS = 80;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;
  private final String excerpt;

  /**
   * Creates the exception.
   *
   * @param source name of the input
   * @param line 1-based line
   * @param column 1-based column
   * @param problem what is wrong and what to fix, one sentence
   * @param text the offending line (shortened to an excerpt here)
   */
  public TranscriptFormatException(
      String source, int line, int column, String problem, String text) {
    super(format(source, line, column, problem, excerptOf(text)));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.excerpt = excerptOf(text);
  }

  private static String excerptOf(String text) {
    String oneLine = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= EXCERPT_CHARS
        ? oneLine
        : oneLine.substring(0, EXCERPT_CHARS - 1) + "…";
  }

  private static String format(String source, int line, int column, String problem, String ex) {
    String where = source + ":" + line + ":" + column + ": " + problem;
    return ex.isEmpty() ? where : where + " [" + ex + "]";
  }

  /** {@return the name of the input} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line of the problem} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column of the problem} */
  public int column() {
    return column;
  }

  /** {@return what is wrong and what to fix, without the position} */
  public String problem() {
    return problem;
  }

  /** {@return the start of the offending line, at most 80 characters} */
  public String excerpt() {
    return excerpt;
  }
}
