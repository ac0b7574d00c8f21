package org.talkbalance.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talkbalance.language.AnnotatedUtterance;

/**
 * Accumulates talk-share in one pass over turns and backchannels.
 *
 * <pre>{@code
 * TalkShareAccumulator talk = new TalkShareAccumulator(1000, 42L, 0.95);
 * TurnBuilder turns = new TurnBuilder(true, talk);
 * annotated.forEach(turns::accept);
 * turns.finish();
 * TalkShare result = talk.result();
 * }</pre>
 *
 * <p>Memory: a few counters per speaker plus two ints per turn and backchannel, kept for the
 * bootstrap. Not thread-safe; one per conversation.
 */
public final class TalkShareAccumulator implements ConversationListener {

  private static final class Counts {
    final int index;
    int firstRecord = Integer.MAX_VALUE;
    long words;
    int turns;
    int utterances;
    int longestTurnWords;
    long turnWords;
    int backchannels;
    int fillers;
    Turn longestTurn;

    Counts(int index) {
      this.index = index;
    }
  }

  private final Bootstrap bootstrap;
  private final double confidenceLevel;
  private final Explanations explanations;
  private final Map<String, Counts> bySpeaker = new LinkedHashMap<>();
  private int[] unitSpeaker = new int[64];
  private int[] unitWords = new int[64];
  private int units;
  private int turns;
  private int switches;
  private String lastTurnSpeaker;

  /**
   * Creates an accumulator.
   *
   * @param bootstrapResamples resamples for the confidence intervals (0 for none)
   * @param seed random seed of the bootstrap
   * @param confidenceLevel confidence level of the intervals, such as 0.95
   */
  public TalkShareAccumulator(int bootstrapResamples, long seed, double confidenceLevel) {
    this(bootstrapResamples, seed, confidenceLevel, Explanations.disabled());
  }

  /**
   * Creates an accumulator that explains its backchannels and longest monologues.
   *
   * @param bootstrapResamples resamples for the confidence intervals (0 for none)
   * @param seed random seed of the bootstrap
   * @param confidenceLevel confidence level of the intervals, such as 0.95
   * @param explanations where to record the utterances behind the counts
   */
  public TalkShareAccumulator(int bootstrapResamples, long seed, double confidenceLevel,
      Explanations explanations) {
    this.explanations = java.util.Objects.requireNonNull(explanations, "explanations");
    if (bootstrapResamples < 0) {
      throw new IllegalArgumentException("bootstrapResamples must not be negative");
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidenceLevel must lie in (0, 1)");
    }
    this.bootstrap = new Bootstrap(bootstrapResamples, seed, confidenceLevel);
    this.confidenceLevel = confidenceLevel;
  }

  @Override
  public void onTurn(Turn turn) {
    Counts c = counts(turn.speaker());
    int words = turn.words();
    c.words += words;
    c.turnWords += words;
    c.turns++;
    c.utterances += turn.utterances().size();
    if (c.turns == 1 || words > c.longestTurnWords) {
      c.longestTurnWords = words;
      c.longestTurn = explanations.enabled() ? turn : null;
    }
    c.fillers += turn.fillers();
    c.firstRecord = Math.min(c.firstRecord, turn.utterances().get(0).utterance().record());
    addUnit(c.index, words);
    if (lastTurnSpeaker != null && !lastTurnSpeaker.equals(turn.speaker())) {
      switches++;
    }
    lastTurnSpeaker = turn.speaker();
    turns++;
  }

  @Override
  public void onBackchannel(AnnotatedUtterance backchannel) {
    Counts c = counts(backchannel.speaker());
    c.words += backchannel.words();
    c.utterances++;
    c.backchannels++;
    c.fillers += backchannel.fillers();
    explanations.add("backchannel", backchannel.speaker(), backchannel,
        backchannel.utterance().text(), "at most " + org.talkbalance.language.Annotator
            .MAX_BACKCHANNEL_WORDS + " words, all from the backchannel list");
    c.firstRecord = Math.min(c.firstRecord, backchannel.utterance().record());
    addUnit(c.index, backchannel.words());
  }

