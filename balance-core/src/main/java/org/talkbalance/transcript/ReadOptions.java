package org.talkbalance.transcript;

/**
 * How readers treat the input: strict or lenient, and the limits that keep a hostile or broken
 * file from exhausting memory.
 *
 * <pre>{@code
 * ReadOptions lenient = ReadOptions.defaults().withLenient(true);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param lenient when true, malformed records are skipped and reported as {@link InputWarning}s
 *     instead of failing the read
 * @param maxLineChars longest accepted line, in characters (UTF-16 code units); a longer line is
 *     malformed
 */
public record ReadOptions(boolean lenient, int maxLineChars) {

  /** Default longest line: 1 MiB of characters, far beyond any real utterance. */
  public static final int DEFAULT_MAX_LINE_CHARS = 1 << 20;

  /** Validates the limits. */
  public ReadOptions {
    if (maxLineChars < 1) {
      throw new IllegalArgumentException("maxLineChars must be 1 or more, was " + maxLineChars);
    }
  }

  /** {@return strict reading with the default limits} */
  public static ReadOptions defaults() {
    return new ReadOptions(false, DEFAULT_MAX_LINE_CHARS);
  }

  /**
   * Returns these options with leniency set.
   *
   * @param newLenient whether malformed records are skipped and reported
   * @return a copy with {@code lenient} replaced
   */
  public ReadOptions withLenient(boolean newLenient) {
    return new ReadOptions(newLenient, maxLineChars);
  }

  /**
   * Returns these options with another line limit.
   *
   * @param newMaxLineChars longest accepted line, in characters
   * @return a copy with {@code maxLineChars} replaced
   */
  public ReadOptions withMaxLineChars(int newMaxLineChars) {
    return new ReadOptions(lenient, newMaxLineChars);
  }
}
