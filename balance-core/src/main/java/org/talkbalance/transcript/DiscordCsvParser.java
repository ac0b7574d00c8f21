package org.talkbalance.transcript;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads DiscordChatExporter CSV exports: a header {@code AuthorID,Author,Date,Content,Attachments,
 * Reactions}, one quoted row per message (a message may span lines).
 *
 * <p>The speaker is {@code Author} (with any {@code #1234} discriminator kept); the time is
 * {@code Date}, in ISO-8601 with an offset as current versions write it, or the
 * {@code 12-Jan-23 10:15 AM} form of older versions (taken as UTC). A row with attachments is also
 * counted as media; a row without text is only counted. The CSV export marks neither bots nor
 * system messages, so both are read as utterances; prefer the JSON export when that matters.
 *
 * <p>Not thread-safe; one per input.
 */
final class DiscordCsvParser implements UtteranceParser {

  private static final DateTimeFormatter OLD_DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("dd-MMM-yy h:mm a")
          .toFormatter(Locale.ENGLISH);

  private final Problems problems;
  private final Exclusions excluded;
  private final int maxFieldChars;
  private final WallClock clock;
  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;
  private final int author;
  private final int date;
  private final int content;
  private final int attachments;
  private int records;

  DiscordCsvParser(Reader in, Problems problems, Exclusions excluded, int maxFieldChars)
      throws IOException {
    this.problems = problems;
    this.excluded = excluded;
    this.maxFieldChars = maxFieldChars;
    this.clock = new WallClock(problems);
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
            .get();
    this.parser = CsvTables.open(in, format, problems);
    Map<String, Integer> header = parser.getHeaderMap();
    this.author = CsvTables.column(header, "author");
    this.date = CsvTables.column(header, "date");
    this.content = CsvTables.column(header, "content");
    this.attachments = CsvTables.column(header, "attachments");
    if (author < 0 || content < 0) {
      throw new TranscriptFormatException(
          problems.source(),
          1,
          1,
          "a DiscordChatExporter CSV needs the columns Author and Content"
              + " (header: AuthorID,Author,Date,Content,Attachments,Reactions)",
          header == null ? "" : String.join(",", header.keySet()));
    }
    this.rows = parser.iterator();
  }

  static boolean isHeader(String line) {
    List<String> names =
        List.of(line.replace("\"", "").replace("\uFEFF", "").toLowerCase(Locale.ROOT).split(","));
    return names.stream().map(String::strip).toList().containsAll(List.of("author", "date", "content"));
  }


  @Override
  public Optional<Utterance> next() throws IOException {
    while (true) {
      long lineBefore = parser.getCurrentLineNumber() + 1;
      CSVRecord row;
      try {
        if (!rows.hasNext()) {
          return Optional.empty();
        }
        row = rows.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        throw new TranscriptFormatException(
            problems.source(),
            (int) Math.min(Integer.MAX_VALUE, lineBefore),
            1,
            "malformed CSV (" + why + "); check for an unclosed quote",
            "");
      }
      int line = (int) Math.min(Integer.MAX_VALUE, Math.max(1, lineBefore));
      Optional<Utterance> u = toUtterance(row, line);
      if (u.isPresent()) {
        return u;
      }
    }
  }

  private Optional<Utterance> toUtterance(CSVRecord row, int line) {
    String excerpt = String.join(",", row.toList());
    if (row.size() <= Math.max(author, content)) {
      problems.report(
          line, 1, "row has " + row.size() + " fields, fewer than the header names", excerpt);
      return Optional.empty();
    }
    String name = row.get(author).strip();
    String text = row.get(content).replace("\r\n", "\n").strip();
    if (name.isEmpty()) {
      problems.report(line, 1, "row without an Author", excerpt);
      return Optional.empty();
    }
    if (text.length() > maxFieldChars) {
      problems.report(line, 1, "Content is longer than " + maxFieldChars + " characters", excerpt);
      return Optional.empty();
    }
    Optional<Instant> sent = Optional.empty();
    if (date >= 0 && date < row.size() && !row.get(date).isBlank()) {
      Optional<Instant> at = instant(row.get(date));
      if (at.isEmpty()) {
        problems.report(
            line,
            1,
            "cannot read the Date '" + row.get(date) + "'; expected ISO-8601 such as"
                + " 2023-01-12T10:15:00.000+00:00",
            excerpt);
        return Optional.empty();
      }
      sent = at;
    }
    boolean media =
        attachments >= 0 && attachments < row.size() && !row.get(attachments).isBlank();
    if (media || text.isEmpty()) {
      excluded.media(name);
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Duration> start =
        sent.flatMap(t -> clock.offset("", t, problems.source(), line, excerpt));
    records++;
    return Optional.of(new Utterance(records, line, "", name, text, start, Optional.empty()));
  }

  private static Optional<Instant> instant(String text) {
    Optional<Instant> iso = Json.instant(text);
    if (iso.isPresent()) {
      return iso;
    }
    try {
      return Optional.of(LocalDateTime.parse(text.strip(), OLD_DATE).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
