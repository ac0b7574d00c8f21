package org.talkbalance.transcript;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * What the CSV readers share: opening a Commons CSV parser, which reads the header row in its
 * constructor, with a broken header reported as a {@link TranscriptFormatException}; and finding a
 * column by name.
 *
 * <p>Stateless; thread-safe.
 */
final class CsvTables {

  private CsvTables() {}

  /**
   * Opens a parser that has read the header row.
   *
   * @throws TranscriptFormatException if the header cannot be read
   * @throws IOException if reading fails
   */
  static CSVParser open(Reader in, CSVFormat format, Problems problems) throws IOException {
    try {
      return CSVParser.builder().setReader(in).setFormat(format).get();
    } catch (IllegalArgumentException | UncheckedIOException | CSVException e) {
      // Commons CSV reports a broken header as an IOException subclass or an unchecked exception
      throw new TranscriptFormatException(
          problems.source(),
          1,
          1,
          "malformed CSV header (" + e.getMessage() + "); check for an unclosed quote or a"
              + " repeated column name",
          "");
    }
  }

  /**
   * Finds a column by name, ignoring case and surrounding spaces.
   *
   * @param header the parser's header map, possibly null for an empty input
   * @param name the lowercase column name
   * @return the column index, or -1 when there is no such column
   */
  static int column(Map<String, Integer> header, String name) {
    if (header == null) {
      return -1;
    }
    for (Map.Entry<String, Integer> e : header.entrySet()) {
      if (e.getKey() != null && e.getKey().strip().toLowerCase(Locale.ROOT).equals(name)) {
        return e.getValue();
      }
    }
    return -1;
  }
}
