package org.talkbalance.transcript;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a {@code Name: text} speaker prefix in a subtitle line, as Zoom cues and hand-made
 * subtitles write it. A dialogue dash or a {@code >>} speaker-change marker may come first.
 *
 * <p>"Word: …" must not be taken for a name when it is "Note: …" or "at 10:30": a prefix is a name
 * when it was already used as one, or when it looks like a name: at most {@value #MAX_NAME_WORDS}
 * words, the first one starting with a letter or digit, each word capitalised, a digit or a name
 * particle (or a single lowercase handle), not a label word such as "Note", and no sentence
 * punctuation. This follows the rule of the plain-text reader.
 *
 * <p>Not thread-safe: it remembers the names it has seen; one per input.
 */
final class SpeakerPrefix {

  static final int MAX_NAME_WORDS = 6;
  static final int MAX_NAME_CHARS = 80;

  /** A speaker name and the text that follows it. */
  record Split(String speaker, String text) {}

  private static final Pattern PREFIX =
      Pattern.compile("^\\s*(?:-|–|—|>>)?\\s*([^:：]{1," + MAX_NAME_CHARS + "}?)\\s*[:：](?:\\s+(.*)|\\s*)$",
          Pattern.DOTALL);
  private static final Set<String> LABELS =
      Set.of(
          "note", "notes", "nb", "ps", "edit", "update", "warning", "caution", "tip", "reminder",
          "re", "subject", "date", "time", "location", "place", "source", "example", "summary",
          "agenda", "todo", "fyi", "important", "disclaimer", "link", "url", "email", "phone",
          "address", "http", "https", "www", "also", "but", "and", "so", "because", "well", "yes",
          "no", "ok", "okay", "then", "now", "here", "there", "this", "that", "step", "answer",
          "question", "result", "conclusion", "total", "price", "cost", "scene", "chapter", "part",
          "section", "title", "author", "translation", "subtitles", "captions");
  private static final Set<String> PARTICLES =
      Set.of("de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "el", "al", "bin",
          "ibn", "of", "the", "and", "y", "dos", "das", "del", "ter", "ten", "st.", "mc");

  private final Set<String> known = new HashSet<>();

  /**
   * Splits a line into speaker and text when it starts with a speaker name.
   *
   * @param line one line of cue text, markup already removed
   * @return the speaker and the rest of the line (possibly empty), or empty if no name starts it
   */
  Optional<Split> split(String line) {
    Matcher m = PREFIX.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1).strip();
    if (!isName(name)) {
      return Optional.empty();
    }
    known.add(name);
    return Optional.of(new Split(name, m.group(2) == null ? "" : m.group(2).strip()));
  }

  private boolean isName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    if (known.contains(name)) {
      return true;
    }
    if (!Character.isLetterOrDigit(name.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if ("?!;,\"“”()[]{}<>=*/\\|".indexOf(name.charAt(i)) >= 0) {
        return false;
      }
    }
    String[] words = name.split("\\s+");
    if (words.length > MAX_NAME_WORDS || LABELS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (words.length == 1) {
      return words[0].chars().anyMatch(Character::isLetter);
    }
    for (String word : words) {
      int first = word.codePointAt(0);
      boolean nameLike =
          Character.isUpperCase(first)
              || Character.isTitleCase(first)
              || Character.isDigit(first)
              || PARTICLES.contains(word.toLowerCase(Locale.ROOT));
      if (!nameLike) {
        return false;
      }
    }
    return true;
  }
}
