package org.talkbalance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Content sniffing: the start of an input decides its format, whatever the file is called. */
class DetectionTest {

  static Stream<Arguments> heads() {
    return Stream.of(
        // subtitles
        Arguments.of("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAlice: hi\n", TranscriptFormat.WEBVTT),
        Arguments.of("\uFEFFWEBVTT - Zoom\n\n", TranscriptFormat.WEBVTT),
        Arguments.of("WEBVTTX\n", TranscriptFormat.PLAIN),
        Arguments.of("1\n00:00:01,000 --> 00:00:02,000\nANNA: hi\n", TranscriptFormat.SRT),
        Arguments.of("\n\n12\r\n01:02:03,400 --> 01:02:05,000\r\nhi\r\n", TranscriptFormat.SRT),
        Arguments.of("00:00:01,000 --> 00:00:02,000\nANNA: hi\n", TranscriptFormat.SRT),
        // JSON
        Arguments.of("{\"speaker\":\"A\",\"text\":\"hi\"}\n{\"speaker\":\"B\",\"text\":\"yo\"}\n", TranscriptFormat.JSON_LINES),
        Arguments.of("{\"id\":\"u1\",\"conversation_id\":\"c1\",\"speaker\":\"a\",\"text\":\"hi\"}\n", TranscriptFormat.CONVOKIT),
        Arguments.of("{\"id\":\"u1\",\"root\":\"c1\",\"user\":\"a\",\"text\":\"hi\"}\n", TranscriptFormat.CONVOKIT),
        Arguments.of("{\n  \"guild\": {\"id\": \"1\"},\n  \"channel\": {},\n  \"messages\": [", TranscriptFormat.DISCORD_JSON),
        Arguments.of("{\"messages\":[{\"id\":\"1\",\"type\":\"Default\",\"author\":{\"name\":\"a\"}}]}", TranscriptFormat.DISCORD_JSON),
        Arguments.of("{\n \"name\": \"Alex\",\n \"type\": \"personal_chat\",\n \"id\": 1,\n \"messages\": [", TranscriptFormat.TELEGRAM_JSON),
        Arguments.of("{\"about\":\"x\",\"chats\":{\"list\":[", TranscriptFormat.TELEGRAM_JSON),
        Arguments.of("{\"messages\":[{\"id\":1,\"from\":\"a\",\"date\":\"2023-01-12T10:00:00\"", TranscriptFormat.TELEGRAM_JSON),
        Arguments.of("[\n  {\"type\": \"message\"}\n]", TranscriptFormat.JSON_LINES),
        // CSV
        Arguments.of("speaker,text\nAlice,hi\n", TranscriptFormat.CSV),
        Arguments.of("\"AuthorID\",\"Author\",\"Date\",\"Content\",\"Attachments\",\"Reactions\"\n", TranscriptFormat.DISCORD_CSV),
        // WhatsApp: Android and iOS, 12 h and 24 h, several date orders
        Arguments.of("12/01/2023, 10:15 - Alice: hi\n", TranscriptFormat.WHATSAPP),
        Arguments.of("1/12/23, 10:15\u202FAM - Alice: hi\n", TranscriptFormat.WHATSAPP),
        Arguments.of("12.01.23, 10:15 - Alice: hallo\n", TranscriptFormat.WHATSAPP),
        Arguments.of("12/1/23, 10:15 a. m. - Alice: hola\n", TranscriptFormat.WHATSAPP),
        Arguments.of("2023-01-12, 10:15 - Alice: hej\n", TranscriptFormat.WHATSAPP),
        Arguments.of("[12/01/2023, 10:15:42] Alice: hi\n", TranscriptFormat.WHATSAPP),
        Arguments.of("\u200E[1/12/23, 9:04:40\u202FPM] Alice: \u200Eimage omitted\n", TranscriptFormat.WHATSAPP),
        // IRC
        Arguments.of("[10:15] <alice> hi\n[10:16] <bob> hey\n", TranscriptFormat.IRC),
        Arguments.of("--- Log opened Tue Jan 02 10:00:00 2024\n10:00 -!- a has joined #x\n10:01 <@a> hi\n", TranscriptFormat.IRC),
        Arguments.of("2024-01-02 10:15:07 <alice> hi\n", TranscriptFormat.IRC),
        Arguments.of("[10:15] * alice waves\n[10:16] * bob waves back\n", TranscriptFormat.PLAIN),
        // plain text and look-alikes that must stay plain
        Arguments.of("Alice: hi\nBob: hello\n", TranscriptFormat.PLAIN),
        Arguments.of("[00:01:02] Alice: hi\n", TranscriptFormat.PLAIN),
        Arguments.of("[Scene: a kitchen]\nAlice: hi\n", TranscriptFormat.PLAIN),
        Arguments.of("{laughs}\nAlice: hi\n", TranscriptFormat.PLAIN),
        Arguments.of("{vocalsound} Alice: hi\n", TranscriptFormat.PLAIN),
        Arguments.of("{\"speaker\": \"A\", \"text\": \"unterminated", TranscriptFormat.JSON_LINES),
        Arguments.of("", TranscriptFormat.PLAIN),
        Arguments.of("   \n\n", TranscriptFormat.PLAIN));
  }

  @ParameterizedTest
  @MethodSource("heads")
  void detectsTheFormatFromTheContent(String head, TranscriptFormat expected) {
    assertEquals(expected, TranscriptFormat.detect(head));
  }

  static Stream<Arguments> ids() {
    return Stream.of(TranscriptFormat.values()).map(f -> Arguments.of(f.id(), f));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyFormatHasAnId(String id, TranscriptFormat format) {
    assertEquals(Optional.of(format), TranscriptFormat.byId(id.toUpperCase(java.util.Locale.ROOT)));
  }
}
