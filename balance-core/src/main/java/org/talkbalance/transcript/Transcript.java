package org.talkbalance.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A transcript: the utterances of one input in input order, with the warnings of a lenient read.
 *
 * <pre>{@code
 * Transcript t = new Transcript("dinner.txt", List.of(
 *     Utterance.of(1, "Alice", "How was your day?"),
 *     Utterance.of(2, "Bob", "Long. I missed you.")), List.of());
 * t.speakers(); // [Alice, Bob]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param source name of the input (a file name, or {@code <stdin>})
 * @param utterances the utterances in input order
 * @param warnings lines a lenient reader skipped, in input order; empty for a strict read
 */
public record Transcript(String source, List<Utterance> utterances, List<InputWarning> warnings) {

  /** Validates the fields and copies the lists. */
  public Transcript {
    Objects.requireNonNull(source, "source");
    utterances = List.copyOf(utterances);
    warnings = List.copyOf(warnings);
  }

  /** {@return the distinct speaker names in order of first appearance} */
  public List<String> speakers() {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (Utterance u : utterances) {
      names.add(u.speaker());
    }
    return List.copyOf(names);
  }

  /**
   * Splits the transcript by {@link Utterance#conversation()}, in order of first appearance.
   * Record numbers are kept as in the whole input so that every utterance can still be traced to
   * its place; the warnings go with the first conversation.
   *
   * @return one transcript per conversation; this transcript alone if it holds one conversation
   */
  public List<Transcript> conversations() {
    Map<String, List<Utterance>> byConversation = new LinkedHashMap<>();
    for (Utterance u : utterances) {
      byConversation.computeIfAbsent(u.conversation(), k -> new ArrayList<>()).add(u);
    }
    if (byConversation.size() <= 1) {
      return List.of(this);
    }
    List<Transcript> parts = new ArrayList<>();
    for (List<Utterance> part : byConversation.values()) {
      parts.add(new Transcript(source, part, parts.isEmpty() ? warnings : List.of()));
    }
    return List.copyOf(parts);
  }

  /** {@return the conversation identifier of the first utterance, or the empty string} */
  public String conversation() {
    return utterances.isEmpty() ? "" : utterances.get(0).conversation();
  }
}
