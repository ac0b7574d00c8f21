package org.talkbalance.transcript;

import java.io.IOException;
import java.util.Optional;

/** A format-specific source of utterances. Not thread-safe; one per input. */
interface UtteranceParser {

  /**
   * Parses the next utterance.
   *
   * @return the utterance, or empty at the end of the input
   * @throws IOException if reading fails
   * @throws TranscriptFormatException if the input is malformed and the read is strict
   */
  Optional<Utterance> next() throws IOException;
}
