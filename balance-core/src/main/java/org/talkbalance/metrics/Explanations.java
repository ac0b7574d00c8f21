package org.talkbalance.metrics;

import java.util.ArrayList;
import java.util.List;
import org.talkbalance.language.AnnotatedUtterance;

/**
 * Collects {@link Explanation}s while accumulators run, or ignores them when explanations are off
 * so that memory does not grow with the transcript.
 *
 * <pre>{@code
 * Explanations log = Explanations.collecting();
 * QuestionAccumulator questions = new QuestionAccumulator(log);
 * ...
 * log.list();
 * }</pre>
 *
 * <p>Not thread-safe; one per conversation.
 */
public final class Explanations {

  private final boolean enabled;
  private final List<Explanation> entries = new ArrayList<>();

  private Explanations(boolean enabled) {
    this.enabled = enabled;
  }

  /** {@return a log that keeps every explanation} */
  public static Explanations collecting() {
    return new Explanations(true);
  }

  /** {@return a log that keeps nothing} */
  public static Explanations disabled() {
    return new Explanations(false);
  }

  /** {@return whether explanations are kept} */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Records why a count went up.
   *
   * @param metric what was counted
   * @param speaker whose count it is
   * @param evidence the utterance counted
   * @param text the sentence or excerpt counted
   * @param reason the rule and its cue
   */
  public void add(String metric, String speaker, AnnotatedUtterance evidence, String text,
      String reason) {
    if (enabled) {
      entries.add(new Explanation(metric, speaker, evidence.utterance().record(),
          evidence.utterance().line(), text, reason));
    }
  }

  /** {@return the explanations kept so far, in the order they were recorded} */
  public List<Explanation> list() {
    return List.copyOf(entries);
  }
}
