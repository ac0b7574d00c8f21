package org.talkbalance.transcript;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV transcripts with a header row: {@code speaker} and {@code text} required (any case, any
 * order); {@code conversation}, {@code start}, {@code end} and {@code timestamp} (a synonym of start)
 * optional. Times are {@code hh:mm:ss[.fff]}, {@code mm:ss} or decimal seconds.
 *
 * <p>Not thread-safe; one per input.
 */
final class CsvParser implements UtteranceParser {

  private final Problems problems;
  private final int maxFieldChars;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final int speaker;
  private final int text;
  private final int conversation;
  private final int start;
  private final int end;
  private int count;

  CsvParser(Reader in, Problems problems, int maxFieldChars) throws IOException {
    this.problems = problems;
    this.maxFieldChars = maxFieldChars;
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setTrim(true)
            .get();
    this.parser = CsvTables.open(in, format, problems);
    Map<String, Integer> header = parser.getHeaderMap();
    if (header == null || header.isEmpty()) {
      throw new TranscriptFormatException(
          problems.source(), 1, 1, "empty CSV input; expected a header row 'speaker,text'", "");
    }
    this.speaker = CsvTables.column(header, "speaker");
    this.text = CsvTables.column(header, "text");
    if (speaker < 0 || text < 0) {
      throw new TranscriptFormatException(
          problems.source(),
          1,
          1,
          "the CSV header must name the columns 'speaker' and 'text' (found: "
              + String.join(",", header.keySet())
              + ")",
          String.join(",", header.keySet()));
    }
    this.conversation = CsvTables.column(header, "conversation");
    int startColumn = CsvTables.column(header, "start");
    this.start = startColumn >= 0 ? startColumn : CsvTables.column(header, "timestamp");
    this.end = CsvTables.column(header, "end");
    this.records = parser.iterator();
  }


  @Override
  public Optional<Utterance> next() throws IOException {
    while (true) {
      CSVRecord record;
      long lineBefore = parser.getCurrentLineNumber() + 1;
      try {
        if (!records.hasNext()) {
          return Optional.empty();
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        throw new TranscriptFormatException(
            problems.source(),
            (int) lineBefore,
            1,
            "malformed CSV (" + why + "); check for an unclosed quote",
            "");
      }
      int line = (int) Math.max(1, lineBefore);
      Optional<Utterance> u = toUtterance(record, line);
      if (u.isPresent()) {
        return u;
      }
    }
  }

  private Optional<Utterance> toUtterance(CSVRecord record, int line) {
    int needed = Math.max(speaker, text);
    if (record.size() <= needed) {
      problems.report(
          line,
          1,
          "row has " + record.size() + " fields but the header names at least " + (needed + 1),
          String.join(",", record.toList()));
      return Optional.empty();
    }
    String who = record.get(speaker);
    String said = record.get(text);
    if (who.isBlank()) {
      problems.report(line, 1, "empty speaker; every row needs a speaker name", said);
      return Optional.empty();
    }
    if (said.length() > maxFieldChars) {
      problems.report(
          line, 1, "text is longer than " + maxFieldChars + " characters", said.substring(0, 80));
      return Optional.empty();
    }
    Optional<Duration> from = time(record, start, line, "start");
    Optional<Duration> to = time(record, end, line, "end");
    if (from == null || to == null) {
      return Optional.empty();
    }
    String conv = conversation >= 0 && conversation < record.size() ? record.get(conversation) : "";
    count++;
    return Optional.of(new Utterance(count, line, conv, who.strip(), said, from, to));
  }

  /** Returns null (after reporting) when the time is present but malformed. */
  private Optional<Duration> time(CSVRecord record, int column, int line, String name) {
    if (column < 0 || column >= record.size() || record.get(column).isBlank()) {
      return Optional.empty();
    }
    Optional<Duration> t = Timestamps.parse(record.get(column));
    if (t.isEmpty()) {
      problems.report(
          line,
          1,
          "cannot read the " + name + " time '" + record.get(column)
              + "'; use hh:mm:ss, mm:ss or seconds",
          String.join(",", record.toList()));
      return null;
    }
    return t;
  }
}
