package org.talkbalance.transcript;

import java.util.Objects;

/**
 * How many messages of one sender a reader left out of the utterances.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sender the sender's name as given by the input, never blank
 * @param messages number of messages, 1 or more
 */
public record SenderCount(String sender, int messages) {

  /** Validates the fields. */
  public SenderCount {
    Objects.requireNonNull(sender, "sender");
    if (sender.isBlank()) {
      throw new IllegalArgumentException("sender must not be blank");
    }
    if (messages < 1) {
      throw new IllegalArgumentException("messages must be 1 or more, was " + messages);
    }
  }
}
