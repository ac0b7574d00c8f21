package org.talkbalance.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.talkbalance.language.AnnotatedUtterance;
import org.talkbalance.transcript.Utterance;

/**
 * Accumulates timing in one pass over turns and backchannels: speaking time and time shares (over
 * speech only and over the whole conversation), longest monologue in seconds, pace, response
 * latency, interruptions and overlap, silence, and who starts a conversation after a long gap.
 *
 * <p>Definitions follow DESIGN.md: latency is the gap between the end of one speaker's turn and
 * the start of the next speaker's turn (start to start for chats without end times); an
 * interruption is a turn that starts before the previous turn ends, and since backchannels are
 * not turns they never interrupt (Zoom / Revenue.io interruption rules).
 *
 * <p>Memory: a few counters per speaker, one latency per turn and two numbers per timed
 * utterance (for silence). Not thread-safe; one per conversation.
 */
public final class TimingAccumulator implements ConversationListener {

  private static final double NANOS = 1e9;

  private static final class Counts {
    final int firstRecord;
    double speakingSeconds;
    long timedWords;
    double longestTurnSeconds;
    double[] latencies = new double[8];
    int responses;
    int interruptions;
    double overlapSeconds;
    int conversationsStarted;

    Counts(int firstRecord) {
      this.firstRecord = firstRecord;
    }

    void addLatency(double seconds) {
      if (responses == latencies.length) {
        latencies = Arrays.copyOf(latencies, responses * 2);
      }
      latencies[responses++] = seconds;
    }
  }

  private final Duration conversationGap;
  private final Map<String, Counts> bySpeaker = new LinkedHashMap<>();
  private double[] intervalStarts = new double[64];
  private double[] intervalEnds = new double[64];
  private int intervals;
  private int timestamped;
  private int withDurations;
  private double firstStart = Double.POSITIVE_INFINITY;
  private double lastTime = Double.NEGATIVE_INFINITY;
  private String previousSpeaker;
  private double previousTurnEnd = Double.NaN;
  private double previousTurnLastStart = Double.NaN;
  private double lastSeen = Double.NaN;

  /**
   * Creates an accumulator.
   *
   * @param conversationGap silence after which the next speaker is counted as starting a new
   *     conversation (chat exports; default 1 hour in {@code BalanceAnalyzer})
   */
  public TimingAccumulator(Duration conversationGap) {
    Objects.requireNonNull(conversationGap, "conversationGap");
    if (conversationGap.isNegative() || conversationGap.isZero()) {
      throw new IllegalArgumentException("conversationGap must be positive");
    }
    this.conversationGap = conversationGap;
  }

  @Override
  public void onTurn(Turn turn) {
    Counts c = counts(turn.utterances().get(0).utterance());
    double turnStart = Double.NaN;
    double speechStart = Double.NaN;
    double turnEnd = Double.NaN;
    double lastStart = Double.NaN;
    for (AnnotatedUtterance a : turn.utterances()) {
      Utterance u = a.utterance();
      if (u.start().isEmpty()) {
        continue;
      }
      double start = seconds(u.start().get());
      if (Double.isNaN(turnStart)) {
        turnStart = start;
      }
      if (Double.isNaN(speechStart) && !a.backchannel()) {
        speechStart = start;
      }
      lastStart = start;
      if (!Double.isNaN(lastSeen) && start - lastSeen > conversationGap.toNanos() / NANOS) {
        c.conversationsStarted++;
      } else if (Double.isNaN(lastSeen)) {
        c.conversationsStarted++;
      }
      double end = record(c, a);
      turnEnd = Double.isNaN(end) ? turnEnd : Math.max(Double.isNaN(turnEnd) ? end : turnEnd, end);
      lastSeen = Double.isNaN(end) ? start : Math.max(start, end);
    }
    if (Double.isNaN(turnStart)) {
      return;
    }
    if (!Double.isNaN(turnEnd)) {
      c.longestTurnSeconds = Math.max(c.longestTurnSeconds, turnEnd - turnStart);
    }
    if (previousSpeaker != null && !previousSpeaker.equals(turn.speaker())) {
      double reference = Double.isNaN(previousTurnEnd) ? previousTurnLastStart : previousTurnEnd;
      if (!Double.isNaN(reference)) {
        c.addLatency(turnStart - reference);
      }
      // a "yeah" that opens the turn may overlap; only the first real utterance can interrupt
      double interruptAt = Double.isNaN(speechStart) ? turnStart : speechStart;
      if (!Double.isNaN(previousTurnEnd) && interruptAt < previousTurnEnd) {
        c.interruptions++;
        double overlapEnd = Double.isNaN(turnEnd) ? previousTurnEnd
            : Math.min(previousTurnEnd, turnEnd);
        c.overlapSeconds += Math.max(0, overlapEnd - interruptAt);
      }
    }
    previousSpeaker = turn.speaker();
    previousTurnEnd = turnEnd;
    previousTurnLastStart = lastStart;
  }

