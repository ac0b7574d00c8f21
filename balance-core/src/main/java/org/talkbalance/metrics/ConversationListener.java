package org.talkbalance.metrics;

import java.util.List;
import org.talkbalance.language.AnnotatedUtterance;

/**
 * Receives a conversation as the {@link TurnBuilder} resolves it: each turn once it is complete, and
 * each backchannel once it is known not to open a turn of its own.
 *
 * <p>Implementations are accumulators; they need not be thread-safe.
 */
public interface ConversationListener {

  /**
   * Called for each completed turn, in conversation order.
   *
   * @param turn the turn
   */
  void onTurn(Turn turn);

  /**
   * Called for each backchannel ("yeah", "mm-hmm") given during another speaker's turn.
   *
   * @param backchannel the backchannel utterance
   */
  void onBackchannel(AnnotatedUtterance backchannel);

  /**
   * A listener that passes every event to each of the given listeners, in order.
   *
   * @param listeners the listeners
   * @return the combined listener
   */
  static ConversationListener all(List<? extends ConversationListener> listeners) {
    List<ConversationListener> copy = List.copyOf(listeners);
    return new ConversationListener() {
      @Override
      public void onTurn(Turn turn) {
        for (ConversationListener l : copy) {
          l.onTurn(turn);
        }
      }

      @Override
      public void onBackchannel(AnnotatedUtterance backchannel) {
        for (ConversationListener l : copy) {
          l.onBackchannel(backchannel);
        }
      }
    };
  }
}
