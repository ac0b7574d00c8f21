package org.talkbalance.transcript;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Zip archives and folders: Slack exports, zipped chats, and hostile archives. */
class ArchiveTest {

  @TempDir Path temp;

  static Path zip(Path target, Map<String, byte[]> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(target);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return target;
  }

  private static Map<String, byte[]> folder(Path root, String prefix) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        entries.put(prefix + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return entries;
  }

  @Test
  void aZippedSlackExportReadsLikeTheFolder() throws IOException {
    Path folder = GoldenFileTest.resources("golden/slack/workspace");
    Transcript fromFolder = TranscriptReader.read(folder, GoldenFileTest.LENIENT);
    for (String prefix : List.of("", "Acme Slack export Jan 1 2023 - Jan 31 2023/")) {
      Path archive = zip(temp.resolve("slack" + prefix.length() + ".zip"), folder(folder, prefix));
      try (TranscriptReader r = TranscriptReader.open(archive, GoldenFileTest.LENIENT)) {
        assertEquals(TranscriptFormat.SLACK, r.format());
        Transcript fromZip = r.readAll();
        assertEquals(fromFolder.utterances(), fromZip.utterances());
        assertEquals(fromFolder.excluded(), fromZip.excluded());
      }
    }
  }

  static Stream<String> unsafeNames() {
    return Stream.of(
        "../users.json", "general/../../etc/passwd", "/users.json", "C:/users.json",
        "general\\..\\users.json");
  }

  @ParameterizedTest
  @MethodSource("unsafeNames")
  void entriesThatEscapeTheArchiveAreRefused(String name) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("users.json", "[]".getBytes(UTF_8));
    entries.put(name, "[]".getBytes(UTF_8));
    Path archive = zip(temp.resolve("evil.zip"), entries);
    TranscriptFormatException e =
        assertThrows(
            TranscriptFormatException.class,
            () -> TranscriptReader.open(archive, GoldenFileTest.LENIENT).close());
    assertTrue(e.problem().contains("unsafe path"), e.getMessage());
  }

  @Test
  void decompressedSizeIsBoundedWhateverTheArchiveClaims() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("users.json", "[{\"id\":\"U1\",\"real_name\":\"Ana\"}]".getBytes(UTF_8));
    // 4 MB of blanks compress to a few kilobytes: a small zip bomb
    byte[] blanks = new byte[4 << 20];
    java.util.Arrays.fill(blanks, (byte) ' ');
    blanks[0] = '[';
    blanks[blanks.length - 1] = ']';
    entries.put("general/2023-01-12.json", blanks);
    Path archive = zip(temp.resolve("bomb.zip"), entries);
    assertTrue(Files.size(archive) < 100_000);
    ReadOptions limited = GoldenFileTest.LENIENT.withMaxInputBytes(1 << 20);
    TranscriptFormatException e =
        assertThrows(
            TranscriptFormatException.class, () -> TranscriptReader.read(archive, limited));
    assertTrue(e.problem().contains("larger than 1048576 bytes"), e.getMessage());
  }

  @Test
  void aZippedWhatsAppChatIsReadFromItsTextFile() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("_chat.txt", Files.readAllBytes(GoldenFileTest.resources("golden/whatsapp/ios-en-gb.txt")));
    entries.put("00000012-PHOTO-2023-01-12-21-10-00.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8});
    entries.put("__MACOSX/._chat.txt", new byte[] {0});
    Path archive = zip(temp.resolve("WhatsApp Chat - Family.zip"), entries);
    try (TranscriptReader r = TranscriptReader.open(archive, ReadOptions.defaults())) {
      assertEquals(TranscriptFormat.WHATSAPP, r.format());
      assertEquals("WhatsApp Chat - Family.zip!_chat.txt", r.source());
      assertEquals(4, r.readAll().utterances().size());
    }
  }

  @Test
  void anArchiveOfSeveralTranscriptsAsksForOne() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a.txt", "Alice: hi\nBob: hey\n".getBytes(UTF_8));
    entries.put("b.vtt", "WEBVTT\n".getBytes(UTF_8));
    Path archive = zip(temp.resolve("two.zip"), entries);
    TranscriptFormatException e =
        assertThrows(
            TranscriptFormatException.class,
            () -> TranscriptReader.open(archive, ReadOptions.defaults()).close());
    assertTrue(e.problem().contains("several transcripts here (a.txt, b.vtt)"), e.getMessage());
  }

  @Test
  void aCorruptArchiveIsAFormatError() throws IOException {
    Path broken = temp.resolve("broken.zip");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
    TranscriptFormatException e =
        assertThrows(
            TranscriptFormatException.class,
            () -> TranscriptReader.open(broken, ReadOptions.defaults()).close());
    assertTrue(e.problem().contains("not a readable zip archive"), e.getMessage());
  }

  @Test
  void aConvoKitCorpusFolderOrZipReadsItsUtterances() throws IOException {
    Path corpus = GoldenFileTest.resources("golden/convokit/corpus");
    Path archive = zip(temp.resolve("corpus.zip"), folder(corpus, "my-corpus/"));
    try (TranscriptReader r = TranscriptReader.open(archive, ReadOptions.defaults())) {
      assertEquals(TranscriptFormat.CONVOKIT, r.format());
      assertEquals(3, r.readAll().utterances().size());
    }
  }

  @Test
  void slackForcedOnAFileIsRefused() {
    Path file = GoldenFileTest.resources("golden/irc/irssi.log");
    assertThrows(
        TranscriptFormatException.class,
        () -> TranscriptReader.open(file, Optional.of(TranscriptFormat.SLACK), ReadOptions.defaults()));
  }
}
