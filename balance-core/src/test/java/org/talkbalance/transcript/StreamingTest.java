package org.talkbalance.transcript;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Readers stream: the first utterances of an endless input arrive after reading only its start,
 * so memory does not grow with the input.
 */
class StreamingTest {

  /** An endless input: a header once, then one message again and again. */
  static final class Endless extends InputStream {
    private final byte[] header;
    private final byte[] repeated;
    private long position;
    long bytesRead;

    Endless(String header, String repeated) {
      this.header = header.getBytes(UTF_8);
      this.repeated = repeated.getBytes(UTF_8);
    }

    @Override
    public int read() {
      bytesRead++;
      long p = position++;
      if (p < header.length) {
        return header[(int) p] & 0xFF;
      }
      return repeated[(int) ((p - header.length) % repeated.length)] & 0xFF;
    }
  }

  static Stream<Arguments> endlessInputs() {
    return Stream.of(
        Arguments.of(TranscriptFormat.WHATSAPP, "", "12/01/2023, 10:15 - Ana: hi there\n"),
        Arguments.of(TranscriptFormat.WEBVTT, "WEBVTT\n\n", "00:00:01.000 --> 00:00:02.000\n<v Ana>hi\n\n"),
        Arguments.of(TranscriptFormat.SRT, "", "1\n00:00:01,000 --> 00:00:02,000\nAna: hi\n\n"),
        Arguments.of(TranscriptFormat.IRC, "", "[10:15] <ana> hi\n"),
        Arguments.of(TranscriptFormat.JSON_LINES, "", "{\"speaker\":\"Ana\",\"text\":\"hi\"}\n"),
        Arguments.of(TranscriptFormat.DISCORD_CSV, "AuthorID,Author,Date,Content,Attachments,Reactions\n",
            "1,ana,2023-01-12T10:00:00+00:00,hi,,\n"),
        Arguments.of(TranscriptFormat.DISCORD_JSON, "{\"guild\":{},\"messages\":[",
            "{\"type\":\"Default\",\"content\":\"hi\",\"author\":{\"name\":\"ana\"}},\n"),
        Arguments.of(TranscriptFormat.TELEGRAM_JSON, "{\"name\":\"x\",\"messages\":[",
            "{\"type\":\"message\",\"from\":\"Ana\",\"text\":[\"hi \",{\"type\":\"bold\",\"text\":\"you\"}]},"));
  }

  @ParameterizedTest
  @MethodSource("endlessInputs")
  void theFirstUtterancesArriveWithoutReadingEverything(
      TranscriptFormat format, String header, String repeated) throws IOException {
    Endless input = new Endless(header, repeated);
    try (TranscriptReader reader =
        TranscriptReader.of(input, "endless", Optional.empty(), ReadOptions.defaults())) {
      assertEquals(format, reader.format());
      List<Utterance> first = reader.utterances().limit(1000).toList();
      assertEquals(1000, first.size());
      assertEquals(1000, first.get(999).record());
    }
    assertTrue(input.bytesRead < 1_000_000, "read " + input.bytesRead + " bytes");
  }
}
