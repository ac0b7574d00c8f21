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
 * @param warnings lines a lenient reader skipped, and doubtful but usable input such as timestamps
 *     out of order (kept in both modes), in the order they were found
 * @param excluded chat messages that are not utterances (media, bots, system lines), counted
 */
public record Transcript(
    String source,
    List<Utterance> utterances,
    List<InputWarning> warnings,
    ExcludedMessages excluded) {

  /** Validates the fields and copies the lists. */
  public Transcript {
    Objects.requireNonNull(source, "source");
    utterances = List.copyOf(utterances);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(excluded, "excluded");
  }

  /**
   * A transcript without excluded messages.
   *
   * @param source name of the input
   * @param utterances the utterances in input order
   * @param warnings the warnings of the read
   */
  public Transcript(String source, List<Utterance> utterances, List<InputWarning> warnings) {
    this(source, utterances, warnings, ExcludedMessages.none());
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
   * its place; the warnings and excluded messages go with the first conversation.
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
      boolean first = parts.isEmpty();
      parts.add(
          new Transcript(
              source,
              part,
              first ? warnings : List.of(),
              first ? excluded : ExcludedMessages.none()));
    }
    return List.copyOf(parts);
  }

  /** {@return the conversation identifier of the first utterance, or the empty string} */
  public String conversation() {
    return utterances.isEmpty() ? "" : utterances.get(0).conversation();
  }
}
