package org.talkbalance.transcript;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Reads chat exports that are one JSON document with a {@code messages} array, streaming one
 * message at a time: DiscordChatExporter JSON and Telegram Desktop JSON.
 *
 * <p><b>DiscordChatExporter</b> ({@code {"guild":…,"channel":…,"messages":[…]}}): the speaker is
 * the author's {@code nickname}, else {@code name}; text is {@code content}; time is
 * {@code timestamp}. Messages of type {@code Default} and {@code Reply} are speech; other types
 * (joins, pins, calls, renames) are system messages; authors with {@code isBot} are bots.
 * Attachments and stickers are media; a message with text and an attachment is an utterance and
 * a media count.
 *
 * <p><b>Telegram Desktop</b> ("Export chat history", {@code result.json}): the speaker is
 * {@code from} (else {@code from_id}); text is {@code text}, a string or a list of strings and
 * entity objects with a {@code text}; time is {@code date_unixtime}, else the local {@code date}.
 * {@code "type":"service"} entries are system messages; photos, files, stickers, voice notes,
 * locations, polls and contacts are media. A full account export ({@code chats.list[…]}) is read
 * too, with each chat's {@code name} as the conversation.
 *
 * <p>Times are offsets from the first message of each conversation (see {@link WallClock}). A
 * syntax error ends the read: strict reads fail, lenient reads keep the messages before it and
 * record a warning.
 *
 * <p>Not thread-safe; one per input.
 */
final class JsonExportParser implements UtteranceParser {

  enum Flavour {
    DISCORD,
    TELEGRAM
  }

  private static final Set<String> DISCORD_SPEECH = Set.of("Default", "Reply");
  private static final Set<String> TELEGRAM_MEDIA =
      Set.of(
          "photo", "file", "media_type", "sticker_emoji", "location_information", "poll",
          "contact_information", "game_title", "invoice_information", "place_name");
  private static final Set<String> TELEGRAM_CONTAINERS = Set.of("chats", "left_chats", "list");

  private final JsonParser json;
  private final Problems problems;
  private final Exclusions excluded;
  private final Flavour flavour;
  private final WallClock clock;
  private boolean started;
  private boolean inMessages;
  private boolean foundMessages;
  private boolean done;
  private String conversation = "";
  private int records;

  JsonExportParser(JsonParser json, Problems problems, Exclusions excluded, Flavour flavour) {
    this.json = json;
    this.problems = problems;
    this.excluded = excluded;
    this.flavour = flavour;
    this.clock = new WallClock(problems);
  }

  @Override
  public Optional<Utterance> next() throws IOException {
    while (!done) {
      try {
        if (!started) {
          started = true;
          JsonToken first = json.nextToken();
          if (first != JsonToken.START_OBJECT) {
            done = true;
            problems.report(
                1,
                1,
                "expected a JSON object with a 'messages' array ("
                    + (flavour == Flavour.DISCORD ? "DiscordChatExporter" : "Telegram Desktop")
                    + " export)",
                "");
            return Optional.empty();
          }
        }
        if (!inMessages && !findMessages()) {
          done = true;
          if (!foundMessages) {
            problems.report(
                1,
                1,
                "no 'messages' array in the JSON; is this a "
                    + (flavour == Flavour.DISCORD ? "DiscordChatExporter" : "Telegram Desktop")
                    + " export?",
                "");
          }
          return Optional.empty();
        }
        JsonToken t = json.nextToken();
        if (t == JsonToken.END_ARRAY) {
          inMessages = false;
          continue;
        }
        int line = Math.max(1, json.currentTokenLocation().getLineNr());
        int column = Math.max(1, json.currentTokenLocation().getColumnNr());
        if (t != JsonToken.START_OBJECT) {
          Json.value(json);
          problems.report(line, column, "each entry of 'messages' must be a JSON object", "");
          continue;
        }
        Json.Obj message = Json.object(json);
        Optional<Utterance> u =
            flavour == Flavour.DISCORD ? discord(message, line) : telegram(message, line);
        if (u.isPresent()) {
          return u;
        }
      } catch (JsonProcessingException e) {
        done = true;
        TranscriptFormatException error = Json.error(problems.source(), e);
        problems.report(error.line(), error.column(), error.problem(), "");
      }
    }
    return Optional.empty();
  }

