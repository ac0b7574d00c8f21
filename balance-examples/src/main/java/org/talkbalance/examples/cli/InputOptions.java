package org.talkbalance.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.talkbalance.transcript.ReadOptions;
import org.talkbalance.transcript.SpeakerRules;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.TranscriptFormat;
import org.talkbalance.transcript.TranscriptReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Input files and how to read them; shared by the commands that read transcripts. */
final class InputOptions {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Transcript files to read; '-' reads standard input.")
  List<String> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description = "Input format: auto (detected from the content), ${COMPLETION-CANDIDATES}."
          + " Default: ${DEFAULT-VALUE}.",
      completionCandidates = FormatNames.class)
  String format;

  @Option(
      names = "--speaker-map",
      paramLabel = "OLD=NEW",
      description = "Attribute OLD's utterances to NEW, for aliases such as 'mum=Mom' (names match"
          + " ignoring case and spacing). Repeatable.")
  List<String> speakerMap = new java.util.ArrayList<>();

  @Option(
      names = "--exclude-speaker",
      paramLabel = "NAME",
      description = "Leave NAME's messages out as a bot or system sender; they are counted in the"
          + " report. Repeatable.")
  List<String> excludedSpeakers = new java.util.ArrayList<>();

  @Option(
      names = "--anonymize",
      description = "Name speakers Speaker 1, Speaker 2, … in order of first appearance.")
  boolean anonymize;

  @Option(
      names = "--max-line-chars",
      paramLabel = "N",
      defaultValue = "1048576",
      description = "Longest accepted line, JSON string or CSV field, in characters; longer is"
          + " malformed. Default: ${DEFAULT-VALUE}.")
  int maxLineChars;

  @Option(
      names = "--max-input-mb",
      paramLabel = "MB",
      defaultValue = "1024",
      description = "Largest accepted input in MiB (a Slack export: all its files unpacked);"
          + " larger fails. Default: ${DEFAULT-VALUE}.")
  long maxInputMegabytes;

  @Option(
      names = "--lenient",
      description = "Skip malformed lines instead of stopping; each one is counted and listed in"
          + " the report.")
  boolean lenient;

  /** The format names for --help. */
  static final class FormatNames extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatNames() {
      super(Arrays.stream(TranscriptFormat.values()).map(TranscriptFormat::id).toList());
    }
  }

  Optional<TranscriptFormat> format(CommandLine commandLine) {
    if (format.strip().toLowerCase(Locale.ROOT).equals("auto")) {
      return Optional.empty();
    }
    return Optional.of(TranscriptFormat.byId(format).orElseThrow(() ->
        new CommandLine.ParameterException(commandLine, "unknown --format '" + format
            + "'; use auto or one of: " + Arrays.stream(TranscriptFormat.values())
                .map(TranscriptFormat::id).collect(Collectors.joining(", ")))));
  }

  /** The speaker rules of the command line; bad mappings are usage errors. */
  SpeakerRules speakerRules(CommandLine commandLine) {
    SpeakerRules rules = SpeakerRules.none();
    try {
      for (String mapping : speakerMap) {
        rules = rules.withAlias(mapping);
      }
      for (String name : excludedSpeakers) {
        rules = rules.withExcluded(name);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CommandLine.ParameterException(commandLine, "--speaker-map: " + e.getMessage());
    }
    return anonymize ? rules.anonymized() : rules;
  }

  ReadOptions readOptions(CommandLine commandLine) {
    if (maxLineChars < 1 || maxInputMegabytes < 1 || maxInputMegabytes > (Long.MAX_VALUE >> 20)) {
      throw new CommandLine.ParameterException(commandLine,
          "--max-line-chars and --max-input-mb must be 1 or more");
    }
    return ReadOptions.defaults().withLenient(lenient).withMaxLineChars(maxLineChars)
        .withMaxInputBytes(maxInputMegabytes << 20);
  }

  /**
   * Reads one input named on the command line.
   *
   * @throws IOException if it cannot be read, with a message naming the file
   */
  Transcript read(String file, Optional<TranscriptFormat> chosen, ReadOptions options)
      throws IOException {
    if (file.equals("-")) {
      try (TranscriptReader reader =
          TranscriptReader.of(nonClosing(System.in), "<stdin>", chosen, options)) {
        return reader.readAll();
      }
    }
    Path path = Path.of(file);
    if (!Files.exists(path)) {
      throw new NoSuchFileException(file, null, "no such file");
    }
    try (TranscriptReader reader = TranscriptReader.open(path, chosen, options)) {
      return reader.readAll();
    }
  }

  /**
   * Reads one input, or prints a one-line message naming the file (and line) and returns empty,
   * so that bad input ends with exit status 2 and never a stack trace.
   */
  Optional<Transcript> readOrReport(String file, Optional<TranscriptFormat> chosen,
      ReadOptions options, java.io.PrintWriter err) {
    try {
      return Optional.of(read(file, chosen, options));
    } catch (org.talkbalance.transcript.TranscriptFormatException e) {
      err.println("balance: " + e.getMessage());
    } catch (NoSuchFileException e) {
      err.println("balance: " + file + ": no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("balance: cannot read " + file + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // standard input stays open for the rest of the process
      }
    };
  }
}
