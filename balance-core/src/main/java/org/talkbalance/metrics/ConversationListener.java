package org.talkbalance.metrics;

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
}
