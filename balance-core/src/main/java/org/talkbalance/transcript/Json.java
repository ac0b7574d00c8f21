package org.talkbalance.transcript;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON reading shared by the JSON readers: a Jackson streaming factory under read constraints, a
 * small value model for one message at a time, and the mapping of Jackson errors to
 * {@link TranscriptFormatException}s.
 *
 * <p>Constraints: nesting at most {@value ReadOptions#MAX_JSON_DEPTH} levels, strings at most
 * {@link ReadOptions#maxLineChars()} characters, names at most 10,000 characters, numbers at most
 * 1,000 digits. Field names are not canonicalised (no shared symbol table to attack).
 *
 * <p>Stateless; thread-safe.
 */
final class Json {

  /** JSON {@code null}, kept apart from a missing field. */
  static final Object NULL = new Object();

  private static final int MAX_NAME_CHARS = 10_000;
  private static final int MAX_NUMBER_CHARS = 1000;
  private static final int MAX_MESSAGE_CHARS = 200;

  private Json() {}

  static JsonFactory factory(ReadOptions options) {
    return new JsonFactoryBuilder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(ReadOptions.MAX_JSON_DEPTH)
                .maxStringLength(options.maxLineChars())
                .maxNameLength(Math.min(options.maxLineChars(), MAX_NAME_CHARS))
                .maxNumberLength(MAX_NUMBER_CHARS)
                .build())
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .build();
  }

  /** One JSON object, read whole: the fields of one message. */
  static final class Obj {
    private final Map<String, Object> fields;

    Obj(Map<String, Object> fields) {
      this.fields = fields;
    }

    boolean has(String name) {
      Object v = fields.get(name);
      return v != null && v != NULL;
    }

    /** A string, number or boolean as text; empty if missing, null, an array or an object. */
    Optional<String> string(String name) {
      Object v = fields.get(name);
      if (v instanceof String s) {
        return Optional.of(s);
      }
      if (v instanceof BigDecimal n) {
        return Optional.of(n.toPlainString());
      }
      if (v instanceof Boolean b) {
        return Optional.of(b.toString());
      }
      return Optional.empty();
    }

    Optional<BigDecimal> number(String name) {
      return fields.get(name) instanceof BigDecimal n ? Optional.of(n) : Optional.empty();
    }

    boolean flag(String name) {
      return Boolean.TRUE.equals(fields.get(name));
    }

    Optional<Obj> object(String name) {
      return fields.get(name) instanceof Obj o ? Optional.of(o) : Optional.empty();
    }

    /** The elements of an array; empty if missing or not an array. */
    List<Object> array(String name) {
      if (fields.get(name) instanceof List<?> list) {
        return Collections.unmodifiableList(list);
      }
      return List.of();
    }

    /** The raw value: String, BigDecimal, Boolean, {@link #NULL}, List or Obj; empty if missing. */
    Optional<Object> value(String name) {
      return Optional.ofNullable(fields.get(name));
    }
  }

  /**
   * Reads the value at the current token, which must be the start of a value.
   *
   * @return String, BigDecimal, Boolean, {@link #NULL}, List of values or {@link Obj}
   */
  static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input");
    }
    switch (t) {
      case START_OBJECT:
        return object(p);
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          if (e == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input");
          }
          list.add(value(p));
        }
        return list;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(p.getText());
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
    }
  }

  /** Reads the object whose START_OBJECT is the current token. */
  static Obj object(JsonParser p) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t != JsonToken.FIELD_NAME) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input");
      }
      String name = p.currentName();
      p.nextToken();
      fields.put(name, value(p));
    }
    return new Obj(fields);
  }

  /** The text of a value that is a string, or a list of strings and objects with a "text". */
  static String text(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof List<?> parts) {
      StringBuilder b = new StringBuilder();
      for (Object part : parts) {
        if (part instanceof String s) {
          b.append(s);
        } else if (part instanceof Obj o) {
          b.append(o.string("text").orElse(""));
        }
      }
      return b.toString();
    }
    return "";
  }

  /**
   * Reads a point in time: ISO-8601 with an offset ({@code 2023-01-12T10:15:00+01:00}, or
   * {@code Z}), or a local ISO date-time taken as UTC.
   */
  static Optional<Instant> instant(String text) {
    String t = text.strip();
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      // not with an offset; try a local date-time
    }
    try {
      return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A JSON number as a BigDecimal, or its text when it has no BigDecimal (an exponent beyond the
   * int range); Jackson's own conversion throws an unchecked exception there.
   */
  private static Object number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      return text;
    }
  }

  /**
   * Seconds as a duration, for offsets and Unix times given as numbers: rounded to nanoseconds,
   * zero below 10<sup>-10</sup>, empty at 10<sup>10</sup> seconds (three centuries) or more. The
   * magnitude is checked before any arithmetic, so an exponent such as {@code 1e-999999999}
   * costs nothing.
   */
  static Optional<Duration> seconds(BigDecimal seconds) {
    int magnitude = seconds.precision() - seconds.scale();
    if (seconds.signum() == 0 || magnitude < -10) {
      return Optional.of(Duration.ZERO);
    }
    if (magnitude > 10) {
      return Optional.empty();
    }
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    long nanos =
        seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValue();
    return Optional.of(Duration.ofSeconds(whole.longValueExact(), nanos));
  }

  /** The problem to report for a Jackson error: its place and a short reason. */
  static TranscriptFormatException error(String where, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int newline = reason.indexOf('\n');
    if (newline >= 0) {
      reason = reason.substring(0, newline);
    }
    if (reason.length() > MAX_MESSAGE_CHARS) {
      reason = reason.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
    String hint =
        e instanceof StreamConstraintsException
            ? "; the input exceeds a read limit (ReadOptions), raise it if the input is genuine"
            : "; the file may be truncated or not JSON";
    return new TranscriptFormatException(where, line, column, "malformed JSON: " + reason + hint, "");
  }
}