  private Counts counts(String speaker) {
    return bySpeaker.computeIfAbsent(speaker, k -> new Counts(bySpeaker.size()));
  }

  private void addUnit(int speaker, int words) {
    if (units == unitSpeaker.length) {
      unitSpeaker = Arrays.copyOf(unitSpeaker, units * 2);
      unitWords = Arrays.copyOf(unitWords, units * 2);
    }
    unitSpeaker[units] = speaker;
    unitWords[units] = words;
    units++;
  }

  /** {@return the talk-share of everything accumulated so far} */
  public TalkShare result() {
    if (explanations.enabled()) {
      for (Map.Entry<String, Counts> e : bySpeaker.entrySet()) {
        Turn longest = e.getValue().longestTurn;
        if (longest != null) {
          String first = longest.utterances().get(0).utterance().text().strip();
          explanations.add("longest monologue", e.getKey(), longest.utterances().get(0),
              first.length() > 120 ? first.substring(0, 119) + "…" : first,
              longest.words() + " words in " + longest.utterances().size()
                  + " utterance(s), records " + longest.utterances().get(0).utterance().record()
                  + "–" + longest.utterances().get(longest.utterances().size() - 1)
                      .utterance().record());
        }
      }
    }
    List<Map.Entry<String, Counts>> ordered = new ArrayList<>(bySpeaker.entrySet());
    int n = ordered.size();
    long[] words = new long[n];
    long totalWords = 0;
    for (Map.Entry<String, Counts> e : ordered) {
      words[e.getValue().index] = e.getValue().words;
      totalWords += e.getValue().words;
    }
    double[] shares = new double[n];
    for (int i = 0; i < n; i++) {
      shares[i] = totalWords == 0 ? 0 : (double) words[i] / totalWords;
    }
    Interval[] intervals = bootstrap.shareIntervals(unitSpeaker, unitWords, units, n, shares);
    ordered.sort(Comparator.comparingInt(e -> e.getValue().firstRecord));
    List<SpeakerTalk> speakers = new ArrayList<>(n);
    for (Map.Entry<String, Counts> e : ordered) {
      Counts c = e.getValue();
      speakers.add(
          new SpeakerTalk(
              e.getKey(),
              (int) c.words,
              shares[c.index],
              intervals[c.index],
              c.turns,
              turns == 0 ? 0 : (double) c.turns / turns,
              c.utterances,
              c.longestTurnWords,
              c.turns == 0 ? 0 : (double) c.turnWords / c.turns,
              c.backchannels,
              c.fillers));
    }
    return new TalkShare(
        speakers,
        (int) totalWords,
        turns,
        BalanceIndices.normalizedEntropy(words),
        BalanceIndices.gini(words),
        BalanceIndices.dominance(words),
        twoParty(speakers),
        totalWords == 0 ? 0 : 100.0 * switches / totalWords);
  }

  private static Optional<TwoPartyBalance> twoParty(List<SpeakerTalk> speakers) {
    if (speakers.size() != 2) {
      return Optional.empty();
    }
    SpeakerTalk a = speakers.get(0);
    SpeakerTalk b = speakers.get(1);
    long total = (long) a.words() + b.words();
    if (total == 0) {
      return Optional.empty();
    }
    SpeakerTalk larger = b.words() > a.words() ? b : a;
    SpeakerTalk smaller = larger == a ? b : a;
    int largerPercent = (int) Math.round(100.0 * larger.words() / total);
    return Optional.of(
        new TwoPartyBalance(
            larger.speaker(),
            smaller.speaker(),
            largerPercent,
            100 - largerPercent,
            (double) larger.words() / total));
  }

  /** {@return the confidence level of the intervals, such as 0.95} */
  public double confidenceLevel() {
    return confidenceLevel;
  }
}
