package org.talkbalance.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running tally of messages a reader leaves out of the utterances; see
 * {@link ExcludedMessages} for what each count means.
 *
 * <p>Not thread-safe; one per input.
 */
final class Exclusions {

  private final Map<String, Integer> media = new LinkedHashMap<>();
  private final Map<String, Integer> bots = new LinkedHashMap<>();
  private int system;

  /** Counts a media or placeholder message of a speaker. */
  void media(String speaker) {
    media.merge(speaker.isBlank() ? "(unknown)" : speaker.strip(), 1, Integer::sum);
  }

  /** Counts a message of a bot. */
  void bot(String sender) {
    bots.merge(sender.isBlank() ? "(bot)" : sender.strip(), 1, Integer::sum);
  }

  /** Counts a system line. */
  void system() {
    system++;
  }

  ExcludedMessages snapshot() {
    return new ExcludedMessages(counts(media), counts(bots), system);
  }

  private static List<SenderCount> counts(Map<String, Integer> map) {
    List<SenderCount> out = new ArrayList<>(map.size());
    map.forEach((name, n) -> out.add(new SenderCount(name, n)));
    return out;
  }
}
