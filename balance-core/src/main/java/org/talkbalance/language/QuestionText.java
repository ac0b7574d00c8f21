package org.talkbalance.language;

import java.util.ArrayList;
import java.util.Arrays;
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

  private static final Set<String> CLITIC_TAILS =
      WordLists.setOf("s", "t", "re", "ve", "ll", "d", "m");
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

  /** Normalized lowercase words; the first {@link #size} entries are used. */
  private String[] words;

  /** For each word, the index of its token in {@link #tokens}. */
  private int[] tokenIndex;

  /** For each word, whether punctuation separates it from the word before. */
  private boolean[] boundaryBefore;

  private int size;

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
    int capacity = tokens.size() + 1;
    this.words = new String[capacity];
    this.tokenIndex = new int[capacity];
    this.boundaryBefore = new boolean[capacity];
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
      String lower = LexicalTokenizer.lowerCase(t);
      if (lower.indexOf('’') >= 0 || lower.indexOf('‘') >= 0) {
        lower = lower.replace('’', '\'').replace('‘', '\'');
      }
      if (lower.startsWith("d'") && (lower.equals("d'you") || lower.equals("d'ya"))) {
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
    this.core = Arrays.asList(Arrays.copyOf(words, size));
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
    return size;
  }

  /** {@return the word at a position, or "" past either end} */
  String word(int i) {
    return i >= 0 && i < size ? words[i] : "";
  }

  /** {@return the index in {@link #tokens} of the word at a position} */
  int tokenIndex(int i) {
    return tokenIndex[i];
  }

  /** {@return whether punctuation separates the word at a position from the word before} */
  boolean boundaryBefore(int i) {
    return boundaryBefore[i];
  }

  /** {@return whether one of the words {@code [from, to)} is {@code word}} */
  boolean contains(String word, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, size); i++) {
      if (words[i].equals(word)) {
        return true;
      }
    }
    return false;
  }

  private void add(String word, int token, boolean boundary) {
    if (size == words.length) {
      int capacity = size * 2 + 2;
      words = Arrays.copyOf(words, capacity);
      tokenIndex = Arrays.copyOf(tokenIndex, capacity);
      boundaryBefore = Arrays.copyOf(boundaryBefore, capacity);
    }
    words[size] = word;
    tokenIndex[size] = token;
    boundaryBefore[size] = boundary;
    size++;
  }

  /** Removes the words {@code [from, to)}, shifting the rest down. */
  private void delete(int from, int to) {
    int tail = size - to;
    System.arraycopy(words, to, words, from, tail);
    System.arraycopy(tokenIndex, to, tokenIndex, from, tail);
    System.arraycopy(boundaryBefore, to, boundaryBefore, from, tail);
    int newSize = size - (to - from);
    Arrays.fill(words, newSize, size, null);
    size = newSize;
  }

  /**
   * Removes the words {@code [from, to)}; punctuation on either side stays as a boundary before the
   * next word (in speech a comma around "uh" often marks a restart: "it's, um, is it…").
   */
  private void removeRange(int from, int to) {
    boolean before = boundaryBefore[from];
    boolean after = to < size && boundaryBefore[to];
    delete(from, to);
    if (from < size) {
      boundaryBefore[from] = from != 0 && (before || after);
    }
  }

  /**
   * Removes filled pauses, as {@link #removeRange} would one at a time, in one pass: a word after
   * removed fillers has a boundary if it or any of them had one (and it is not first). The last
   * word left is kept even if it is a filler.
   */
  private void removeFillers() {
    int n = size;
    int kept = 0;
    boolean removed = false;
    boolean carried = false;
    for (int i = 0; i < n; i++) {
      if (QuestionLexicon.FILLERS.contains(words[i]) && kept + (n - i) > 1) {
        removed = true;
        carried |= boundaryBefore[i];
        continue;
      }
      boolean boundary = removed ? kept != 0 && (carried || boundaryBefore[i]) : boundaryBefore[i];
      words[kept] = words[i];
      tokenIndex[kept] = tokenIndex[i];
      boundaryBefore[kept] = boundary;
      kept++;
      removed = false;
      carried = false;
    }
    Arrays.fill(words, kept, n, null);
    size = kept;
  }

  /**
   * Collapses immediate repetitions of one to three words ("what, what do you" → "what do you").
   */
  private void removeRepetitions() {
    if (!anyRepetition()) {
      return; // most sentences: nothing below would change
    }
    for (int n = 3; n >= 1; n--) {
      int i = 0;
      while (i + 2 * n <= size) {
        if (sameRun(i, i + n, n)) {
          boolean boundary = boundaryBefore[i];
          delete(i, i + n);
          boundaryBefore[i] = boundary;
        } else {
          i++;
        }
      }
    }
  }

  /** Whether some word is the same as one of the next three, which any repetition needs. */
  private boolean anyRepetition() {
    for (int i = 0; i + 1 < size; i++) {
      String w = words[i];
      for (int d = 1; d <= 3 && i + d < size; d++) {
        String other = words[i + d];
        if (w.length() == other.length() && w.equals(other)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean sameRun(int a, int b, int n) {
    for (int k = 0; k < n; k++) {
      if (!words[a + k].equals(words[b + k])) {
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
    int n = size;
    // Trailing appeals first: "..., you know what I mean?"
    String lastWord = n == 0 ? "" : words[n - 1];
    for (String[] parts : APPEALS) {
      if (!parts[parts.length - 1].equals(lastWord)) {
        continue;
      }
      int from = n - parts.length;
      if (from >= 2 && endsWith(parts) && boundaryBefore[from]) {
        removeRange(from, n);
        trailing = true;
        break;
      }
    }
    for (int i = 0; i + 1 < size; ) {
      String first = words[i];
      String second = words[i + 1];
      boolean appeal =
          first.equals("you") && (second.equals("know") || second.equals("see"))
              || first.equals("i") && second.equals("mean");
      boolean parenthetical =
          appeal
              && (i == 0 || boundaryBefore[i])
              && (i + 2 == size || boundaryBefore[i + 2])
              && size > 2;
      if (parenthetical) {
        removeRange(i, i + 2);
      } else {
        i++;
      }
    }
    return trailing;
  }

  private boolean endsWith(String[] parts) {
    int from = size - parts.length;
    for (int k = 0; k < parts.length; k++) {
      if (!words[from + k].equals(parts[k])) {
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
    int unchanged = 0;
    while (unchanged < raw.size() && !mayChange(raw.get(unchanged))) {
      unchanged++;
    }
    if (unchanged == raw.size()) {
      return raw; // most sentences: no token to put back together or to split
    }
    List<String> out = new ArrayList<>(raw.size() + 2);
    out.addAll(raw.subList(0, unchanged));
    for (int i = unchanged; i < raw.size(); i++) {
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
      if (isClitic(t) && !out.isEmpty() && LexicalTokenizer.isWord(out.get(out.size() - 1))) {
        // "what 's", "is n't": the tokenizer keeps pre-tokenized clitics apart
        String previous = out.remove(out.size() - 1);
        out.add(previous + t.replace('’', '\''));
        continue;
      }
      splitRunTogether(t, out);
    }
    return out;
  }

  /**
   * Whether {@link #rejoin} might do anything at a token: an apostrophe, a clitic, or a token that
   * {@link #splitRunTogether} might split. True for more tokens than it changes; false only for
   * tokens it passes through.
   */
  private static boolean mayChange(String token) {
    int n = token.length();
    if (n == 0) {
      return false;
    }
    char first = token.charAt(0);
    if (isApostrophe(first) || (first == 'n' || first == 'N') && isClitic(token)) {
      return true;
    }
    for (int i = 2; i < n - 1; i++) {
      char c = token.charAt(i);
      if (c == '.' || c == '?' || c == '!') {
        return true;
      }
    }
    return false;
  }

  private static boolean isClitic(String token) {
    int n = token.length();
    if (n < 2) {
      return false;
    }
    char first = token.charAt(0);
    if (first == 'n' || first == 'N') {
      return n == 3 && isApostrophe(token.charAt(1)) && (token.charAt(2) | 0x20) == 't';
    }
    return isApostrophe(first)
        && CLITIC_TAILS.contains(token.substring(1).toLowerCase(Locale.ROOT));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** Splits "far.Can" into "far", ".", "Can"; leaves "e.g.", "3.5" and "U.S." alone. */
  private static void splitRunTogether(String token, List<String> out) {
    int n = token.length();
    if (n > 3 && (token.indexOf('.') > 0 || token.indexOf('?') > 0 || token.indexOf('!') > 0)) {
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
