package org.talkbalance.transcript;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The input formats talkbalance reads, and how each is recognised from its content.
 *
 * <pre>{@code
 * TranscriptFormat.detect("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAlice: hi"); // WEBVTT
 * TranscriptFormat.byId("whatsapp");                                            // WHATSAPP
 * }</pre>
 *
 * <p>{@link #detect} looks at the start of a text input, in this order: the {@code WEBVTT}
 * signature; JSON (a one-line object per line is JSON Lines, or ConvoKit when it has
 * {@code conversation_id}, {@code reply_to} or {@code root}; a document with {@code guild},
 * {@code channel} or messages with an {@code author} is DiscordChatExporter, one with
 * {@code chats}, {@code type} or messages with {@code from} or {@code date} is Telegram); a CSV
 * header naming {@code speaker} and {@code text}, or DiscordChatExporter's
 * {@code Author,Date,Content}; an SRT cue (a number, then a {@code -->} timing line); a WhatsApp
 * message header among the first three lines; mostly IRC log lines with at least one
 * {@code <nick>} message among the first twenty; otherwise plain text. Folders and zip archives
 * are recognised by {@link TranscriptReader#open(java.nio.file.Path, ReadOptions)}: a
 * {@code users.json} makes a Slack export, an {@code utterances.jsonl} a ConvoKit corpus.
 *
 * <p>Immutable and thread-safe.
 */
public enum TranscriptFormat {
  /** Plain text, one {@code Name: text} line per utterance, optional {@code [hh:mm:ss]} prefix. */
  PLAIN("plain", "lines such as 'Alice: hello'"),
  /** CSV with a header row naming {@code speaker} and {@code text}. */
  CSV("csv", "a header row 'speaker,text' and one row per utterance"),
  /** WebVTT subtitles: Zoom {@code Name: text} cues, Teams and YouTube {@code <v Name>} voices. */
  WEBVTT("webvtt", "a 'WEBVTT' line, then cues with a timing line and 'Name: text' or <v Name>"),
  /** SubRip subtitles, with {@code Name:} prefixes, possibly only where the speaker changes. */
  SRT("srt", "numbered cues with a timing line and 'Name: text'"),
  /** WhatsApp "Export chat" text, Android or iOS, any locale with numeric dates. */
  WHATSAPP("whatsapp", "lines such as '12/01/2023, 10:15 - Alice: hello'"),
  /** Slack workspace export, a folder or zip archive with {@code users.json}. */
  SLACK("slack", "users.json and one folder of daily JSON files per channel"),
  /** DiscordChatExporter JSON export. */
  DISCORD_JSON("discord-json", "a DiscordChatExporter JSON object with 'messages'"),
  /** DiscordChatExporter CSV export. */
  DISCORD_CSV("discord-csv", "a header 'AuthorID,Author,Date,Content,Attachments,Reactions'"),
  /** Telegram Desktop JSON export ({@code result.json}). */
  TELEGRAM_JSON("telegram", "a Telegram Desktop result.json with 'messages'"),
  /** JSON Lines: one {@code {"speaker":…,"text":…}} object per line. */
  JSON_LINES("jsonl", "one JSON object per line with 'speaker' and 'text'"),
  /** ConvoKit corpus utterances ({@code utterances.jsonl}, or the corpus folder). */
  CONVOKIT("convokit", "ConvoKit utterances, one JSON object per line"),
  /** IRC-style logs: {@code [hh:mm] <nick> text}. */
  IRC("irc", "lines such as '[10:15] <alice> hello'");

  private static final int DETECT_LINES = 50;
  private static final Pattern SRT_NUMBER = Pattern.compile("\\d{1,9}");
  private static final Pattern SRT_TIMING =
      Pattern.compile("^\\s*(?:\\d{1,3}:)?\\d{1,2}:\\d{2}[,.]\\d{1,3}\\s*-->.*$");
  private static final Pattern JSON_ARRAY_START = Pattern.compile("^\\[\\s*(?:[\\[{\"\\]].*)?$");
  private static final Set<String> CONVOKIT_KEYS = Set.of("conversation_id", "reply_to", "root");

  private final String id;
  private final String example;

  TranscriptFormat(String id, String example) {
    this.id = id;
    this.example = example;
  }

  /** {@return the short name used on the command line, such as {@code plain}} */
  public String id() {
    return id;
  }

  /** {@return what an input of this format looks like, for error messages} */
  String example() {
    return example;
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
   * Guesses the format of a text input from its first characters; see the class comment for the
   * rules. Slack exports are folders or archives and are never returned here.
   *
   * @param head the start of the input (a few kilobytes are plenty)
   * @return the most likely format; {@link #PLAIN} when nothing more specific fits
   */
  public static TranscriptFormat detect(String head) {
    List<String> lines = nonBlankLines(head);
    if (lines.isEmpty()) {
      return PLAIN;
    }
    String first = lines.get(0);
    if (first.startsWith("WEBVTT")
        && (first.length() == 6 || Character.isWhitespace(first.charAt(6)))) {
      return WEBVTT;
    }
    if (first.startsWith("{") || JSON_ARRAY_START.matcher(first).matches()) {
      Optional<TranscriptFormat> json = detectJson(head.replace("\uFEFF", ""), first);
      if (json.isPresent()) {
        return json.get();
      }
    }
    if (looksLikeCsvHeader(first)) {
      return CSV;
    }
    if (DiscordCsvParser.isHeader(first)) {
      return DISCORD_CSV;
    }
    if (SRT_TIMING.matcher(first).matches()
        || (SRT_NUMBER.matcher(first).matches()
            && lines.size() > 1
            && SRT_TIMING.matcher(lines.get(1)).matches())) {
      return SRT;
    }
    for (String line : lines.subList(0, Math.min(3, lines.size()))) {
      if (WhatsAppParser.isHeader(line)) {
        return WHATSAPP;
      }
    }
    if (looksLikeIrc(lines)) {
      return IRC;
    }
    return PLAIN;
  }

  private static List<String> nonBlankLines(String head) {
    List<String> out = new ArrayList<>();
    for (String line : head.split("\\R", DETECT_LINES + 1)) {
      String stripped = line.replace("\uFEFF", "").strip();
      if (!stripped.isEmpty()) {
        out.add(stripped);
      }
      if (out.size() >= DETECT_LINES) {
        break;
      }
    }
    return out;
  }

  private static boolean looksLikeIrc(List<String> lines) {
    List<String> sample = lines.subList(0, Math.min(20, lines.size()));
    long log = sample.stream().filter(IrcParser::isLogLine).count();
    boolean message = sample.stream().anyMatch(IrcParser::isMessageLine);
    return message && log * 5 >= sample.size() * 4L;
  }

  private static Optional<TranscriptFormat> detectJson(String head, String firstLine) {
    JsonFactory factory = Json.factory(ReadOptions.defaults());
    if (firstLine.startsWith("{") && firstLine.endsWith("}")) {
      Set<String> keys = topLevelNames(factory, firstLine, false);
      if (!keys.isEmpty() && !keys.contains("messages")) {
        return Optional.of(keys.stream().anyMatch(CONVOKIT_KEYS::contains) ? CONVOKIT : JSON_LINES);
      }
    }
    if (!startsLikeJson(factory, head)) {
      // "{laughs}" or "[Music]" opening a text transcript
      return Optional.empty();
    }
    if (!firstLine.startsWith("{")) {
      return Optional.of(JSON_LINES);
    }
    Set<String> names = topLevelNames(factory, head, true);
    if (names.contains("guild") || names.contains("channel") || names.contains("author")) {
      return Optional.of(DISCORD_JSON);
    }
    if (names.contains("chats")
        || names.contains("type")
        || names.contains("from")
        || names.contains("date")) {
      return Optional.of(TELEGRAM_JSON);
    }
    return Optional.of(JSON_LINES);
  }

  /** Whether the text opens with an object and a field name, or an array and a value. */
  private static boolean startsLikeJson(JsonFactory factory, String text) {
    try (JsonParser p = factory.createParser(text)) {
      JsonToken first = p.nextToken();
      JsonToken second = p.nextToken();
      return (first == JsonToken.START_OBJECT
              && (second == JsonToken.FIELD_NAME || second == JsonToken.END_OBJECT))
          || (first == JsonToken.START_ARRAY && second != null);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The field names of the top-level object, and with {@code firstMessage} those of the first
   * element of its {@code messages} array; as many as the text holds before it ends or breaks.
   */
  private static Set<String> topLevelNames(JsonFactory factory, String text, boolean firstMessage) {
    Set<String> names = new HashSet<>();
    try (JsonParser p = factory.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return names;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        names.add(name);
        JsonToken value = p.nextToken();
        if (firstMessage
            && name.equals("messages")
            && value == JsonToken.START_ARRAY
            && p.nextToken() == JsonToken.START_OBJECT) {
          for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
            names.add(p.currentName());
            p.nextToken();
            p.skipChildren();
          }
          return names;
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      // the head ends inside the document or is not JSON: keep the names read so far
    }
    return names;
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
