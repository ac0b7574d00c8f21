package org.talkbalance.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.talkbalance.internal.WordLists;

/**
 * A table of cue phrases by category, loaded from the project's categorized word lists (lines of
 * the form {@code category: phrase}), with a matcher that finds every phrase in a sentence's tokens
 * with one hash lookup per token. Used by {@link DisclosureDetector} and {@link SupportDetector}.
 *
 * <p>A phrase is a sequence of words separated by single spaces. Inside a phrase, {@code {name}}
 * stands for any phrase of the category {@code name} (a word class, such as {@code {hardship}}) and
 * {@code {end}} matches, without consuming a token, the end of the sentence or a punctuation mark.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the categories: an enum whose constants are the category labels in upper case with
 *     {@code -} replaced by {@code _}; at most 64
 */
final class DisclosureLexicon<C extends Enum<C>> {

  /** A phrase found in tokens {@code [start, end)}. */
  record Match<C>(int start, int end, C category) {}

  /**
   * A phrase after its first word, compiled: {@code words[k]} is a literal word, or null where
   * {@code slots[k]} holds the word class (its phrases by first word) or {@link #END_SLOT}.
   */
  private record Phrase<C>(String[] words, List<Map<String, List<String[]>>> slots, C category) {}

  /**
   * What a first word can start: single-word categories as bits, and longer phrases indexed by
   * their second word (a literal), or listed apart when their second part is a slot.
   */
  private record Entry<C>(
      long singles, Map<String, List<Phrase<C>>> bySecondWord, List<Phrase<C>> slotSecond) {

    boolean hasPhrases() {
      return !bySecondWord.isEmpty() || !slotSecond.isEmpty();
    }
  }

  private static final String END = "{end}";
  private static final Map<String, List<String[]>> END_SLOT = Map.of();

  private final C[] categories;
  private final Map<String, Entry<C>> byFirstWord;

