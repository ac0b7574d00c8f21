package org.talkbalance.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rules for the speakers of a transcript: aliases merged under one name ({@code --speaker-map
 * old=new}), senders excluded as bots ({@code WhatsApp}, {@code Slackbot}, a moderation bot), and
 * anonymization ({@code --anonymize}: Speaker 1, Speaker 2… in order of first appearance).
 *
 * <pre>{@code
 * SpeakerRules rules = SpeakerRules.none()
 *     .withAlias("mum=Mom")            // the command-line form
 *     .withAlias("Mother", "Mom")      // merged with "mum"
 *     .withExcluded("Meta AI")
 *     .anonymized();
 * Transcript shared = rules.apply(transcript);
 * }</pre>
 *
 * <p>Names match after trimming, collapsing inner white space and ignoring case
 * ({@link Locale#ROOT}), so {@code alice} and {@code Alice } are one key. Aliases are applied
 * once (not chained); exclusion matches either the original or the aliased name; anonymization
 * runs last and renames bots as Bot 1, Bot 2… too. The text of utterances is left as it is, so
 * names mentioned in what people said stay visible, and so does the transcript's source name.
 *
 * <p>Immutable and thread-safe; each {@code with…} returns a new instance.
 */
public final class SpeakerRules {

  private static final SpeakerRules NONE = new SpeakerRules(Map.of(), Set.of(), false);

  private final Map<String, String> aliases;
  private final Set<String> excluded;
  private final boolean anonymize;

  private SpeakerRules(Map<String, String> aliases, Set<String> excluded, boolean anonymize) {
    this.aliases = aliases;
    this.excluded = excluded;
    this.anonymize = anonymize;
  }

  /** {@return rules that change nothing} */
  public static SpeakerRules none() {
    return NONE;
  }

  /**
   * Adds an alias in the command-line form {@code old=new}.
   *
   * @param mapping the alias, an equals sign, and the name to use (split at the first {@code =})
   * @return the rules with the alias
   * @throws IllegalArgumentException if the mapping has no {@code =} or a blank side
   * @throws IllegalStateException if the alias already maps to another name
   */
  public SpeakerRules withAlias(String mapping) {
    Objects.requireNonNull(mapping, "mapping");
    int equals = mapping.indexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException(
          "a speaker mapping is 'old=new', such as 'mum=Mom'; got '" + mapping + "'");
    }
    return withAlias(mapping.substring(0, equals), mapping.substring(equals + 1));
  }

  /**
   * Adds an alias: utterances of {@code alias} are attributed to {@code name}.
   *
   * @param alias the name as it appears in the input
   * @param name the name to use instead
   * @return the rules with the alias
   * @throws IllegalArgumentException if either name is blank
   * @throws IllegalStateException if the alias already maps to another name
   */
  public SpeakerRules withAlias(String alias, String name) {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(name, "name");
    if (alias.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException(
          "speaker names must not be blank in a mapping ('" + alias + "=" + name + "')");
    }
    String key = key(alias);
    String target = clean(name);
    String before = aliases.get(key);
    if (before != null && !before.equals(target)) {
      throw new IllegalStateException(
          "'" + alias.strip() + "' is already mapped to '" + before + "'");
    }
    Map<String, String> more = new HashMap<>(aliases);
    more.put(key, target);
    return new SpeakerRules(Map.copyOf(more), excluded, anonymize);
  }

  /**
   * Excludes a sender: its utterances are removed and counted as bot messages.
   *
   * @param sender the sender's name (original or aliased)
   * @return the rules with the exclusion
   * @throws IllegalArgumentException if the name is blank
   */
  public SpeakerRules withExcluded(String sender) {
    Objects.requireNonNull(sender, "sender");
    if (sender.isBlank()) {
      throw new IllegalArgumentException("an excluded sender's name must not be blank");
    }
    Set<String> more = new HashSet<>(excluded);
    more.add(key(sender));
    return new SpeakerRules(aliases, Set.copyOf(more), anonymize);
  }

  /**
   * Anonymizes speakers as Speaker 1, Speaker 2… in order of first appearance.
   *
   * @return the rules with anonymization
   * @throws IllegalStateException if anonymization is already on
   */
  public SpeakerRules anonymized() {
    if (anonymize) {
      throw new IllegalStateException("anonymization is already on");
    }
    return new SpeakerRules(aliases, excluded, true);
  }

  /**
   * The name a speaker gets from the aliases, before anonymization.
   *
   * @param speaker a name as in the input
   * @return the aliased name, or the name itself (trimmed) when it has no alias
   */
  public String canonicalName(String speaker) {
    Objects.requireNonNull(speaker, "speaker");
    return aliases.getOrDefault(key(speaker), speaker.strip());
  }

  /**
   * Whether a speaker is excluded, by its original or its aliased name.
   *
   * @param speaker a name as in the input
   * @return true if its utterances are removed and counted as bot messages
   */
  public boolean isExcluded(String speaker) {
    Objects.requireNonNull(speaker, "speaker");
    return excluded.contains(key(speaker)) || excluded.contains(key(canonicalName(speaker)));
  }

  /**
   * Applies the rules to a transcript. Record numbers stay as read, so every utterance can still
   * be traced to the input; excluded utterances leave gaps.
   *
   * @param transcript the transcript as read
   * @return a transcript with speakers merged, excluded and anonymized, and the excluded counts
   *     updated likewise
   */
  public Transcript apply(Transcript transcript) {
    Objects.requireNonNull(transcript, "transcript");
    Map<String, String> anonymous = new LinkedHashMap<>();
    Map<String, Integer> bots = new LinkedHashMap<>();
    for (SenderCount c : transcript.excluded().bots()) {
      bots.merge(canonicalName(c.sender()), c.messages(), Integer::sum);
    }
    List<Utterance> kept = new ArrayList<>(transcript.utterances().size());
    for (Utterance u : transcript.utterances()) {
      String name = canonicalName(u.speaker());
      if (isExcluded(u.speaker())) {
        bots.merge(name, 1, Integer::sum);
        continue;
      }
      kept.add(u.withSpeaker(anonymize ? anonymous(anonymous, name) : name));
    }
    List<SenderCount> media = new ArrayList<>();
    Map<String, Integer> mediaSums = new LinkedHashMap<>();
    for (SenderCount c : transcript.excluded().media()) {
      String name = canonicalName(c.sender());
      if (isExcluded(c.sender())) {
        bots.merge(name, c.messages(), Integer::sum);
      } else {
        mediaSums.merge(anonymize ? anonymous(anonymous, name) : name, c.messages(), Integer::sum);
      }
    }
    mediaSums.forEach((name, n) -> media.add(new SenderCount(name, n)));
    List<SenderCount> botCounts = new ArrayList<>();
    Map<String, Integer> botSums = new LinkedHashMap<>();
    int bot = 0;
    for (Map.Entry<String, Integer> e : bots.entrySet()) {
      String name = anonymize ? "Bot " + ++bot : e.getKey();
      botSums.merge(name, e.getValue(), Integer::sum);
    }
    botSums.forEach((name, n) -> botCounts.add(new SenderCount(name, n)));
    return new Transcript(
        transcript.source(),
        kept,
        transcript.warnings(),
        new ExcludedMessages(media, botCounts, transcript.excluded().system()));
  }

  private static String anonymous(Map<String, String> names, String name) {
    return names.computeIfAbsent(name, k -> "Speaker " + (names.size() + 1));
  }

  private static String clean(String name) {
    return name.strip().replaceAll("\\s+", " ");
  }

  private static String key(String name) {
    return clean(name).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "SpeakerRules{aliases=" + aliases + ", excluded=" + excluded + ", anonymize="
        + anonymize + "}";
  }
}
