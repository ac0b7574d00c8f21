package org.talkbalance.language;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.talkbalance.internal.LexicalTokenizer;

/**
 * Recognises follow-up questions: questions that pick up what the other speaker just said, either
 * by repeating one of its content words ("I got a puppy." – "What breed is the puppy?") or by
 * pointing back to it with a short anaphoric question ("What happened then?", "Why?", "How did that
 * go?"). Huang et al. (2017) found that follow-up questions, more than other questions, make the
 * asker liked.
 *
 * <pre>{@code
 * Optional<String> cue = QuestionFollowUp.cue(question, previousTurnSentences);
 * cue.isPresent(); // a follow-up; the cue says why ("picks up 'puppy'")
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
public final class QuestionFollowUp {

  /** Longest question, in words, that can pick up the previous turn by an anaphor alone. */
  public static final int MAX_ANAPHORIC_WORDS = 7;

  /** Words that point back to what was just said. */
  private static final Set<String> ANAPHORS =
      Set.of(
          "that", "it", "this", "those", "these", "then", "there", "he", "she", "they", "him",
          "her", "them", "his", "their", "so", "that's", "it's", "he's", "she's", "they're",
          "there's");

  /** Whole questions that only make sense as a reaction to the previous turn. */
  private static final Set<String> ELLIPTICAL =
      Set.of(
          "why",
          "how",
          "how come",
          "how so",
          "like what",
          "such as",
          "what for",
          "and then",
          "then what",
          "and then what",
          "what happened",
          "what kind",
          "which one",
          "what else",
          "why not",
          "who",
          "where",
          "when",
          "what do you mean",
          "meaning",
          "for example",
          "for instance",
          "like",
          "really why",
          "since when",
          "what about it");

  /** Function words, light verbs and fillers: overlap on them is not a pick-up. */
  private static final Set<String> STOP =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "but",
          "so",
          "if",
          "then",
          "than",
          "that",
          "this",
          "these",
          "those",
          "there",
          "here",
          "it",
          "its",
          "it's",
          "i",
          "me",
          "my",
          "mine",
          "we",
          "us",
          "our",
          "you",
          "your",
          "yours",
          "he",
          "him",
          "his",
          "she",
          "her",
          "they",
          "them",
          "their",
          "what",
          "who",
          "whom",
          "whose",
          "which",
          "where",
          "when",
          "why",
          "how",
          "is",
          "am",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "do",
          "does",
          "did",
          "done",
          "doing",
          "have",
          "has",
          "had",
          "having",
          "can",
          "could",
          "will",
          "would",
          "shall",
          "should",
          "may",
          "might",
          "must",
          "not",
          "no",
          "yes",
          "yeah",
          "oh",
          "well",
          "uh",
          "um",
          "like",
          "just",
          "really",
          "very",
          "too",
          "also",
          "about",
          "of",
          "in",
          "on",
          "at",
          "to",
          "for",
          "from",
          "with",
          "by",
          "as",
          "into",
          "out",
          "up",
          "down",
          "over",
          "all",
          "any",
          "some",
          "get",
          "got",
          "go",
          "going",
          "went",
          "gone",
          "know",
          "think",
          "thought",
          "mean",
          "say",
          "said",
          "make",
          "made",
          "want",
          "see",
          "seen",
          "come",
          "take",
          "thing",
          "things",
          "something",
          "anything",
          "everything",
          "nothing",
          "one",
          "ones",
          "lot",
          "kind",
          "sort",
          "way",
          "time",
          "good",
          "okay",
          "ok",
          "right",
          "sure",
          "now",
          "still",
          "much",
          "many",
          "more",
          "most",
          "other",
          "else",
          "again",
          "ever",
          "never",
          "always",
          "don't",
          "didn't",
          "doesn't",
          "isn't",
          "wasn't",
          "aren't",
          "can't",
          "won't",
          "i'm",
          "you're",
          "that's",
          "what's",
          "let",
          "let's",
          "gonna",
          "wanna",
          "guess",
          "pretty",
          "maybe",
          "actually",
          "tell",
          "told",
          "feel",
          "happen",
          "happened",
          "people",
          "because",
          "hmm",
          "mm",
          "huh",
          "wow",
          "ah",
          "er");

  private QuestionFollowUp() {}

  /**
   * Finds what makes a question a follow-up of the other speaker's previous turn.
   *
   * @param question a sentence; only a {@linkplain Sentence#isQuestion() question} can be a
   *     follow-up
   * @param previousTurn the sentences of the other speaker's turn just before the question, in
   *     order; empty if there was none
   * @return why the question is a follow-up ("picks up 'puppy'", "anaphoric: what happened then"),
   *     or empty if it is not one
   */
  public static Optional<String> cue(Sentence question, List<Sentence> previousTurn) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(previousTurn, "previousTurn");
    if (!question.isQuestion() || previousTurn.isEmpty()) {
      return Optional.empty();
    }
    List<String> words = LexicalTokenizer.lowerCaseWords(question.text());
    Set<String> previous = new HashSet<>();
    for (Sentence s : previousTurn) {
      for (String w : LexicalTokenizer.lowerCaseWords(s.text())) {
        if (isContent(w)) {
          previous.add(stem(w));
        }
      }
    }
    for (String w : words) {
      if (isContent(w) && previous.contains(stem(w))) {
        return Optional.of("picks up '" + w + "'");
      }
    }
    List<String> core = withoutMarkers(words);
    String joined = String.join(" ", core);
    if (ELLIPTICAL.contains(joined)) {
      return Optional.of("elliptical: " + joined);
    }
    if (!core.isEmpty() && core.size() <= MAX_ANAPHORIC_WORDS) {
      for (String w : core) {
        if (ANAPHORS.contains(w)) {
          return Optional.of("anaphoric: " + joined);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a question picks up the other speaker's previous turn.
   *
   * @param question a sentence
   * @param previousTurn the other speaker's previous turn, in order; empty if there was none
   * @return whether {@link #cue} finds a reason
   */
  public static boolean isFollowUp(Sentence question, List<Sentence> previousTurn) {
    return cue(question, previousTurn).isPresent();
  }

  private static boolean isContent(String word) {
    return word.length() >= 3 && !STOP.contains(word) && Character.isLetter(word.charAt(0));
  }

  private static List<String> withoutMarkers(List<String> words) {
    int start = 0;
    while (start < words.size()
        && (QuestionLexicon.MARKERS.contains(words.get(start))
            || QuestionLexicon.FILLERS.contains(words.get(start)))
        && !words.get(start).equals("like")) {
      start++;
    }
    return words.subList(start, words.size());
  }

  /** A crude English stem: enough to match "puppy" with "puppies" and "move" with "moved". */
  static String stem(String word) {
    String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      return trimE(w.substring(0, w.length() - 3));
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return trimE(w.substring(0, w.length() - 2));
    }
    if (w.length() > 4
        && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return trimE(w.substring(0, w.length() - 1));
    }
    return trimE(w);
  }

  /** Drops a final silent "e" so that "move", "moved" and "moving" meet at "mov". */
  private static String trimE(String w) {
    return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
  }
}