  private DisclosureLexicon(C[] categories, Map<String, Entry<C>> byFirstWord) {
    this.categories = categories;
    this.byFirstWord = byFirstWord;
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
   * @param type the enum of categories
   * @param wordForm applied to every word of every phrase (the matcher's tokens must have had the
   *     same treatment)
   * @param resources file names of the lists
   * @return the lexicon
   * @throws IllegalStateException if a list is missing or names an unknown category or word class
   */
  static <C extends Enum<C>> DisclosureLexicon<C> load(
      Class<C> type, UnaryOperator<String> wordForm, String... resources) {
    C[] categories = type.getEnumConstants();
    if (categories.length > Long.SIZE) {
      throw new IllegalArgumentException(type + " has more than 64 categories");
    }
    Map<C, List<String[]>> entries = new EnumMap<>(type);
    for (String resource : resources) {
      for (String line : WordLists.load(DisclosureLexicon.class, resource)) {
        int colon = line.indexOf(": ");
        if (colon <= 0) {
          throw new IllegalStateException(resource + ": expected \"category: phrase\", got " + line);
        }
        C category = category(categories, line.substring(0, colon), resource);
        String[] parts = line.substring(colon + 2).strip().split(" +");
        for (int i = 0; i < parts.length; i++) {
          if (isSlot(parts[i])) {
            if (i == 0) {
              throw new IllegalStateException(resource + ": a phrase must start with a word: " + line);
            }
          } else {
            parts[i] = wordForm.apply(parts[i]);
          }
        }
        entries.computeIfAbsent(category, c -> new ArrayList<>()).add(parts);
      }
    }
    Map<String, Long> singles = new HashMap<>();
    Map<String, List<Phrase<C>>> phrases = new HashMap<>();
    for (Map.Entry<C, List<String[]>> e : entries.entrySet()) {
      for (String[] parts : e.getValue()) {
        if (parts.length == 1) {
          singles.merge(parts[0], 1L << e.getKey().ordinal(), (a, b) -> a | b);
        } else {
          phrases
              .computeIfAbsent(parts[0], w -> new ArrayList<>())
              .add(compile(parts, e.getKey(), entries, categories));
        }
      }
    }
    Map<String, Entry<C>> byFirstWord = new HashMap<>();
    singles.forEach((w, bits) -> byFirstWord.put(w, new Entry<>(bits, Map.of(), List.of())));
    phrases.forEach(
        (w, list) -> {
          Map<String, List<Phrase<C>>> bySecond = new HashMap<>();
          List<Phrase<C>> slotSecond = new ArrayList<>();
          for (Phrase<C> phrase : list) {
            String second = phrase.words()[0];
            if (second == null) {
              slotSecond.add(phrase);
            } else {
              bySecond.computeIfAbsent(second, x -> new ArrayList<>()).add(phrase);
            }
          }
          bySecond.replaceAll((x, l) -> List.copyOf(l));
          byFirstWord.put(
              w,
              new Entry<>(
                  singles.getOrDefault(w, 0L), Map.copyOf(bySecond), List.copyOf(slotSecond)));
        });
    return new DisclosureLexicon<>(categories, byFirstWord);
  }

  private static <C extends Enum<C>> Phrase<C> compile(
      String[] parts, C category, Map<C, List<String[]>> entries, C[] categories) {
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
        C wordClass = category(categories, part.substring(1, part.length() - 1), "word class " + part);
        Map<String, List<String[]>> members = new HashMap<>();
        for (String[] member : entries.getOrDefault(wordClass, List.of())) {
          members.computeIfAbsent(member[0], w -> new ArrayList<>()).add(member);
        }
        members.replaceAll((w, list) -> List.copyOf(list));
        slots.add(Map.copyOf(members));
      }
    }
    return new Phrase<>(words, Collections.unmodifiableList(slots), category);
  }

  /**
   * Finds every phrase of the lexicon in a sentence's normalized tokens (as {@link #normalize});
   * phrases may overlap.
   *
   * @param tokens the tokens
   * @param skip tokens of this category are passed over inside a phrase ("that sounds really
   *     hard" matches "that sounds hard"); null to skip nothing
   * @return the matches in order of start
   */
  List<Match<C>> find(String[] tokens, C skip) {
    int n = tokens.length;
    Entry<?>[] entries = new Entry<?>[n];
    for (int i = 0; i < n; i++) {
      entries[i] = byFirstWord.get(tokens[i]);
    }
    long skipBit = skip == null ? 0 : 1L << skip.ordinal();
    List<Match<C>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      @SuppressWarnings("unchecked")
      Entry<C> entry = (Entry<C>) entries[i];
      if (entry == null) {
        continue;
      }
      for (long bits = entry.singles(); bits != 0; bits &= bits - 1) {
        out.add(new Match<>(i, i + 1, categories[Long.numberOfTrailingZeros(bits)]));
      }
      if (!entry.hasPhrases()) {
        continue;
      }
      int second = i + 1;
      while (second < n && entries[second] != null && (entries[second].singles() & skipBit) != 0) {
        second++;
      }
      List<Phrase<C>> candidates = second < n ? entry.bySecondWord().get(tokens[second]) : null;
      if (candidates != null) {
        addMatches(candidates, i, tokens, entries, skipBit, out);
      }
      addMatches(entry.slotSecond(), i, tokens, entries, skipBit, out);
    }
    return out;
  }

  private void addMatches(
      List<Phrase<C>> phrases, int start, String[] tokens, Entry<?>[] entries, long skipBit,
      List<Match<C>> out) {
    for (int k = 0; k < phrases.size(); k++) {
      Phrase<C> phrase = phrases.get(k);
      int end = match(phrase, 0, tokens, entries, skipBit, start + 1);
      if (end >= 0) {
        out.add(new Match<>(start, end, phrase.category()));
      }
    }
  }

  /** {@return the single-word categories of a token, as bits by ordinal} */
  long categories(String token) {
    Entry<C> entry = byFirstWord.get(token);
    return entry == null ? 0 : entry.singles();
  }

  /** Matches the phrase's words from {@code k} at {@code tokens[at..]}; the end index or -1. */
  private static int match(
      Phrase<?> phrase, int k, String[] tokens, Entry<?>[] entries, long skipBit, int at) {
    int j = at;
    String[] words = phrase.words();
    for (int p = k; p < words.length; p++) {
      while (j < tokens.length && entries[j] != null && (entries[j].singles() & skipBit) != 0) {
        j++;
      }
      Map<String, List<String[]>> slot = phrase.slots().get(p);
      if (slot == null) {
        if (j >= tokens.length || !words[p].equals(tokens[j])) {
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
          int end = matchMember(member, tokens, j);
          if (end >= 0) {
            best = Math.max(best, match(phrase, p + 1, tokens, entries, skipBit, end));
          }
        }
        return best;
      }
    }
    return j;
  }

  /** Matches a word-class member ("a lot") at {@code tokens[at..]}; the end index or -1. */
  private static int matchMember(String[] member, String[] tokens, int at) {
    if (at + member.length > tokens.length) {
      return -1;
    }
    for (int k = 0; k < member.length; k++) {
      if (!member[k].equals(tokens[at + k])) {
        return -1;
      }
    }
    return at + member.length;
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

  private static <C extends Enum<C>> C category(C[] categories, String label, String where) {
    String name = label.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (C c : categories) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalStateException(where + ": unknown category \"" + label + "\"");
  }
}
