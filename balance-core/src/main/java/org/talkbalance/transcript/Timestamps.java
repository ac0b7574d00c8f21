package org.talkbalance.transcript;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses offsets such as {@code 01:02:03}, {@code 02:03.5}, {@code 00:00:01,250} or {@code 12.5}. */
final class Timestamps {

  private static final Pattern CLOCK =
      Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,9}))?");
  private static final Pattern SECONDS = Pattern.compile("\\d{1,9}(?:\\.\\d{1,9})?");

  private Timestamps() {}

  /**
   * Parses an offset from the start of a recording.
   *
   * @param text {@code [h]h:mm:ss[.fff]}, {@code m:ss[.fff]} or decimal seconds
   * @return the offset, or empty if the text is not one of those forms
   */
  static Optional<Duration> parse(String text) {
    String t = text.strip();
    Matcher m = CLOCK.matcher(t);
    if (m.matches()) {
      long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
      long minutes = Long.parseLong(m.group(2));
      long seconds = Long.parseLong(m.group(3));
      if (seconds >= 60 || (m.group(1) != null && minutes >= 60)) {
        return Optional.empty();
      }
      long nanos = 0;
      if (m.group(4) != null) {
        String digits = (m.group(4) + "000000000").substring(0, 9);
        nanos = Long.parseLong(digits);
      }
      return Optional.of(
          Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds).plusNanos(nanos));
    }
    if (SECONDS.matcher(t).matches()) {
      double seconds = Double.parseDouble(t);
      return Optional.of(Duration.ofNanos(Math.round(seconds * 1e9)));
    }
    return Optional.empty();
  }
}
