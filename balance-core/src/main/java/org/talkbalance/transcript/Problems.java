package org.talkbalance.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Where readers send malformed records: thrown at once in strict mode, kept as warnings in lenient
 * mode.
 *
 * <p>Not thread-safe; one per input.
 */
final class Problems {

  private final String source;
  private final boolean lenient;
  private final List<InputWarning> warnings = new ArrayList<>();

  Problems(String source, boolean lenient) {
    this.source = source;
    this.lenient = lenient;
  }

  String source() {
    return source;
  }

  /**
   * Reports a malformed record.
   *
   * @throws TranscriptFormatException in strict mode
   */
  void report(int line, int column, String problem, String text) {
    TranscriptFormatException error =
        new TranscriptFormatException(source, line, column, problem, text);
    if (!lenient) {
      throw error;
    }
    warnings.add(InputWarning.of(error));
  }

  List<InputWarning> warnings() {
    return List.copyOf(warnings);
  }
}
