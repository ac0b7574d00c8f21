package org.talkbalance.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Messages of a chat export that are not utterances but are counted, so that nothing is dropped
 * silently: media and other placeholders per speaker, messages of bots per sender, and system lines.
 *
 * <pre>{@code
 * Transcript t = TranscriptReader.read(Path.of("WhatsApp Chat.txt"), ReadOptions.defaults());
 * int photos = t.excluded().mediaOf("Alice"); // "<Media omitted>" lines of Alice
 * }</pre>
 *
 * <ul>
 *   <li><b>media</b>: a message whose content is not in the export, counted for its sender and
 *       kept out of the words: attachments ({@code <Media omitted>}, {@code image omitted},
 *       {@code <attached: …>}, files, photos, stickers, voice notes, locations, polls), missed calls
 *       and deleted messages ({@code This message was deleted}). A caption sent with a file is an
 *       utterance and the file is counted here as well.
 *   <li><b>bots</b>: messages of senders marked as bots by the export (Slack {@code bot_message},
 *       Discord {@code isBot}) or excluded by {@link SpeakerRules#withExcluded}.
 *   <li><b>system</b>: lines written by the platform rather than a person, with or without a
 *       sender: encryption notices, joins, leaves, renames, topic changes, IRC join/part/quit lines.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param media media and placeholder messages per speaker, in order of first appearance
 * @param bots messages of bots and excluded senders per sender, in order of first appearance
 * @param system number of system lines, 0 or more
 */
public record ExcludedMessages(List<SenderCount> media, List<SenderCount> bots, int system) {

  private static final ExcludedMessages NONE = new ExcludedMessages(List.of(), List.of(), 0);

  /** Validates the fields and copies the lists. */
  public ExcludedMessages {
    media = List.copyOf(media);
    bots = List.copyOf(bots);
    if (system < 0) {
      throw new IllegalArgumentException("system must be 0 or more, was " + system);
    }
    requireDistinct(media, "media");
    requireDistinct(bots, "bots");
  }

  private static void requireDistinct(List<SenderCount> counts, String what) {
    if (counts.stream().map(SenderCount::sender).distinct().count() != counts.size()) {
      throw new IllegalArgumentException(what + " names a sender twice: " + counts);
    }
  }

  /** {@return no excluded messages} */
  public static ExcludedMessages none() {
    return NONE;
  }

  /**
   * The media and placeholder messages of one speaker.
   *
   * @param speaker the speaker's name as in the utterances
   * @return the count, 0 if none
   */
  public int mediaOf(String speaker) {
    return countOf(media, speaker);
  }

  /**
   * The excluded messages of one bot or excluded sender.
   *
   * @param sender the sender's name
   * @return the count, 0 if none
   */
  public int botsOf(String sender) {
    return countOf(bots, sender);
  }

  private static int countOf(List<SenderCount> counts, String sender) {
    Objects.requireNonNull(sender, "sender");
    for (SenderCount c : counts) {
      if (c.sender().equals(sender)) {
        return c.messages();
      }
    }
    return 0;
  }

  /** {@return all excluded messages: media, bots and system lines} */
  public long total() {
    long sum = system;
    for (SenderCount c : media) {
      sum += c.messages();
    }
    for (SenderCount c : bots) {
      sum += c.messages();
    }
    return sum;
  }

  /** {@return whether nothing was excluded} */
  public boolean isEmpty() {
    return media.isEmpty() && bots.isEmpty() && system == 0;
  }

  /**
   * Adds the counts of another input, as when several transcripts are analysed together.
   *
   * @param other the counts to add
   * @return the sums per sender, senders of this first
   */
  public ExcludedMessages plus(ExcludedMessages other) {
    Objects.requireNonNull(other, "other");
    return new ExcludedMessages(
        merge(media, other.media, UnaryOperator.identity()),
        merge(bots, other.bots, UnaryOperator.identity()),
        Math.addExact(system, other.system));
  }

  /**
   * These counts with senders renamed, summing the counts of senders that get the same name.
   *
   * @param rename the new name of each sender
   * @return the renamed counts
   */
  public ExcludedMessages withSendersRenamed(UnaryOperator<String> rename) {
    Objects.requireNonNull(rename, "rename");
    return new ExcludedMessages(
        merge(media, List.of(), rename), merge(bots, List.of(), rename), system);
  }

  private static List<SenderCount> merge(
      List<SenderCount> a, List<SenderCount> b, UnaryOperator<String> rename) {
    Map<String, Integer> sums = new LinkedHashMap<>();
    for (List<SenderCount> list : List.of(a, b)) {
      for (SenderCount c : list) {
        sums.merge(rename.apply(c.sender()), c.messages(), Math::addExact);
      }
    }
    List<SenderCount> out = new ArrayList<>(sums.size());
    sums.forEach((sender, n) -> out.add(new SenderCount(sender, n)));
    return out;
  }
}
