package org.talkbalance.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.talkbalance.language.AnnotatedUtterance;

/**
 * Builds turns from utterances in conversation order. Consecutive utterances of one speaker merge
 * into one turn; a backchannel by another speaker does not end the turn and is reported separately
 * (MITI's "volley" rule). A backchannel followed by more from the same speaker opens that speaker's
 * turn instead ("Yeah. I think…").
 *
 * <pre>{@code
 * TurnBuilder turns = new TurnBuilder(true, listener);
 * annotated.forEach(turns::accept);
 * turns.finish();
 * }</pre>
 *
 * <p>Holds only the open turn and the backchannels that follow it. Not thread-safe; one per
 * conversation.
 */
public final class TurnBuilder {

  private final boolean merge;
  private final ConversationListener listener;
  private final List<AnnotatedUtterance> current = new ArrayList<>();
  private final List<AnnotatedUtterance> pending = new ArrayList<>();
  private String currentSpeaker;
  private int nextIndex;

  /**
   * Creates a builder.
   *
   * @param merge true to merge consecutive utterances of one speaker into one turn; false to make
   *     each non-backchannel utterance a turn of its own
   * @param listener receives the turns and backchannels
   */
  public TurnBuilder(boolean merge, ConversationListener listener) {
    this.merge = merge;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Adds the next utterance of the conversation.
   *
   * @param utterance the utterance, annotated
   */
  public void accept(AnnotatedUtterance utterance) {
    Objects.requireNonNull(utterance, "utterance");
    String speaker = utterance.speaker();
    if (currentSpeaker == null) {
      open(List.of(), utterance);
      return;
    }
    if (speaker.equals(currentSpeaker)) {
      flushPendingAsBackchannels();
      if (merge) {
        current.add(utterance);
      } else {
        open(List.of(), utterance);
      }
      return;
    }
    if (utterance.backchannel()) {
      pending.add(utterance);
      return;
    }
    List<AnnotatedUtterance> opening = new ArrayList<>();
    for (AnnotatedUtterance p : pending) {
      if (merge && p.speaker().equals(speaker)) {
        opening.add(p);
      } else {
        listener.onBackchannel(p);
      }
    }
    pending.clear();
    open(opening, utterance);
  }

  /** Ends the conversation: emits the open turn and any trailing backchannels. */
  public void finish() {
    flushPendingAsBackchannels();
    emitCurrent();
  }

  private void open(List<AnnotatedUtterance> opening, AnnotatedUtterance utterance) {
    emitCurrent();
    current.addAll(opening);
    current.add(utterance);
    currentSpeaker = utterance.speaker();
  }

  private void flushPendingAsBackchannels() {
    for (AnnotatedUtterance p : pending) {
      listener.onBackchannel(p);
    }
    pending.clear();
  }

  private void emitCurrent() {
    if (!current.isEmpty()) {
      listener.onTurn(new Turn(nextIndex++, currentSpeaker, current));
      current.clear();
    }
  }
}
