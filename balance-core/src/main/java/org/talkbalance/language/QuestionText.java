package org.talkbalance.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.talkbalance.internal.LexicalTokenizer;
import org.talkbalance.internal.WordLists;

/**
 * One sentence made ready for reading its form: lowercase words with the disfluencies of speech
 * taken out (filled pauses, repeated words, parenthetical "you know" and "I mean"), clause
 * boundaries where the writer put punctuation, and whether it ends with a question mark.
 *
 * <p>Pre-tokenized text is put back together ("It ' s" → "it's", "don ’ t" → "don't"), and two
 * sentences run together without a space ("far.Can you") are separated.
 *
 * <p>Not thread-safe; one per sentence.
 */
final class QuestionText {

  private static final Set<String> CLITIC_TAILS = WordLists.setOf("s", "t", "re", "ve", "ll", "d", "m");
  private static final List<String[]> APPEALS =
      List.of(
          new String[] {"you", "know", "what", "i", "mean"},
          new String[] {"you", "know", "what", "i'm", "saying"},
          new String[] {"know", "what", "i", "mean"},
          new String[] {"you", "know"},
          new String[] {"you", "see"},
          new String[] {"i", "mean"});
  private static final String BOUNDARY_PUNCTUATION = ",;:.!?-–—…()/";

  /** The sentence's tokens as written, punctuation included: the input of the tagger. */
  final List<String> tokens;

  /** Normalized lowercase words. */
  final List<String> words = new ArrayList<>();

  /** For each word, the index of its token in {@link #tokens}. */
  final List<Integer> tokenIndex = new ArrayList<>();

  /** For each word, whether punctuation separates it from the word before. */
  final List<Boolean> boundaryBefore = new ArrayList<>();

  /** The words after fillers and repetitions are removed, before parentheticals are. */
  final List<String> core;

  /** Whether the sentence ends with a question mark that belongs to its content. */
  final boolean questionMark;

  /** Whether the sentence ends with a comma or dash: broken off (the corpus convention). */
  final boolean trailingComma;

  /**
   * Whether the sentence ends without any punctuation, as speech-to-text output does: then the
   * absence of a question mark says nothing about intonation.
   */
  final boolean unpunctuated;

  /** Whether the sentence ended with "you know" or a similar appeal that was removed. */
  final boolean trailingAppeal;

