package org.talkbalance.transcript;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads subtitle files: WebVTT (W3C WebVTT, as written by Zoom, Microsoft Teams and YouTube) and
 * SubRip (SRT). Each cue becomes one utterance per speaker in it, with the cue's start and end
 * times as offsets from the start of the recording.
 *
 * <p>The speaker of a cue is, in order: a WebVTT voice tag {@code <v Name>} (Teams, YouTube; the
 * closing {@code </v>} is optional and a cue may hold several voices); a {@code Name: text} prefix
 * on a line (Zoom; a line with a new prefix starts a new utterance); otherwise the speaker of the
 * previous cue, since hand-made subtitles often name the speaker only when it changes. A cue with
 * no speaker before any speaker was named is malformed, unless it holds only sound descriptions
 * such as {@code [Music]}, which are not speech and are skipped.
 *
 * <p>Cue identifiers, cue settings, {@code NOTE}, {@code STYLE} and {@code REGION} blocks and the
 * WebVTT header block are skipped; tags and character references are removed from the text (see
 * {@link CueText}). Lines of one utterance are joined with a newline. A missing blank line between
 * two cues is tolerated when the next cue's timing line (and, for SRT, its number) follows.
 *
 * <p>Not thread-safe; one per input.
 */
final class CueParser implements UtteranceParser {

  private static final Pattern TIMING =
      Pattern.compile("^\\s*(\\S+)\\s*-->\\s*(\\S+)(?:\\s+.*)?$");
  private static final Pattern CUE_TIME =
      Pattern.compile("(?:\\d{1,3}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?");
  private static final Pattern VOICE =
      Pattern.compile("<v(?:\\.[^\\s>]*)?(?:[ \\t]+([^>]*))?>");
  private static final Pattern DIGITS = Pattern.compile("\\s*\\d+\\s*");

  private record Line(String text, int number) {}

  private record Times(Duration start, Duration end) {}

  private static final class Segment {
    final String speaker;
    final boolean voiced;
    final int line;
    final StringBuilder text = new StringBuilder();

    Segment(String speaker, boolean voiced, int line) {
      this.speaker = speaker;
      this.voiced = voiced;
      this.line = line;
    }

    void append(String more) {
      String piece = more.strip();
      if (piece.isEmpty()) {
        return;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(piece);
    }
  }

  private final LineReader lines;
  private final Problems problems;
  private final boolean webVtt;
  private final SpeakerPrefix names = new SpeakerPrefix();
  private final Deque<Line> pushedBack = new ArrayDeque<>();
  private final Deque<Utterance> ready = new ArrayDeque<>();
  private boolean headerRead;
  private boolean done;
  private String carried;
  private Duration previousStart = Duration.ZERO;
  private int records;

  /**
   * Creates a parser.
   *
   * @param lines the input lines
   * @param problems where malformed cues go
   * @param webVtt true for WebVTT, false for SRT
   */
  CueParser(LineReader lines, Problems problems, boolean webVtt) {
    this.lines = lines;
    this.problems = problems;
    this.webVtt = webVtt;
  }

  @Override
  public Optional<Utterance> next() throws IOException {
    while (ready.isEmpty() && !done) {
      if (webVtt && !headerRead) {
        readHeader();
      } else {
        readBlock();
      }
    }
    return Optional.ofNullable(ready.poll());
  }

  private Optional<Line> line() throws IOException {
    if (!pushedBack.isEmpty()) {
      return Optional.of(pushedBack.pop());
    }
    Optional<String> text = lines.next();
    return text.map(t -> new Line(t, lines.lineNumber()));
  }

  private void readHeader() throws IOException {
    headerRead = true;
    Optional<Line> first = line();
    if (first.isEmpty()) {
      done = true;
      return;
    }
    String text = first.get().text();
    boolean signature =
        text.startsWith("WEBVTT")
            && (text.length() == 6 || text.charAt(6) == ' ' || text.charAt(6) == '\t');
    if (!signature) {
      problems.report(
          first.get().number(),
          1,
          "a WebVTT file must start with the line 'WEBVTT'"
              + (isTimingLike(text) || DIGITS.matcher(text).matches()
                  ? "; this looks like SRT, read it with the srt format"
                  : ""),
          text);
      pushedBack.push(first.get());
      return;
    }
    // the header block runs to the first blank line; metadata such as "Kind: captions" is skipped
    for (Optional<Line> l = line(); l.isPresent(); l = line()) {
      if (l.get().text().isBlank()) {
        return;
      }
      if (isTimingLike(l.get().text())) {
        pushedBack.push(l.get());
        return;
      }
    }
    done = true;
  }

