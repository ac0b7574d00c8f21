package org.talkbalance.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The output formats of a report.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReportFormat {
  /** A table per conversation with share bars, then a plain-language summary. */
  TEXT(new TextRenderer()),
  /** One JSON document with stable field names, units in the names, and a schema version. */
  JSON(new JsonRenderer());

  private final ReportRenderer renderer;

  ReportFormat(ReportRenderer renderer) {
    this.renderer = renderer;
  }

  /** {@return the renderer for this format} */
  public ReportRenderer renderer() {
    return renderer;
  }

  /** {@return the short name used on the command line, such as {@code json}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Looks a format up by its short name.
   *
   * @param name a short name such as {@code text}, in any case
   * @return the format, or empty if no format has that name
   */
  public static Optional<ReportFormat> byId(String name) {
    for (ReportFormat f : values()) {
      if (f.id().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
