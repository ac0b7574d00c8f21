package org.talkbalance.transcript;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain transcripts: one {@code Name: text} line per utterance, with an optional
 * {@code [hh:mm:ss]} or {@code (mm:ss)} prefix; lines without a speaker continue the previous
 * utterance; blank lines and whole-line stage directions ({@code (laughs)}, {@code [Scene: …]}) are
 * not speech.
 *
 * <p>Deciding whether {@code "Word: …"} names a speaker is the hard part: "at 10:30", "http://…" and
 * "Note: this" must not. A prefix is a speaker name when it was already used as one, or when it
 * looks like a name: at most {@value #MAX_NAME_WORDS} words (a trailing parenthesised description
 * such as "(Minister of Finance)" aside), each with a capital letter, a leading digit or a name
 * particle, or one
 * lowercase handle; not a label word such as "Note" or "Update"; no sentence punctuation.
 *
 * <p>Not thread-safe; one per input.
 */
final class PlainParser implements UtteranceParser {

  static final int MAX_NAME_WORDS = 6;
  static final int MAX_NAME_CHARS = 150;

  private static final Pattern TIMESTAMP_PREFIX =
      Pattern.compile("^\\s*[\\[(]?((?:\\d{1,3}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?)[\\])]?\\s*[-–]?\\s*");
  private static final Pattern SPEAKER_LINE = Pattern.compile("^([^:]{1,150}?):(?:\\s+(.*)|\\s*)$");
  private static final Pattern PARENTHETICAL_TAIL = Pattern.compile("\\s*\\((?:[^()]|\\([^()]*\\))*\\)\\s*$");
  private static final Pattern WHOLE_LINE_DIRECTION =
      Pattern.compile("^\\s*(\\([^()]*\\)|\\[[^\\[\\]]*\\])\\s*$");
  /** Words that label a line rather than name a speaker ("Note: …", "Update: …"). */
  private static final Set<String> LABELS =
      Set.of(
          "note", "notes", "nb", "n.b.", "ps", "p.s.", "pps", "edit", "update", "updated",
          "warning", "caution", "tip", "reminder", "re", "subject", "date", "time", "location",
          "place", "source", "example", "e.g.", "i.e.", "summary", "agenda", "todo", "fyi",
          "important", "disclaimer", "link", "url", "email", "phone", "tel", "address", "http",
          "https", "ftp", "mailto", "www", "tldr", "tl;dr", "also", "but", "and", "so", "because",
          "well", "yes", "no", "ok", "okay", "then", "now", "here", "there", "this", "that",
          "step", "answer", "question", "result", "results", "conclusion", "total", "price",
          "cost", "scene", "chapter", "part", "section", "title", "author");
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "el", "al", "bin",
          "ibn", "of", "the", "and", "y", "dos", "das", "del", "ter", "ten", "st.", "mc");

  private final LineReader lines;
  private final Problems problems;
  private final Set<String> knownSpeakers = new HashSet<>();
  private Pending pending;
  private Pending lookahead;
  private int records;
  private boolean done;

  PlainParser(LineReader lines, Problems problems) {
    this.lines = lines;
    this.problems = problems;
  }

  private static final class Pending {
    final int line;
    final String speaker;
    final StringBuilder text;
    final Optional<Duration> start;

    Pending(int line, String speaker, String text, Optional<Duration> start) {
      this.line = line;
      this.speaker = speaker;
      this.text = new StringBuilder(text);
      this.start = start;
    }
  }

  @Override
  public Optional<Utterance> next() throws IOException {
    while (!done) {
      Optional<String> maybeLine = lines.next();
      if (maybeLine.isEmpty()) {
        done = true;
        break;
      }
      Optional<Pending> started = parseLine(maybeLine.get(), lines.lineNumber());
      if (started.isPresent()) {
        Pending finished = pending;
        pending = started.get();
        if (finished != null) {
          return Optional.of(toUtterance(finished));
        }
      }
    }
    if (pending != null) {
      Pending finished = pending;
      pending = null;
      return Optional.of(toUtterance(finished));
    }
    return Optional.empty();
  }

  private Utterance toUtterance(Pending p) {
    records++;
    return new Utterance(
        records, p.line, "", p.speaker, p.text.toString(), p.start, Optional.empty());
  }

  /** Returns a new pending utterance if the line starts one; otherwise handles it in place. */
  private Optional<Pending> parseLine(String raw, int lineNumber) {
    if (raw.isBlank()) {
      return Optional.empty();
    }
    // the two prefix patterns can only match from these first characters; most lines skip them
    char lead = raw.charAt(firstNonSpace(raw));
    if ((lead == '(' || lead == '[') && WHOLE_LINE_DIRECTION.matcher(raw).matches()) {
      return Optional.empty();
    }
    String rest = raw;
    Optional<Duration> start = Optional.empty();
    Matcher ts = TIMESTAMP_PREFIX.matcher(rest);
    if ((lead == '(' || lead == '[' || lead >= '0' && lead <= '9') && ts.lookingAt()) {
      start = Timestamps.parse(ts.group(1));
      rest = rest.substring(ts.end());
    }
    String[] nameAndText = speakerLine(rest);
    if (nameAndText != null) {
      String name = nameAndText[0].strip();
      if (isSpeakerName(name)) {
        knownSpeakers.add(name);
        String text = nameAndText[1] == null ? "" : nameAndText[1].strip();
        return Optional.of(new Pending(lineNumber, name, text, start));
      }
    }
    if (pending == null) {
      problems.report(
          lineNumber,
          1,
          "expected 'Name: text' (a speaker name, a colon, a space, then what they said)"
              + " before any continuation line",
          raw);
      return Optional.empty();
    }
    if (start.isPresent() && rest.isBlank()) {
      return Optional.empty();
    }
    pending.text.append(pending.text.length() == 0 ? "" : "\n").append(raw.strip());
    return Optional.empty();
  }

  /**
   * Splits a {@code Name: text} line as {@link #SPEAKER_LINE} does: the name and the text after the
   * colon (null when the colon ends the line), or null if the line is not of that form. Lines
   * without line-terminator characters, nearly all, are split without running the pattern.
   */
  private static String[] speakerLine(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        // where the pattern's '.' and '$' treat these specially
        Matcher m = SPEAKER_LINE.matcher(line);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
      }
    }
    int colon = line.indexOf(':');
    if (colon < 1 || colon > PlainParser.MAX_NAME_CHARS) {
      return null;
    }
    String name = line.substring(0, colon);
    if (colon == line.length() - 1) {
      return new String[] {name, null};
    }
    char after = line.charAt(colon + 1);
    if (after == ' ' || after == '\t' || after == '\u000B' || after == '\f') {
      // the text after the pattern's \s+; callers strip it, which also removes those spaces
      return new String[] {name, line.substring(colon + 1)};
    }
    return null;
  }

  /** {@return the index of the first character that is not white space; the line is not blank} */
  private static int firstNonSpace(String line) {
    int i = 0;
    while (Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private boolean isSpeakerName(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME_CHARS) {
      return false;
    }
    if (knownSpeakers.contains(name)) {
      return true;
    }
    String core = PARENTHETICAL_TAIL.matcher(name).replaceFirst("").strip();
    if (core.isEmpty() || !Character.isLetterOrDigit(core.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < core.length(); i++) {
      char c = core.charAt(i);
      if ("?!;\"“”()[]{}<>=*/\\|".indexOf(c) >= 0) {
        return false;
      }
    }
    if (core.endsWith(",")) {
      return false;
    }
    String[] words = core.split("\\s+");
    if (words.length > MAX_NAME_WORDS) {
      return false;
    }
    if (words.length == 1) {
      String word = words[0].toLowerCase(Locale.ROOT);
      return !LABELS.contains(word) && word.chars().anyMatch(Character::isLetter);
    }
    if (LABELS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String word : words) {
      // "d'Entremont", "al-Hassan", "McKenna" count: some letter is capitalised
      boolean nameLike =
          word.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c))
              || Character.isDigit(word.codePointAt(0))
              || NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT));
      if (!nameLike) {
        return false;
      }
    }
    return true;
  }
}
