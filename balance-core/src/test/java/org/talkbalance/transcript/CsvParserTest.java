package org.talkbalance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvParserTest {

  static Transcript read(String text, boolean lenient) throws IOException {
    try (TranscriptReader reader = TranscriptReader.of(new StringReader(text), "t.csv",
        Optional.empty(), ReadOptions.defaults().withLenient(lenient))) {
      assertEquals(TranscriptFormat.CSV, reader.format());
      return reader.readAll();
    }
  }

  @Test
  void readsRequiredAndOptionalColumnsInAnyOrderAndCase() throws IOException {
    Transcript t = read("Text,Start,SPEAKER,conversation,end\n"
        + "\"Hi, you\",1.5,Ann,c1,2\n"
        + "\"multi\nline\",00:01:00,Bob,c2,\n", false);
    assertEquals(List.of("Ann", "Bob"), t.speakers());
    Utterance first = t.utterances().get(0);
    assertEquals("Hi, you", first.text());
    assertEquals(Optional.of(Duration.ofMillis(1500)), first.start());
    assertEquals(Optional.of(Duration.ofSeconds(2)), first.end());
    assertEquals("c1", first.conversation());
    Utterance second = t.utterances().get(1);
    assertEquals("multi\nline", second.text());
    assertEquals(Optional.of(Duration.ofMinutes(1)), second.start());
    assertEquals(Optional.empty(), second.end());
    assertEquals(2, t.conversations().size());
  }

  @Test
  void missingColumnIsExplained() {
    TranscriptFormatException e = assertThrows(TranscriptFormatException.class,
        () -> TranscriptReader.of(new StringReader("speaker,words\nAnn,hi\n"), "t.csv",
            Optional.of(TranscriptFormat.CSV), ReadOptions.defaults()).readAll());
    assertTrue(e.getMessage().contains("'speaker' and 'text'"), e.getMessage());
    assertEquals(1, e.line());
  }

  @Test
  void badTimeNamesLineAndFix() {
    TranscriptFormatException e = assertThrows(TranscriptFormatException.class,
        () -> read("speaker,text,start\nAnn,hi,0\nBob,yo,soon\n", false));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("hh:mm:ss"), e.getMessage());
  }

  @Test
  void emptySpeakerInLenientModeIsCountedNotLost() throws IOException {
    Transcript t = read("speaker,text\nAnn,hi\n,orphan\nBob,yo\n", true);
    assertEquals(2, t.utterances().size());
    assertEquals(1, t.warnings().size());
    assertEquals(3, t.warnings().get(0).line());
  }

  @Test
  void unclosedQuoteIsAFormatError() {
    TranscriptFormatException e = assertThrows(TranscriptFormatException.class,
        () -> read("speaker,text\nAnn,\"never closed\nBob,yo\n", false));
    assertTrue(e.getMessage().contains("quote"), e.getMessage());
  }
}
