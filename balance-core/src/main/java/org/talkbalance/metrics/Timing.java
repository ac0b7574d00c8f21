package org.talkbalance.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Timing of a conversation whose utterances carry start times (and, for speech, end times).
 *
 * <pre>{@code
 * report.timing().ifPresent(t -> System.out.println(t.silenceShare()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param speakers per-speaker timing, in order of first appearance
 * @param hasDurations true when utterances carry end times, so durations, time shares, pace,
 *     overlap and silence are measured; false for start times only (chat exports), where only
 *     latencies and conversation starts are
 * @param conversationSeconds from the first start to the last end (or start), in seconds
 * @param speakingSeconds total speaking time, overlaps counted once per speaker, in seconds
 * @param silenceShare share of the conversation in which nobody spoke, 0–1 (0 without durations)
 * @param interruptions interruptions by everyone
 * @param conversationGap the gap after which the next utterance starts a new conversation
 */
public record Timing(
    List<SpeakerTiming> speakers,
    boolean hasDurations,
    double conversationSeconds,
    double speakingSeconds,
    double silenceShare,
    int interruptions,
    Duration conversationGap) {

  /** Copies the list and checks the fields. */
  public Timing {
    speakers = List.copyOf(speakers);
    Objects.requireNonNull(conversationGap, "conversationGap");
  }
}
