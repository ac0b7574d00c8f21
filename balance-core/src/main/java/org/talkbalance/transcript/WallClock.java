package org.talkbalance.transcript;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the wall-clock times of chat messages into offsets from the first timed message of the
 * same conversation, and warns when a message is earlier than the one before it.
 *
 * <p>Local date-times without a zone (WhatsApp, IRC, Telegram's {@code date}) are taken as UTC:
 * a daylight-saving change inside a chat shifts later offsets by its amount. An out-of-order
 * message keeps its own time, so its offset may be smaller than the previous one, or negative
 * when it is earlier than the first message.
 *
 * <p>Memory grows with the number of conversations, not of messages. Not thread-safe; one per
 * input.
 */
final class WallClock {

  private static final class Conversation {
    final Instant origin;
    Instant latest;

    Conversation(Instant origin) {
      this.origin = origin;
      this.latest = origin;
    }
  }

  private final Problems problems;
  private final Map<String, Conversation> conversations = new HashMap<>();

  WallClock(Problems problems) {
    this.problems = problems;
  }

  /** The offset of a local date-time, read as UTC; see the class comment. */
  Optional<Duration> offset(
      String conversation, LocalDateTime at, String where, int line, String excerpt) {
    return offset(conversation, at.toInstant(ZoneOffset.UTC), where, line, excerpt);
  }

  /**
   * The offset of a time that is not a message's start, such as its end: not checked for order.
   *
   * @param conversation the conversation identifier, or the empty string
   * @param at the time
   * @return the offset from the first timed message of the conversation, never empty
   */
  Optional<Duration> unordered(String conversation, Instant at) {
    Conversation c = conversations.computeIfAbsent(conversation, k -> new Conversation(at));
    return Optional.of(Duration.between(c.origin, at));
  }

  /**
   * The offset of a message from the first timed message of its conversation.
   *
   * @param conversation the conversation identifier, or the empty string
   * @param at when the message was sent
   * @param where the file named in a warning
   * @param line the line named in a warning
   * @param excerpt the text shown in a warning
   * @return the offset, never empty
   */
  Optional<Duration> offset(
      String conversation, Instant at, String where, int line, String excerpt) {
    Conversation c = conversations.get(conversation);
    if (c == null) {
      conversations.put(conversation, new Conversation(at));
      return Optional.of(Duration.ZERO);
    }
    if (at.isBefore(c.latest)) {
      problems.warn(
          where,
          line,
          1,
          "this message ("
              + at
              + ") is earlier than the one before it ("
              + c.latest
              + "); the input is out of order, so time-based figures may be wrong",
          excerpt);
    } else {
      c.latest = at;
    }
    return Optional.of(Duration.between(c.origin, at));
  }
}
