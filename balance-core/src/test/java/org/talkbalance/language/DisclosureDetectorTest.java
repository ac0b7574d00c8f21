package org.talkbalance.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.talkbalance.language.DisclosureLevel.EMOTIONAL;
import static org.talkbalance.language.DisclosureLevel.INFORMATIONAL;
import static org.talkbalance.language.DisclosureLevel.NONE;
import static org.talkbalance.language.DisclosureLevel.THOUGHTS;
import static org.talkbalance.language.Valence.NEGATIVE;
import static org.talkbalance.language.Valence.NEUTRAL;
import static org.talkbalance.language.Valence.POSITIVE;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkbalance.internal.LexicalTokenizer;

/** Hand-written sentences (not from any corpus) for the rules of {@link DisclosureDetector}. */
class DisclosureDetectorTest {

  private final DisclosureDetector detector = DisclosureDetector.standard();

  static Stream<Arguments> sentences() {
    return Stream.of(
        // facts about oneself: informational
        arguments("I work nights.", INFORMATIONAL, NEUTRAL),
        arguments("My dad moved out last year.", INFORMATIONAL, NEUTRAL),
        arguments("I grew up in a small town by the sea.", INFORMATIONAL, NEUTRAL),
        arguments("I've thought about it a lot.", INFORMATIONAL, NEUTRAL),
        arguments("im at my sisters place till sunday", INFORMATIONAL, NEUTRAL),
        // we / our: the couple or family
        arguments("We had a huge fight last night.", INFORMATIONAL, NEUTRAL),
        arguments("Our rent went up again.", INFORMATIONAL, NEUTRAL),
        arguments("We're both exhausted.", EMOTIONAL, NEGATIVE),
        arguments("We love our new flat.", EMOTIONAL, POSITIVE),
        // opinions about the outside world: not disclosure
        arguments("The film was long.", NONE, NEUTRAL),
        arguments("I think the film was long.", NONE, NEUTRAL),
        arguments("I don't think the shop opens on Sundays.", NONE, NEUTRAL),
        arguments("I guess the trains are late again.", NONE, NEUTRAL),
        arguments("I know it sounds silly.", NONE, NEUTRAL),
        arguments("The film was awful.", NONE, NEUTRAL),
        arguments("What a beautiful day!", NONE, NEUTRAL),
        arguments("Honestly, the film was long.", NONE, NEUTRAL),
        // thoughts: opinions, beliefs and wishes about oneself
        arguments("I think I'm not good at this.", THOUGHTS, NEUTRAL),
        arguments("I feel like I'm always the one who calls first.", THOUGHTS, NEUTRAL),
        arguments("I want a new life.", THOUGHTS, NEUTRAL),
        arguments("I wish we talked more.", THOUGHTS, NEUTRAL),
        arguments("I hope you feel better soon.", NONE, NEUTRAL),
        // feelings: emotional, kept apart by valence
        arguments("I feel lonely.", EMOTIONAL, NEGATIVE),
        arguments("I was terrified.", EMOTIONAL, NEGATIVE),
        arguments("I've been so anxious lately.", EMOTIONAL, NEGATIVE),
        arguments("I miss my mum every day.", EMOTIONAL, NEGATIVE),
        arguments("My anxiety has been through the roof.", EMOTIONAL, NEGATIVE),
        arguments("It really scares me.", EMOTIONAL, NEGATIVE),
        arguments("My week has been awful.", EMOTIONAL, NEGATIVE),
        arguments("I'm so proud of how far I've come.", EMOTIONAL, POSITIVE),
        arguments("That made me so happy.", EMOTIONAL, POSITIVE),
        arguments("I feel seen.", EMOTIONAL, NEUTRAL),
        // "like" is a feeling only right after the subject
        arguments("I really like my new job.", EMOTIONAL, POSITIVE),
        arguments("I don't like my job.", EMOTIONAL, NEGATIVE),
        arguments("I was like, no way.", INFORMATIONAL, NEUTRAL),
        // other people's feelings are facts about them
        arguments("My brother hates his job.", INFORMATIONAL, NEUTRAL),
        // negation
        arguments("I'm not okay.", EMOTIONAL, NEGATIVE),
        arguments("I don't feel happy anymore.", EMOTIONAL, NEGATIVE),
        arguments("I'm not scared anymore.", EMOTIONAL, POSITIVE),
        arguments("I can't stop crying.", EMOTIONAL, NEGATIVE),
        arguments("I've never been happier.", EMOTIONAL, POSITIVE),
        arguments("im not ok", EMOTIONAL, NEGATIVE),
        // hypotheticals and imagined feelings
        arguments("If I were sad, I would tell you.", NONE, NEUTRAL),
        arguments("If I were sad I would tell you", NONE, NEUTRAL),
        arguments("If I lost my job I would be devastated.", THOUGHTS, NEGATIVE),
        arguments("Imagine being that lonely.", NONE, NEUTRAL),
        arguments("If I were you, I'd leave him.", NONE, NEUTRAL),
        arguments("I don't know if I can do this.", THOUGHTS, NEUTRAL),
        // reported speech: the fact is the speaker's, the words are not
        arguments("She said I'm lazy.", INFORMATIONAL, NEUTRAL),
        arguments("My mum thinks I'm depressed.", INFORMATIONAL, NEUTRAL),
        arguments("He told me I was being dramatic.", INFORMATIONAL, NEUTRAL),
        arguments("I told her I was scared.", EMOTIONAL, NEGATIVE),
        // questions ask rather than tell, unless they carry one's own feeling
        arguments("Do you think I'm overreacting?", NONE, NEUTRAL),
        arguments("What do I do now?", NONE, NEUTRAL),
        arguments("Why do I always feel so empty?", EMOTIONAL, NEGATIVE),
        arguments("I moved here in May, but have you been to the old town?", INFORMATIONAL, NEUTRAL),
        // support formulas are support acts, not disclosure
        arguments("I'm so sorry you're going through this.", NONE, NEUTRAL),
        arguments("I'm here for you.", NONE, NEUTRAL),
        arguments("That sounds really hard.", NONE, NEUTRAL),
        arguments("I'm so sorry, my dad died last spring too.", INFORMATIONAL, NEUTRAL),
        // a dropped subject or an interjection is an implicit "I"
        arguments("Feeling really low today.", EMOTIONAL, NEGATIVE),
        arguments("So happy today!", EMOTIONAL, POSITIVE),
        arguments("Ugh.", EMOTIONAL, NEGATIVE),
        arguments("Finally home :)", EMOTIONAL, POSITIVE),
        arguments("Enjoy your weekend!", NONE, NEUTRAL),
        arguments("Feel better soon!", NONE, NEUTRAL),
        // vulnerability markers
        arguments("I've never told anyone this.", THOUGHTS, NEUTRAL),
        arguments("To be honest, I hate my job.", EMOTIONAL, NEGATIVE),
        // discourse formulas with a first person that is not about the speaker
        arguments("Oh my god, the traffic today.", NONE, NEUTRAL),
        arguments("Trust me, the traffic is worse on Fridays.", NONE, NEUTRAL),
        // no words at all
        arguments("...", NONE, NEUTRAL),
        arguments("", NONE, NEUTRAL));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("sentences")
  void levelAndValence(String sentence, DisclosureLevel level, Valence valence) {
    Disclosure d = detector.detect(sentence);
    assertEquals(level, d.level(), () -> "level of \"" + sentence + "\": " + d);
    assertEquals(valence, d.valence(), () -> "valence of \"" + sentence + "\": " + d);
  }

  static Stream<Arguments> evidence() {
    return Stream.of(
        // anchor as written, cues with their negation
        arguments("I'm not okay.", Optional.of("I'm"), List.of("not okay")),
        arguments("My dad moved out last year.", Optional.of("My"), List.of("dad", "last year")),
        arguments("We're both exhausted.", Optional.of("We're"), List.of("exhausted")),
        arguments("I think I'm not good at this.", Optional.of("I'm"), List.of("think")),
        arguments("She said I'm lazy.", Optional.of("I'm"), List.of("said")),
        arguments("To be honest, I hate my job.", Optional.of("I"),
            List.of("To be honest", "hate", "job")),
        // implicit first person: no anchor word
        arguments("Feeling lonely tonight.", Optional.empty(), List.of("Feeling", "lonely")),
        arguments("Ugh.", Optional.empty(), List.of("Ugh")),
        arguments("Missed the bus :(", Optional.empty(), List.of(":(")),
        // a plain fact about oneself may have no cue beyond its anchor
        arguments("I went home early.", Optional.of("I"), List.of()),
        // no disclosure, no evidence
        arguments("I think the film was long.", Optional.empty(), List.of()));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("evidence")
  void keepsEvidence(String sentence, Optional<String> anchor, List<String> cues) {
    Disclosure d = detector.detect(sentence);
    assertEquals(anchor, d.anchor(), () -> d.toString());
    assertEquals(cues, d.cues(), () -> d.toString());
  }

  static Stream<String> allSentences() {
    return Stream.concat(sentences(), SupportDetectorTest.sentences())
        .map(arguments -> (String) arguments.get()[0]);
  }

  @ParameterizedTest
  @MethodSource("allSentences")
  void annotateIsDetectAndSupportInOnePass(String sentence) {
    DisclosureAnnotation a = detector.annotate(LexicalTokenizer.tokens(sentence));
    assertEquals(detector.detect(sentence), a.disclosure());
    assertEquals(SupportDetector.standard().detect(sentence), a.support());
  }

  @Test
  void tokensAndTextGiveTheSameResult() {
    String text = "I've been feeling so low since my dad died, but she said I'm fine.";
    assertEquals(detector.detect(text), detector.detect(LexicalTokenizer.tokens(text)));
  }

  @Test
  void curlyApostrophesAndCapitalsAreNormalized() {
    Disclosure d = detector.detect("I\u2019M NOT OKAY.");
    assertEquals(EMOTIONAL, d.level());
    assertEquals(NEGATIVE, d.valence());
    assertEquals(List.of("NOT OKAY"), d.cues(), "evidence stays as written");
  }

  @Test
  void worksUnderATurkishDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Disclosure d = detector.detect("I FEEL LONELY AND I MISS MY DAD.");
      assertEquals(EMOTIONAL, d.level());
      assertEquals(NEGATIVE, d.valence());
      assertEquals(Optional.of("I"), d.anchor());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void depthFollowsTheLevel() {
    assertEquals(0, detector.detect("The film was long.").depth());
    assertEquals(1, detector.detect("I work nights.").depth());
    assertEquals(2, detector.detect("I want a new life.").depth());
    assertEquals(3, detector.detect("I feel lonely.").depth());
    assertTrue(detector.detect("I feel lonely.").isNegativeEmotional());
    assertFalse(detector.detect("I'm so happy.").isNegativeEmotional());
  }

  @Test
  void noneCarriesNoEvidence() {
    Disclosure none = detector.detect("The film was long.");
    assertEquals(Disclosure.NONE, none);
    assertFalse(none.isDisclosure());
  }
}
