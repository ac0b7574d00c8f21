package org.talkbalance.transcript;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a transcript from a file, a stream or a {@link Reader}, one utterance at a time, in any
 * {@link TranscriptFormat}; the format is detected from the content unless given.
 *
 * <pre>{@code
 * try (TranscriptReader reader = TranscriptReader.open(Path.of("dinner.txt"), ReadOptions.defaults())) {
 *   Transcript transcript = reader.readAll();
 * }
 * }</pre>
 *
 * <p>Memory stays constant while streaming with {@link #utterances()}: only the utterance being
 * built is held. Input bytes are decoded as strict UTF-8 (a leading byte-order mark is skipped).
 *
 * <p>Not thread-safe; use one per input.
 */
public final class TranscriptReader implements Closeable {

  private static final int SNIFF_CHARS = 16 * 1024;

  private final String source;
  private final TranscriptFormat format;
  private final Reader in;
  private final Problems problems;
  private final UtteranceParser parser;

  private TranscriptReader(
      String source, TranscriptFormat format, BufferedReader in, ReadOptions options)
      throws IOException {
    this.source = source;
    this.format = format;
    this.in = in;
    this.problems = new Problems(source, options.lenient());
    this.parser =
        switch (format) {
          case PLAIN -> new PlainParser(
              new LineReader(in, problems, options.maxLineChars()), problems);
          case CSV -> new CsvParser(in, problems, options.maxLineChars());
        };
  }

  /**
   * Opens a file, detecting its format from its content.
   *
   * @param path the file
   * @param options strictness and limits
   * @return a reader; close it when done
   * @throws IOException if the file cannot be opened
   */
  public static TranscriptReader open(Path path, ReadOptions options) throws IOException {
    return open(path, Optional.empty(), options);
  }

  /**
   * Opens a file in a given format, or detecting it when the format is empty.
   *
   * @param path the file
   * @param format the format, or empty to detect it
   * @param options strictness and limits
   * @return a reader; close it when done
   * @throws IOException if the file cannot be opened
   */
  public static TranscriptReader open(
      Path path, Optional<TranscriptFormat> format, ReadOptions options) throws IOException {
    Objects.requireNonNull(path, "path");
    InputStream stream = Files.newInputStream(path);
    try {
      Path name = path.getFileName();
      return of(stream, name == null ? path.toString() : name.toString(), format, options);
    } catch (IOException | RuntimeException e) {
      stream.close();
      throw e;
    }
  }

  /**
   * Reads UTF-8 bytes, in a given format or detecting it when the format is empty.
   *
   * @param stream the bytes; closed when this reader is closed
   * @param source the name to use in messages, such as a file name or {@code <stdin>}
   * @param format the format, or empty to detect it
   * @param options strictness and limits
   * @return a reader; close it when done
   * @throws IOException if reading the start of the input fails
   */
  public static TranscriptReader of(
      InputStream stream, String source, Optional<TranscriptFormat> format, ReadOptions options)
      throws IOException {
    Reader decoder =
        new InputStreamReader(
            stream,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return of(decoder, source, format, options);
  }

  /**
   * Reads characters, in a given format or detecting it when the format is empty.
   *
   * @param reader the characters; closed when this reader is closed
   * @param source the name to use in messages
   * @param format the format, or empty to detect it
   * @param options strictness and limits
   * @return a reader; close it when done
   * @throws IOException if reading the start of the input fails
   */
  public static TranscriptReader of(
      Reader reader, String source, Optional<TranscriptFormat> format, ReadOptions options)
      throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    BufferedReader buffered = new BufferedReader(reader, 64 * 1024);
    TranscriptFormat chosen;
    if (format.isPresent()) {
      chosen = format.get();
    } else {
      chosen = TranscriptFormat.detect(peek(buffered, source));
    }
    return new TranscriptReader(source, chosen, buffered, options);
  }

  private static String peek(BufferedReader in, String source) throws IOException {
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
    } catch (java.nio.charset.CharacterCodingException e) {
      // the parser reports the exact line when it reaches the bad bytes
      return new String(head, 0, filled);
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
    for (Optional<Utterance> u = parser.next(); u.isPresent(); u = parser.next()) {
      all.add(u.get());
    }
    if (all.isEmpty()) {
      throw new TranscriptFormatException(
          source,
          1,
          1,
          "no utterance found; expected lines such as 'Alice: hello' (" + format.id() + " format)",
          "");
    }
    return new Transcript(source, all, problems.warnings());
  }

  /** {@return the malformed records skipped so far by a lenient read} */
  public List<InputWarning> warnings() {
    return problems.warnings();
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
    in.close();
  }
}
