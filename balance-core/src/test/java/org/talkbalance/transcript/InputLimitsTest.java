package org.talkbalance.transcript;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Decoding and limits: invalid UTF-8 named by byte offset, the input size bounded. */
class InputLimitsTest {

  private static Transcript read(byte[] bytes, ReadOptions options) throws IOException {
    try (TranscriptReader r =
        TranscriptReader.of(new ByteArrayInputStream(bytes), "in.txt", Optional.empty(), options)) {
      return r.readAll();
    }
  }

  static Stream<Arguments> invalidUtf8() {
    byte[] ok = "Alice: hi\nBob: ".getBytes(UTF_8);
    return Stream.of(
        // offset 15 is the first byte after "Alice: hi\nBob: "
        Arguments.of(concat(ok, new byte[] {(byte) 0xC3}), 15, "ends inside a character"),
        Arguments.of(concat(ok, new byte[] {(byte) 0xC3, 0x28}), 15, "cannot follow 0xC3"),
        Arguments.of(concat(ok, new byte[] {(byte) 0xA9}), 15, "cannot start a character"),
        // overlong encoding of '/', and an encoded surrogate
        Arguments.of(concat(ok, new byte[] {(byte) 0xC0, (byte) 0xAF}), 15, "cannot start"),
        Arguments.of(concat(ok, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), 15, "0xA0"),
        Arguments.of(concat(ok, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}), 15, "0x90"),
        Arguments.of(concat(ok, new byte[] {0, 'x'}), 15, "NUL"));
  }

  @ParameterizedTest
  @MethodSource("invalidUtf8")
  void invalidUtf8IsReportedWithItsByteOffset(byte[] bytes, long offset, String why) {
    TranscriptFormatException e =
        assertThrows(TranscriptFormatException.class, () -> read(bytes, ReadOptions.defaults()));
    assertTrue(e.problem().contains("byte offset " + offset), e.getMessage());
    assertTrue(e.problem().contains(why), e.getMessage());
    assertEquals(2, e.line());
    assertEquals(6, e.column());
  }

  @Test
  void leniencyReplacesInvalidBytesAndWarns() throws IOException {
    byte[] bytes = concat("Alice: caf".getBytes(UTF_8), new byte[] {(byte) 0xE9}, "\nBob: ok\n".getBytes(UTF_8));
    Transcript t = read(bytes, ReadOptions.defaults().withLenient(true));
    assertEquals("caf\uFFFD", t.utterances().get(0).text());
    assertEquals(1, t.warnings().size());
    assertTrue(t.warnings().get(0).message().contains("byte offset 10"));
  }

  @Test
  void fourByteCharactersDecodeToSurrogatePairs() throws IOException {
    Transcript t = read("Alice: 😀 hi\nBob: 𝄞\n".getBytes(UTF_8), ReadOptions.defaults());
    assertEquals("😀 hi", t.utterances().get(0).text());
    assertEquals("𝄞", t.utterances().get(1).text());
  }

  @Test
  void inputOverTheSizeLimitFails() {
    byte[] big = "Alice: hello there\nBob: hi\n".repeat(2000).getBytes(UTF_8);
    ReadOptions small = ReadOptions.defaults().withLenient(true).withMaxInputBytes(10_000);
    TranscriptFormatException e =
        assertThrows(TranscriptFormatException.class, () -> read(big, small));
    assertTrue(e.problem().contains("larger than 10000 bytes"), e.getMessage());
  }

  @Test
  void inputAtTheSizeLimitReads() throws IOException {
    byte[] exact = "Alice: hello\nBob: hi\n".getBytes(UTF_8);
    assertEquals(2, read(exact, ReadOptions.defaults().withMaxInputBytes(exact.length)).utterances().size());
  }

  @Test
  void characterInputCountsCharacters() {
    ReadOptions small = ReadOptions.defaults().withMaxInputBytes(100);
    assertThrows(
        TranscriptFormatException.class,
        () -> {
          try (TranscriptReader r =
              TranscriptReader.of(
                  new StringReader("Alice: hi\n".repeat(50)), "in", Optional.empty(), small)) {
            r.readAll();
          }
        });
  }

  @Test
  void aZipStreamIsRefusedWithAClearMessage() {
    InputStream zip = new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0});
    TranscriptFormatException e =
        assertThrows(
            TranscriptFormatException.class,
            () -> TranscriptReader.of(zip, "x.zip", Optional.empty(), ReadOptions.defaults()));
    assertTrue(e.problem().contains("zip archive"));
  }

  @Test
  void slackNeedsAPath() {
    assertThrows(
        TranscriptFormatException.class,
        () ->
            TranscriptReader.of(
                new StringReader("[]"), "x", Optional.of(TranscriptFormat.SLACK), ReadOptions.defaults()));
  }

  @Test
  void optionsRejectBadLimits() {
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxInputBytes(0));
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxLineChars(0));
    assertEquals(ReadOptions.DEFAULT_MAX_INPUT_BYTES, new ReadOptions(true, 10).maxInputBytes());
  }

  @Test
  void warningsBeyondTheCapAreCountedInOneSummary() throws IOException {
    String junk = "this is not a speaker line\n".repeat(Problems.MAX_KEPT_WARNINGS + 50);
    byte[] bytes = ("Alice: hi\nBob: hello\n" + junk).getBytes(UTF_8);
    try (TranscriptReader r =
        TranscriptReader.of(
            new ByteArrayInputStream(bytes),
            "in.txt",
            Optional.of(TranscriptFormat.WHATSAPP),
            ReadOptions.defaults().withLenient(true))) {
      assertThrows(TranscriptFormatException.class, r::readAll);
      assertEquals(Problems.MAX_KEPT_WARNINGS + 1, r.warnings().size());
      assertTrue(r.warnings().get(Problems.MAX_KEPT_WARNINGS).message().startsWith("52 more problems"));
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
