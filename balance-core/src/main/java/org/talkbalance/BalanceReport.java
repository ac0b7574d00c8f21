package org.talkbalance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.talkbalance.metrics.Disclosures;
import org.talkbalance.metrics.Explanation;
import org.talkbalance.metrics.Questions;
import org.talkbalance.metrics.TalkShare;
import org.talkbalance.metrics.Timing;
import org.talkbalance.transcript.ExcludedMessages;
import org.talkbalance.transcript.InputWarning;

/**
 * The measurements of one conversation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source name of the input the conversation came from
 * @param conversation conversation identifier given by the input, or the empty string
 * @param utterances number of input utterances analysed
 * @param talkShare who talked how much
 * @param questions who asked, what kind, and whether it was answered
 * @param disclosures who opened up, how deeply, who supported whom, and whether disclosure was
 *     returned
 * @param timing time shares, latency, interruptions and silence, present when the input carries
 *     timestamps
 * @param excluded chat messages that are not speech (media, bots, system lines), counted so that
 *     nothing is lost silently
 * @param warnings input lines a lenient read skipped, and doubtful input (such as timestamps out
 *     of order), so that nothing is lost silently
 * @param explanations the utterances and rules behind the counts, in conversation order; empty
 *     unless the analyzer was built with {@code explain(true)}
 */
public record BalanceReport(
    String source,
    String conversation,
    int utterances,
    TalkShare talkShare,
    Questions questions,
    Disclosures disclosures,
    Optional<Timing> timing,
    ExcludedMessages excluded,
    List<InputWarning> warnings,
    List<Explanation> explanations) {

  /** Version of the report's JSON schema; raised whenever a field changes meaning or goes away. */
  public static final int SCHEMA_VERSION = 3;

  /** Validates the fields and copies the list. */
  public BalanceReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(talkShare, "talkShare");
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(disclosures, "disclosures");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(excluded, "excluded");
    warnings = List.copyOf(warnings);
    explanations = List.copyOf(explanations);
  }
}
