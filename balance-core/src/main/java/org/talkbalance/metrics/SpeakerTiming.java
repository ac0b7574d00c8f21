package org.talkbalance.metrics;

import java.util.Objects;

/**
 * One speaker's timing, from utterance start and end times.
 *
 * <p>Immutable and thread-safe. Figures that need end times (durations) are 0 when the input has
 * only start times; latency figures are NaN when the speaker never responded to another.
 *
 * @param speaker the speaker's name
 * @param speakingSeconds seconds of the speaker's utterances (end − start), backchannels included
 * @param speakingTimeShare share of all speaking time, 0–1 (denominator: speech only)
 * @param conversationTimeShare share of the whole conversation, 0–1 (denominator: first start to
 *     last end, silence included)
 * @param longestMonologueSeconds longest turn, from its first start to its last end, in seconds
 * @param wordsPerMinute pace: words per minute of the speaker's own speaking time (0 without
 *     durations)
 * @param responses turns that answered another speaker's turn (every turn after the first one
 *     that follows a different speaker)
 * @param medianLatencySeconds median gap between the previous speaker's end (or start, for chats
 *     without end times) and this speaker's start, in seconds; negative when overlapping
 * @param p90LatencySeconds 90th percentile of the same gaps, in seconds
 * @param interruptions turns this speaker started before the previous speaker's turn ended
 *     (backchannels never count)
 * @param overlapSeconds seconds of those interruptions that overlapped the other's speech
 * @param conversationsStarted times this speaker spoke first after a gap longer than the
 *     configured threshold (the very first utterance counts)
 */
public record SpeakerTiming(
    String speaker,
    double speakingSeconds,
    double speakingTimeShare,
    double conversationTimeShare,
    double longestMonologueSeconds,
    double wordsPerMinute,
    int responses,
    double medianLatencySeconds,
    double p90LatencySeconds,
    int interruptions,
    double overlapSeconds,
    int conversationsStarted) {

  /** Validates the fields. */
  public SpeakerTiming {
    Objects.requireNonNull(speaker, "speaker");
    if (responses < 0 || interruptions < 0 || conversationsStarted < 0) {
      throw new IllegalArgumentException("counts must not be negative for " + speaker);
    }
  }
}
