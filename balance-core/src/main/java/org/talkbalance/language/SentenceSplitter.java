package org.talkbalance.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at runs of {@code . ! ? …} followed by white space, and at line
 * breaks. Decimal points and abbreviations without a following space ("3.5", "e.g.") stay inside.
 *
 * <p>Stateless; thread-safe.
 */
final class SentenceSplitter {

  private SentenceSplitter() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
        i++;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < n && ".!?…\"”’')".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        if (end == n || Character.isWhitespace(text.charAt(end))) {
          add(text, start, end, out);
          start = end;
        }
        i = end;
        continue;
      }
      i++;
    }
    add(text, start, n, out);
    return out;
  }

  private static void add(String text, int from, int to, List<String> out) {
    String s = text.substring(from, to).strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
