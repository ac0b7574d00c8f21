package org.talkbalance.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Where readers send problems in the input. A malformed record is {@linkplain #report thrown} at
 * once in strict mode and kept as a warning in lenient mode; a doubtful but usable input (such as
 * timestamps out of order) is {@linkplain #warn kept as a warning} in both modes.
 *
 * <p>At most {@value #MAX_KEPT_WARNINGS} warnings are kept so that a long broken input cannot
 * exhaust memory; the rest are counted and summarised in one last warning.
 *
 * <p>Not thread-safe; one per input.
 */
final class Problems {

  static final int MAX_KEPT_WARNINGS = 1000;

  private final String source;
  private final boolean lenient;
  private final List<InputWarning> warnings = new ArrayList<>();
  private long dropped;

  Problems(String source, boolean lenient) {
    this.source = source;
    this.lenient = lenient;
  }

  String source() {
    return source;
  }

  boolean lenient() {
    return lenient;
  }

  /**
   * Reports a malformed record.
   *
   * @throws TranscriptFormatException in strict mode
   */
  void report(int line, int column, String problem, String text) {
    report(source, line, column, problem, text);
  }

  /**
   * Reports a malformed record of a part of the input, such as a file inside an archive.
   *
   * @throws TranscriptFormatException in strict mode
   */
  void report(String where, int line, int column, String problem, String text) {
    TranscriptFormatException error =
        new TranscriptFormatException(where, line, column, problem, text);
    if (!lenient) {
      throw error;
    }
    keep(InputWarning.of(error));
  }

  /** Records a warning that does not fail the read, in either mode. */
  void warn(int line, int column, String problem, String text) {
    warn(source, line, column, problem, text);
  }

  /** Records a warning about a part of the input that does not fail the read, in either mode. */
  void warn(String where, int line, int column, String problem, String text) {
    keep(InputWarning.of(new TranscriptFormatException(where, line, column, problem, text)));
  }

  private void keep(InputWarning warning) {
    if (warnings.size() < MAX_KEPT_WARNINGS) {
      warnings.add(warning);
    } else {
      dropped++;
    }
  }

  /** {@return the number of warnings so far, kept or not} */
  long count() {
    return warnings.size() + dropped;
  }

  List<InputWarning> warnings() {
    if (dropped == 0) {
      return List.copyOf(warnings);
    }
    List<InputWarning> all = new ArrayList<>(warnings);
    InputWarning last = warnings.get(warnings.size() - 1);
    all.add(
        new InputWarning(
            source,
            last.line(),
            1,
            dropped + " more problems after this line were not kept; fix the ones above first",
            ""));
    return List.copyOf(all);
  }
}
