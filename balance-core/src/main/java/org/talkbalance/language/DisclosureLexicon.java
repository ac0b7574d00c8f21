package org.talkbalance.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talkbalance.internal.WordLists;

/**
 * The project's disclosure and support lexicons, loaded from categorized word lists (lines of the
 * form {@code category: phrase}), with a matcher that finds every phrase in a sentence's tokens
 * with one hash lookup per token. {@link DisclosureDetector} and {@link SupportDetector} share one pass.
 *
 * <p>A phrase is a sequence of words separated by single spaces. Inside a phrase, {@code {name}}
 * stands for any phrase of the category {@code name} (a word class, such as {@code {hardship}}) and
 * {@code {end}} matches, without consuming a token, the end of the sentence or a punctuation mark.
 * Phrases of a <em>loose</em> list ({@code support-acts.txt}) also match with intensifiers in
 * between ("that sounds really hard") and without their apostrophes ("youre not alone"), as chat
 * often spells; the other lists match word for word.
 *
 * <p>Immutable and thread-safe.
 */
final class DisclosureLexicon {

  /** A phrase found in tokens {@code [start, end)}. */
  record Match(int start, int end, DisclosureCue category) {}

  /**
   * A phrase after its first word, compiled: {@code words[k]} is a literal word, or null where
   * {@code slots[k]} holds the word class (its phrases by first word) or {@link #END_SLOT}.
   */
  private record Phrase(
      String[] words, List<Map<String, List<String[]>>> slots, DisclosureCue category,
      boolean loose) {}

  /**
   * What a first word can start: single-word categories as bits, and longer phrases indexed by
   * their second word (a literal), or listed apart when their second part is a slot.
   */
  private record Entry(
      long singles, Map<String, List<Phrase>> bySecondWord, List<Phrase> slotSecond) {

    boolean hasPhrases() {
      return !bySecondWord.isEmpty() || !slotSecond.isEmpty();
    }
  }

  private static final String END = "{end}";
  private static final Map<String, List<String[]>> END_SLOT = Map.of();
  private static final DisclosureCue[] CATEGORIES = DisclosureCue.values();
  private static final long SKIPPED_IN_LOOSE = 1L << DisclosureCue.INTENSIFIER.ordinal();

  private final Map<String, Entry> byFirstWord;

  private DisclosureLexicon(Map<String, Entry> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  /** {@return the lexicon of the project's three lists, loaded once} */
  static DisclosureLexicon standard() {
    return Standard.LEXICON;
  }

  private static final class Standard {
    static final DisclosureLexicon LEXICON =
        load(
            List.of("disclosure-cues.txt", "disclosure-emotions.txt"),
            List.of("support-acts.txt"));
  }

  /**
   * Normalizes a token for lookup: lowercase in {@link Locale#ROOT}, curly apostrophes straight.
   *
   * @param token a token as the tokenizer returns it
   * @return the lookup form; the token itself when it is already lowercase ASCII
   */
  static String normalize(String token) {
    if (token.equals("I")) {
      return "i"; // the commonest capital by far
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c > 0x7f || (c >= 'A' && c <= 'Z')) {
        return token.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
      }
    }
    return token;
  }

