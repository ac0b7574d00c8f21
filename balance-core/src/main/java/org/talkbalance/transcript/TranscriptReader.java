package org.talkbalance.transcript;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a transcript from a file, a folder, a zip archive, a stream or a {@link Reader}, one
 * utterance at a time, in any {@link TranscriptFormat}; the format is detected from the content
 * unless given.
 *
 * <pre>{@code
 * try (TranscriptReader reader = TranscriptReader.open(Path.of("dinner.txt"), ReadOptions.defaults())) {
 *   Transcript transcript = reader.readAll();
 * }
 * }</pre>
 *
 * <p>A folder or zip archive is a Slack export when it holds {@code users.json}, and a ConvoKit
 * corpus when it holds {@code utterances.jsonl}; any other archive or folder must hold exactly one
 * transcript file (such as a zipped WhatsApp chat, {@code _chat.txt}), which is then read like a
 * file. Archive entries are checked before reading (see {@link ReadOptions#maxInputBytes()}).
 *
 * <p>Memory stays constant while streaming with {@link #utterances()}: only the utterance being
 * built is held (a day of one channel for Slack). Input bytes are decoded as strict UTF-8 (a
 * leading byte-order mark is skipped); an invalid byte is reported with its byte offset.
 *
 * <p>Messages that are not utterances (media placeholders, bots, system lines) are counted in
 * {@link #excluded()}. Chat formats give wall-clock times; {@link Utterance#start()} holds them as
 * offsets from the first message of the conversation.
 *
 * <p>Not thread-safe; use one per input.
 */
public final class TranscriptReader implements Closeable {

  private static final int SNIFF_CHARS = 16 * 1024;
  private static final List<String> TRANSCRIPT_EXTENSIONS =
      List.of(".txt", ".vtt", ".srt", ".csv", ".json", ".jsonl", ".log");

  private final String source;
  private final TranscriptFormat format;
  private final Closeable resource;
  private final Problems problems;
  private final Exclusions excluded;
  private final UtteranceParser parser;

  private TranscriptReader(
      String source,
      TranscriptFormat format,
      Closeable resource,
      Problems problems,
      Exclusions excluded,
      UtteranceParser parser) {
    this.source = source;
    this.format = format;
    this.resource = resource;
    this.problems = problems;
    this.excluded = excluded;
    this.parser = parser;
  }

  /**
   * Opens a file, folder or zip archive, detecting its format from its content.
   *
   * @param path the file, or a Slack export or ConvoKit corpus as a folder or zip archive
   * @param options strictness and limits
   * @return a reader; close it when done
   * @throws IOException if the file cannot be opened
   * @throws TranscriptFormatException if an archive is unsafe or holds no single transcript
   */
  public static TranscriptReader open(Path path, ReadOptions options) throws IOException {
    return open(path, Optional.empty(), options);
  }

  /**
   * Opens a file, folder or zip archive in a given format, or detecting it when the format is
   * empty.
   *
   * @param path the file, or a Slack export or ConvoKit corpus as a folder or zip archive
   * @param format the format, or empty to detect it
   * @param options strictness and limits
   * @return a reader; close it when done
   * @throws IOException if the file cannot be opened
   * @throws TranscriptFormatException if an archive is unsafe or holds no single transcript, or
   *     {@link TranscriptFormat#SLACK} is given for a plain file
   */
  public static TranscriptReader open(
      Path path, Optional<TranscriptFormat> format, ReadOptions options) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    Path name = path.getFileName();
    String source = name == null ? path.toString() : name.toString();
    CheckedInput.Budget budget = new CheckedInput.Budget(options.maxInputBytes());
    if (Files.isDirectory(path)) {
      return fromExport(ExportFiles.folder(path, source), format, options, budget);
    }
    if (ExportFiles.isZip(path)) {
      return fromExport(ExportFiles.zip(path, source), format, options, budget);
    }
    refuseSlack(source, format);
    Problems problems = new Problems(source, options.lenient());
    InputStream stream = Files.newInputStream(path);
    try {
      CheckedInput chars = CheckedInput.utf8(stream, problems, source, budget);
      return text(chars, source, format, options, problems, chars);
    } catch (IOException | RuntimeException e) {
      stream.close();
      throw e;
    }
  }

  private static void refuseSlack(String source, Optional<TranscriptFormat> format) {
    if (format.equals(Optional.of(TranscriptFormat.SLACK))) {
      throw new TranscriptFormatException(
          source,
          1,
          1,
          "a Slack export is a folder or a zip archive; open it by its path",
          "");
    }
  }

  private static TranscriptReader fromExport(
      ExportFiles files,
      Optional<TranscriptFormat> format,
      ReadOptions options,
      CheckedInput.Budget budget)
      throws IOException {
    try {
      boolean slack = SlackExportParser.usersFile(files.names()).isPresent();
      if (format.equals(Optional.of(TranscriptFormat.SLACK)) || (format.isEmpty() && slack)) {
        Problems problems = new Problems(files.source(), options.lenient());
        Exclusions excluded = new Exclusions();
        UtteranceParser parser =
            new SlackExportParser(files, problems, excluded, Json.factory(options), budget);
        return new TranscriptReader(
            files.source(), TranscriptFormat.SLACK, files, problems, excluded, parser);
      }
      String entry = transcriptEntry(files);
      String where = files.describe(entry);
      Problems problems = new Problems(where, options.lenient());
      Optional<TranscriptFormat> chosen =
          format.isEmpty() && entry.endsWith("utterances.jsonl")
              ? Optional.of(TranscriptFormat.CONVOKIT)
              : format;
      CheckedInput chars = CheckedInput.utf8(files.open(entry), problems, where, budget);
      Closeable both =
          () -> {
            try {
              chars.close();
            } finally {
              files.close();
            }
          };
      return text(chars, where, chosen, options, problems, both);
    } catch (IOException | RuntimeException e) {
      files.close();
      throw e;
    }
  }

  /** The one transcript file of a folder or archive that is not a Slack export. */
  private static String transcriptEntry(ExportFiles files) {
    List<String> candidates = new ArrayList<>();
    for (String name : files.names()) {
      String last = name.substring(name.lastIndexOf('/') + 1);
      String lower = last.toLowerCase(Locale.ROOT);
      if (name.startsWith("__MACOSX/") || last.startsWith(".")) {
        continue;
      }
      if (lower.equals("utterances.jsonl") && name.chars().filter(c -> c == '/').count() <= 1) {
        return name;
      }
      if (TRANSCRIPT_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
        candidates.add(name);
      }
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    for (String name : candidates) {
      if (name.equals("_chat.txt") || name.endsWith("/_chat.txt")) {
        return name;
      }
    }
    throw new TranscriptFormatException(
        files.source(),
        1,
        1,
        candidates.isEmpty()
            ? "no transcript here: expected a Slack export (users.json), a ConvoKit corpus"
                + " (utterances.jsonl) or one transcript file"
            : "several transcripts here ("
                + String.join(", ", candidates.subList(0, Math.min(5, candidates.size())))
                + (candidates.size() > 5 ? ", …" : "")
                + "); read them one at a time",
        "");
  }

  /**
   * Reads UTF-8 bytes, in a given format or detecting it when the format is empty. Archives and
   * Slack exports need a path: see {@link #open(Path, Optional, ReadOptions)}.
   *
   * @param stream the bytes; closed when this reader is closed
   * @param source the name to use in messages, such as a file name or {@code <stdin>}
   * @param format the format, or empty to detect it
   * @param options strictness and limits
   * @return a reader; close it when done
   * @throws IOException if reading the start of the input fails
   * @throws TranscriptFormatException if the bytes are a zip archive, or the format is
   *     {@link TranscriptFormat#SLACK}
   */
  public static TranscriptReader of(
      InputStream stream, String source, Optional<TranscriptFormat> format, ReadOptions options)
      throws IOException {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    refuseSlack(source, format);
    BufferedInputStream buffered = new BufferedInputStream(stream);
    buffered.mark(4);
    byte[] magic = buffered.readNBytes(4);
    buffered.reset();
    if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
      throw new TranscriptFormatException(
          source, 1, 1, "this is a zip archive; open it by its path to read what it holds", "");
    }
    Problems problems = new Problems(source, options.lenient());
    CheckedInput chars =
        CheckedInput.utf8(
            buffered, problems, source, new CheckedInput.Budget(options.maxInputBytes()));
    return text(chars, source, format, options, problems, chars);
  }

  /**
   * Reads characters, in a given format or detecting it when the format is empty. The size limit
   * counts characters here.
   *
   * @param reader the characters; closed when this reader is closed
   * @param source the name to use in messages
   * @param format the format, or empty to detect it
   * @param options strictness and limits
   * @return a reader; close it when done
   * @throws IOException if reading the start of the input fails
   * @throws TranscriptFormatException if the format is {@link TranscriptFormat#SLACK}
   */
  public static TranscriptReader of(
      Reader reader, String source, Optional<TranscriptFormat> format, ReadOptions options)
      throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    refuseSlack(source, format);
    Problems problems = new Problems(source, options.lenient());
    CheckedInput chars =
        CheckedInput.chars(reader, problems, new CheckedInput.Budget(options.maxInputBytes()));
    return text(chars, source, format, options, problems, chars);
  }

  private static TranscriptReader text(
      Reader chars,
      String source,
      Optional<TranscriptFormat> format,
      ReadOptions options,
      Problems problems,
      Closeable resource)
      throws IOException {
    BufferedReader buffered = new BufferedReader(chars, 64 * 1024);
    String head = peek(buffered);
    TranscriptFormat chosen = format.orElseGet(() -> TranscriptFormat.detect(head));
    refuseSlack(source, Optional.of(chosen));
    Exclusions excluded = new Exclusions();
    UtteranceParser parser = newParser(chosen, buffered, head, options, problems, excluded);
    return new TranscriptReader(source, chosen, resource, problems, excluded, parser);
  }

  private static UtteranceParser newParser(
      TranscriptFormat format,
      BufferedReader in,
      String head,
      ReadOptions options,
      Problems problems,
      Exclusions excluded)
      throws IOException {
    int maxLine = options.maxLineChars();
    return switch (format) {
      case PLAIN -> new PlainParser(new LineReader(in, problems, maxLine), problems);
      case CSV -> new CsvParser(new CsvGuard(in, problems.source(), maxLine), problems, maxLine);
      case WEBVTT -> new CueParser(new LineReader(in, problems, maxLine), problems, true);
      case SRT -> new CueParser(new LineReader(in, problems, maxLine), problems, false);
      case WHATSAPP -> new WhatsAppParser(
          new LineReader(in, problems, maxLine), problems, excluded, head);
      case IRC -> new IrcParser(new LineReader(in, problems, maxLine), problems, excluded);
      case JSON_LINES, CONVOKIT -> new JsonLinesParser(
          new LineReader(in, problems, maxLine),
          problems,
          Json.factory(options),
          format == TranscriptFormat.CONVOKIT);
      case DISCORD_JSON -> new JsonExportParser(
          Json.factory(options).createParser(in),
          problems,
          excluded,
          JsonExportParser.Flavour.DISCORD);
      case TELEGRAM_JSON -> new JsonExportParser(
          Json.factory(options).createParser(in),
          problems,
          excluded,
          JsonExportParser.Flavour.TELEGRAM);
      case DISCORD_CSV -> new DiscordCsvParser(
          new CsvGuard(in, problems.source(), maxLine), problems, excluded, maxLine);
      case SLACK -> throw new IllegalStateException("Slack exports are refused before this");
    };
  }

  private static String peek(BufferedReader in) throws IOException {
    in.mark(SNIFF_CHARS + 1);
    char[] head = new char[SNIFF_CHARS];
    int filled = 0;
    try {
      while (filled < head.length) {
        int n = in.read(head, filled, head.length - filled);
        if (n < 0) {
          break;
        }
        filled += n;
      }
    } catch (TranscriptFormatException e) {
      // the parser meets the same error again when it reaches that place
    } finally {
      in.reset();
    }
    return new String(head, 0, filled);
  }

  /** {@return the name of the input used in messages} */
  public String source() {
    return source;
  }

  /** {@return the format being read} */
  public TranscriptFormat format() {
    return format;
  }

  /**
   * Reads the next utterance.
   *
   * @return the next utterance, or empty at the end of the input
   * @throws IOException if reading fails
   * @throws TranscriptFormatException if the input is malformed and the read is strict
   */
  public Optional<Utterance> next() throws IOException {
    return parser.next();
  }

  /**
   * The remaining utterances as a lazy stream; I/O errors surface as {@link UncheckedIOException}.
   *
   * @return the utterances in input order
   */
  public Stream<Utterance> utterances() {
    Iterator<Utterance> iterator =
        new Iterator<>() {
          private Optional<Utterance> ahead = Optional.empty();
          private boolean fetched;

          @Override
          public boolean hasNext() {
            if (!fetched) {
              try {
                ahead = parser.next();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              fetched = true;
            }
            return ahead.isPresent();
          }

          @Override
          public Utterance next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            fetched = false;
            return ahead.get();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Reads every remaining utterance into a transcript.
   *
   * @return the transcript, with the warnings of a lenient read
   * @throws IOException if reading fails
   * @throws TranscriptFormatException if the input is malformed and the read is strict, or has no
   *     utterance at all
   */
  public Transcript readAll() throws IOException {
    List<Utterance> all = new ArrayList<>();
    Set<String> speakers = new HashSet<>();
    for (Optional<Utterance> u = parser.next(); u.isPresent(); u = parser.next()) {
      all.add(u.get());
      if (speakers.size() < 2) {
        speakers.add(u.get().speaker());
      }
    }
    ExcludedMessages left = excluded.snapshot();
    if (all.isEmpty()) {
      List<InputWarning> warnings = problems.warnings();
      throw new TranscriptFormatException(
          source,
          1,
          1,
          "no utterance found in this "
              + format.id()
              + " input"
              + (left.isEmpty() ? "" : " (only " + describe(left) + ")")
              + (warnings.isEmpty()
                  ? ""
                  : " (" + problems.count() + " problems, the first: " + warnings.get(0) + ")")
              + "; expected "
              + format.example(),
          "");
    }
    if (speakers.size() == 1) {
      problems.warn(
          all.get(0).line(),
          1,
          "only one speaker ("
              + all.get(0).speaker()
              + ") in this "
              + format.id()
              + " input; balance needs two or more, so check the format and the speaker names",
          "");
    }
    return new Transcript(source, all, problems.warnings(), left);
  }

  private static String describe(ExcludedMessages left) {
    List<String> parts = new ArrayList<>();
    long media = left.media().stream().mapToLong(SenderCount::messages).sum();
    long bots = left.bots().stream().mapToLong(SenderCount::messages).sum();
    if (media > 0) {
      parts.add(media + " media or placeholder messages");
    }
    if (bots > 0) {
      parts.add(bots + " bot messages");
    }
    if (left.system() > 0) {
      parts.add(left.system() + " system lines");
    }
    return String.join(", ", parts);
  }

  /**
   * The problems found so far: malformed records skipped by a lenient read, and doubtful but
   * usable input (timestamps out of order, a single speaker) in either mode.
   *
   * @return the warnings in the order they were found
   */
  public List<InputWarning> warnings() {
    return problems.warnings();
  }

  /**
   * The messages read so far that are not utterances: media placeholders, bots, system lines.
   *
   * @return the counts; complete once the reader is exhausted
   */
  public ExcludedMessages excluded() {
    return excluded.snapshot();
  }

  /**
   * Reads a whole file, detecting its format.
   *
   * @param path the file
   * @param options strictness and limits
   * @return the transcript
   * @throws IOException if the file cannot be read
   * @throws TranscriptFormatException if the input is malformed
   */
  public static Transcript read(Path path, ReadOptions options) throws IOException {
    try (TranscriptReader reader = open(path, options)) {
      return reader.readAll();
    }
  }

  @Override
  public void close() throws IOException {
    resource.close();
  }
}
