package org.talkbalance.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talkbalance.BalanceAnalyzer;
import org.talkbalance.language.QuestionType;

/** Question figures on small conversations, checked by hand. */
class QuestionMetricsTest {

  static Questions questions(String... speakerAndText) {
    return BalanceAnalyzer.builder().bootstrapResamples(0).build()
        .analyze(TalkShareTest.transcript(speakerAndText)).questions();
  }

  @Test
  void countsAnsweredOpenSupportAndFollowUps() {
    Questions q = questions(
        "Alice", "How are you feeling about the new job?",
        "Bob", "Nervous, honestly. The onboarding is chaotic.",
        "Alice", "Why is the onboarding so chaotic?",
        "Bob", "Nobody owns it. Could you pass the salt?",
        "Alice", "Sure. Do you want to talk to your manager about it?",
        "Bob", "Maybe. Did you call your sister?");
    SpeakerQuestions alice = q.speaker("Alice").orElseThrow();
    SpeakerQuestions bob = q.speaker("Bob").orElseThrow();
    assertEquals(3, alice.asked());
    assertEquals(1, bob.asked());
    assertEquals(4, q.total());
    // every question of Alice's is followed by a turn of Bob's; Bob's last one by nobody
    assertEquals(3, alice.answered());
    assertEquals(0, bob.answered());
    assertEquals(1, bob.unanswered());
    // "how are you feeling" is open and a support question; "why…" is open; "do you…" closed
    assertEquals(2, alice.open());
    assertEquals(1, alice.closed());
    assertEquals(2 / 3.0, alice.openRate(), 1e-12);
    assertTrue(alice.support() >= 1, "support questions: " + alice.support());
    // "Why is the onboarding so chaotic?" picks up Bob's "onboarding"
    assertTrue(alice.followUps() >= 1, "follow-ups: " + alice.followUps());
    // "Could you pass the salt?" is a request, not a question
    assertEquals(1, bob.requests());
    assertEquals(1, alice.types().of(QuestionType.YES_NO) + alice.types().of(QuestionType.TAG));
    assertEquals(0.75, alice.share(), 1e-12);
    assertEquals(1.0, alice.perTurn(), 1e-12);
    // entropy of counts 3 and 1
    double h = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)) / Math.log(2);
    assertEquals(h, q.balance(), 1e-12);
  }

  @Test
  void backchannelQuestionsAreNotQuestions() {
    Questions q = questions(
        "Alice", "I finally told my boss I am leaving at the end of the month",
        "Bob", "Really?",
        "Alice", "Yes and he took it surprisingly well");
    assertEquals(0, q.total());
    assertEquals(1, q.speaker("Bob").orElseThrow().backchannelQuestions());
    assertTrue(Double.isNaN(q.balance()));
  }

  @Test
  void perHundredWordsUsesTheSpeakersWords() {
    Questions q = questions("Alice", "Where did you park the car today",
        "Bob", "Behind the station near the bakery on the corner");
    SpeakerQuestions alice = q.speaker("Alice").orElseThrow();
    assertEquals(1, alice.asked());
    assertEquals(100.0 / 7, alice.per100Words(), 1e-12);
  }
}
