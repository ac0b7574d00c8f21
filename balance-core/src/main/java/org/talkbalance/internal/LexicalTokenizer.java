package org.talkbalance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fast lexical tokenizer for speech transcripts: splits on white space, detaches leading and
 * trailing punctuation, and leaves out transcript markup, which is not speech: {@code {disfmarker}},
 * {@code [laughter]}, {@code <i>}, and parenthesised stage directions such as {@code (laughs)}.
 * Tokens are kept as the transcript gives them: pre-tokenized {@code it 's} is two tokens, {@code
 * it's} one (DESIGN.md: a word is a token with a letter or digit).
 *
 * <pre>{@code
 * LexicalTokenizer.tokens("Yeah , {vocalsound} it 's fine?"); // [Yeah, ",", it, 's, fine, "?"]
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
public final class LexicalTokenizer {

  private static final String EDGE_PUNCTUATION = ".,!?;:\"“”‘’'()[]{}<>…-–—*/\\|";
  private static final Set<String> CLITICS =
      WordLists.setOf(
          "'s", "'re", "'ve", "'ll", "'d", "'m", "n't",
          "’s", "’re", "’ve", "’ll", "’d", "’m", "n’t");
  private static final Set<String> STAGE_WORDS =
      WordLists.setOf(
          "laughs", "laugh", "laughing", "laughter", "chuckles", "chuckling", "sighs", "sigh",
          "coughs", "cough", "pause", "pauses", "crosstalk", "inaudible", "applause", "silence",
          "music", "noise", "unintelligible", "smiles", "cries", "crying", "sniffs", "whispers",
          "whispering", "gasps", "groans", "indistinct", "overlapping", "beep", "static",
          "clears", "sobs", "sobbing", "shouts", "yells", "giggles", "snorts", "inhales",
          "exhales", "break", "silent", "background", "phone", "door");

  /** For each ASCII character, whether it is in {@link #EDGE_PUNCTUATION}. */
  private static final boolean[] ASCII_EDGE = new boolean[128];

  /** One-character strings of the ASCII characters, to emit punctuation without allocating. */
  private static final String[] ASCII_STRINGS = new String[128];

  static {
    for (int i = 0; i < EDGE_PUNCTUATION.length(); i++) {
      char c = EDGE_PUNCTUATION.charAt(i);
      if (c < 128) {
        ASCII_EDGE[c] = true;
      }
    }
    for (char c = 0; c < 128; c++) {
      ASCII_STRINGS[c] = String.valueOf(c);
    }
  }

  private LexicalTokenizer() {}

  /**
   * Splits text into tokens: words and punctuation marks, markup left out.
   *
   * @param text any text
   * @return the tokens in order
   */
  public static List<String> tokens(CharSequence text) {
    List<String> out = new ArrayList<>(text.length() / 4 + 4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int skip = markupEnd(text, i);
      if (skip > i) {
        i = skip;
        continue;
      }
      int end = i;
      while (end < n && !Character.isWhitespace(text.charAt(end)) && !opensMarkup(text, end, i)) {
        end++;
      }
      addChunk(text, i, end, out);
      i = end;
    }
    return out;
  }

  /**
   * Whether a token is a word: it has at least one letter or digit.
   *
   * @param token a token from {@link #tokens}
   * @return true for words, false for punctuation
   */
  public static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lowercases a token as {@code token.toLowerCase(Locale.ROOT)} does, without looking characters
   * up in the Unicode tables when the token is ASCII with no capital letter, as most are.
   *
   * @param token any string
   * @return the lowercase string; the same instance if nothing changes
   */
  public static String lowerCase(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= 128 || c >= 'A' && c <= 'Z') {
        return token.toLowerCase(Locale.ROOT);
      }
    }
    return token;
  }

  /**
   * The words of a text, lowercased with {@link Locale#ROOT}.
   *
   * @param text any text
   * @return its words in order, punctuation and markup left out
   */
  public static List<String> lowerCaseWords(CharSequence text) {
    List<String> words = new ArrayList<>();
    for (String token : tokens(text)) {
      if (isWord(token)) {
        words.add(lowerCase(token));
      }
    }
    return words;
  }

  private static boolean opensMarkup(CharSequence text, int at, int chunkStart) {
    char c = text.charAt(at);
    return at > chunkStart && (c == '{' || c == '[' || c == '<') && markupEnd(text, at) > at;
  }

  /** Returns the index after a markup span starting at {@code i}, or {@code i} if none starts there. */
  private static int markupEnd(CharSequence text, int i) {
    char open = text.charAt(i);
    char close;
    switch (open) {
      case '{' -> close = '}';
      case '[' -> close = ']';
      case '<' -> close = '>';
      case '(' -> close = ')';
      default -> {
        return i;
      }
    }
    int limit = Math.min(text.length(), i + 200);
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == close) {
        if (open == '(' && !isStageDirection(text, i + 1, j)) {
          return i;
        }
        return j + 1;
      }
      if (c == open || c == '\n') {
        return i;
      }
    }
    return i;
  }

  private static boolean isStageDirection(CharSequence text, int from, int to) {
    int start = from;
    while (start < to && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < to && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end == start) {
      return false;
    }
    String first = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    return STAGE_WORDS.contains(first);
  }

  private static void addChunk(CharSequence text, int from, int to, List<String> out) {
    int start = from;
    int end = to;
    while (start < end && isEdgePunctuation(text.charAt(start))) {
      if (isClitic(text, start, end)) {
        break;
      }
      out.add(charString(text.charAt(start)));
      start++;
    }
    int trailingFrom = end;
    while (end > start && isEdgePunctuation(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(text.subSequence(start, end).toString());
    }
    for (int i = end; i < trailingFrom; i++) {
      out.add(charString(text.charAt(i)));
    }
  }

  private static boolean isEdgePunctuation(char c) {
    return c < 128 ? ASCII_EDGE[c] : EDGE_PUNCTUATION.indexOf(c) >= 0;
  }

  private static String charString(char c) {
    return c < 128 ? ASCII_STRINGS[c] : String.valueOf(c);
  }

  private static boolean isClitic(CharSequence text, int start, int end) {
    char c = text.charAt(start);
    if (c != '\'' && c != '’') {
      return false;
    }
    int stop = start + 1;
    while (stop < end && Character.isLetter(text.charAt(stop))) {
      stop++;
    }
    // the clitics after an apostrophe are one or two letters: test those before building a string
    return stop - start <= 3
        && CLITICS.contains(text.subSequence(start, stop).toString().toLowerCase(Locale.ROOT));
  }
}
