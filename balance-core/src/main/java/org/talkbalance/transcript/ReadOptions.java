package org.talkbalance.transcript;

/**
 * How readers treat the input: strict or lenient, and the limits that keep a hostile or broken
 * file from exhausting memory or time.
 *
 * <pre>{@code
 * ReadOptions lenient = ReadOptions.defaults().withLenient(true).withMaxInputBytes(64L << 20);
 * }</pre>
 *
 * <p>Limits apply in both modes: exceeding {@code maxInputBytes} always fails the read with a
 * {@link TranscriptFormatException}; a line or JSON string over {@code maxLineChars} is a
 * malformed record (an error when strict, a warning when lenient). JSON inputs are also read with a
 * fixed nesting limit of {@value #MAX_JSON_DEPTH} levels, far deeper than any export needs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lenient when true, malformed records are skipped and reported as {@link InputWarning}s
 *     instead of failing the read
 * @param maxLineChars longest accepted line of a line-based format, and longest accepted JSON
 *     string value or CSV field, in characters (UTF-16 code units); a longer one is malformed
 * @param maxInputBytes most bytes read from one input, in bytes (characters for an input given
 *     as a {@link java.io.Reader}); for a Slack export, the total of all its files after
 *     decompression. A larger input fails the read.
 */
public record ReadOptions(boolean lenient, int maxLineChars, long maxInputBytes) {

  /** Default longest line: 1 MiB of characters, far beyond any real utterance. */
  public static final int DEFAULT_MAX_LINE_CHARS = 1 << 20;

  /** Default largest input: 1 GiB, beyond any chat export seen in practice. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 1L << 30;

  /** Deepest nesting of JSON arrays and objects accepted, in levels. */
  public static final int MAX_JSON_DEPTH = 64;

  /** Validates the limits. */
  public ReadOptions {
    if (maxLineChars < 1) {
      throw new IllegalArgumentException("maxLineChars must be 1 or more, was " + maxLineChars);
    }
    if (maxInputBytes < 1) {
      throw new IllegalArgumentException("maxInputBytes must be 1 or more, was " + maxInputBytes);
    }
  }

  /**
   * Options with the default input size limit.
   *
   * @param lenient whether malformed records are skipped and reported
   * @param maxLineChars longest accepted line, in characters
   */
  public ReadOptions(boolean lenient, int maxLineChars) {
    this(lenient, maxLineChars, DEFAULT_MAX_INPUT_BYTES);
  }

  /** {@return strict reading with the default limits} */
  public static ReadOptions defaults() {
    return new ReadOptions(false, DEFAULT_MAX_LINE_CHARS, DEFAULT_MAX_INPUT_BYTES);
  }

  /**
   * Returns these options with leniency set.
   *
   * @param newLenient whether malformed records are skipped and reported
   * @return a copy with {@code lenient} replaced
   */
  public ReadOptions withLenient(boolean newLenient) {
    return new ReadOptions(newLenient, maxLineChars, maxInputBytes);
  }

  /**
   * Returns these options with another line limit.
   *
   * @param newMaxLineChars longest accepted line, in characters
   * @return a copy with {@code maxLineChars} replaced
   */
  public ReadOptions withMaxLineChars(int newMaxLineChars) {
    return new ReadOptions(lenient, newMaxLineChars, maxInputBytes);
  }

  /**
   * Returns these options with another input size limit.
   *
   * @param newMaxInputBytes most bytes read from one input
   * @return a copy with {@code maxInputBytes} replaced
   */
  public ReadOptions withMaxInputBytes(long newMaxInputBytes) {
    return new ReadOptions(lenient, maxLineChars, newMaxInputBytes);
  }
}
