package org.talkbalance.transcript;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads IRC-style chat logs as irssi, mIRC, HexChat, ZNC and most bouncers write them.
 *
 * <pre>
 * [10:15] &lt;alice&gt; hi all                 a message (the time may be unbracketed, with seconds,
 * 2024-01-02 10:15:07 &lt;@bob&gt; hello       or after an ISO date; mode prefixes @+%&amp;~ are dropped)
 * [10:16] * alice waves                    an action (/me), an utterance of alice: "waves"
 * [10:17] -!- carol [~c@host] has joined   system lines: joins, parts, quits, nick and mode
 * [10:17] * carol has quit (Ping timeout)  changes, topics; excluded and counted
 * --- Day changed Wed Jan 03 2024          irssi date lines: set the date; counted as system
 * </pre>
 *
 * <p>Times are offsets from the first message (see {@link WallClock}). Without a date, a clock that
 * goes backwards is taken to have passed midnight.
 *
 * <p>Not thread-safe; one per input.
 */
final class IrcParser implements UtteranceParser {

  private static final Pattern PREFIX =
      Pattern.compile(
          "^\\s*(?:(\\d{4}-\\d{2}-\\d{2})[ T])?\\[?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\]?\\s+(.*)$");
  private static final Pattern MESSAGE = Pattern.compile("^<[@+%&~ ]?([^>\\s]{1,64})>\\s?(.*)$");
  private static final Pattern ACTION = Pattern.compile("^\\*\\s+([^\\s*]{1,64})\\s+(.*)$");
  private static final Pattern SYSTEM_MARK = Pattern.compile("^(?:-!-|\\*\\*\\*|-->|<--|--|<->|=!=)(?:\\s.*)?$");
  private static final Pattern SYSTEM_ACTION =
      Pattern.compile(
          "^(?:\\([^)]*\\)\\s+)?(?:has joined|has left|has quit|joined|left|quit|is now known as"
              + "|sets mode|changes topic|changed the topic|set the topic|was kicked|has been kicked"
              + "|kicked)\\b.*$",
          Pattern.CASE_INSENSITIVE);
  /** mIRC and HexChat status lines written like actions: "* Now talking in #chan". */
  private static final Pattern CLIENT_STATUS =
      Pattern.compile(
          "^\\*\\s+(?:Now talking in|Topic is|Set by|Topic set by|Disconnected|Attempting to rejoin"
              + "|Rejoined channel|Retrieving|You're now known as|Connecting to|Connected\\b|Logging)"
              + ".*$");
  private static final Pattern LOG_LINE =
      Pattern.compile("^---\\s+(?:Log opened|Log closed|Day changed)\\s+(.*)$");
  private static final Pattern LOG_DATE =
      Pattern.compile("(?:\\w{3}\\s+)?(\\w{3})\\s+(\\d{1,2})\\s+(?:\\d{2}:\\d{2}:\\d{2}\\s+)?(\\d{4})");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

  private final LineReader lines;
  private final Problems problems;
  private final Exclusions excluded;
  private final WallClock clock;
  private LocalDate date = LocalDate.of(2000, 1, 1);
  private LocalTime lastTime;
  private int records;

  IrcParser(LineReader lines, Problems problems, Exclusions excluded) {
    this.lines = lines;
    this.problems = problems;
    this.excluded = excluded;
    this.clock = new WallClock(problems);
  }

  /** {@return whether a line is a timed IRC message, action or system line} */
  static boolean isLogLine(String line) {
    Matcher p = PREFIX.matcher(line);
    if (!p.matches()) {
      return LOG_LINE.matcher(line).matches();
    }
    String rest = p.group(5);
    return MESSAGE.matcher(rest).matches()
        || ACTION.matcher(rest).matches()
        || SYSTEM_MARK.matcher(rest).matches();
  }

  /** {@return whether a line is a timed {@code <nick> text} message} */
  static boolean isMessageLine(String line) {
    Matcher p = PREFIX.matcher(line);
    return p.matches() && MESSAGE.matcher(p.group(5)).matches();
  }

  @Override
  public Optional<Utterance> next() throws IOException {
    for (Optional<String> maybe = lines.next(); maybe.isPresent(); maybe = lines.next()) {
      String raw = maybe.get();
      int number = lines.lineNumber();
      if (raw.isBlank()) {
        continue;
      }
      Matcher log = LOG_LINE.matcher(raw.strip());
      if (log.matches()) {
        logDate(log.group(1));
        excluded.system();
        continue;
      }
      Matcher p = PREFIX.matcher(raw);
      if (!p.matches()) {
        problems.report(
            number, 1, "expected an IRC line such as '[10:15] <nick> text'", raw);
        continue;
      }
      String rest = p.group(5);
      Matcher message = MESSAGE.matcher(rest);
      String nick;
      String text;
      if (message.matches()) {
        nick = message.group(1);
        text = message.group(2);
      } else {
        Matcher action = ACTION.matcher(rest);
        if (SYSTEM_MARK.matcher(rest).matches()
            || CLIENT_STATUS.matcher(rest).matches()
            || (action.matches() && SYSTEM_ACTION.matcher(action.group(2)).matches())) {
          excluded.system();
          continue;
        }
        if (!action.matches()) {
          problems.report(
              number, 1, "expected an IRC line such as '[10:15] <nick> text'", raw);
          continue;
        }
        nick = action.group(1);
        text = action.group(2);
      }
      Optional<Duration> start = time(p, raw, number);
      if (start.isEmpty()) {
        continue;
      }
      records++;
      return Optional.of(new Utterance(records, number, "", nick, text, start, Optional.empty()));
    }
    return Optional.empty();
  }

  private void logDate(String rest) {
    Matcher m = LOG_DATE.matcher(rest);
    if (!m.find()) {
      return;
    }
    try {
      int month = MONTH.parse(m.group(1)).get(ChronoField.MONTH_OF_YEAR);
      date = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
      lastTime = null;
    } catch (DateTimeException e) {
      // an unreadable date line leaves the date as it was; times still advance
    }
  }

  private Optional<Duration> time(Matcher p, String raw, int number) {
    LocalTime time;
    try {
      time =
          LocalTime.of(
              Integer.parseInt(p.group(2)),
              Integer.parseInt(p.group(3)),
              p.group(4) == null ? 0 : Integer.parseInt(p.group(4)));
      if (p.group(1) != null) {
        date = LocalDate.parse(p.group(1));
        lastTime = null;
      }
    } catch (DateTimeException e) {
      problems.report(number, 1, "impossible date or time", raw);
      return Optional.empty();
    }
    if (p.group(1) == null && lastTime != null && time.isBefore(lastTime)) {
      date = date.plusDays(1);
    }
    lastTime = time;
    return clock.offset("", LocalDateTime.of(date, time), problems.source(), number, raw);
  }
}
