package org.talkbalance.language;

import static org.talkbalance.language.DisclosureCue.ANCHOR_COUPLE;
import static org.talkbalance.language.DisclosureCue.ANCHOR_SELF;
import static org.talkbalance.language.DisclosureCue.BOUNDARY;
import static org.talkbalance.language.DisclosureCue.COORDINATOR;
import static org.talkbalance.language.DisclosureCue.COPULA;
import static org.talkbalance.language.DisclosureCue.FAMILY;
import static org.talkbalance.language.DisclosureCue.FEELING_VERB;
import static org.talkbalance.language.DisclosureCue.FORMULA;
import static org.talkbalance.language.DisclosureCue.HEALTH;
import static org.talkbalance.language.DisclosureCue.HYPOTHETICAL;
import static org.talkbalance.language.DisclosureCue.IMPERATIVE;
import static org.talkbalance.language.DisclosureCue.IRREALIS;
import static org.talkbalance.language.DisclosureCue.LOSS;
import static org.talkbalance.language.DisclosureCue.MONEY;
import static org.talkbalance.language.DisclosureCue.NEGATION_EXCEPTION;
import static org.talkbalance.language.DisclosureCue.NEGATIVE;
import static org.talkbalance.language.DisclosureCue.NEGATIVE_EXPRESSIVE;
import static org.talkbalance.language.DisclosureCue.NEGATOR;
import static org.talkbalance.language.DisclosureCue.OPENER;
import static org.talkbalance.language.DisclosureCue.OPINION;
import static org.talkbalance.language.DisclosureCue.OTHER_SUBJECT;
import static org.talkbalance.language.DisclosureCue.PAST;
import static org.talkbalance.language.DisclosureCue.POSITIVE;
import static org.talkbalance.language.DisclosureCue.POSITIVE_EXPRESSIVE;
import static org.talkbalance.language.DisclosureCue.QUESTION_START;
import static org.talkbalance.language.DisclosureCue.RELATIONSHIPS;
import static org.talkbalance.language.DisclosureCue.REPORTING;
import static org.talkbalance.language.DisclosureCue.STATE_VERB;
import static org.talkbalance.language.DisclosureCue.SUBJECT;
import static org.talkbalance.language.DisclosureCue.VULNERABILITY;
import static org.talkbalance.language.DisclosureCue.WHETHER_VERB;
import static org.talkbalance.language.DisclosureCue.WISH;
import static org.talkbalance.language.DisclosureCue.WORK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.talkbalance.internal.LexicalTokenizer;

/**
 * A detector of self-disclosure in a sentence: whether the speaker reveals facts (informational),
 * opinions and wishes about themselves (thoughts) or feelings (emotional), with the valence of the
 * feelings and the words that show it.
 *
 * <pre>{@code
 * DisclosureDetector detector = DisclosureDetector.standard();
 * detector.detect("I'm not okay.");       // EMOTIONAL, NEGATIVE, anchor "I'm", cues [not okay]
 * detector.detect("My dad moved out.");   // INFORMATIONAL, anchor "My", cues [dad]
 * detector.detect("I think it was long."); // NONE: an opinion about the outside world
 * detector.detect("She said I'm lazy.");  // INFORMATIONAL: her words, not his own feeling
 * }</pre>
 *
 * <p>The rules (DESIGN.md, "Self-disclosure"):
 *
 * <ul>
 *   <li>A disclosure needs a first-person <em>anchor</em>: I, me, my, mine, myself, and we, us, our
 *       for the couple. The anchor may be implicit where English leaves the subject out ("Feeling
 *       lonely tonight.", "So happy today!") or where an interjection says how the speaker feels
 *       ("Ugh.").
 *   <li>A sentence about oneself is <em>informational</em>; life-domain words (family, health,
 *       work, money, relationships, loss, the past) are kept as its evidence.
 *   <li>An opinion frame ("I think", "I know", "I feel like") makes the speaker's claim about what
 *       follows: a <em>thought</em> about oneself when the complement mentions the speaker ("I
 *       think I'm not good at this"), nothing when it does not ("I think the film was long").
 *       Wishes about oneself ("I want a new life") and vulnerability markers ("I've never told
 *       anyone", "to be honest") are thoughts too.
 *   <li>A feeling word is <em>emotional</em> when the speaker has the feeling: said of them ("I was
 *       terrified", "I'm not okay", "I feel bad", "I really miss her"), theirs ("my anxiety", "my
 *       heart is broken") or caused in them ("it scares me", "that made me happy"). Negation within
 *       three words flips its valence. Other people's feelings ("my brother hates his job") are
 *       facts about them; imagined feelings ("I would be devastated") are thoughts. An appraisal
 *       ("awful") is a feeling when predicated of one's own life ("my week was awful").
 *   <li>Words that are not the speaker's own claim do not count: conditional and hypothetical
 *       clauses ("if I were sad"), other people's reported words ("she said I'm lazy": only the
 *       fact that she said it is informational), support formulas ("I'm here for you", "I'm sorry
 *       you're going through this": see {@link SupportDetector}), discourse formulas ("oh my god",
 *       "trust me") and questions other than about one's feelings.
 * </ul>
 *
 * <p>The vocabulary is the project's {@code disclosure-cues.txt} and {@code
 * disclosure-emotions.txt}, whose headers document each category. The pass is lexical: one hash
 * lookup per token and a few linear scans over the sentence's tokens, no part-of-speech tagging.
 * Sentences without any first-person word, interjection or leading feeling word leave right after
 * the lookups.
 *
 * <p>Immutable and thread-safe: one instance may serve any number of threads.
 */
