package org.talkbalance.transcript;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WhatsApp chat exports ("Export chat", without or with media), from Android and iOS in
 * any locale that writes numeric dates.
 *
 * <pre>
 * 12/01/2023, 10:15 - Alice: Hi              Android, 24 h, dd/mm/yyyy
 * 1/12/23, 10:15 AM - Alice: Hi              Android, 12 h, m/d/yy
 * 12.01.23, 10:15 - Alice: Hallo             dd.mm.yy
 * [12/01/2023, 10:15:42] Alice: Hi           iOS, bracketed
 * [1/12/23, 10:15:42 AM] Alice: Hi           iOS, 12 h with U+202F before AM
 * </pre>
 *
 * <p>A line without such a header continues the message above it (multi-line messages). Bidi
 * marks (U+200E, U+200F and the like) are removed; U+202F and U+00A0 count as spaces in headers.
 *
 * <p>Not utterances, but counted in {@link ExcludedMessages}: system lines (a header without
 * {@code Name: }, the encryption notice, and, on iOS, a body that begins with U+200E, which is how
 * iOS marks "Alice added Bob" and placeholders), and media placeholders, counted for their sender:
 * a body that is one angle-bracketed phrase ({@code <Media omitted>}, {@code <Medien
 * ausgelassen>}, {@code <attached: 0001-PHOTO.jpg>}), {@code IMG-0001.jpg (file attached)}, iOS
 * "image omitted" and its translations, deleted messages and missed calls. A caption on the lines
 * after a placeholder is kept as an utterance. The "&lt;This message was edited&gt;" suffix is removed.
 *
 * <p>Dates are day-first or month-first depending on the phone's locale, and the export does not
 * say which. The order is inferred from the first 16 KiB: a first number above 12 means
 * day-first, a second number above 12 means month-first; otherwise the order under which the
 * dates never go backwards; otherwise month-first for 12-hour clocks (en-US) and day-first for
 * 24-hour clocks. A later date that only fits the other order switches it, with a warning.
 * Times are offsets from the first message (see {@link WallClock}).
 *
 * <p>Not thread-safe; one per input.
 */
final class WhatsAppParser implements UtteranceParser {

