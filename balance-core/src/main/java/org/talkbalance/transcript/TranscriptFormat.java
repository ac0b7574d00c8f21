package org.talkbalance.transcript;

import java.util.Locale;
import java.util.Optional;

/**
 * The input formats talkbalance reads.
 *
 * <p>Immutable and thread-safe.
 */
public enum TranscriptFormat {
  /** Plain text, one {@code Name: text} line per utterance, optional {@code [hh:mm:ss]} prefix. */
  PLAIN("plain"),
  /** CSV with a header row naming {@code speaker} and {@code text}. */
  CSV("csv");

  private final String id;

  TranscriptFormat(String id) {
    this.id = id;
  }

  /** {@return the short name used on the command line, such as {@code plain}} */
  public String id() {
    return id;
  }

  /**
   * Looks a format up by its short name.
   *
   * @param name a short name such as {@code csv}, in any case
   * @return the format, or empty if no format has that name
   */
  public static Optional<TranscriptFormat> byId(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (TranscriptFormat f : values()) {
      if (f.id.equals(wanted)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Guesses the format from the first characters of an input.
   *
   * @param head the start of the input (a few kilobytes are plenty)
   * @return the most likely format; {@link #PLAIN} when nothing more specific fits
   */
  public static TranscriptFormat detect(String head) {
    String firstLine = firstNonBlankLine(head);
    if (looksLikeCsvHeader(firstLine)) {
      return CSV;
    }
    return PLAIN;
  }

  private static String firstNonBlankLine(String head) {
    for (String line : head.split("\\R", 50)) {
      String stripped = line.replace("\uFEFF", "").strip();
      if (!stripped.isEmpty()) {
        return stripped;
      }
    }
    return "";
  }

  private static boolean looksLikeCsvHeader(String line) {
    if (!line.contains(",")) {
      return false;
    }
    boolean speaker = false;
    boolean text = false;
    for (String field : line.split(",")) {
      String name = field.strip().replace("\"", "").toLowerCase(Locale.ROOT);
      speaker |= name.equals("speaker");
      text |= name.equals("text");
    }
    return speaker && text;
  }
}
