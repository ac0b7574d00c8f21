package org.talkbalance.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders what a reader made of an input as stable text, for golden files and corpus checks. */
final class Dump {

  private Dump() {}

  /** The outcome of a read: the transcript, or the error. */
  record Outcome(TranscriptFormat format, Transcript transcript, TranscriptFormatException error) {

    boolean failed() {
      return error != null;
    }
  }

  /** Reads a path; only a {@link TranscriptFormatException} is caught, anything else fails. */
  static Outcome read(Path path, Optional<TranscriptFormat> format, ReadOptions options)
      throws IOException {
    TranscriptFormat detected = null;
    try (TranscriptReader reader = TranscriptReader.open(path, format, options)) {
      detected = reader.format();
      return new Outcome(detected, reader.readAll(), null);
    } catch (TranscriptFormatException e) {
      return new Outcome(detected, null, e);
    }
  }

  static String render(Outcome o) {
    StringBuilder s = new StringBuilder();
    s.append("format: ").append(o.format() == null ? "-" : o.format().id()).append('\n');
    if (o.failed()) {
      return s.append("error: ").append(o.error().getMessage()).append('\n').toString();
    }
    Transcript t = o.transcript();
    for (Utterance u : t.utterances()) {
      s.append('#').append(u.record()).append(" line ").append(u.line());
      if (!u.conversation().isEmpty()) {
        s.append(" {").append(u.conversation()).append('}');
      }
      if (u.start().isPresent() || u.end().isPresent()) {
        s.append(" [")
            .append(u.start().map(Dump::time).orElse(""))
            .append(" - ")
            .append(u.end().map(Dump::time).orElse(""))
            .append(']');
      }
      s.append(' ').append(u.speaker()).append(": ").append(escape(u.text())).append('\n');
    }
    ExcludedMessages x = t.excluded();
    if (!x.media().isEmpty()) {
      s.append("media: ").append(counts(x.media())).append('\n');
    }
    if (!x.bots().isEmpty()) {
      s.append("bots: ").append(counts(x.bots())).append('\n');
    }
    if (x.system() > 0) {
      s.append("system: ").append(x.system()).append('\n');
    }
    for (InputWarning w : t.warnings()) {
      s.append("warning: ").append(w).append('\n');
    }
    return s.toString();
  }

  private static String counts(java.util.List<SenderCount> counts) {
    return counts.stream()
        .map(c -> c.sender() + "=" + c.messages())
        .collect(Collectors.joining(", "));
  }

  static String time(Duration d) {
    String sign = d.isNegative() ? "-" : "";
    Duration a = d.abs();
    return String.format(
        Locale.ROOT,
        "%s%d:%02d:%02d.%03d",
        sign,
        a.toHours(),
        a.toMinutesPart(),
        a.toSecondsPart(),
        a.toMillisPart());
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String readExpected(Path expected) throws IOException {
    return Files.readString(expected).replace("\r\n", "\n");
  }
}
