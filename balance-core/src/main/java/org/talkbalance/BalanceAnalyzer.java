package org.talkbalance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.talkbalance.language.Annotator;
import org.talkbalance.metrics.ConversationListener;
import org.talkbalance.metrics.DisclosureAccumulator;
import org.talkbalance.metrics.Explanations;
import org.talkbalance.metrics.QuestionAccumulator;
import org.talkbalance.metrics.TalkShareAccumulator;
import org.talkbalance.metrics.TimingAccumulator;
import org.talkbalance.metrics.TurnBuilder;
import org.talkbalance.transcript.ReadOptions;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.TranscriptReader;
import org.talkbalance.transcript.Utterance;

/**
 * Analyses transcripts into {@link BalanceReport}s.
 *
 * <pre>{@code
 * BalanceAnalyzer analyzer = BalanceAnalyzer.builder()
 *     .bootstrapResamples(2000)
 *     .build();
 * for (BalanceReport report : analyzer.analyzeFile(Path.of("meeting.csv"))) {
 *   System.out.println(report.talkShare().balance());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it; every call works on its own state.
 */
public final class BalanceAnalyzer {

  private final boolean mergeTurns;
  private final int bootstrapResamples;
  private final long seed;
  private final double confidenceLevel;
  private final ReadOptions readOptions;
  private final Duration conversationGap;
  private final boolean explain;
  private final int reciprocityWindowTurns;
  private final Annotator annotator = Annotator.standard();

  private BalanceAnalyzer(Builder b) {
    this.mergeTurns = b.mergeTurns;
    this.bootstrapResamples = b.bootstrapResamples;
    this.seed = b.seed;
    this.confidenceLevel = b.confidenceLevel;
    this.readOptions = b.readOptions;
    this.conversationGap = b.conversationGap;
    this.explain = b.explain;
    this.reciprocityWindowTurns = b.reciprocityWindowTurns;
  }

  /**
   * {@return a builder with the defaults: merged turns, 1000 resamples, seed 42, 95% intervals, a
   * one-hour gap between chat conversations}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses a transcript as one conversation, whatever conversation identifiers it holds.
   *
   * @param transcript the transcript
   * @return the report
   */
  public BalanceReport analyze(Transcript transcript) {
    Objects.requireNonNull(transcript, "transcript");
    Explanations explanations = explain ? Explanations.collecting() : Explanations.disabled();
    TalkShareAccumulator talk =
        new TalkShareAccumulator(bootstrapResamples, seed, confidenceLevel, explanations);
    QuestionAccumulator questions = new QuestionAccumulator(explanations);
    DisclosureAccumulator disclosures =
        new DisclosureAccumulator(reciprocityWindowTurns, explanations);
    TimingAccumulator timing = new TimingAccumulator(conversationGap);
    TurnBuilder turns = new TurnBuilder(mergeTurns,
        ConversationListener.all(List.of(talk, questions, disclosures, timing)));
    for (Utterance u : transcript.utterances()) {
      turns.accept(annotator.annotate(u));
    }
    turns.finish();
    return new BalanceReport(
        transcript.source(),
        transcript.conversation(),
        transcript.utterances().size(),
        talk.result(),
        questions.result(),
        disclosures.result(),
        timing.result(),
        transcript.excluded(),
        transcript.warnings(),
        explanations.list());
  }

  /**
   * Reads a file (format detected from its content) and analyses each conversation in it.
   *
   * @param path the transcript file
   * @return one report per conversation, in order of first appearance
   * @throws IOException if the file cannot be read
   * @throws org.talkbalance.transcript.TranscriptFormatException if the file is malformed
   */
  public List<BalanceReport> analyzeFile(Path path) throws IOException {
    Transcript transcript = TranscriptReader.read(path, readOptions);
    List<BalanceReport> reports = new ArrayList<>();
    for (Transcript conversation : transcript.conversations()) {
      reports.add(analyze(conversation));
    }
    return List.copyOf(reports);
  }

  /** {@return the read options used by {@link #analyzeFile}} */
  public ReadOptions readOptions() {
    return readOptions;
  }

