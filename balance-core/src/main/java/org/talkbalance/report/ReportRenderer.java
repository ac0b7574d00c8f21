package org.talkbalance.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.talkbalance.BalanceReport;

/**
 * Writes reports in one output format.
 *
 * <pre>{@code
 * ReportFormat.TEXT.renderer().render(List.of(report), writer);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ReportRenderer {

  /**
   * Writes the reports to a writer, which is flushed but not closed.
   *
   * @param reports the reports, one per conversation
   * @param out where to write
   * @throws IOException if writing fails
   */
  void render(List<BalanceReport> reports, Writer out) throws IOException;
}
