package org.talkbalance.transcript;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;

/**
 * Reads lines with their numbers, without ever holding more than the line limit in memory: a longer
 * line is reported, its remainder skipped. Strips a leading byte-order mark; accepts LF, CRLF and CR.
 *
 * <p>Not thread-safe; one per input.
 */
final class LineReader {

  private final BufferedReader in;
  private final Problems problems;
  private final int maxLineChars;
  private final StringBuilder buffer = new StringBuilder();
  /** Characters read ahead in bulk: one {@code read()} per character takes a lock each time. */
  private final char[] chunk = new char[8192];
  private int chunkPos;
  private int chunkEnd;
  /** A decoding error met while reading ahead, raised once the characters before it are used. */
  private CharacterCodingException deferred;
  private int lineNumber;
  private boolean first = true;
  private boolean pendingLf;

  LineReader(BufferedReader in, Problems problems, int maxLineChars) {
    this.in = in;
    this.problems = problems;
    this.maxLineChars = maxLineChars;
  }

  /** {@return the 1-based number of the line last returned} */
  int lineNumber() {
    return lineNumber;
  }

  /**
   * Reads the next line.
   *
   * @return the line without its terminator, or empty at the end of the input
   * @throws IOException if reading fails
   */
  Optional<String> next() throws IOException {
    while (true) {
      buffer.setLength(0);
      boolean tooLong = false;
      boolean sawAny = false;
      int c;
      while (true) {
        if (chunkPos < chunkEnd && !pendingLf) {
          // a run of ordinary characters is copied at once
          int stop = chunkPos;
          while (stop < chunkEnd && chunk[stop] != '\n' && chunk[stop] != '\r') {
            stop++;
          }
          if (stop > chunkPos) {
            sawAny = true;
            int take = Math.min(stop - chunkPos, maxLineChars - buffer.length());
            buffer.append(chunk, chunkPos, take);
            tooLong |= take < stop - chunkPos;
            chunkPos = stop;
            continue;
          }
        }
        c = read();
        if (c == -1) {
          break;
        }
        if (pendingLf) {
          pendingLf = false;
          if (c == '\n') {
            continue;
          }
        }
        sawAny = true;
        if (c == '\n') {
          break;
        }
        if (c == '\r') {
          pendingLf = true;
          break;
        }
        if (buffer.length() < maxLineChars) {
          buffer.append((char) c);
        } else {
          tooLong = true;
        }
      }
      if (!sawAny && c == -1) {
        return Optional.empty();
      }
      lineNumber++;
      if (first) {
        first = false;
        if (buffer.length() > 0 && buffer.charAt(0) == '\uFEFF') {
          buffer.deleteCharAt(0);
        }
      }
      if (tooLong) {
        problems.report(
            lineNumber,
            maxLineChars + 1,
            "line is longer than " + maxLineChars + " characters; split it or raise the limit",
            buffer.substring(0, Math.min(buffer.length(), 100)));
        continue;
      }
      return Optional.of(buffer.toString());
    }
  }

  private int read() throws IOException {
    if (chunkPos < chunkEnd) {
      return chunk[chunkPos++];
    }
    if (deferred == null) {
      try {
        int n = in.read(chunk, 0, chunk.length);
        if (n > 0) {
          chunkPos = 1;
          chunkEnd = n;
          return chunk[0];
        }
        return -1;
      } catch (CharacterCodingException e) {
        deferred = e;
      }
    }
    throw new TranscriptFormatException(
        problems.source(),
        lineNumber + 1,
        buffer.length() + 1,
        "the input is not valid UTF-8 (bad bytes at or after this line); re-save it as UTF-8",
        buffer.toString());
  }
}
