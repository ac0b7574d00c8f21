package org.talkbalance.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Loads the project's word lists: one lowercase entry per line, {@code #} starts a comment. */
public final class WordLists {

  private WordLists() {}

  /**
   * Loads a word list resource that lies beside a class.
   *
   * @param anchor a class in the resource's package
   * @param name the resource's file name
   * @return the entries, lowercased, in file order
   * @throws IllegalStateException if the resource is missing (a packaging error)
   */
  public static Set<String> load(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "word list " + name + " is missing beside " + anchor.getName() + "; rebuild the jar");
      }
      Set<String> entries = new LinkedHashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          entries.add(entry.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }
}
