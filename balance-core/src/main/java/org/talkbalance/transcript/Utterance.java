package org.talkbalance.transcript;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of the input: a line of a plain transcript, a row of a CSV file, a chat message.
 *
 * <pre>{@code
 * Utterance u = Utterance.of(1, "Alice", "How was your day?");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param record 1-based position of this utterance among the utterances of its input
 * @param line 1-based line of the input where the utterance starts (for a Slack export, the line
 *     in its channel's daily file)
 * @param conversation conversation identifier given by the input (a CSV column, a Slack channel,
 *     a ConvoKit conversation id, a chat of a Telegram account export), or the empty string when
 *     the input does not name conversations
 * @param speaker the speaker's name as given (trimmed), never blank
 * @param text what was said, as given, including any transcript markup; never null
 * @param start offset of the start of the utterance from the start of the recording, if known;
 *     for chat exports, which give wall-clock times, the offset from the first utterance of the
 *     same conversation (negative only when the input is out of order, which readers warn about)
 * @param end offset of the end of the utterance from the start of the recording, if known
 */
public record Utterance(
    int record,
    int line,
    String conversation,
    String speaker,
    String text,
    Optional<Duration> start,
    Optional<Duration> end) {

  /** Validates the fields. */
  public Utterance {
    if (record < 1) {
      throw new IllegalArgumentException("record must be 1 or more, was " + record);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (speaker.isBlank()) {
      throw new IllegalArgumentException("speaker must not be blank (record " + record + ")");
    }
  }

  /**
   * An untimed utterance of a single-conversation input whose record number is also its line.
   *
   * @param record 1-based position in the input
   * @param speaker speaker name
   * @param text what was said
   * @return the utterance
   */
  public static Utterance of(int record, String speaker, String text) {
    return new Utterance(record, record, "", speaker, text, Optional.empty(), Optional.empty());
  }

  /**
   * This utterance with another speaker name, for renaming and anonymizing speakers.
   *
   * @param newSpeaker the new name
   * @return a copy with {@code speaker} replaced
   */
  public Utterance withSpeaker(String newSpeaker) {
    return new Utterance(record, line, conversation, newSpeaker, text, start, end);
  }

  /**
   * This utterance with another record number, for renumbering after a transcript is split.
   *
   * @param newRecord the new 1-based record number
   * @return a copy with {@code record} replaced
   */
  public Utterance withRecord(int newRecord) {
    return new Utterance(newRecord, line, conversation, speaker, text, start, end);
  }
}