  /**
   * Loads categorized word lists that lie beside this class.
   *
   * @param strict lists whose phrases match word for word
   * @param loose lists whose phrases allow intensifiers in between and missing apostrophes
   * @return the lexicon
   * @throws IllegalStateException if a list is missing or names an unknown category or word class
   */
  static DisclosureLexicon load(List<String> strict, List<String> loose) {
    Map<DisclosureCue, List<String[]>> entries = new EnumMap<>(DisclosureCue.class);
    Map<DisclosureCue, Boolean> looseCategories = new EnumMap<>(DisclosureCue.class);
    List<String> resources = new ArrayList<>(strict);
    resources.addAll(loose);
    for (String resource : resources) {
      boolean isLoose = loose.contains(resource);
      for (String line : WordLists.load(DisclosureLexicon.class, resource)) {
        int colon = line.indexOf(": ");
        if (colon <= 0) {
          throw new IllegalStateException(
              resource + ": expected \"category: phrase\", got " + line);
        }
        DisclosureCue category = category(line.substring(0, colon), resource);
        Boolean previous = looseCategories.put(category, isLoose);
        if (previous != null && previous != isLoose) {
          throw new IllegalStateException(
              resource + ": category " + category + " is also in a list of the other kind");
        }
        String[] parts = line.substring(colon + 2).strip().split(" +");
        if (isSlot(parts[0])) {
          throw new IllegalStateException(resource + ": a phrase must start with a word: " + line);
        }
        entries.computeIfAbsent(category, c -> new ArrayList<>()).add(parts);
      }
    }
    Map<String, Long> singles = new HashMap<>();
    Map<String, List<Phrase>> phrases = new HashMap<>();
    for (Map.Entry<DisclosureCue, List<String[]>> e : entries.entrySet()) {
      boolean isLoose = looseCategories.get(e.getKey());
      for (String[] parts : e.getValue()) {
        Phrase phrase = parts.length == 1 ? null : compile(parts, e.getKey(), entries, isLoose);
        for (String first : forms(parts[0], isLoose)) {
          if (phrase == null) {
            singles.merge(first, 1L << e.getKey().ordinal(), (a, b) -> a | b);
          } else {
            phrases.computeIfAbsent(first, w -> new ArrayList<>()).add(phrase);
          }
        }
      }
    }
    Map<String, Entry> byFirstWord = new HashMap<>();
    singles.forEach((w, bits) -> byFirstWord.put(w, new Entry(bits, Map.of(), List.of())));
    phrases.forEach(
        (w, list) -> {
          Map<String, List<Phrase>> bySecond = new HashMap<>();
          List<Phrase> slotSecond = new ArrayList<>();
          for (Phrase phrase : list) {
            String second = phrase.words()[0];
            if (second == null) {
              slotSecond.add(phrase);
              continue;
            }
            for (String form : forms(second, phrase.loose())) {
              bySecond.computeIfAbsent(form, x -> new ArrayList<>()).add(phrase);
            }
          }
          bySecond.replaceAll((x, l) -> List.copyOf(l));
          byFirstWord.put(
              w, new Entry(singles.getOrDefault(w, 0L), bySecond, List.copyOf(slotSecond)));
        });
    return new DisclosureLexicon(byFirstWord);
  }

  /** A word, and without its apostrophes too when they are optional. */
  private static List<String> forms(String word, boolean apostropheOptional) {
    return apostropheOptional && word.indexOf('\'') >= 0
        ? List.of(word, word.replace("'", ""))
        : List.of(word);
  }

  private static Phrase compile(
      String[] parts,
      DisclosureCue category,
      Map<DisclosureCue, List<String[]>> entries,
      boolean loose) {
    String[] words = new String[parts.length - 1];
    List<Map<String, List<String[]>>> slots = new ArrayList<>(parts.length - 1);
    for (int k = 1; k < parts.length; k++) {
      String part = parts[k];
      if (!isSlot(part)) {
        words[k - 1] = part;
        slots.add(null);
      } else if (part.equals(END)) {
        slots.add(END_SLOT);
      } else {
        DisclosureCue wordClass =
            category(part.substring(1, part.length() - 1), "word class " + part);
        Map<String, List<String[]>> members = new HashMap<>();
        for (String[] member : entries.getOrDefault(wordClass, List.of())) {
          for (String form : forms(member[0], loose)) {
            members.computeIfAbsent(form, w -> new ArrayList<>()).add(member);
          }
        }
        members.replaceAll((w, list) -> List.copyOf(list));
        slots.add(Map.copyOf(members));
      }
    }
    return new Phrase(words, Collections.unmodifiableList(slots), category, loose);
  }

