package org.talkbalance.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Loads the project's word lists (one lowercase entry per line, {@code #} starts a comment) and
 * makes the read-only word sets that the language layer looks words up in.
 *
 * <p>Stateless; thread-safe. The sets it returns are never modified after construction, so they
 * may be shared by any number of threads.
 */
public final class WordLists {

  private WordLists() {}

  /**
   * An unmodifiable set of words, for the lookups on the per-word hot path. It is hash-based:
   * {@code Set.of} probes with a division ({@code Math.floorMod}) on every lookup, which costs more
   * than the rest of a lookup here. Duplicates are tolerated.
   *
   * @param words the words; none null
   * @return an unmodifiable set of them
   */
  public static Set<String> setOf(String... words) {
    return copyOf(Arrays.asList(words));
  }

  /**
   * An unmodifiable hash-based copy of a collection of words (see {@link #setOf}).
   *
   * @param words the words; none null
   * @return an unmodifiable set of them
   */
  public static Set<String> copyOf(Collection<String> words) {
    Set<String> out = new HashSet<>(Math.max(16, words.size() * 2));
    for (String w : words) {
      out.add(java.util.Objects.requireNonNull(w, "word"));
    }
    return Collections.unmodifiableSet(out);
  }

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
      return copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }
}