  private void readBlock() throws IOException {
    Optional<Line> maybeFirst;
    do {
      maybeFirst = line();
      if (maybeFirst.isEmpty()) {
        done = true;
        return;
      }
    } while (maybeFirst.get().text().isBlank());
    Line first = maybeFirst.get();
    if (webVtt && isNonCueBlock(first.text())) {
      skipBlock();
      return;
    }
    Line timing = first;
    if (!isTimingLike(first.text())) {
      Optional<Line> second = line();
      if (second.isEmpty() || !isTimingLike(second.get().text())) {
        problems.report(
            first.number(),
            1,
            "expected a cue: "
                + (webVtt ? "an optional id line, then " : "a number, then ")
                + "a timing line such as '"
                + (webVtt ? "00:00:01.000 --> 00:00:04.000" : "00:00:01,000 --> 00:00:04,000")
                + "', then the text",
            first.text());
        if (second.isPresent() && !second.get().text().isBlank()) {
          skipBlock();
        }
        return;
      }
      timing = second.get();
    }
    List<Line> payload = new ArrayList<>();
    for (Optional<Line> l = line(); l.isPresent(); l = line()) {
      Line current = l.get();
      if (current.text().isBlank()) {
        break;
      }
      if (isTimingLike(current.text())) {
        // the blank line before the next cue is missing
        pushedBack.push(current);
        if (!payload.isEmpty()
            && DIGITS.matcher(payload.get(payload.size() - 1).text()).matches()) {
          pushedBack.push(payload.remove(payload.size() - 1));
        }
        break;
      }
      payload.add(current);
    }
    Optional<Times> times = times(timing);
    if (times.isPresent()) {
      emit(payload, times.get().start(), times.get().end());
    }
  }

  private static boolean isNonCueBlock(String text) {
    String t = text.stripTrailing();
    return (t.startsWith("NOTE") && (t.length() == 4 || Character.isWhitespace(t.charAt(4))))
        || t.equals("STYLE")
        || t.equals("REGION");
  }

  private void skipBlock() throws IOException {
    for (Optional<Line> l = line(); l.isPresent(); l = line()) {
      if (l.get().text().isBlank()) {
        return;
      }
    }
    done = true;
  }

  private static boolean isTimingLike(String text) {
    return text.contains("-->");
  }

  private Optional<Times> times(Line timing) {
    Matcher m = TIMING.matcher(timing.text());
    Optional<Duration> start = Optional.empty();
    Optional<Duration> end = Optional.empty();
    if (m.matches()
        && CUE_TIME.matcher(m.group(1)).matches()
        && CUE_TIME.matcher(m.group(2)).matches()) {
      start = Timestamps.parse(m.group(1));
      end = Timestamps.parse(m.group(2));
    }
    if (start.isEmpty() || end.isEmpty()) {
      problems.report(
          timing.number(),
          1,
          "cannot read the cue times; expected '"
              + (webVtt ? "hh:mm:ss.ttt --> hh:mm:ss.ttt" : "hh:mm:ss,ttt --> hh:mm:ss,ttt")
              + "'",
          timing.text());
      return Optional.empty();
    }
    if (end.get().compareTo(start.get()) < 0) {
      problems.report(
          timing.number(),
          1,
          "the cue ends before it starts; check the times",
          timing.text());
      return Optional.empty();
    }
    if (start.get().compareTo(previousStart) < 0) {
      problems.warn(
          timing.number(),
          1,
          "this cue starts before the previous one; the cues are out of order, so time-based"
              + " figures may be wrong",
          timing.text());
    }
    previousStart = start.get();
    return Optional.of(new Times(start.get(), end.get()));
  }

  private void emit(List<Line> payload, Duration start, Duration end) {
    List<Segment> segments = new ArrayList<>();
    Segment current = null;
    for (Line line : payload) {
      String raw = line.text();
      int from = 0;
      Matcher voice = webVtt ? VOICE.matcher(raw) : null;
      while (voice != null && voice.find()) {
        current = speakerless(segments, current, raw.substring(from, voice.start()), line);
        String name = voice.group(1) == null ? "" : CueText.clean(voice.group(1)).strip();
        current = new Segment(name.isEmpty() ? null : name, true, line.number());
        segments.add(current);
        from = voice.end();
      }
      current = speakerless(segments, current, raw.substring(from), line);
    }
    for (Segment s : segments) {
      String text = s.text.toString();
      if (text.isEmpty()) {
        continue;
      }
      String speaker = s.speaker != null ? s.speaker : carried;
      if (speaker == null) {
        if (!CueText.isSoundOnly(text)) {
          problems.report(
              s.line,
              1,
              "this cue has no speaker and none came before; name one with 'Name: text'"
                  + (webVtt ? " or a <v Name> voice tag" : ""),
              text);
        }
        continue;
      }
      carried = speaker;
      records++;
      ready.add(
          new Utterance(
              records, s.line, "", speaker, text, Optional.of(start), Optional.of(end)));
    }
  }

  /** Adds text that is not behind a voice tag, starting a new segment at a name prefix. */
  private Segment speakerless(List<Segment> segments, Segment current, String raw, Line line) {
    String cleaned = CueText.clean(raw);
    if (cleaned.isBlank()) {
      return current;
    }
    if (current == null || !current.voiced) {
      Optional<SpeakerPrefix.Split> split = names.split(cleaned);
      if (split.isPresent()) {
        Segment named = new Segment(split.get().speaker(), false, line.number());
        named.append(split.get().text());
        segments.add(named);
        return named;
      }
    }
    if (current == null) {
      current = new Segment(null, false, line.number());
      segments.add(current);
    }
    current.append(cleaned);
    return current;
  }
}
