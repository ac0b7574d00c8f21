package org.talkbalance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tricky plain-transcript lines: each row is an input and the utterances it must give. */
class PlainParserTest {

  static Transcript read(String text, boolean lenient) throws IOException {
    try (TranscriptReader reader = TranscriptReader.of(new StringReader(text), "test.txt",
        Optional.of(TranscriptFormat.PLAIN), ReadOptions.defaults().withLenient(lenient))) {
      return reader.readAll();
    }
  }

  /** Renders utterances as "speaker|text" so expectations read as one string each. */
  static List<String> shape(Transcript t) {
    return t.utterances().stream().map(u -> u.speaker() + "|" + u.text()).toList();
  }

  static Stream<Arguments> lines() {
    return Stream.of(
        // names with spaces, digits and punctuation
        Arguments.of("Dr. Smith: Hello there.", List.of("Dr. Smith|Hello there.")),
        Arguments.of("PhD D: It didn't move.", List.of("PhD D|It didn't move.")),
        Arguments.of("Speaker 1: hi\nSpeaker 2: hey", List.of("Speaker 1|hi", "Speaker 2|hey")),
        Arguments.of("JOHN: Stop.", List.of("JOHN|Stop.")),
        Arguments.of("Mr. Chris d'Entremont: Thank you.", List.of("Mr. Chris d'Entremont|Thank you.")),
        Arguments.of("The Chair (Hon. Anthony Rota (Nipissing, Lib.)): Order.",
            List.of("The Chair (Hon. Anthony Rota (Nipissing, Lib.))|Order.")),
        Arguments.of("maya: lowercase handle", List.of("maya|lowercase handle")),
        // a colon inside the text does not create a speaker
        Arguments.of("Ann: We meet at 10:30 today.", List.of("Ann|We meet at 10:30 today.")),
        Arguments.of("Ann: see http://example.org/a:b", List.of("Ann|see http://example.org/a:b")),
        Arguments.of("Ann: first\nNote: this continues Ann", List.of("Ann|first\nNote: this continues Ann")),
        Arguments.of("Ann: plan\nat 10:30 we start", List.of("Ann|plan\nat 10:30 we start")),
        Arguments.of("Ann: list\nso basically: it works", List.of("Ann|list\nso basically: it works")),
        Arguments.of("Ann: a\nWhy not? Because: reasons", List.of("Ann|a\nWhy not? Because: reasons")),
        // lines without a speaker continue the previous utterance; blank lines are ignored
        Arguments.of("Ann: one\ntwo\n\nthree\nBob: four", List.of("Ann|one\ntwo\nthree", "Bob|four")),
        // stage directions on their own line are not speech
        Arguments.of("Ann: hi\n(laughs)\n[Scene: a kitchen]\nBob: yo", List.of("Ann|hi", "Bob|yo")),
        // BOM and CRLF
        Arguments.of("\uFEFFAnn: hi\r\nBob: yo\r\n", List.of("Ann|hi", "Bob|yo")),
        Arguments.of("Ann: hi\rBob: old Mac line ends", List.of("Ann|hi", "Bob|old Mac line ends")),
        // timestamps before the name
        Arguments.of("[00:01:02] Ann: hi\n(01:03) Bob: yo", List.of("Ann|hi", "Bob|yo")),
        // an empty utterance is kept (it has a speaker) and counts no words later
        Arguments.of("Ann:\nBob: yo", List.of("Ann|", "Bob|yo")));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void parses(String input, List<String> expected) throws IOException {
    assertEquals(expected, shape(read(input, false)));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void parsesTheSameUnderATurkishLocale(String input, List<String> expected) throws IOException {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertEquals(expected, shape(read(input, false)));
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @org.junit.jupiter.api.Test
  void timestampsBecomeStartTimes() throws IOException {
    Transcript t = read("[01:02:03] Ann: hi\n(04:05) Bob: yo\nCal: untimed", false);
    assertEquals(Optional.of(Duration.ofSeconds(3723)), t.utterances().get(0).start());
    assertEquals(Optional.of(Duration.ofSeconds(245)), t.utterances().get(1).start());
    assertEquals(Optional.empty(), t.utterances().get(2).start());
  }

  @org.junit.jupiter.api.Test
  void recordsAndLinesAreNumberedFromOne() throws IOException {
    Transcript t = read("\nAnn: hi\nmore\nBob: yo", false);
    assertEquals(List.of(1, 2), t.utterances().stream().map(Utterance::record).toList());
    assertEquals(List.of(2, 4), t.utterances().stream().map(Utterance::line).toList());
    assertEquals(List.of("Ann", "Bob"), t.speakers());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("just some prose without speakers", 1),
        Arguments.of("\n\nNote: this is not a speaker", 3),
        Arguments.of("", 1),
        Arguments.of("(laughs)\n", 1));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedInputNamesTheLine(String input, int line) {
    TranscriptFormatException e =
        assertThrows(TranscriptFormatException.class, () -> read(input, false));
    assertEquals(line, e.line());
    assertEquals("test.txt", e.source());
    assertTrue(e.getMessage().startsWith("test.txt:" + line + ":1: "), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void lenientReadSkipsAndCountsBadLines() throws IOException {
    Transcript t = read("preamble line\nAnn: hi\nBob: yo", true);
    assertEquals(List.of("Ann|hi", "Bob|yo"), shape(t));
    assertEquals(1, t.warnings().size());
    assertEquals(1, t.warnings().get(0).line());
    assertEquals("preamble line", t.warnings().get(0).excerpt());
  }

  @org.junit.jupiter.api.Test
  void overlongLineIsReportedNotLoaded() throws IOException {
    String huge = "Ann: " + "a".repeat(500);
    TranscriptFormatException e = assertThrows(TranscriptFormatException.class, () -> {
      try (TranscriptReader r = TranscriptReader.of(new StringReader("Bob: hi\n" + huge),
          "big.txt", Optional.empty(), ReadOptions.defaults().withMaxLineChars(100))) {
        r.readAll();
      }
    });
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("longer than 100 characters"), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void invalidUtf8IsAFormatError() {
    byte[] bytes = {'A', 'n', 'n', ':', ' ', 'h', (byte) 0xC3, (byte) 0x28, '\n'};
    TranscriptFormatException e = assertThrows(TranscriptFormatException.class, () -> {
      try (TranscriptReader r = TranscriptReader.of(new java.io.ByteArrayInputStream(bytes),
          "bad.txt", Optional.empty(), ReadOptions.defaults())) {
        r.readAll();
      }
    });
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    assertEquals(1, e.line());
  }
}
