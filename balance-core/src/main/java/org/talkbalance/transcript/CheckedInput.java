package org.talkbalance.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * The characters of one input, checked on the way in: UTF-8 bytes are decoded strictly with their
 * byte offsets known, the size limit is enforced, and the line and column of every character are
 * tracked so that any error names its place.
 *
 * <p>An invalid UTF-8 sequence or a NUL character is a malformed record: strict reads fail with a
 * {@link TranscriptFormatException} naming the byte offset; lenient reads record a warning and
 * read U+FFFD in its place, up to {@value #MAX_INVALID} times, after which the input is taken to
 * be binary or in another encoding and the read fails. UTF-16 input (a UTF-16 byte-order mark) and
 * an input over the size limit always fail. A leading UTF-8 byte-order mark is skipped.
 *
 * <p>Once it has failed, every further read throws the same exception, so a reader that peeked
 * ahead meets the error again at the right place.
 *
 * <p>Not thread-safe; one per input.
 */
final class CheckedInput extends Reader {

  static final int MAX_INVALID = 100;

  /** The bytes (or characters) left for all the files of one input, such as an archive. */
  static final class Budget {
    private final long limit;
    private long used;

    Budget(long limit) {
      this.limit = limit;
    }

    long limit() {
      return limit;
    }

    /** {@return whether {@code n} more units still fit} */
    boolean spend(long n) {
      used += n;
      return used <= limit;
    }
  }

  private final InputStream bytes;
  private final Reader chars;
  private final Problems problems;
  private final String where;
  private final Budget budget;
  private final byte[] buffer = new byte[8192];
  private int pos;
  private int limit;
  private boolean eof;
  private long discarded;
  private int line = 1;
  private int column = 1;
  private boolean afterCr;
  private int pendingLow = -1;
  private boolean started;
  private int invalid;
  private TranscriptFormatException failure;

  private CheckedInput(
      InputStream bytes, Reader chars, Problems problems, String where, Budget budget) {
    this.bytes = bytes;
    this.chars = chars;
    this.problems = problems;
    this.where = where;
    this.budget = budget;
  }

  /**
   * Decodes UTF-8 bytes.
   *
   * @param in the bytes; closed with this reader
   * @param problems where malformed bytes are reported
   * @param where the name of the input in messages (an archive entry may differ from the source)
   * @param budget the size limit, shared by the files of one input
   */
  static CheckedInput utf8(InputStream in, Problems problems, String where, Budget budget) {
    return new CheckedInput(in, null, problems, where, budget);
  }

  /** Checks characters that are already decoded: size limit and positions only. */
  static CheckedInput chars(Reader in, Problems problems, Budget budget) {
    return new CheckedInput(null, in, problems, problems.source(), budget);
  }

  @Override
  public int read(char[] out, int offset, int length) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (length == 0) {
      return 0;
    }
    try {
      return chars != null ? readChars(out, offset, length) : readUtf8(out, offset, length);
    } catch (TranscriptFormatException e) {
      failure = e;
      throw e;
    }
  }

  private int readChars(char[] out, int offset, int length) throws IOException {
    int n = chars.read(out, offset, length);
    if (n <= 0) {
      return n;
    }
    if (!started) {
      started = true;
      if (out[offset] == '\uFEFF') {
        System.arraycopy(out, offset + 1, out, offset, n - 1);
        n--;
        if (n == 0) {
          return read(out, offset, length);
        }
      }
    }
    if (!budget.spend(n)) {
      throw tooLarge("characters");
    }
    for (int i = 0; i < n; i++) {
      advance(out[offset + i]);
    }
    return n;
  }

  private int readUtf8(char[] out, int offset, int length) throws IOException {
    int n = 0;
    while (n < length) {
      if (pendingLow >= 0) {
        out[offset + n++] = emit((char) pendingLow);
        pendingLow = -1;
        continue;
      }
      if (pos >= limit) {
        if (n > 0 || !fill(1)) {
          break;
        }
      }
      if (!started) {
        started = true;
        fill(3);
        if (skipByteOrderMark()) {
          continue;
        }
      }
      int b0 = buffer[pos] & 0xFF;
      long at = discarded + pos;
      if (b0 < 0x80) {
        if (b0 == 0 && n > 0 && failsOnNextInvalid()) {
          pos = (int) (at - discarded);
          break;
        }
        pos++;
        if (b0 == 0) {
          invalid(at, "a NUL byte; is this a binary file?");
          out[offset + n++] = emit('\uFFFD');
        } else {
          out[offset + n++] = emit((char) b0);
        }
        continue;
      }
      int need;
      int codePoint;
      if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        codePoint = b0 & 0x1F;
      } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        codePoint = b0 & 0x0F;
      } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        codePoint = b0 & 0x07;
      } else {
        if (n > 0 && failsOnNextInvalid()) {
          break;
        }
        pos++;
        invalid(at, "byte " + hex(b0) + " cannot start a character");
        out[offset + n++] = emit('\uFFFD');
        continue;
      }
      fill(need + 1);
      int good = 1;
      String bad = null;
      for (int i = 1; i <= need; i++) {
        if (pos + i >= limit) {
          bad = "the input ends inside a character";
          break;
        }
        int b = buffer[pos + i] & 0xFF;
        int low = 0x80;
        int high = 0xBF;
        if (i == 1) {
          if (b0 == 0xE0) {
            low = 0xA0;
          } else if (b0 == 0xED) {
            high = 0x9F;
          } else if (b0 == 0xF0) {
            low = 0x90;
          } else if (b0 == 0xF4) {
            high = 0x8F;
          }
        }
        if (b < low || b > high) {
          bad = "byte " + hex(b) + " cannot follow " + hex(b0);
          break;
        }
        codePoint = (codePoint << 6) | (b & 0x3F);
        good++;
      }
      if (bad != null && n > 0 && failsOnNextInvalid()) {
        pos = (int) (at - discarded);
        break;
      }
      pos += good;
      if (bad != null) {
        invalid(at, bad);
        out[offset + n++] = emit('\uFFFD');
        continue;
      }
      if (codePoint >= 0x10000) {
        out[offset + n++] = emit(Character.highSurrogate(codePoint));
        pendingLow = Character.lowSurrogate(codePoint);
      } else {
        out[offset + n++] = emit((char) codePoint);
      }
    }
    return n == 0 && pendingLow < 0 && pos >= limit && eof ? -1 : n;
  }

  private boolean skipByteOrderMark() {
    int available = limit - pos;
    if (available >= 2) {
      int b0 = buffer[pos] & 0xFF;
      int b1 = buffer[pos + 1] & 0xFF;
      if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
        throw new TranscriptFormatException(
            where, 1, 1, "the input is UTF-16 text; re-save it as UTF-8", "");
      }
    }
    if (available >= 3
        && (buffer[pos] & 0xFF) == 0xEF
        && (buffer[pos + 1] & 0xFF) == 0xBB
        && (buffer[pos + 2] & 0xFF) == 0xBF) {
      pos += 3;
      return true;
    }
    return false;
  }

  /** Makes at least {@code wanted} bytes available unless the input ends first. */
  private boolean fill(int wanted) throws IOException {
    if (limit - pos >= wanted) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      discarded += pos;
      limit -= pos;
      pos = 0;
    }
    while (limit < wanted && !eof) {
      int n = bytes.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
      } else if (n > 0) {
        limit += n;
        if (!budget.spend(n)) {
          throw tooLarge("bytes");
        }
      }
    }
    return limit - pos >= 1;
  }

  private TranscriptFormatException tooLarge(String unit) {
    return new TranscriptFormatException(
        where,
        line,
        column,
        "the input is larger than "
            + budget.limit()
            + " "
            + unit
            + "; raise the limit (ReadOptions.withMaxInputBytes) if it is genuine",
        "");
  }

  /**
   * Whether the next invalid sequence ends the read; if so, the characters decoded before it are
   * returned first (so a peek sees them) and the error is raised by the next read.
   */
  private boolean failsOnNextInvalid() {
    return !problems.lenient() || invalid + 1 > MAX_INVALID;
  }

  private void invalid(long byteOffset, String what) {
    invalid++;
    if (invalid > MAX_INVALID) {
      throw new TranscriptFormatException(
          where,
          line,
          column,
          "more than "
              + MAX_INVALID
              + " invalid UTF-8 sequences (the last at byte offset "
              + byteOffset
              + "); the input is binary or in another encoding such as Windows-1252;"
              + " re-save it as UTF-8",
          "");
    }
    problems.report(
        where,
        line,
        column,
        "invalid UTF-8 at byte offset " + byteOffset + ": " + what + "; re-save the file as UTF-8",
        "");
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "0x%02X", b);
  }

  private char emit(char c) {
    advance(c);
    return c;
  }

  private void advance(char c) {
    if (c == '\n') {
      if (!afterCr) {
        line++;
      }
      column = 1;
      afterCr = false;
    } else if (c == '\r') {
      line++;
      column = 1;
      afterCr = true;
    } else {
      column++;
      afterCr = false;
    }
  }

  @Override
  public void close() throws IOException {
    if (bytes != null) {
      bytes.close();
    } else {
      chars.close();
    }
  }
}