public final class DisclosureDetector {

  private static final long DOMAINS =
      bits(
          FAMILY,
          RELATIONSHIPS,
          HEALTH,
          WORK,
          MONEY,
          LOSS,
          PAST);

  /** Categories that tie a sentence to the speaker wherever they occur. */
  private static final long SPEAKER =
      bits(
          ANCHOR_SELF,
          ANCHOR_COUPLE,
          NEGATIVE_EXPRESSIVE,
          POSITIVE_EXPRESSIVE);

  private static final long FEELINGS = bits(NEGATIVE, POSITIVE);

  /** How far back a negator reaches, in tokens ("not really that happy"). */
  static final int NEGATION_WINDOW = 3;

  private static final DisclosureDetector STANDARD =
      new DisclosureDetector(DisclosureLexicon.standard());

  private final DisclosureLexicon lexicon;

  private DisclosureDetector(DisclosureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** {@return the detector with the project's English lexicons} */
  public static DisclosureDetector standard() {
    return STANDARD;
  }

  /**
   * Detects the self-disclosure in one sentence.
   *
   * @param sentence the sentence's text
   * @return its level, valence and evidence; {@link Disclosure#NONE} when it discloses nothing
   */
  public Disclosure detect(CharSequence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return detect(LexicalTokenizer.tokens(sentence));
  }

  /**
   * Detects the self-disclosure in one sentence that is already tokenized, so that callers holding
   * the tokens need no second pass over the text.
   *
   * @param tokens the sentence's tokens as {@link LexicalTokenizer#tokens} returns them (words and
   *     punctuation, any case)
   * @return its level, valence and evidence; {@link Disclosure#NONE} when it discloses nothing
   */
  public Disclosure detect(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    if (tokens.isEmpty()) {
      return Disclosure.NONE;
    }
    return new Analysis(tokens).run();
  }

  /**
   * Detects the self-disclosure and the support acts of one tokenized sentence in one pass: the
   * same as {@link #detect(List)} and {@link SupportDetector#detect(List)} together, at the cost of
   * one.
   *
   * @param tokens the sentence's tokens as {@link LexicalTokenizer#tokens} returns them
   * @return the disclosure and the support acts
   */
  public DisclosureAnnotation annotate(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    if (tokens.isEmpty()) {
      return DisclosureAnnotation.NONE;
    }
    Analysis analysis = new Analysis(tokens);
    Disclosure disclosure = analysis.run();
    List<SupportAct> support = SupportDetector.acts(tokens, analysis.supportSpans());
    return disclosure == Disclosure.NONE && support.isEmpty()
        ? DisclosureAnnotation.NONE
        : new DisclosureAnnotation(disclosure, support);
  }

  /** The working state of one sentence; confined to one call. */
  private final class Analysis {
    private final List<String> raw;
    private final int n;
    /** Normalized tokens: lowercase, straight apostrophes. */
    private final String[] t;
    private final boolean[] word;
    private final List<DisclosureLexicon.Match> matches;
    /** Category bits of the matches starting at each token. */
    private final long[] starts;

    /** Support and discourse formulas: their first person is not about the speaker. */
    private boolean[] formula;
    /** Inside a conditional or hypothetical clause: not asserted. */
    private boolean[] hypothetical;
    /** Inside another person's reported words. */
    private boolean[] reported;
    /** In a clause with "would": imagined, so feelings there are beliefs about oneself. */
    private boolean[] irrealis;
    /** The first-person subject of an opinion or wish frame ("I" of "I think"). */
    private boolean[] frameSubject;
    /** Starts a verb that reports another person's words. */
    private boolean[] reportingAt;
    /** Starts an opinion frame. */
    private boolean[] opinionAt;
    /** Feeling words, negations and evidence already counted. */
    private boolean[] counted;

    /** Segment (strong clause) of each token; an opinion complement is a segment of its own. */
    private int[] segment;
    /** Weak (comma-delimited) clause of each token. */
    private int[] clause;
    private int segments;
    private int clauses;
    private boolean[] complement = new boolean[8];

    private DisclosureLevel[] segmentLevel;
    private boolean[] licensedSegment;
    private boolean[] licensedClause;
    /** Evidence spans {from, to, complement segment or -1}. */
    private final List<int[]> evidence = new ArrayList<>();
    private List<SupportDetector.Span> supportSpans;
    /** Categories present anywhere in the sentence, as bits. */
    private long present;
    /** Sum of the signs of the feelings counted, negation applied. */
    private int valenceScore;

    Analysis(List<String> tokens) {
      raw = tokens;
      n = tokens.size();
      t = new String[n];
      word = new boolean[n];
      for (int i = 0; i < n; i++) {
        String token = tokens.get(i);
        t[i] = DisclosureLexicon.normalize(token);
        word[i] = isWord(t[i]);
      }
      matches = lexicon.find(t);
      starts = new long[n];
      for (DisclosureLexicon.Match m : matches) {
        starts[m.start()] |= 1L << m.category().ordinal();
        present |= 1L << m.category().ordinal();
      }
    }

    Disclosure run() {
      if ((present & SPEAKER) == 0 && !startsWithFeeling()) {
        return Disclosure.NONE; // nothing ties the sentence to the speaker: the common quick exit
      }
      formula = new boolean[n];
      hypothetical = new boolean[n];
      reported = new boolean[n];
      irrealis = new boolean[n];
      frameSubject = new boolean[n];
      opinionAt = new boolean[n];
      reportingAt = new boolean[n];
      counted = new boolean[n];
      segment = new int[n];
      clause = new int[n];
      markFormulas();
      splitClauses();
      markHypotheticals();
      markReportedSpeech();
      markIrrealis();
      markOpinionFrames();
      segmentLevel = new DisclosureLevel[segments];
      Arrays.fill(segmentLevel, DisclosureLevel.NONE);
      markWishes();
      license();
      feelings();
      vulnerability();
      // A question asks rather than tells: only feelings count in it ("why do I feel so lonely?").
      int question = questionStart();
      int[] segmentStart = new int[segments];
      Arrays.fill(segmentStart, n);
      for (int i = n - 1; i >= 0; i--) {
        segmentStart[segment[i]] = i;
      }
      DisclosureLevel level = DisclosureLevel.NONE;
      boolean reportedAnchor = false;
      for (int i = 0; i < question; i++) {
        if (!isAnchor(i) || formula[i] || hypothetical[i]) {
          continue;
        }
        if (reported[i]) {
          reportedAnchor = true;
        } else if (!frameSubject[i] && !irrealis[i]) {
          level = max(level, complement[segment[i]]
              ? DisclosureLevel.THOUGHTS : DisclosureLevel.INFORMATIONAL);
        }
      }
      for (int seg = 0; seg < segments; seg++) {
        DisclosureLevel l = segmentLevel[seg];
        if (segmentStart[seg] < question || l == DisclosureLevel.EMOTIONAL) {
          level = max(level, l);
        }
      }
      if (level == DisclosureLevel.NONE && reportedAnchor) {
        level = DisclosureLevel.INFORMATIONAL;
        for (DisclosureLexicon.Match m : matches) {
          if (reportingAt[m.start()] && m.category() == REPORTING) {
            evidence.add(new int[] {m.start(), m.end(), -1});
          }
        }
      }
      if (level == DisclosureLevel.NONE) {
        return Disclosure.NONE;
      }
      domains(reportedAnchor);
      Valence valence = level.depth() < DisclosureLevel.THOUGHTS.depth() || valenceScore == 0
          ? Valence.NEUTRAL
          : valenceScore > 0 ? Valence.POSITIVE : Valence.NEGATIVE;
      return new Disclosure(level, valence, anchor(), cues());
    }

    // --- scopes ---------------------------------------------------------------------------------

    /** The support acts of the sentence, found once. */
    List<SupportDetector.Span> supportSpans() {
      if (supportSpans == null) {
        supportSpans = SupportDetector.spans(matches);
      }
      return supportSpans;
    }

    private void markFormulas() {
      for (SupportDetector.Span span : supportSpans()) {
        Arrays.fill(formula, span.start(), span.end(), true);
      }
      if (present(FORMULA)) {
        for (DisclosureLexicon.Match m : matches) {
          if (m.category() == FORMULA) {
            Arrays.fill(formula, m.start(), m.end(), true);
          }
        }
      }
    }

    private void splitClauses() {
      int seg = 0;
      int cl = 0;
      for (int i = 0; i < n; i++) {
        if (isStrongBoundary(i)) {
          seg++;
          cl++;
        } else if (isWeakBoundary(i)) {
          cl++;
        }
        segment[i] = seg;
        clause[i] = cl;
      }
      segments = seg + 1;
      clauses = cl + 1;
      complement = new boolean[segments + 4];
    }

    private boolean isStrongBoundary(int i) {
      if (!word[i]) {
        return t[i].length() == 1 && ".!?;:…()".indexOf(t[i].charAt(0)) >= 0;
      }
      if (is(i, BOUNDARY)) {
        return true;
      }
      // a coordinator starts a new clause when a subject follows: "and I cried"
      return is(i, COORDINATOR) && i + 1 < n && isSubjectPronoun(i + 1);
    }

    private boolean isWeakBoundary(int i) {
      return !word[i] && t[i].length() == 1 && ",-–—\"“”".indexOf(t[i].charAt(0)) >= 0;
    }

    private boolean isSubjectPronoun(int i) {
      return is(i, SUBJECT) || is(i, OTHER_SUBJECT);
    }

    private void markHypotheticals() {
      if (!present(HYPOTHETICAL)) {
        return;
      }
      for (DisclosureLexicon.Match m : matches) {
        int s = m.start();
        if (m.category() != HYPOTHETICAL || formula[s]) {
          continue;
        }
        // "I don't know if I can" asks whether; "I imagine she's tired" is an opinion frame.
        if (precededWithin(s, 2, WHETHER_VERB) || precededWithin(s, 2, SUBJECT)) {
          continue;
        }
        int end = m.end();
        for (int k = m.end(); k < n; k++) {
          if (clause[k] != clause[s] || t[k].equals("then") || startsMainClause(k, m.end())) {
            break;
          }
          end = k + 1;
        }
        Arrays.fill(hypothetical, s, end, true);
      }
    }

    /**
     * Whether the main clause after "if …" starts at {@code k} in text without a comma: a subject
     * with a modal ("I would", "I'd", "we'll"), or any new subject once the conditional has had
     * two words ("if I get upset he brings me tea"), unless a verb that takes a clause precedes it
     * ("if he says I'm lazy").
     */
    private boolean startsMainClause(int k, int conditionStart) {
      String w = t[k];
      if (k > conditionStart && (w.endsWith("'d") || w.endsWith("'ll"))) {
        return true;
      }
      if (!isSubjectPronoun(k) || k < conditionStart + 2) {
        return false;
      }
      String before = t[k - 1];
      return !(is(k - 1, REPORTING) || is(k - 1, OPINION) || is(k - 1, WISH)
          || before.equals("that") || before.equals("what") || before.equals("how"));
    }

    private void markReportedSpeech() {
      if (!present(REPORTING)) {
        return;
      }
      for (DisclosureLexicon.Match m : matches) {
        int s = m.start();
        if (m.category() != REPORTING || formula[s] || hypothetical[s]) {
          continue;
        }
        if (precededWithin(s, 3, SUBJECT)) {
          continue; // "I said", "I was told": the speaker's own report
        }
        boolean sawWord = false;
        reportingAt[s] = true;
        for (int k = m.end(); k < n && segment[k] == segment[s]; k++) {
          if (sawWord && clause[k] != clause[k - 1]) {
            break;
          }
          sawWord |= word[k];
          reported[k] = true;
        }
      }
    }

    private void markIrrealis() {
      if (!present(IRREALIS)) {
        return;
      }
      for (DisclosureLexicon.Match m : matches) {
        int s = m.start();
        if (m.category() != IRREALIS || formula[s]) {
          continue;
        }
        // "I'd been" is "I had been", not "I would".
        if (t[s].endsWith("'d") && s + 1 < n && t[s + 1].equals("been")) {
          continue;
        }
        for (int k = 0; k < n; k++) {
          if (clause[k] == clause[s]) {
            irrealis[k] = true;
          }
        }
      }
    }

    // --- frames ---------------------------------------------------------------------------------

    private void markOpinionFrames() {
      if (!present(OPINION)) {
        return;
      }
      for (DisclosureLexicon.Match m : matches) {
        int s = m.start();
        if (m.category() != OPINION || excluded(s)) {
          continue;
        }
        int subject = frameSubjectOf(m);
        int next = m.end();
        if (subject < 0 || (next < n && startsNonClause(next))) {
          continue;
        }
        frameSubject[subject] = true;
        opinionAt[s] = true;
        int seg = segment[s];
        if (next < n && segment[next] == seg) {
          int fresh = segments++;
          if (fresh >= complement.length) {
            complement = Arrays.copyOf(complement, complement.length * 2);
          }
          complement[fresh] = true;
          for (int k = next; k < n && segment[k] == seg; k++) {
            segment[k] = fresh;
          }
          evidence.add(new int[] {s, next, fresh});
        }
      }
    }

    /**
     * Whether what follows an opinion verb is not a clause about the world: "think about", "mean
     * to", or "feel like a failure", which names a feeling.
     */
    private boolean startsNonClause(int k) {
      return switch (t[k]) {
        case "about", "of", "to", "a", "an", "shit", "crap", "garbage", "trash", "nothing" -> true;
        default -> false;
      };
    }

    private void markWishes() {
      if (!present(WISH)) {
        return;
      }
      for (DisclosureLexicon.Match m : matches) {
        int s = m.start();
        if (m.category() != WISH || excluded(s)) {
          continue;
        }
        int subject = frameSubjectOf(m);
        if (subject < 0) {
          continue;
        }
        frameSubject[subject] = true;
        int next = m.end();
        if (next < n && t[next].equals("for")) {
          next++;
        }
        if (next < n && (t[next].equals("you") || t[next].equals("your") || t[next].equals("u")
            || t[next].startsWith("you'"))) {
          continue; // "I hope you feel better": a wish for the other person
        }
        raise(segment[s], DisclosureLevel.THOUGHTS);
        evidence.add(new int[] {s, m.end(), -1});
      }
    }

    /** The first-person subject of a frame verb: the phrase's own first word or up to 3 before. */
    private int frameSubjectOf(DisclosureLexicon.Match m) {
      int s = m.start();
      if (is(s, SUBJECT)) {
        return s;
      }
      for (int k = s - 1; k >= 0 && k >= s - 3; k--) {
        if (!word[k] || segment[k] != segment[s] || is(k, OTHER_SUBJECT)) {
          return -1;
        }
        if (is(k, SUBJECT)) {
          return excluded(k) ? -1 : k;
        }
      }
      return -1;
    }

    // --- levels ---------------------------------------------------------------------------------

    /** Marks the segments and clauses that hold an anchor the speaker asserts of themselves. */
    private void license() {
      licensedSegment = new boolean[segments];
      licensedClause = new boolean[clauses];
      for (int i = 0; i < n; i++) {
        if (isAnchor(i) && !excluded(i) && !frameSubject[i]) {
          // an imagined self ("I'd advise you to…") licenses its own clause only
          licensedSegment[segment[i]] |= !irrealis[i];
          licensedClause[clause[i]] = true;
        }
      }
    }

    private void feelings() {
      int first = firstContentWord();
      boolean subjectDropped = first >= 0 && !excluded(first) && !is(first, IMPERATIVE)
          && (is(first, NEGATIVE) || is(first, POSITIVE) || is(first, FEELING_VERB)
              || t[first].equals("been"));
      boolean[] feelingVerb = new boolean[segments];
      for (int i = 0; i < n; i++) {
        if (is(i, FEELING_VERB) && !excluded(i) && !opinionAt[i]
            && (selfSubjectBefore(i) || (subjectDropped && i == first))) {
          feelingVerb[segment[i]] = true;
          raise(segment[i], irrealis[i] ? DisclosureLevel.THOUGHTS : DisclosureLevel.EMOTIONAL);
          evidence.add(new int[] {i, i + 1, -1});
        }
      }
      for (DisclosureLexicon.Match m : matches) {
        DisclosureCue c = m.category();
        int s = m.start();
        if (c.sign() == 0 || excluded(s) || counted[s]) {
          continue;
        }
        int seg = segment[s];
        boolean droppedHere = subjectDropped && segment[first] == seg;
        DisclosureLevel l = DisclosureLevel.NONE;
        if (c.isExpressive()) {
          l = DisclosureLevel.EMOTIONAL;
        } else if (c.isFeeling()) {
          if (droppedHere || feelingVerb[seg] || ownFeeling(s)) {
            l = DisclosureLevel.EMOTIONAL;
          }
        } else if (c.isLiking()) {
          if (subjectRightBefore(s)) {
            l = DisclosureLevel.EMOTIONAL;
          }
        } else if (c.isCause()) {
          if (m.end() < n && !excluded(m.end()) && (t[m.end()].equals("me")
              || t[m.end()].equals("us") || t[m.end()].equals("myself"))) {
            l = DisclosureLevel.EMOTIONAL;
          }
        } else if (c.isState()) {
          if (!attributive(s, m.end()) && (selfPredicated(s) || (droppedHere && s - first <= 3))) {
            l = DisclosureLevel.EMOTIONAL;
          }
        } else if (c.isAppraisal()) {
          if (licensedClause[clause[s]] && !complement[seg] && predicative(s)) {
            l = DisclosureLevel.EMOTIONAL;
          }
        }
        if (l == DisclosureLevel.NONE) {
          continue;
        }
        if (irrealis[s]) {
          l = DisclosureLevel.THOUGHTS;
        }
        int negator = negatorBefore(s);
        valenceScore += negator < s ? -c.sign() : c.sign();
        Arrays.fill(counted, negator, m.end(), true);
        raise(seg, l);
        evidence.add(new int[] {negator, m.end(), -1});
      }
    }

    /**
     * Whether the speaker is the one who has the feeling named at {@code [s, end)}: said of them
     * ("I'm so sad", "I really miss her"), theirs ("my anxiety"), or made to feel it ("that made me
     * happy"). Other people's feelings ("my fiancé hates
     * laundromats") are facts about them, not the speaker's feelings.
     */
    private boolean ownFeeling(int s) {
      if (selfPredicated(s) || selfSubjectBefore(s)) {
        return true;
      }
      for (int j = s - 1; j >= 0 && j >= s - 3 && clause[j] == clause[s]; j--) {
        if (excluded(j) || is(j, OTHER_SUBJECT)) {
          return false;
        }
        String w = t[j];
        if ((w.equals("my") || w.equals("our"))
            && (j == s - 1 || (j == s - 2 && t[s - 1].equals("own")))) {
          return true; // "my anxiety", "our own grief"; not "my brother hates"
        }
        if (objectOfCause(j)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a first-person subject comes right before, adverbs aside: "I (really) like". */
    private boolean subjectRightBefore(int s) {
      for (int j = s - 1; j >= 0 && j >= s - 3; j--) {
        if (is(j, SUBJECT)) {
          return !excluded(j);
        }
        switch (t[j]) {
          case "really", "just", "actually", "also", "still", "always", "totally", "genuinely",
              "do", "did", "don't", "didn't", "dont", "didnt", "never", "kinda", "so", "quite" -> {}
          default -> {
            return false;
          }
        }
      }
      return false;
    }

    /** "me" or "us" after a causative verb: "made me", "keeps us". */
    private boolean objectOfCause(int j) {
      return (t[j].equals("me") || t[j].equals("us")) && j > 0 && !excluded(j)
          && causative(t[j - 1]);
    }

    private boolean causative(String w) {
      return switch (w) {
        case "make", "makes", "made", "making", "got", "gets", "leave", "leaves", "left", "keep",
            "keeps", "kept", "drive", "drives", "drove" -> true;
        default -> false;
      };
    }

    /** Whether an appraisal is a predicate: a copula within three words before ("was so awful"). */
    private boolean predicative(int s) {
      for (int j = s - 1; j >= 0 && j >= s - 3 && clause[j] == clause[s]; j--) {
        String w = t[j];
        if (is(j, COPULA) || w.endsWith("'s") || w.endsWith("'re") || w.endsWith("'m")
            || w.equals("im")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a state word at {@code s} is not a feeling because it describes a noun ("a small
     * town", "good friends") or an ability ("good at", "bad with"); {@code k} is the next token.
     */
    private boolean attributive(int s, int k) {
      if (s > 0 && (t[s - 1].equals("a") || t[s - 1].equals("an") || t[s - 1].equals("the"))) {
        return true; // "a small town"
      }
      return k < n && (t[k].equals("at") || t[k].equals("with") || isDomain(k));
    }

    private boolean isDomain(int k) {
      return (starts[k] & DOMAINS) != 0;
    }

    private boolean startsWithFeeling() {
      int first = firstContentWord();
      return first >= 0 && (starts[first] & (FEELINGS | bits(FEELING_VERB))) != 0
          || first >= 0 && t[first].equals("been");
    }

    private int firstContentWord() {
      for (int i = 0; i < n; i++) {
        if (word[i] && !is(i, OPENER)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Whether the word at {@code k} is said of the speaker: a first-person subject before it in the
     * clause with a state verb between them ("I'm not okay", "I've been feeling so low", "we got
     * really sick") and no other subject in between.
     */
    private boolean selfPredicated(int k) {
      boolean stateVerb = false;
      for (int j = k - 1; j >= 0 && j >= k - 6 && clause[j] == clause[k]; j--) {
        if (excluded(j) || is(j, OTHER_SUBJECT) || opinionAt[j] || is(j, WISH)
            || is(j, REPORTING)) {
          return false; // the state belongs to the subject of a complement clause
        }
        if (is(j, SUBJECT)) {
          return stateVerb || t[j].equals("i'm") || t[j].equals("im") || t[j].equals("we're");
        }
        if (objectOfCause(j)) {
          return true; // "it made me (feel) so happy"
        }
        stateVerb |= is(j, STATE_VERB);
      }
      return false;
    }

    /** Whether a first-person subject comes within four words before {@code k}, in its clause. */
    private boolean selfSubjectBefore(int k) {
      for (int j = k - 1; j >= 0 && j >= k - 4 && clause[j] == clause[k]; j--) {
        if (is(j, SUBJECT)) {
          return !excluded(j);
        }
        if (objectOfCause(j)) {
          return true; // "that makes me feel"
        }
        if (is(j, OTHER_SUBJECT) || !word[j]) {
          return false;
        }
      }
      return false;
    }

    /** The position of a negator at most {@link #NEGATION_WINDOW} tokens before, or {@code s}. */
    private int negatorBefore(int s) {
      for (int j = s - 1; j >= 0 && j >= s - NEGATION_WINDOW && clause[j] == clause[s]; j--) {
        if (is(j, NEGATION_EXCEPTION)) {
          return s;
        }
        if (is(j, NEGATOR) || t[j].endsWith("n't")) {
          return j;
        }
      }
      return s;
    }

    private void vulnerability() {
      if (!present(VULNERABILITY)) {
        return;
      }
      boolean anyLicensed = false;
      for (boolean b : licensedSegment) {
        anyLicensed |= b;
      }
      for (DisclosureLexicon.Match m : matches) {
        int s = m.start();
        if (m.category() != VULNERABILITY || excluded(s)) {
          continue;
        }
        boolean ownAnchor = false;
        for (int k = s; k < m.end(); k++) {
          ownAnchor |= isAnchor(k);
        }
        if (ownAnchor || anyLicensed) {
          raise(segment[s], DisclosureLevel.THOUGHTS);
          evidence.add(new int[] {s, m.end(), -1});
        }
      }
    }

    private void domains(boolean reportedAnchor) {
      if ((present & DOMAINS) == 0) {
        return;
      }
      for (DisclosureLexicon.Match m : matches) {
        int s = m.start();
        if (!m.category().isDomain() || formula[s] || hypothetical[s] || counted[s]) {
          continue;
        }
        if (licensedSegment[segment[s]] || (reported[s] && reportedAnchor)) {
          Arrays.fill(counted, s, m.end(), true);
          evidence.add(new int[] {s, m.end(), -1});
        }
      }
    }

    /**
     * Where the sentence's final question starts, or {@code n} when it does not end in one. A
     * sentence ends in a question when it ends with "?", or, without final punctuation, starts with
     * an auxiliary and a subject ("do you", "am I") or a wh-word and an auxiliary ("how are"). The
     * question is the clause after the last strong boundary ("I love him, but does he love me?").
     */
    private int questionStart() {
      int last = n - 1;
      while (last >= 0 && !word[last] && !t[last].equals("?") && !t[last].equals(".")
          && !t[last].equals("!")) {
        last--;
      }
      if (last < 0) {
        return n;
      }
      if (t[last].equals("?")) {
        int start = last;
        while (start > 0 && (!isStrongBoundary(start - 1) || t[start - 1].equals("?"))) {
          start--;
        }
        return start;
      }
      if (!word[last] || n < 2 || !word[0] || !word[1] || !is(0, QUESTION_START)) {
        return n;
      }
      boolean question = wh(t[0]) ? is(1, QUESTION_START) && !wh(t[1]) : isSubjectPronoun(1);
      return question ? 0 : n;
    }

    private boolean wh(String w) {
      return switch (w) {
        case "what", "why", "how", "when", "where", "who", "which" -> true;
        default -> false;
      };
    }

    // --- evidence -------------------------------------------------------------------------------

    /** The anchor to show: asserted of the speaker, else imagined, a frame's, or reported. */
    private Optional<String> anchor() {
      int best = -1;
      int bestRank = Integer.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        if (!isAnchor(i) || formula[i] || hypothetical[i]) {
          continue;
        }
        int rank = reported[i] ? 3 : frameSubject[i] ? 2 : irrealis[i] ? 1 : 0;
        if (rank < bestRank) {
          best = i;
          bestRank = rank;
        }
      }
      return best < 0 ? Optional.empty() : Optional.of(raw.get(best));
    }

    private List<String> cues() {
      evidence.sort(
          (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
      List<String> out = new ArrayList<>(evidence.size());
      int coveredTo = -1;
      for (int[] span : evidence) {
        // An opinion verb is evidence only when its complement speaks of the speaker.
        if (span[1] <= coveredTo || (span[2] >= 0 && !licensedSegment[span[2]])) {
          continue;
        }
        out.add(text(raw, word, span[0], span[1]));
        coveredTo = span[1];
      }
      return out;
    }

    // --- helpers --------------------------------------------------------------------------------

    /** As {@link LexicalTokenizer#isWord}, with an ASCII fast path. */
    private static boolean isWord(String token) {
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c < 0x80
            ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
            : Character.isLetterOrDigit(c)) {
          return true;
        }
      }
      return false;
    }

    private boolean present(DisclosureCue category) {
      return (present & (1L << category.ordinal())) != 0;
    }

    private boolean is(int i, DisclosureCue category) {
      return (starts[i] & (1L << category.ordinal())) != 0;
    }

    private boolean isAnchor(int i) {
      return is(i, ANCHOR_SELF) || is(i, ANCHOR_COUPLE);
    }

    private boolean excluded(int i) {
      return formula[i] || hypothetical[i] || reported[i];
    }

    private void raise(int seg, DisclosureLevel level) {
      segmentLevel[seg] = max(segmentLevel[seg], level);
    }

    private boolean precededWithin(int s, int distance, DisclosureCue category) {
      for (int k = s - 1; k >= 0 && k >= s - distance; k--) {
        if (!word[k]) {
          return false;
        }
        if (is(k, category)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Tokens {@code [from, to)} as one string: words apart, punctuation runs together as typed
   * (": )" back to ":)").
   */
  static String text(List<String> tokens, boolean[] word, int from, int to) {
    StringBuilder b = new StringBuilder(tokens.get(from));
    for (int k = from + 1; k < to; k++) {
      if (word[k] || word[k - 1]) {
        b.append(' ');
      }
      b.append(tokens.get(k));
    }
    return b.toString();
  }

  private static long bits(DisclosureCue... cues) {
    long b = 0;
    for (DisclosureCue c : cues) {
      b |= 1L << c.ordinal();
    }
    return b;
  }

  private static DisclosureLevel max(DisclosureLevel a, DisclosureLevel b) {
    return a.depth() >= b.depth() ? a : b;
  }
}