  @Override
  public void onBackchannel(AnnotatedUtterance backchannel) {
    Utterance u = backchannel.utterance();
    if (u.start().isPresent()) {
      record(counts(u), backchannel);
    }
  }

  /** Records one timed utterance; returns its end in seconds, or NaN without an end time. */
  private double record(Counts c, AnnotatedUtterance a) {
    Utterance u = a.utterance();
    double start = seconds(u.start().orElseThrow());
    timestamped++;
    firstStart = Math.min(firstStart, start);
    lastTime = Math.max(lastTime, start);
    if (u.end().isEmpty()) {
      return Double.NaN;
    }
    double end = Math.max(start, seconds(u.end().get()));
    withDurations++;
    lastTime = Math.max(lastTime, end);
    c.speakingSeconds += end - start;
    c.timedWords += a.words();
    if (intervals == intervalStarts.length) {
      intervalStarts = Arrays.copyOf(intervalStarts, intervals * 2);
      intervalEnds = Arrays.copyOf(intervalEnds, intervals * 2);
    }
    intervalStarts[intervals] = start;
    intervalEnds[intervals] = end;
    intervals++;
    return end;
  }

  private Counts counts(Utterance u) {
    return bySpeaker.computeIfAbsent(u.speaker(), k -> new Counts(u.record()));
  }

  private static double seconds(Duration d) {
    return d.toNanos() / NANOS;
  }

  /** {@return the timing, or empty when no utterance carried a start time} */
  public Optional<Timing> result() {
    if (timestamped == 0) {
      return Optional.empty();
    }
    boolean hasDurations = withDurations * 2 >= timestamped;
    double conversationSeconds = Math.max(0, lastTime - firstStart);
    double speaking = 0;
    for (Counts c : bySpeaker.values()) {
      speaking += c.speakingSeconds;
    }
    List<Map.Entry<String, Counts>> ordered = new ArrayList<>(bySpeaker.entrySet());
    ordered.sort(Comparator.comparingInt(e -> e.getValue().firstRecord));
    Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    List<SpeakerTiming> speakers = new ArrayList<>();
    int interruptions = 0;
    for (Map.Entry<String, Counts> e : ordered) {
      Counts c = e.getValue();
      double median = Double.NaN;
      double p90 = Double.NaN;
      if (c.responses > 0) {
        percentile.setData(c.latencies, 0, c.responses);
        median = percentile.evaluate(50);
        p90 = percentile.evaluate(90);
      }
      interruptions += c.interruptions;
      speakers.add(new SpeakerTiming(
          e.getKey(),
          c.speakingSeconds,
          speaking == 0 ? 0 : c.speakingSeconds / speaking,
          conversationSeconds == 0 ? 0 : Math.min(1, c.speakingSeconds / conversationSeconds),
          c.longestTurnSeconds,
          c.speakingSeconds == 0 ? 0 : c.timedWords / (c.speakingSeconds / 60),
          c.responses,
          median,
          p90,
          c.interruptions,
          c.overlapSeconds,
          c.conversationsStarted));
    }
    double silence = hasDurations && conversationSeconds > 0
        ? Math.max(0, 1 - covered() / conversationSeconds) : 0;
    return Optional.of(new Timing(speakers, hasDurations, conversationSeconds, speaking, silence,
        interruptions, conversationGap));
  }

  /** Seconds covered by at least one utterance (the union of the timed intervals). */
  private double covered() {
    Integer[] order = new Integer[intervals];
    for (int i = 0; i < intervals; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> intervalStarts[i]));
    double total = 0;
    double runStart = Double.NaN;
    double runEnd = Double.NaN;
    for (int i : order) {
      if (Double.isNaN(runEnd) || intervalStarts[i] > runEnd) {
        if (!Double.isNaN(runEnd)) {
          total += runEnd - runStart;
        }
        runStart = intervalStarts[i];
        runEnd = intervalEnds[i];
      } else {
        runEnd = Math.max(runEnd, intervalEnds[i]);
      }
    }
    if (!Double.isNaN(runEnd)) {
      total += runEnd - runStart;
    }
    return total;
  }
}
