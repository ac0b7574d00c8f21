package org.talkbalance.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes subtitle markup from cue text: WebVTT and SRT tags ({@code <i>}, {@code <b>},
 * {@code <c.yellow>}, {@code <font color="…">}, karaoke time tags {@code <00:00:01.500>}), ASS
 * override tags ({@code {\an8}}), and character references ({@code &amp;}, {@code &lt;},
 * {@code &#233;}). Voice tags are read by the cue parser before this runs.
 *
 * <p>Stateless; thread-safe.
 */
final class CueText {

  private static final Pattern TAG = Pattern.compile("</?(?:[A-Za-z][^<>]*|\\d[\\d:.]*)>");
  private static final Pattern ASS = Pattern.compile("\\{\\\\[^{}]*}");
  private static final Pattern REFERENCE = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
  private static final Pattern SOUND_DESCRIPTION = Pattern.compile("\\[[^\\[\\]]*]|\\([^()]*\\)");

  private CueText() {}

  /** {@return the text without tags and with character references decoded} */
  static String clean(String text) {
    String s = TAG.matcher(text).replaceAll("");
    s = ASS.matcher(s).replaceAll("");
    if (s.indexOf('&') >= 0) {
      s = decode(s);
    }
    return s;
  }

  /**
   * Whether cue text holds no speech: only sound descriptions such as {@code [Music]} or
   * {@code (laughs)}, music signs and punctuation.
   */
  static boolean isSoundOnly(String cleaned) {
    String rest = SOUND_DESCRIPTION.matcher(cleaned).replaceAll("");
    return rest.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static String decode(String s) {
    Matcher m = REFERENCE.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        replacement = codePoint(Integer.parseInt(name.substring(2), 16), m.group());
      } else if (name.startsWith("#")) {
        replacement = codePoint(Integer.parseInt(name.substring(1)), m.group());
      } else {
        replacement =
            switch (name) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              case "nbsp" -> "\u00A0";
              case "lrm", "rlm" -> "";
              default -> m.group();
            };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(int value, String original) {
    return Character.isValidCodePoint(value) && value != 0
        ? new String(Character.toChars(value))
        : original;
  }
}
