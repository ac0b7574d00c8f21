package org.talkbalance.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkbalance.language.AnnotatedUtterance;
import org.talkbalance.language.QuestionAnnotation;
import org.talkbalance.language.QuestionFollowUp;
import org.talkbalance.language.Sentence;

/**
 * Accumulates question figures in one pass over turns and backchannels (DESIGN.md, "Questions").
 * A question is answered when the next turn belongs to another speaker; a follow-up picks up the
 * turn just before it, held by another speaker.
 *
 * <p>Memory: counters per speaker and the sentences of the last turn. Not thread-safe; one per
 * conversation.
 */
public final class QuestionAccumulator implements ConversationListener {

  private static final class Counts {
    final int firstRecord;
    int asked;
    long words;
    int turns;
    int answered;
    int open;
    int support;
    int followUps;
    QuestionTypeCounts types = QuestionTypeCounts.NONE;
    int requests;
    int rhetorical;
    int backchannelQuestions;
    int repairs;

    Counts(int firstRecord) {
      this.firstRecord = firstRecord;
    }
  }

  private final Map<String, Counts> bySpeaker = new LinkedHashMap<>();
  private Turn previous;
  private int previousQuestions;

  private final Explanations explanations;

  /** Creates an accumulator that keeps no explanations. */
  public QuestionAccumulator() {
    this(Explanations.disabled());
  }

  /**
   * Creates an accumulator.
   *
   * @param explanations where to record the sentence behind each counted question
   */
  public QuestionAccumulator(Explanations explanations) {
    this.explanations = java.util.Objects.requireNonNull(explanations, "explanations");
  }

  @Override
  public void onTurn(Turn turn) {
    Counts c = counts(turn.speaker(), turn.utterances().get(0));
    c.turns++;
    c.words += turn.words();
    if (previous != null && !previous.speaker().equals(turn.speaker())) {
      counts(previous.speaker(), previous.utterances().get(0)).answered += previousQuestions;
    }
    List<Sentence> previousTurn = previous == null || previous.speaker().equals(turn.speaker())
        ? List.of() : sentences(previous);
    int questions = 0;
    for (AnnotatedUtterance u : turn.utterances()) {
      for (Sentence s : u.sentences()) {
        QuestionAnnotation q = s.question();
        switch (q.kind()) {
          case QUESTION -> {
            questions++;
            c.asked++;
            c.types = c.types.plus(q.type().orElseThrow());
            c.open += q.open() ? 1 : 0;
            c.support += q.support() ? 1 : 0;
            java.util.Optional<String> followUp = QuestionFollowUp.cue(s, previousTurn);
            c.followUps += followUp.isPresent() ? 1 : 0;
            explain(turn.speaker(), u, s, q, followUp);
          }
          case REQUEST -> c.requests++;
          case RHETORICAL -> c.rhetorical++;
          case BACKCHANNEL -> c.backchannelQuestions++;
          case REPAIR -> c.repairs++;
          case NONE -> { }
        }
        if (q.kind() != org.talkbalance.language.QuestionKind.QUESTION
            && q.kind() != org.talkbalance.language.QuestionKind.NONE) {
          explanations.add("not a question", turn.speaker(), u, s.text(),
              q.kind().name().toLowerCase(java.util.Locale.ROOT) + " (cue: " + q.cue() + ")");
        }
      }
    }
    previous = turn;
    previousQuestions = questions;
  }

  @Override
  public void onBackchannel(AnnotatedUtterance backchannel) {
    Counts c = counts(backchannel.speaker(), backchannel);
    c.words += backchannel.words();
    for (Sentence s : backchannel.sentences()) {
      if (s.question().kind() != org.talkbalance.language.QuestionKind.NONE) {
        // "really?" during another's turn: question-shaped, never a question
        c.backchannelQuestions++;
      }
    }
  }

  private void explain(String speaker, AnnotatedUtterance u, Sentence s, QuestionAnnotation q,
      java.util.Optional<String> followUp) {
    if (!explanations.enabled()) {
      return;
    }
    StringBuilder reason = new StringBuilder(
        q.type().orElseThrow().name().toLowerCase(java.util.Locale.ROOT))
        .append(q.open() ? ", open" : ", closed");
    if (q.support()) {
      reason.append(", support");
    }
    followUp.ifPresent(f -> reason.append(", follow-up: ").append(f));
    reason.append(" (cue: ").append(q.cue()).append(')');
    explanations.add("question", speaker, u, s.text(), reason.toString());
  }

  private static List<Sentence> sentences(Turn turn) {
    List<Sentence> out = new ArrayList<>();
    for (AnnotatedUtterance u : turn.utterances()) {
      out.addAll(u.sentences());
    }
    return out;
  }

  private Counts counts(String speaker, AnnotatedUtterance first) {
    return bySpeaker.computeIfAbsent(speaker, k -> new Counts(first.utterance().record()));
  }

  /** {@return the question figures of everything accumulated so far} */
  public Questions result() {
    List<Map.Entry<String, Counts>> ordered = new ArrayList<>(bySpeaker.entrySet());
    ordered.sort(Comparator.comparingInt(e -> e.getValue().firstRecord));
    int total = 0;
    long[] asked = new long[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      asked[i] = ordered.get(i).getValue().asked;
      total += ordered.get(i).getValue().asked;
    }
    List<SpeakerQuestions> speakers = new ArrayList<>();
    for (Map.Entry<String, Counts> e : ordered) {
      Counts c = e.getValue();
      speakers.add(new SpeakerQuestions(
          e.getKey(),
          c.asked,
          c.words == 0 ? Double.NaN : 100.0 * c.asked / c.words,
          c.turns == 0 ? Double.NaN : (double) c.asked / c.turns,
          total == 0 ? Double.NaN : (double) c.asked / total,
          c.answered,
          c.asked == 0 ? Double.NaN : (double) c.answered / c.asked,
          c.open,
          c.asked - c.open,
          c.asked == 0 ? Double.NaN : (double) c.open / c.asked,
          c.support,
          c.followUps,
          c.types,
          c.requests,
          c.rhetorical,
          c.backchannelQuestions,
          c.repairs));
    }
    return new Questions(speakers, total, BalanceIndices.normalizedEntropy(asked));
  }
}
