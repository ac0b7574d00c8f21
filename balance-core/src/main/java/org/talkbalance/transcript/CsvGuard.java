package org.talkbalance.transcript;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV characters through while following RFC 4180 quoting, and stops a record that grows
 * beyond the line limit: Commons CSV holds a whole field in memory, so an unclosed quote near the
 * start of a large file would otherwise read the rest of the file into one field.
 *
 * <p>Not thread-safe; one per input.
 */
final class CsvGuard extends Reader {

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private final Reader in;
  private final String source;
  private final long maxRecordChars;
  private State state = State.FIELD_START;
  private long recordChars;
  private int line = 1;
  private int recordLine = 1;
  private boolean afterCr;

  /**
   * Creates the guard.
   *
   * @param in the CSV characters
   * @param source the input named in the error
   * @param maxRecordChars longest accepted record, in characters
   */
  CsvGuard(Reader in, String source, long maxRecordChars) {
    this.in = in;
    this.source = source;
    this.maxRecordChars = maxRecordChars;
  }

  @Override
  public int read(char[] out, int offset, int length) throws IOException {
    int n = in.read(out, offset, length);
    for (int i = 0; i < n; i++) {
      step(out[offset + i]);
    }
    return n;
  }

  private void step(char c) {
    boolean newline = c == '\n' || c == '\r';
    if (newline && !(c == '\n' && afterCr)) {
      line++;
    }
    afterCr = c == '\r';
    if (state == State.QUOTE_IN_QUOTED) {
      state = c == '"' ? State.QUOTED : State.UNQUOTED;
      if (c == '"') {
        count();
        return;
      }
    }
    switch (state) {
      case QUOTED:
        break;
      case FIELD_START:
      case UNQUOTED:
        if (c == '"' && state == State.FIELD_START) {
          state = State.QUOTED;
          count();
          return;
        }
        if (c == ',') {
          state = State.FIELD_START;
        } else if (newline) {
          state = State.FIELD_START;
          recordChars = 0;
          recordLine = line;
          return;
        } else if (c != ' ' && c != '\t') {
          state = State.UNQUOTED;
        }
        break;
      default:
        break;
    }
    if (state == State.QUOTED && c == '"') {
      state = State.QUOTE_IN_QUOTED;
    }
    count();
  }

  private void count() {
    if (++recordChars > maxRecordChars) {
      throw new TranscriptFormatException(
          source,
          recordLine,
          1,
          "a CSV record runs for more than "
              + maxRecordChars
              + " characters; check for an unclosed quote, or raise the line limit",
          "");
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
