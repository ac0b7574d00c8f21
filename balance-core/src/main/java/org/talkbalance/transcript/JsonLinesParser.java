package org.talkbalance.transcript;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads one JSON object per line: talkbalance's JSON Lines and ConvoKit's
 * {@code utterances.jsonl}. Blank lines are skipped; a line that is not one JSON object is a
 * malformed record.
 *
 * <p><b>JSON Lines</b>: {@code {"speaker":"Alice","text":"Hi","start":1.5,"end":3}}. Required:
 * {@code speaker}, {@code text}. Optional: {@code conversation} (or {@code conversation_id});
 * {@code start} (or {@code timestamp}) and {@code end}, each either an offset from the start of the
 * recording (a number of seconds, or {@code "hh:mm:ss.fff"}) or an ISO-8601 date-time
 * ({@code "2023-01-12T10:15:00Z"}), which is turned into an offset from the first timed message of
 * its conversation.
 *
 * <p><b>ConvoKit</b>: {@code {"id":"u1","conversation_id":"c1","speaker":"alice","reply_to":null,
 * "timestamp":1673518500,"text":"Hi","meta":{}}}; {@code user} and {@code root} (older ConvoKit)
 * are read as {@code speaker} and {@code conversation_id}. The timestamp is Unix seconds, turned
 * into an offset from the first utterance of its conversation.
 *
 * <p>Not thread-safe; one per input.
 */
final class JsonLinesParser implements UtteranceParser {

  private final LineReader lines;
  private final Problems problems;
  private final JsonFactory factory;
  private final boolean convoKit;
  private final WallClock clock;
  private int records;

  JsonLinesParser(LineReader lines, Problems problems, JsonFactory factory, boolean convoKit) {
    this.lines = lines;
    this.problems = problems;
    this.factory = factory;
    this.convoKit = convoKit;
    this.clock = new WallClock(problems);
  }

  @Override
  public Optional<Utterance> next() throws IOException {
    for (Optional<String> maybe = lines.next(); maybe.isPresent(); maybe = lines.next()) {
      String raw = maybe.get();
      int number = lines.lineNumber();
      if (raw.isBlank()) {
        continue;
      }
      Optional<Json.Obj> object = parse(raw, number);
      if (object.isEmpty()) {
        continue;
      }
      Optional<Utterance> u = toUtterance(object.get(), raw, number);
      if (u.isPresent()) {
        return u;
      }
    }
    return Optional.empty();
  }

  private Optional<Json.Obj> parse(String raw, int number) throws IOException {
    try (JsonParser json = factory.createParser(raw)) {
      JsonToken first = json.nextToken();
      if (first != JsonToken.START_OBJECT) {
        problems.report(
            number,
            1,
            "expected one JSON object per line such as "
                + (convoKit
                    ? "{\"speaker\":\"alice\",\"conversation_id\":\"c1\",\"text\":\"hi\"}"
                    : "{\"speaker\":\"Alice\",\"text\":\"hi\"}"),
            raw);
        return Optional.empty();
      }
      Json.Obj object = Json.object(json);
      if (json.nextToken() != null) {
        problems.report(
            number,
            json.currentTokenLocation().getColumnNr(),
            "more than one JSON value on the line; put each object on its own line",
            raw);
        return Optional.empty();
      }
      return Optional.of(object);
    } catch (JsonProcessingException e) {
      TranscriptFormatException error = Json.error(problems.source(), e);
      problems.report(number, error.column(), error.problem(), raw);
      return Optional.empty();
    }
  }

  private Optional<Utterance> toUtterance(Json.Obj o, String raw, int number) {
    String speaker =
        o.string("speaker").or(() -> convoKit ? o.string("user") : Optional.empty()).orElse("");
    Optional<String> text = o.value("text").map(Json::text);
    if (speaker.isBlank() || o.value("text").isEmpty()) {
      problems.report(
          number,
          1,
          "each line needs a non-empty 'speaker' and a 'text'",
          raw);
      return Optional.empty();
    }
    String conversation =
        o.string("conversation_id")
            .or(() -> o.string(convoKit ? "root" : "conversation"))
            .orElse("")
            .strip();
    Optional<Duration> start;
    Optional<Duration> end = Optional.empty();
    if (convoKit) {
      Optional<Duration> unix = o.number("timestamp").flatMap(Json::seconds);
      if (o.has("timestamp") && unix.isEmpty()) {
        problems.report(
            number, 1, "cannot read 'timestamp'; ConvoKit times are Unix seconds", raw);
        return Optional.empty();
      }
      start =
          unix.flatMap(
              d -> clock.offset(conversation, Instant.EPOCH.plus(d), problems.source(), number, raw));
    } else {
      String startField = o.has("start") ? "start" : "timestamp";
      Optional<Optional<Duration>> s = time(o, startField, conversation, raw, number);
      Optional<Optional<Duration>> e = time(o, "end", conversation, raw, number);
      if (s.isEmpty() || e.isEmpty()) {
        return Optional.empty();
      }
      start = s.get();
      end = e.get();
    }
    records++;
    return Optional.of(
        new Utterance(records, number, conversation, speaker.strip(), text.get(), start, end));
  }

  /** Empty (after reporting) when the field is present but unreadable. */
  private Optional<Optional<Duration>> time(
      Json.Obj o, String field, String conversation, String raw, int number) {
    if (!o.has(field)) {
      return Optional.of(Optional.empty());
    }
    Optional<BigDecimal> seconds = o.number(field);
    if (seconds.isPresent()) {
      Optional<Duration> d = Json.seconds(seconds.get());
      if (d.isPresent() && !d.get().isNegative()) {
        return Optional.of(d);
      }
    } else {
      Optional<String> text = o.string(field);
      if (text.isPresent()) {
        Optional<Duration> offset = Timestamps.parse(text.get());
        if (offset.isPresent()) {
          return Optional.of(offset);
        }
        Optional<Instant> at = Json.instant(text.get());
        if (at.isPresent()) {
          return Optional.of(
              field.equals("end")
                  ? clock.unordered(conversation, at.get())
                  : clock.offset(conversation, at.get(), problems.source(), number, raw));
        }
      }
    }
    problems.report(
        number,
        1,
        "cannot read '"
            + field
            + "'; use seconds, 'hh:mm:ss' or an ISO-8601 date-time such as 2023-01-12T10:15:00Z",
        raw);
    return Optional.empty();
  }
}