  /**
   * Finds every phrase of the lexicon in a sentence's normalized tokens (as {@link #normalize});
   * phrases may overlap.
   *
   * @param tokens the tokens
   * @return the matches in order of start
   */
  List<Match> find(String[] tokens) {
    int n = tokens.length;
    Entry[] entries = new Entry[n];
    for (int i = 0; i < n; i++) {
      entries[i] = byFirstWord.get(tokens[i]);
    }
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Entry entry = entries[i];
      if (entry == null) {
        continue;
      }
      for (long bits = entry.singles(); bits != 0; bits &= bits - 1) {
        out.add(new Match(i, i + 1, CATEGORIES[Long.numberOfTrailingZeros(bits)]));
      }
      if (!entry.hasPhrases()) {
        continue;
      }
      if (i + 1 < n) {
        List<Phrase> candidates = entry.bySecondWord().get(tokens[i + 1]);
        if (candidates != null) {
          addMatches(candidates, i, tokens, entries, out);
        }
      }
      int second = skipIntensifiers(entries, i + 1);
      if (second != i + 1 && second < n) {
        List<Phrase> candidates = entry.bySecondWord().get(tokens[second]);
        if (candidates != null) {
          addMatches(candidates, i, tokens, entries, out);
        }
      }
      addMatches(entry.slotSecond(), i, tokens, entries, out);
    }
    return out;
  }

  private static int skipIntensifiers(Entry[] entries, int from) {
    int j = from;
    while (j < entries.length
        && entries[j] != null
        && (entries[j].singles() & SKIPPED_IN_LOOSE) != 0) {
      j++;
    }
    return j;
  }

  private void addMatches(
      List<Phrase> phrases, int start, String[] tokens, Entry[] entries, List<Match> out) {
    for (int k = 0; k < phrases.size(); k++) {
      Phrase phrase = phrases.get(k);
      int end = match(phrase, 0, tokens, entries, start + 1);
      if (end >= 0 && !contains(out, start, end, phrase.category())) {
        out.add(new Match(start, end, phrase.category()));
      }
    }
  }

  private static boolean contains(List<Match> out, int start, int end, DisclosureCue category) {
    for (int k = out.size() - 1; k >= 0 && out.get(k).start() == start; k--) {
      Match m = out.get(k);
      if (m.end() == end && m.category() == category) {
        return true;
      }
    }
    return false;
  }

  /** Matches the phrase's words from {@code k} at {@code tokens[at..]}; the end index or -1. */
  private static int match(Phrase phrase, int k, String[] tokens, Entry[] entries, int at) {
    int j = at;
    String[] words = phrase.words();
    boolean loose = phrase.loose();
    for (int p = k; p < words.length; p++) {
      if (loose) {
        j = skipIntensifiers(entries, j);
      }
      Map<String, List<String[]>> slot = phrase.slots().get(p);
      if (slot == null) {
        if (j >= tokens.length || !same(words[p], tokens[j], loose)) {
          return -1;
        }
        j++;
      } else if (slot == END_SLOT) {
        if (j < tokens.length && isWordLike(tokens[j])) {
          return -1;
        }
      } else {
        int best = -1;
        List<String[]> members = j < tokens.length ? slot.get(tokens[j]) : null;
        for (String[] member : members == null ? List.<String[]>of() : members) {
          int end = matchMember(member, tokens, j, loose);
          if (end >= 0) {
            best = Math.max(best, match(phrase, p + 1, tokens, entries, end));
          }
        }
        return best;
      }
    }
    return j;
  }

  /** Matches a word-class member ("a lot") at {@code tokens[at..]}; the end index or -1. */
  private static int matchMember(String[] member, String[] tokens, int at, boolean loose) {
    if (at + member.length > tokens.length) {
      return -1;
    }
    for (int k = 0; k < member.length; k++) {
      if (!same(member[k], tokens[at + k], loose)) {
        return -1;
      }
    }
    return at + member.length;
  }

  /** Whether a token is the expected word, or, when loose, the word without its apostrophes. */
  private static boolean same(String expected, String token, boolean loose) {
    if (expected.equals(token)) {
      return true;
    }
    if (!loose || token.length() >= expected.length()) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < expected.length(); i++) {
      char c = expected.charAt(i);
      if (c == '\'') {
        continue;
      }
      if (j >= token.length() || token.charAt(j) != c) {
        return false;
      }
      j++;
    }
    return j == token.length();
  }

  private static boolean isSlot(String part) {
    return part.length() > 2 && part.startsWith("{") && part.endsWith("}");
  }

  private static boolean isWordLike(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static DisclosureCue category(String label, String where) {
    String name = label.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (DisclosureCue c : CATEGORIES) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalStateException(where + ": unknown category \"" + label + "\"");
  }
}