  /** Advances to the start of the next {@code messages} array; false at the end of input. */
  private boolean findMessages() throws IOException {
    for (JsonToken t = json.nextToken(); t != null; t = json.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        continue;
      }
      String name = json.currentName();
      JsonStreamContext owner = json.getParsingContext().getParent();
      boolean inChatList = owner != null && owner.inArray();
      JsonToken value = json.nextToken();
      if (name.equals("messages") && value == JsonToken.START_ARRAY) {
        inMessages = true;
        foundMessages = true;
        return true;
      }
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        if (!(flavour == Flavour.TELEGRAM && TELEGRAM_CONTAINERS.contains(name))) {
          json.skipChildren();
        }
      } else if (inChatList && name.equals("name") && value == JsonToken.VALUE_STRING) {
        conversation = json.getText().strip();
      }
    }
    return false;
  }

  private Optional<Utterance> discord(Json.Obj m, int line) {
    Optional<Json.Obj> author = m.object("author");
    String name =
        author
            .flatMap(a -> a.string("nickname").filter(s -> !s.isBlank()))
            .or(() -> author.flatMap(a -> a.string("name")))
            .orElse("")
            .strip();
    String type = m.string("type").orElse("Default");
    if (!DISCORD_SPEECH.contains(type)) {
      excluded.system();
      return Optional.empty();
    }
    if (name.isEmpty()) {
      problems.report(line, 1, "message without an author name", m.string("content").orElse(""));
      return Optional.empty();
    }
    if (author.get().flag("isBot")) {
      excluded.bot(name);
      return Optional.empty();
    }
    String text = m.string("content").orElse("").strip();
    boolean media =
        !m.array("attachments").isEmpty()
            || !m.array("stickers").isEmpty()
            || (text.isEmpty() && !m.array("embeds").isEmpty());
    Optional<Instant> at = Optional.empty();
    Optional<String> stamp = m.string("timestamp");
    if (stamp.isPresent()) {
      at = Json.instant(stamp.get());
      if (at.isEmpty()) {
        problems.report(line, 1, "cannot read the timestamp '" + stamp.get() + "'", text);
        return Optional.empty();
      }
    }
    return utterance(line, name, text, media, at);
  }

  private Optional<Utterance> telegram(Json.Obj m, int line) {
    String type = m.string("type").orElse("message");
    if (!type.equals("message")) {
      excluded.system();
      return Optional.empty();
    }
    String name =
        m.string("from").filter(s -> !s.isBlank()).or(() -> m.string("from_id")).orElse("").strip();
    String text = Json.text(m.value("text").orElse("")).strip();
    if (name.isEmpty()) {
      problems.report(line, 1, "message without a sender ('from' or 'from_id')", text);
      return Optional.empty();
    }
    boolean media = TELEGRAM_MEDIA.stream().anyMatch(m::has);
    Optional<Instant> at = Optional.empty();
    Optional<BigDecimal> unix = m.string("date_unixtime").flatMap(JsonExportParser::decimal);
    if (unix.isPresent()) {
      at = Json.seconds(unix.get()).map(d -> Instant.EPOCH.plus(d));
    } else if (m.string("date").isPresent()) {
      at = Json.instant(m.string("date").get());
    }
    if (at.isEmpty() && (m.has("date") || m.has("date_unixtime"))) {
      problems.report(line, 1, "cannot read the message date", text);
      return Optional.empty();
    }
    return utterance(line, name, text, media, at);
  }

  private static Optional<BigDecimal> decimal(String s) {
    try {
      return Optional.of(new BigDecimal(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The utterance of a message, timed from the first utterance of its conversation. */
  private Optional<Utterance> utterance(
      int line, String name, String text, boolean media, Optional<Instant> at) {
    if (media) {
      excluded.media(name);
    }
    if (text.isEmpty()) {
      if (!media) {
        excluded.media(name);
      }
      return Optional.empty();
    }
    Optional<Duration> start =
        at.flatMap(t -> clock.offset(conversation, t, problems.source(), line, text));
    records++;
    return Optional.of(
        new Utterance(records, line, conversation, name, text, start, Optional.empty()));
  }
}
