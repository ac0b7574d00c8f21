package org.talkbalance.transcript;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing, one property per reader: golden samples of the format, mutated (truncated, cut,
 * spliced with bytes and with tokens that matter to the format, such as {@code -->}, quotes,
 * brackets, WhatsApp headers, invalid UTF-8), are read with the format forced and detected,
 * strictly and leniently. A read may only end in a transcript or a
 * {@link TranscriptFormatException}; anything else (another exception, an error, a hang) fails.
 *
 * <p>Bounded for CI: {@value #TRIES} tries per property, well under a minute in all. A longer
 * run reads {@code talkbalance.fuzz.rounds} inputs per try (the generated one, then more mutations
 * derived from the try's seed):
 * {@code ./mvnw -pl balance-core test -Dtest=ReaderFuzzTest -Dtalkbalance.fuzz.rounds=1000}
 * (300,000 inputs per reader, read four ways each: about 40 minutes for all readers on the
 * 2-core development machine). jqwik shrinks a
 * failure of the generated input; a failure in a later round names the seed, the round and the
 * input.
 */
@PropertyDefaults(tries = ReaderFuzzTest.TRIES, shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
class ReaderFuzzTest {

  static final int TRIES = 300;
  private static final int ROUNDS = Integer.getInteger("talkbalance.fuzz.rounds", 1);
  private static final ReadOptions SMALL =
      new ReadOptions(false, 500, 256 * 1024);
  private static final List<String> TOKENS =
      List.of(
          "\n", "\r\n", "\r", " ", ":", ": ", "-->", " --> ", "WEBVTT\n", "NOTE ", "<v ", "</v>",
          "<", ">", "&amp;", "&#", "00:00:01.000", "00:00:01,000", "99:99", "\n\n", "1\n",
          "12/01/2023, 10:15 - ", "[12/01/2023, 10:15:42] ", "31/02/2023, 25:61 - ",
          "1/12/23, 10:15\u202FPM - ", "\u200E", "\u202F", "<Media omitted>", "<attached: x.jpg>",
          "\"", "\"\"", ",", "{", "}", "[", "]", "\\", "\\u0000", "null", "true", "1e999999",
          "-1", "\"messages\":[", "\"text\":[", "\"author\":{", "\"speaker\":", "[10:15] <",
          "--- Day changed Wed Jan 03 2024\n", "* ", "-!- ", "\u0000", "\uFEFF", "😀", "\uD800");

  /** Where a mutation acts, and what it does there. */
  record Mutation(int kind, double at, double length, byte[] bytes, int token) {}

  private static final Map<TranscriptFormat, List<byte[]>> SEEDS = new LinkedHashMap<>();
  private static Path temp;

  @BeforeContainer
  static void loadSeeds() throws IOException {
    Path golden = GoldenFileTest.resources("golden");
    for (TranscriptFormat f : TranscriptFormat.values()) {
      Path dir = golden.resolve(f.id());
      List<byte[]> seeds = new ArrayList<>();
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path p : files.sorted().toList()) {
            if (Files.isRegularFile(p) && !p.toString().endsWith(".expected")) {
              seeds.add(Files.readAllBytes(p));
            }
          }
        }
      }
      SEEDS.put(f, seeds);
    }
    Path day = golden.resolve("slack/workspace/general/2023-01-12.json");
    SEEDS.put(TranscriptFormat.SLACK, List.of(Files.readAllBytes(day)));
    SEEDS.get(TranscriptFormat.PLAIN).add("Alice: hi\n[00:01] Bob: hey\n".getBytes(UTF_8));
    SEEDS.get(TranscriptFormat.CSV).add("speaker,text,start\nAlice,\"hi, you\",1.5\nBob,yo,2\n".getBytes(UTF_8));
    temp = Files.createTempDirectory("talkbalance-fuzz");
  }

  @AfterContainer
  static void removeTemp() throws IOException {
    try (Stream<Path> files = Files.walk(temp)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 6),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 0.3),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(8),
                Arbitraries.integers().between(0, TOKENS.size() - 1))
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(6);
  }

  static byte[] mutate(byte[] seed, List<Mutation> mutations) {
    byte[] b = seed;
    for (Mutation m : mutations) {
      int at = (int) Math.min(b.length, Math.round(m.at() * b.length));
      int length = (int) Math.min(b.length - at, Math.round(m.length() * b.length));
      byte[] insert =
          switch (m.kind()) {
            case 0, 1 -> TOKENS.get(m.token()).getBytes(UTF_8);
            case 2 -> m.bytes();
            default -> new byte[0];
          };
      b =
          switch (m.kind()) {
            case 0, 2 -> splice(b, at, 0, insert);
            case 1 -> splice(b, at, Math.min(length, 3), insert);
            case 3 -> java.util.Arrays.copyOf(b, at);
            case 4 -> splice(b, at, length, new byte[0]);
            case 5 -> splice(b, at, 0, java.util.Arrays.copyOfRange(b, at, at + length));
            default -> flip(b, at, m.bytes());
          };
    }
    return b;
  }

  private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    byte[] out = new byte[b.length - remove + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
    return out;
  }

  private static byte[] flip(byte[] b, int at, byte[] with) {
    byte[] out = b.clone();
    for (int i = 0; i < with.length && at + i < out.length; i++) {
      out[at + i] ^= with[i];
    }
    return out;
  }

  /** Reads bytes four ways; only a transcript or a TranscriptFormatException may come out. */
  static void readAllWays(byte[] input, TranscriptFormat format) throws IOException {
    for (Optional<TranscriptFormat> f : List.of(Optional.of(format), Optional.<TranscriptFormat>empty())) {
      for (ReadOptions options : List.of(SMALL, SMALL.withLenient(true))) {
        try (TranscriptReader r =
            TranscriptReader.of(new ByteArrayInputStream(input), "fuzz", f, options)) {
          check(r.readAll());
        } catch (TranscriptFormatException expected) {
          // a clear error is an acceptable end
        }
      }
    }
  }

  static void check(Transcript t) {
    int previous = 0;
    for (Utterance u : t.utterances()) {
      if (u.record() <= previous) {
        throw new AssertionError("records out of order: " + u);
      }
      previous = u.record();
    }
  }

  private boolean fuzz(TranscriptFormat format, int seed, List<Mutation> mutations)
      throws IOException {
    List<byte[]> seeds = SEEDS.get(format);
    readAllWays(mutate(seeds.get(seed % seeds.size()), mutations), format);
    for (int round = 1; round < ROUNDS; round++) {
      java.util.Random random = new java.util.Random(seed * 1_000_003L + round);
      byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), randomMutations(random));
      try {
        readAllWays(input, format);
      } catch (RuntimeException | Error e) {
        throw new AssertionError(
            "seed " + seed + ", round " + round + ", input:\n"
                + new String(input, UTF_8).replace("\n", "\\n\n"),
            e);
      }
    }
    return true;
  }

  private static List<Mutation> randomMutations(java.util.Random random) {
    List<Mutation> list = new ArrayList<>();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      byte[] bytes = new byte[random.nextInt(9)];
      random.nextBytes(bytes);
      list.add(
          new Mutation(
              random.nextInt(7),
              random.nextDouble(),
              random.nextDouble() * 0.3,
              bytes,
              random.nextInt(TOKENS.size())));
    }
    return list;
  }

  @Property
  boolean plain(@ForAll("mutations") List<Mutation> m, @ForAll int seed) throws IOException {
    return fuzz(TranscriptFormat.PLAIN, Math.abs(seed % 1000), m);
  }

  @Property
  boolean csv(@ForAll("mutations") List<Mutation> m, @ForAll int seed) throws IOException {
    return fuzz(TranscriptFormat.CSV, Math.abs(seed % 1000), m);
  }

  @Property
  boolean webVtt(@ForAll("mutations") List<Mutation> m, @ForAll int seed) throws IOException {
    return fuzz(TranscriptFormat.WEBVTT, Math.abs(seed % 1000), m);
  }

  @Property
  boolean srt(@ForAll("mutations") List<Mutation> m, @ForAll int seed) throws IOException {
    return fuzz(TranscriptFormat.SRT, Math.abs(seed % 1000), m);
  }

  @Property
  boolean whatsApp(@ForAll("mutations") List<Mutation> m, @ForAll int seed) throws IOException {
    return fuzz(TranscriptFormat.WHATSAPP, Math.abs(seed % 1000), m);
  }

  @Property
  boolean discordJson(@ForAll("mutations") List<Mutation> m, @ForAll int seed)
      throws IOException {
    return fuzz(TranscriptFormat.DISCORD_JSON, Math.abs(seed % 1000), m);
  }

  @Property
  boolean discordCsv(@ForAll("mutations") List<Mutation> m, @ForAll int seed) throws IOException {
    return fuzz(TranscriptFormat.DISCORD_CSV, Math.abs(seed % 1000), m);
  }

  @Property
  boolean telegram(@ForAll("mutations") List<Mutation> m, @ForAll int seed) throws IOException {
    return fuzz(TranscriptFormat.TELEGRAM_JSON, Math.abs(seed % 1000), m);
  }

  @Property
  boolean jsonLines(@ForAll("mutations") List<Mutation> m, @ForAll int seed) throws IOException {
    return fuzz(TranscriptFormat.JSON_LINES, Math.abs(seed % 1000), m);
  }

  @Property
  boolean convoKit(@ForAll("mutations") List<Mutation> m, @ForAll int seed) throws IOException {
    return fuzz(TranscriptFormat.CONVOKIT, Math.abs(seed % 1000), m);
  }

  @Property
  boolean irc(@ForAll("mutations") List<Mutation> m, @ForAll int seed) throws IOException {
    return fuzz(TranscriptFormat.IRC, Math.abs(seed % 1000), m);
  }

  @Property
  boolean slackZip(
      @ForAll("mutations") List<Mutation> m,
      @ForAll("entryNames") String extraEntry,
      @ForAll boolean lenient)
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "users.json",
        "[{\"id\":\"U01AAAA\",\"real_name\":\"Maria\"},{\"id\":\"U02BBBB\",\"name\":\"ken\"}]"
            .getBytes(UTF_8));
    entries.put("general/2023-01-12.json", mutate(SEEDS.get(TranscriptFormat.SLACK).get(0), m));
    entries.putIfAbsent(extraEntry, mutate("[]".getBytes(UTF_8), m));
    Path zip = ArchiveTest.zip(Files.createTempFile(temp, "slack", ".zip"), entries);
    try (TranscriptReader r = TranscriptReader.open(zip, SMALL.withLenient(lenient))) {
      check(r.readAll());
    } catch (TranscriptFormatException expected) {
      // a clear error is an acceptable end
    } catch (UncheckedIOException e) {
      throw new AssertionError(e);
    } finally {
      Files.delete(zip);
    }
    return true;
  }

  @Provide
  Arbitrary<String> entryNames() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "random/2023-01-13.json", "../escape.json", "/abs.json", "general\\x.json",
            "a/b/c/d.json", "users.json", "general/2023-01-12.json", "C:/x.json", "general/"),
        Arbitraries.strings().withChars("ab/.\\:-_0123456789json").ofMinLength(1).ofMaxLength(20));
  }
}