  /**
   * Configures a {@link BalanceAnalyzer}. Each option may be set once; a bad value is rejected with
   * {@link IllegalArgumentException}, a second setting with {@link IllegalStateException}.
   *
   * <p>Not thread-safe; the analyzer it builds is.
   */
  public static final class Builder {
    private boolean mergeTurns = true;
    private int bootstrapResamples = 1000;
    private long seed = 42L;
    private double confidenceLevel = 0.95;
    private ReadOptions readOptions = ReadOptions.defaults();
    private Duration conversationGap = Duration.ofHours(1);
    private boolean explain;
    private int reciprocityWindowTurns = DisclosureAccumulator.DEFAULT_WINDOW_TURNS;
    private final java.util.Set<String> set = new java.util.HashSet<>();

    private Builder() {}

    private void once(String option) {
      if (!set.add(option)) {
        throw new IllegalStateException(option + " was already set");
      }
    }

    /**
     * Whether consecutive utterances of one speaker merge into one turn (default true).
     *
     * @param merge false to make each utterance a turn of its own
     * @return this builder
     */
    public Builder mergeTurns(boolean merge) {
      once("mergeTurns");
      this.mergeTurns = merge;
      return this;
    }

    /**
     * Resamples for bootstrap confidence intervals (default 1000; 0 turns them off).
     *
     * @param resamples 0 to 1,000,000
     * @return this builder
     */
    public Builder bootstrapResamples(int resamples) {
      once("bootstrapResamples");
      if (resamples < 0 || resamples > 1_000_000) {
        throw new IllegalArgumentException("bootstrapResamples must lie in 0..1000000");
      }
      this.bootstrapResamples = resamples;
      return this;
    }

    /**
     * Seed of the bootstrap's random generator (default 42), so results are reproducible.
     *
     * @param newSeed any value
     * @return this builder
     */
    public Builder seed(long newSeed) {
      once("seed");
      this.seed = newSeed;
      return this;
    }

    /**
     * Confidence level of the intervals (default 0.95).
     *
     * @param level a fraction strictly between 0 and 1
     * @return this builder
     */
    public Builder confidenceLevel(double level) {
      once("confidenceLevel");
      if (!(level > 0 && level < 1)) {
        throw new IllegalArgumentException("confidenceLevel must lie strictly between 0 and 1");
      }
      this.confidenceLevel = level;
      return this;
    }

    /**
     * How files are read by {@link BalanceAnalyzer#analyzeFile} (default strict).
     *
     * @param options strictness and limits
     * @return this builder
     */
    public Builder readOptions(ReadOptions options) {
      once("readOptions");
      this.readOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Silence after which the next message starts a new conversation, for counting who starts
     * conversations in chat exports (default 1 hour).
     *
     * @param gap a positive duration
     * @return this builder
     */
    public Builder conversationGap(Duration gap) {
      once("conversationGap");
      Objects.requireNonNull(gap, "gap");
      if (gap.isNegative() || gap.isZero()) {
        throw new IllegalArgumentException("conversationGap must be positive");
      }
      this.conversationGap = gap;
      return this;
    }

    /**
     * Whether reports keep the utterance and rule behind each count (default false, so memory
     * does not grow with the transcript).
     *
     * @param keep true to fill {@link BalanceReport#explanations()}
     * @return this builder
     */
    public Builder explain(boolean keep) {
      once("explain");
      this.explain = keep;
      return this;
    }

    /**
     * The k of disclosure reciprocity: how many turns after a disclosure a reply still counts as
     * returning it (default 2).
     *
     * @param turns 1 to 100
     * @return this builder
     */
    public Builder reciprocityWindowTurns(int turns) {
      once("reciprocityWindowTurns");
      if (turns < 1 || turns > 100) {
        throw new IllegalArgumentException("reciprocityWindowTurns must lie in 1..100");
      }
      this.reciprocityWindowTurns = turns;
      return this;
    }

    /** {@return the analyzer} */
    public BalanceAnalyzer build() {
      return new BalanceAnalyzer(this);
    }
  }
}