  private QuestionText(List<String> rawTokens) {
    this.tokens = rejoin(rawTokens);
    boolean pending = false;
    int lastWordToken = -1;
    int lastQuestionMark = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (!LexicalTokenizer.isWord(t)) {
        if (t.indexOf('?') >= 0) {
          lastQuestionMark = i;
        }
        if (containsAny(t, BOUNDARY_PUNCTUATION)) {
          pending = true;
        }
        continue;
      }
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.indexOf('’') >= 0 || lower.indexOf('‘') >= 0) {
        lower = lower.replace('’', '\'').replace('‘', '\'');
      }
      if (lower.equals("d'you") || lower.equals("d'ya")) {
        add("do", i, pending);
        add("you", i, false);
      } else {
        add(lower, i, pending);
      }
      pending = false;
      lastWordToken = i;
    }
    boolean mark = lastQuestionMark > lastWordToken && lastWordToken >= 0;
    boolean comma = false;
    for (int i = lastWordToken + 1; i < tokens.size() && lastWordToken >= 0; i++) {
      String t = tokens.get(i);
      comma |= t.equals(",") || t.equals("-") || t.equals("--") || t.equals("—");
    }
    this.trailingComma = comma && !mark;
    this.unpunctuated = lastWordToken == tokens.size() - 1;
    removeFillers();
    removeRepetitions();
    this.core = List.copyOf(words);
    boolean appeal = removeParentheticals();
    this.trailingAppeal = appeal;
    this.questionMark = mark && !appeal;
  }

  /**
   * Reads a sentence.
   *
   * @param rawTokens the sentence's tokens, punctuation included
   * @return the normalized sentence
   */
  static QuestionText of(List<String> rawTokens) {
    return new QuestionText(rawTokens);
  }

  /** {@return the number of words} */
  int size() {
    return words.size();
  }

  /** {@return the word at a position, or "" past either end} */
  String word(int i) {
    return i >= 0 && i < words.size() ? words.get(i) : "";
  }

  private void add(String word, int token, boolean boundary) {
    words.add(word);
    tokenIndex.add(token);
    boundaryBefore.add(boundary);
  }

  private void remove(int i) {
    words.remove(i);
    tokenIndex.remove(i);
    boundaryBefore.remove(i);
  }

  /**
   * Removes the words {@code [from, to)}; punctuation on either side stays as a boundary before the
   * next word (in speech a comma around "uh" often marks a restart: "it's, um, is it…").
   */
  private void removeRange(int from, int to) {
    boolean before = boundaryBefore.get(from);
    boolean after = to < words.size() && boundaryBefore.get(to);
    for (int k = to - 1; k >= from; k--) {
      remove(k);
    }
    if (from < words.size()) {
      boundaryBefore.set(from, from != 0 && (before || after));
    }
  }

  private void removeFillers() {
    for (int i = 0; i < words.size(); ) {
      if (QuestionLexicon.FILLERS.contains(words.get(i)) && words.size() > 1) {
        removeRange(i, i + 1);
      } else {
        i++;
      }
    }
  }

  /**
   * Collapses immediate repetitions of one to three words ("what, what do you" → "what do you").
   */
  private void removeRepetitions() {
    for (int n = 3; n >= 1; n--) {
      int i = 0;
      while (i + 2 * n <= words.size()) {
        if (sameRun(i, i + n, n)) {
          boolean boundary = boundaryBefore.get(i);
          for (int k = 0; k < n; k++) {
            remove(i);
          }
          boundaryBefore.set(i, boundary);
        } else {
          i++;
        }
      }
    }
  }

  private boolean sameRun(int a, int b, int n) {
    for (int k = 0; k < n; k++) {
      if (!words.get(a + k).equals(words.get(b + k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Removes "you know", "I mean" and "you see" where they stand between commas or at the end, and
   * reports whether the sentence ended with such an appeal (its question mark, if any, belongs to
   * the appeal: "it was fun, you know?").
   */
  private boolean removeParentheticals() {
    boolean trailing = false;
    int n = words.size();
    // Trailing appeals first: "..., you know what I mean?"
    String lastWord = n == 0 ? "" : words.get(n - 1);
    for (String[] parts : APPEALS) {
      if (!parts[parts.length - 1].equals(lastWord)) {
        continue;
      }
      int from = n - parts.length;
      if (from >= 2 && endsWith(parts) && boundaryBefore.get(from)) {
        removeRange(from, n);
        trailing = true;
        break;
      }
    }
    for (int i = 0; i + 1 < words.size(); ) {
      String first = words.get(i);
      String second = words.get(i + 1);
      boolean appeal =
          first.equals("you") && (second.equals("know") || second.equals("see"))
              || first.equals("i") && second.equals("mean");
      boolean parenthetical =
          appeal
              && (i == 0 || boundaryBefore.get(i))
              && (i + 2 == words.size() || boundaryBefore.get(i + 2))
              && words.size() > 2;
      if (parenthetical) {
        removeRange(i, i + 2);
      } else {
        i++;
      }
    }
    return trailing;
  }

  private boolean endsWith(String[] parts) {
    int from = words.size() - parts.length;
    for (int k = 0; k < parts.length; k++) {
      if (!words.get(from + k).equals(parts[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Puts pre-tokenized contractions back together and separates sentences run together without a
   * space.
   */
  private static List<String> rejoin(List<String> raw) {
    List<String> out = new ArrayList<>(raw.size() + 2);
    for (int i = 0; i < raw.size(); i++) {
      String t = raw.get(i);
      boolean apostrophe = t.equals("'") || t.equals("’");
      if (apostrophe
          && !out.isEmpty()
          && LexicalTokenizer.isWord(out.get(out.size() - 1))
          && i + 1 < raw.size()
          && CLITIC_TAILS.contains(raw.get(i + 1).toLowerCase(Locale.ROOT))) {
        String previous = out.remove(out.size() - 1);
        out.add(previous + "'" + raw.get(i + 1));
        i++;
        continue;
      }
      if (!out.isEmpty() && LexicalTokenizer.isWord(out.get(out.size() - 1)) && isClitic(t)) {
        // "what 's", "is n't": the tokenizer keeps pre-tokenized clitics apart
        String previous = out.remove(out.size() - 1);
        out.add(previous + t.replace('’', '\''));
        continue;
      }
      splitRunTogether(t, out);
    }
    return out;
  }

  private static boolean isClitic(String token) {
    String t = token.toLowerCase(Locale.ROOT).replace('’', '\'');
    return t.equals("n't") || (t.length() > 1 && t.charAt(0) == '\''
        && CLITIC_TAILS.contains(t.substring(1)));
  }

  /** Splits "far.Can" into "far", ".", "Can"; leaves "e.g.", "3.5" and "U.S." alone. */
  private static void splitRunTogether(String token, List<String> out) {
    int n = token.length();
    if (n > 3) {
      for (int i = 2; i < n - 1; i++) {
        char c = token.charAt(i);
        if ((c == '.' || c == '?' || c == '!')
            && Character.isLowerCase(token.charAt(i - 1))
            && Character.isLowerCase(token.charAt(i - 2))
            && Character.isUpperCase(token.charAt(i + 1))) {
          out.add(token.substring(0, i));
          out.add(String.valueOf(c));
          splitRunTogether(token.substring(i + 1), out);
          return;
        }
      }
    }
    out.add(token);
  }

  private static boolean containsAny(String token, String chars) {
    for (int i = 0; i < token.length(); i++) {
      if (chars.indexOf(token.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
