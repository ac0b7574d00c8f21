package org.talkbalance.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WordStartPatternTest {

  private static final String[] PATTERNS = {
    "\\b(?:you|your|y'all|yours)\\b",
    "\\b(?:is there )?(?:anything|something) (?:i|we) can do\\b",
    "\\bhow (?:do|did|does) (?:you|that|it|this) (?:make you )?feel\\b(?! about| that| like)",
    "\\b(?:if|whether) you (?:could|can|would|will|might) (?!tell|say|explain)\\w+",
    "\\b(?:what|how)\\b|\\b_x\\b|\\b9 lives\\b",
  };

  static Stream<String> texts() {
    return Stream.of(
        // matches at the start, in the middle, at the end
        "you there",
        "so is there anything we can do",
        "how does that make you feel",
        "how does that make you feel about it",
        "i wonder if you could pass it",
        "i wonder if you could tell me",
        // word starts after punctuation and inside tokens
        "you-know what",
        "y'all ready",
        "yours,truly",
        "l_c_d_ and _x here",
        "cat 9 lives",
        // near misses: inside a word, wrong boundary
        "bayou",
        "anyhow",
        "somehow there",
        "xyou",
        "you_",
        // non-ASCII letters next to the words
        "éyou",
        "café how",
        "naïve what",
        "",
        " ",
        "?");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void findsWhatFindFinds(String text) {
    for (String regex : PATTERNS) {
      boolean expected = Pattern.compile(regex).matcher(text).find();
      assertEquals(expected, new WordStartPattern(regex).find(text), regex + " in '" + text + "'");
    }
  }
}