  private static final String BIDI = "[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]*";
  private static final String SPACE = "[\\s\\u00A0\\u202F]";
  private static final String DATE = "(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})\\.?";
  private static final String TIME =
      "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:"
          + SPACE
          + "*([AaPp])\\.?"
          + SPACE
          + "?[Mm]\\.?)?";
  private static final Pattern IOS =
      Pattern.compile(
          "^" + BIDI + "\\[" + DATE + ",?" + SPACE + "+" + TIME + "]" + SPACE + "?(.*)$",
          Pattern.DOTALL);
  private static final Pattern ANDROID =
      Pattern.compile(
          "^" + BIDI + DATE + ",?" + SPACE + "+" + TIME + SPACE + "+[-–]" + SPACE + "(.*)$",
          Pattern.DOTALL);
  private static final Pattern BIDI_MARKS =
      Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
  private static final Pattern SYSTEM_TEXT =
      Pattern.compile(
          "end-to-end encrypt|end-to-end encryption|ende-zu-ende-verschlüsselt"
              + "|de extremo a extremo|de bout en bout|de ponta a ponta|crittografia end-to-end"
              + "|end-to-end versleuteld|сквозным шифрованием|security code changed"
              + "|sicherheitsnummer|código de seguridad|code de sécurité",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ANGLE_PLACEHOLDER = Pattern.compile("^<[^<>]{1,120}>$");
  private static final Pattern FILE_ATTACHED =
      Pattern.compile(
          "^\\S.{0,250} \\((?:file attached|datei angehängt|archivo adjunto|fichier joint"
              + "|arquivo anexado|file allegato|bestand bijgevoegd|файл прикреплен)\\)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern OMITTED =
      Pattern.compile(
          "^(?:image|video|audio|sticker|gif|document|contact card|photo|voice message"
              + "|bild|imagen|vídeo|foto|pegatina|sticker|immagine|afbeelding|documento)"
              + " (?:omitted|weggelassen|omitida|omitido|absente|absent|omessa|omesso"
              + "|weggelaten|ocultado|oculta)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MARKED_OMITTED =
      Pattern.compile(
          "^.{1,250} (?:omitted|weggelassen|omitida|omitido|absente|absent|omessa|omesso"
              + "|weggelaten|ocultado|oculta)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PLACEHOLDER_TEXT =
      Pattern.compile(
          "^(?:this message was deleted|you deleted this message|diese nachricht wurde gelöscht"
              + "|du hast diese nachricht gelöscht|se eliminó este mensaje|eliminaste este mensaje"
              + "|ce message a été supprimé|vous avez supprimé ce message"
              + "|esta mensagem foi apagada|você apagou esta mensagem"
              + "|questo messaggio è stato eliminato|hai eliminato questo messaggio"
              + "|missed voice call|missed video call|verpasster sprachanruf|verpasster videoanruf"
              + "|llamada perdida|llamada de voz perdida|videollamada perdida|appel vocal manqué"
              + "|waiting for this message\\. this may take a while|null"
              + "|location: https?://\\S+)\\.?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern EDITED_SUFFIX =
      Pattern.compile(
          "\\s*\\u200E?<(?:this message was edited|diese nachricht wurde bearbeitet"
              + "|se editó este mensaje\\.?|ce message a été modifié|mensagem editada"
              + "|questo messaggio è stato modificato)>$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_SENDER_CHARS = 100;
  private static final int MAX_SENDER_WORDS = 8;

  enum DateOrder {
    DAY_FIRST,
    MONTH_FIRST,
    YEAR_FIRST
  }

  private enum Kind {
    MESSAGE,
    SYSTEM,
    SKIPPED
  }

  private static final class Pending {
    final Kind kind;
    final int line;
    final String speaker;
    final StringBuilder text;
    final boolean marked;
    final LocalDateTime sent;
    final String header;

    Pending(
        Kind kind,
        int line,
        String speaker,
        String text,
        boolean marked,
        LocalDateTime sent,
        String header) {
      this.kind = kind;
      this.line = line;
      this.speaker = speaker;
      this.text = new StringBuilder(text);
      this.marked = marked;
      this.sent = sent;
      this.header = header;
    }
  }

  private final LineReader lines;
  private final Problems problems;
  private final Exclusions excluded;
  private final WallClock clock;
  private DateOrder order;
  private boolean orderSwitched;
  private Pending pending;
  private boolean done;
  private int records;

  /**
   * Creates a parser.
   *
   * @param lines the input lines
   * @param problems where malformed lines go
   * @param excluded where system lines and media are counted
   * @param head the first characters of the input, to infer the date order
   */
  WhatsAppParser(LineReader lines, Problems problems, Exclusions excluded, String head) {
    this.lines = lines;
    this.problems = problems;
    this.excluded = excluded;
    this.clock = new WallClock(problems);
    this.order = inferOrder(head);
  }

  /** {@return whether the line starts a message or system line of a WhatsApp export} */
  static boolean isHeader(String line) {
    return IOS.matcher(line).matches() || ANDROID.matcher(line).matches();
  }

  static DateOrder inferOrder(String head) {
    List<int[]> dates = new ArrayList<>();
    boolean dayFirst = false;
    boolean monthFirst = false;
    boolean twelveHour = false;
    for (String line : head.split("\\R")) {
      Matcher m = header(line);
      if (m == null) {
        continue;
      }
      if (m.group(1).length() >= 3) {
        return DateOrder.YEAR_FIRST;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int c = Integer.parseInt(m.group(4));
      dayFirst |= a > 12;
      monthFirst |= b > 12;
      twelveHour |= m.group(8) != null;
      dates.add(new int[] {a, b, c});
    }
    if (dayFirst != monthFirst) {
      return dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }
    boolean dayFirstMonotonic = monotonic(dates, DateOrder.DAY_FIRST);
    boolean monthFirstMonotonic = monotonic(dates, DateOrder.MONTH_FIRST);
    if (dayFirstMonotonic != monthFirstMonotonic) {
      return dayFirstMonotonic ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }
    return twelveHour ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
  }

  private static boolean monotonic(List<int[]> dates, DateOrder order) {
    LocalDate previous = LocalDate.MIN;
    for (int[] d : dates) {
      Optional<LocalDate> date = date(d[0], d[1], d[2], order);
      if (date.isEmpty() || date.get().isBefore(previous)) {
        return false;
      }
      previous = date.get();
    }
    return true;
  }

  private static Matcher header(String line) {
    Matcher ios = IOS.matcher(line);
    if (ios.matches()) {
      return ios;
    }
    Matcher android = ANDROID.matcher(line);
    return android.matches() ? android : null;
  }

  private static Optional<LocalDate> date(int a, int b, int c, DateOrder order) {
    try {
      return Optional.of(
          switch (order) {
            case DAY_FIRST -> LocalDate.of(year(c), b, a);
            case MONTH_FIRST -> LocalDate.of(year(c), a, b);
            case YEAR_FIRST -> LocalDate.of(year(a), b, c);
          });
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int year(int y) {
    return y < 100 ? 2000 + y : y;
  }

  @Override
  public Optional<Utterance> next() throws IOException {
    while (!done) {
      Optional<String> maybe = lines.next();
      if (maybe.isEmpty()) {
        done = true;
        break;
      }
      String raw = maybe.get();
      int number = lines.lineNumber();
      Matcher m = header(raw);
      if (m == null) {
        continueMessage(raw, number);
        continue;
      }
      Pending finished = pending;
      pending = start(m, raw, number);
      Optional<Utterance> u = finish(finished);
      if (u.isPresent()) {
        return u;
      }
    }
    Pending finished = pending;
    pending = null;
    return finish(finished);
  }

  private void continueMessage(String raw, int number) {
    if (pending == null) {
      if (raw.isBlank()) {
        return;
      }
      problems.report(
          number,
          1,
          "expected a WhatsApp message such as '12/01/2023, 10:15 - Name: text'"
              + " or '[12/01/2023, 10:15:42] Name: text'",
          raw);
      return;
    }
    if (pending.kind == Kind.MESSAGE) {
      pending.text.append('\n').append(BIDI_MARKS.matcher(raw).replaceAll(""));
    }
  }

  private Pending start(Matcher m, String raw, int number) {
    Optional<LocalDateTime> when = when(m, raw, number);
    if (when.isEmpty()) {
      return new Pending(Kind.SKIPPED, number, "", "", false, null, raw);
    }
    String rest = m.group(9);
    String unmarked = BIDI_MARKS.matcher(rest).replaceAll("");
    int colon = rest.indexOf(": ");
    String sender = colon > 0 ? BIDI_MARKS.matcher(rest.substring(0, colon)).replaceAll("").strip() : "";
    if (colon <= 0 || !isSender(sender)) {
      return new Pending(Kind.SYSTEM, number, "", unmarked, false, when.get(), raw);
    }
    String body = rest.substring(colon + 2);
    boolean marked = body.startsWith("\u200E");
    String text = BIDI_MARKS.matcher(body).replaceAll("");
    if (SYSTEM_TEXT.matcher(text).find() && !isMedia(text.strip(), marked)) {
      return new Pending(Kind.SYSTEM, number, sender, text, marked, when.get(), raw);
    }
    return new Pending(Kind.MESSAGE, number, sender, text, marked, when.get(), raw);
  }

  private static boolean isSender(String sender) {
    if (sender.isEmpty() || sender.length() > MAX_SENDER_CHARS) {
      return false;
    }
    for (int i = 0; i < sender.length(); i++) {
      if ("\"“”„«»".indexOf(sender.charAt(i)) >= 0) {
        return false;
      }
    }
    return sender.split("\\s+").length <= MAX_SENDER_WORDS;
  }

  private Optional<LocalDateTime> when(Matcher m, String raw, int number) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int c = Integer.parseInt(m.group(4));
    Optional<LocalDate> date = date(a, b, c, order);
    if (date.isEmpty() && order != DateOrder.YEAR_FIRST) {
      DateOrder other =
          order == DateOrder.DAY_FIRST ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
      date = date(a, b, c, other);
      if (date.isPresent() && !orderSwitched) {
        orderSwitched = true;
        problems.warn(
            number,
            1,
            "this date only fits "
                + (other == DateOrder.DAY_FIRST ? "day/month" : "month/day")
                + " order but earlier dates were read the other way; reading on in this order,"
                + " times before this line may be wrong",
            raw);
        order = other;
      }
    }
    Optional<LocalTime> time = time(m);
    if (date.isEmpty() || time.isEmpty()) {
      problems.report(
          number,
          1,
          "impossible date or time in the message header; the message is left out with its"
              + " continuation lines",
          raw);
      return Optional.empty();
    }
    return Optional.of(LocalDateTime.of(date.get(), time.get()));
  }

  private static Optional<LocalTime> time(Matcher m) {
    int hour = Integer.parseInt(m.group(5));
    int minute = Integer.parseInt(m.group(6));
    int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
    String half = m.group(8);
    if (half != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean pm = half.toLowerCase(Locale.ROOT).equals("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    try {
      return Optional.of(LocalTime.of(hour, minute, second));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private Optional<Utterance> finish(Pending p) {
    if (p == null || p.kind == Kind.SKIPPED) {
      return Optional.empty();
    }
    if (p.kind == Kind.SYSTEM) {
      excluded.system();
      return Optional.empty();
    }
    String text = p.text.toString();
    int newline = text.indexOf('\n');
    String firstLine = (newline < 0 ? text : text.substring(0, newline)).strip();
    if (isMedia(firstLine, p.marked)) {
      excluded.media(p.speaker);
      text = newline < 0 ? "" : text.substring(newline + 1);
      if (text.isBlank()) {
        return Optional.empty();
      }
    } else if (p.marked) {
      // iOS marks system lines ("Alice added Bob") with U+200E after the group name
      excluded.system();
      return Optional.empty();
    }
    text = EDITED_SUFFIX.matcher(text.strip()).replaceFirst("");
    Optional<Duration> start = clock.offset("", p.sent, problems.source(), p.line, p.header);
    records++;
    return Optional.of(
        new Utterance(records, p.line, "", p.speaker, text, start, Optional.empty()));
  }

  private static boolean isMedia(String firstLine, boolean marked) {
    return ANGLE_PLACEHOLDER.matcher(firstLine).matches()
        || FILE_ATTACHED.matcher(firstLine).matches()
        || OMITTED.matcher(firstLine).matches()
        || PLACEHOLDER_TEXT.matcher(firstLine).matches()
        || (marked && MARKED_OMITTED.matcher(firstLine).matches());
  }
}
