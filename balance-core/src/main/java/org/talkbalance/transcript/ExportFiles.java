package org.talkbalance.transcript;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of an export that comes as a folder or a zip archive (Slack, a zipped WhatsApp chat,
 * a ConvoKit corpus), named by relative paths with {@code /} separators, in sorted order.
 *
 * <p>Archives are checked before anything is read: an entry whose name is absolute, contains a
 * {@code ..} segment, a backslash, a drive letter or a NUL is refused (path traversal), as is an
 * archive of more than {@value #MAX_ENTRIES} entries. Nothing is extracted to disk; the bytes read
 * from all entries together count against {@link ReadOptions#maxInputBytes()}, whatever the
 * archive claims about their sizes. Folders are listed two levels deep without following symbolic
 * links.
 *
 * <p>Not thread-safe; one per input.
 */
abstract class ExportFiles implements Closeable {

  static final int MAX_ENTRIES = 100_000;

  /** {@return the relative names of the files, sorted} */
  abstract List<String> names();

  /** Opens one of the files. */
  abstract InputStream open(String name) throws IOException;

  /** {@return the name of the export as used in messages} */
  abstract String source();

  /** {@return the name of a file as used in messages, such as {@code export.zip!general/x.json}} */
  String describe(String name) {
    return source() + "!" + name;
  }

  /** {@return whether the file starts with the zip signature} */
  static boolean isZip(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }

  static ExportFiles folder(Path root, String source) throws IOException {
    List<String> names = new ArrayList<>();
    list(root, "", 0, names);
    Collections.sort(names);
    return new ExportFiles() {
      @Override
      List<String> names() {
        return names;
      }

      @Override
      InputStream open(String name) throws IOException {
        return Files.newInputStream(root.resolve(name));
      }

      @Override
      String source() {
        return source;
      }

      @Override
      String describe(String name) {
        return source + "/" + name;
      }

      @Override
      public void close() {}
    };
  }

  private static void list(Path dir, String prefix, int depth, List<String> names)
      throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = prefix + p.getFileName();
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          if (depth < 2) {
            list(p, name + "/", depth + 1, names);
          }
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          names.add(name);
          if (names.size() > MAX_ENTRIES) {
            throw new TranscriptFormatException(
                prefix.isEmpty() ? dir.toString() : name,
                1,
                1,
                "the folder holds more than " + MAX_ENTRIES + " files; is it really an export?",
                "");
          }
        }
      }
    }
  }

  static ExportFiles zip(Path path, String source) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(path.toFile());
    } catch (ZipException e) {
      throw new TranscriptFormatException(
          source, 1, 1, "not a readable zip archive (" + e.getMessage() + ")", "");
    }
    try {
      Map<String, ZipEntry> byName = new HashMap<>();
      List<String> names = new ArrayList<>();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        checkName(source, e.getName());
        if (byName.size() >= MAX_ENTRIES) {
          throw new TranscriptFormatException(
              source, 1, 1, "the archive holds more than " + MAX_ENTRIES + " entries; unpack it and name"
                  + " the transcript file or export folder instead", "");
        }
        if (!e.isDirectory() && byName.putIfAbsent(e.getName(), e) == null) {
          names.add(e.getName());
        }
      }
      Collections.sort(names);
      return new ExportFiles() {
        @Override
        List<String> names() {
          return names;
        }

        @Override
        InputStream open(String name) throws IOException {
          return zip.getInputStream(byName.get(name));
        }

        @Override
        String source() {
          return source;
        }

        @Override
        public void close() throws IOException {
          zip.close();
        }
      };
    } catch (IllegalArgumentException e) {
      zip.close();
      throw new TranscriptFormatException(
          source, 1, 1, "the archive holds an unreadable entry name (" + e.getMessage() + ")", "");
    } catch (RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  static void checkName(String source, String name) {
    boolean unsafe =
        name.isEmpty()
            || name.startsWith("/")
            || name.indexOf('\\') >= 0
            || name.indexOf('\0') >= 0
            || (name.length() >= 2 && name.charAt(1) == ':');
    for (String segment : name.split("/")) {
      unsafe |= segment.equals("..");
    }
    if (unsafe) {
      throw new TranscriptFormatException(
          source,
          1,
          1,
          "the archive holds an entry with an unsafe path ('"
              + name
              + "'); refusing to read it",
          "");
    }
  }
}
