package org.talkbalance.language;

import static org.talkbalance.language.QuestionLexicon.BE;
import static org.talkbalance.language.QuestionLexicon.DEMONSTRATIVE;
import static org.talkbalance.language.QuestionLexicon.DETERMINERS;
import static org.talkbalance.language.QuestionLexicon.DO;
import static org.talkbalance.language.QuestionLexicon.HAVE;
import static org.talkbalance.language.QuestionLexicon.MODAL;
import static org.talkbalance.language.QuestionLexicon.PERSONAL;
import static org.talkbalance.language.QuestionLexicon.WH;
import static org.talkbalance.language.QuestionLexicon.WH_CONTRACTED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.talkbalance.internal.LexicalTokenizer;
import org.talkbalance.internal.OpenNlpModels;
import org.talkbalance.internal.WordLists;

/**
 * Decides whether a sentence asks a question, from its form, following the clause types of English
 * grammar: an auxiliary before the subject (yes/no), a wh-word with inversion or as the subject
 * (wh), a statement with a tag, an indirect frame ("I wonder if…"), or statement order with a
 * question mark (declarative). Requests, backchannels, repairs and fixed rhetorical forms in
 * question shape are told apart (see {@link QuestionKind}).
 *
 * <p>It reads speech as transcribed: without punctuation, in lowercase, with filled pauses,
 * repeated words, "you know" and "I mean", and with pre-tokenized contractions. It works on the
 * cheap lexical tokens; the part-of-speech tagger runs only on the sentences whose form a closed
 * word class cannot settle ("did it work" against "did it yesterday", "is the store open" against
 * "was a good movie", "who called" against "what people say"), unless the detector is built to use
 * no models or all of them (the baselines of the evaluation).
 *
 * <p>Immutable and thread-safe (the tagger is per thread, see {@link OpenNlpModels}).
 */
final class QuestionDetector {

  /** How much of the OpenNLP pipeline the detector uses. */
  enum ModelUse {
    /** Lexical rules only; ambiguous forms are decided by a lexical default. */
    NONE,
    /** Lexical rules, and the part-of-speech tagger where the form is ambiguous. */
    ON_DEMAND,
    /** The maxent tokenizer and tagger on every sentence, and tags for every decision. */
    ALL
  }

  /** Counts of how often the tagger was needed, and for which decision. Not thread-safe. */
  static final class Trace {
    private final Map<String, Integer> decisions = new TreeMap<>();
    private int sentences;
    private int taggedSentences;

    void tagged(String decision) {
      decisions.merge(decision, 1, Integer::sum);
      taggedSentences++;
    }

    void sentence() {
      sentences++;
    }

    /** {@return the number of sentences read} */
    int sentences() {
      return sentences;
    }

    /** {@return the number of sentences the tagger ran on} */
    int taggedSentences() {
      return taggedSentences;
    }

    /** {@return for each decision, how many sentences needed the tagger for it} */
    Map<String, Integer> decisions() {
      return Collections.unmodifiableMap(decisions);
    }
  }

  private static final Pattern INDIRECT_SELF =
      Pattern.compile(
          "^i(?: (?:am|was|have|had|would|will|do|did|just|always|really|sort of|kind of|kinda"
              + "|sorta|often|also|still|actually|been|sometimes|even|ever|now|personally))*"
              + " (?:wonder|wondered|wondering|curious"
              + "|(?:like|love|want|wanted|need|needed|wanna|going|gonna|meant|meaning|trying)"
              + "(?: to)? (?:know|ask|hear|find out)"
              + "|have a question|got a question"
              + "|(?:do not|did not|don't|didn't|am not sure|was not sure|am not) (?:know |sure )?"
              + "(?:if|whether|what|how|where|why|when|who|which) (?:you|your)\\b)\\b");

  /**
   * "I wonder…" in the simple present or past, or with a habitual adverb, is musing about the
   * world; it asks the hearer only when the hearer is in it ("I wonder what you think").
   */
  private static final Pattern MUSING =
      Pattern.compile(
          "^i(?: (?:have|had|do|did|just|always|really|often|also|still|sometimes|even|ever"
              + "|personally|sort of|kind of|kinda|sorta))* (?:wonder|wondered)\\b");

  /** "I was wondering if you could…": an indirect request (Searle 1975). */
  private static final WordStartPattern ASKING_FOR_ACTION =
      new WordStartPattern(
          "\\b(?:if|whether) you (?:could|can|would|will|might) (?!tell|say|explain"
              + "|describe|think|be)\\w+");

  private static final WordStartPattern HEARER =
      new WordStartPattern("\\b(?:you|your|y'all|yours)\\b");
  private static final Pattern TELL_ME =
      Pattern.compile(
          "^(?:please )?tell (?:me|us)(?: (?:a little|a bit|something|more|all|please|again))*"
              + " (?:about|what|how|why|when|where|who|which|if|whether|more|your|something)\\b");
  private static final WordStartPattern EMBEDDED_QUESTION =
      new WordStartPattern(
          "\\b(?:what|where|who|whom|whose|which|when|why|how|if|whether|about)\\b");
  private static final WordStartPattern OPEN_EMBEDDED =
      new WordStartPattern(
          "\\b(?:how|why|about|more|think|feel|feeling|felt|describe|explain)\\b");
  private static final WordStartPattern OPEN_WHAT =
      new WordStartPattern(
          "\\bwhat (?:(?:do|did|does|would|will|could) (?:you|they|he|she|people|y'all)"
              + " (?:really |honestly )?(?:think|feel|mean|make of|like about|say about"
              + "|want to talk about|have in mind|suggest|recommend|do about)"
              + "|(?:is|was|are|were) (?:it|that|this|they|he|she|those|these) like"
              + "|happened|(?:is|was|has been) (?:happening|going on|new|up|wrong|the matter)"
              + "|else|about|if|(?:is|are|were|was) your (?:opinion|thoughts|view|views|feeling"
              + "|feelings|experience|experiences|impression))\\b");
  private static final WordStartPattern SUPPORT =
      new WordStartPattern(
          String.join(
              "|",
              // the hearer's state: "how are you holding up", "how does that make you feel"
              "\\bhow (?:are|were|is|have|has) (?:you|things|everything)(?: been)?"
                  + "(?: really| doing| all)? (?:feeling|holding up|coping|managing|handling"
                  + "|getting on|getting along|bearing up|keeping up"
                  + "|doing (?:really|with|since|after|these days|lately))",
              "\\bhow (?:do|did|does) (?:you|that|it|this) (?:make you )?feel\\b"
                  + "(?! about| that| like)",
              "\\b(?:are|were|do|did|you) you (?:feeling |doing |still |really |all |feel )?"
                  + "(?:ok|okay|alright|all right|fine|better|hurt|upset|worried|sad|stressed"
                  + "|scared|afraid|anxious|angry|mad|lonely|tired|depressed|nervous"
                  + "|frustrated|overwhelmed|sick|in pain|hurting|struggling|coping|safe)\\b",
              "\\byou (?:feeling )?(?:ok|okay|alright|all right)\\b",
              // the hearer's needs: "what do you need", "how can I help"
              "\\bwhat (?:do|would|will|else do) you need\\b",
              "\\b(?:do|did) you need (?:anything|something|help|me|a hand|to talk|someone"
                  + "|a hug|support)\\b",
              "\\b(?:how|what) can (?:i|we) (?:do to )?(?:help|support|do for you|make it)\\b",
              "\\bwhat can (?:i|we) do\\b",
              "\\b(?:is there )?(?:anything|something) (?:i|we) can do\\b",
              "\\bis there (?:anything|something) (?:you need|i can|we can)\\b",
              "\\bwhat (?:would|might|could) (?:help|make you feel)\\b",
              "\\b(?:can|may|could) (?:i|we) (?:do anything|help)\\b",
              // trouble: "what's wrong", "do you want to talk about it"
              "\\bwhat (?:is|was) (?:wrong|the matter|bothering you|troubling you"
                  + "|upsetting you|on your mind|eating you|going on with you|up with you)\\b",
              "\\bis (?:something|anything|everything) (?:wrong|ok|okay|alright|all right)\\b",
              "\\b(?:do|would) you (?:want|like|wanna|need) to talk(?: about it)?\\b"));

  /** Words skipped before a sentence is matched against the fixed forms. */
  private static final Set<String> FIXED_FORM_LEADERS =
      WordLists.setOf("oh", "well", "and", "but", "so", "wow", "gee", "ah");

  /** The multi-word tags, split into words and indexed by their last word. */
  private static final Map<String, List<String[]>> TAG_PHRASES =
      byLastWord(QuestionLexicon.TAG_PHRASES);

  /** First words of the multi-word markers, to try those only when they can match. */
  private static final Set<String> MULTIWORD_MARKER_STARTS = firstWords();

  /** Words without which a clause opening with "I" cannot be an indirect question. */
  private static final Set<String> INDIRECT_KEYWORDS =
      WordLists.setOf(
          "wonder",
          "wondered",
          "wondering",
          "curious",
          "know",
          "ask",
          "hear",
          "question",
          "find",
          "sure");

  /** Marks a wh-opening that is not a question ("what a day"). */
  private static final QuestionAnnotation NOT_A_QUESTION =
      QuestionAnnotation.notQuestion(QuestionKind.NONE, "exclamative");

  /**
   * How far past the token asked about the on-demand tagger reads: the tokens up to four past it
   * keep their tags, the two after those give them their right context (the tagger's features look
   * two words ahead).
   */
  private static final int TAG_WINDOW = 7;

  /** The tokens at the end of a partly tagged clause whose tags are not kept. */
  private static final int TAG_CONTEXT = 2;

  private final ModelUse models;

  QuestionDetector(ModelUse models) {
    this.models = Objects.requireNonNull(models, "models");
  }

  /** {@return how much of the OpenNLP pipeline this detector uses} */
  ModelUse models() {
    return models;
  }

  /**
   * Reads one sentence.
   *
   * @param sentence the sentence as said
   * @param afterOwnSentence whether the same speaker said another sentence just before, in the same
   *     utterance (which makes a bare "isn't it?" a tag rather than a backchannel)
   * @param trace where to count tagger use, or null
   * @return the annotation
   */
  QuestionAnnotation detect(String sentence, boolean afterOwnSentence, Trace trace) {
    return detect(LexicalTokenizer.tokens(sentence), afterOwnSentence, trace);
  }

  /**
   * Reads one sentence already split into tokens by {@link LexicalTokenizer#tokens}.
   *
   * @param lexicalTokens the sentence's tokens, punctuation included, markup left out
   * @param afterOwnSentence whether the same speaker said another sentence just before
   * @param trace where to count tagger use, or null
   * @return the annotation
   */
  QuestionAnnotation detect(List<String> lexicalTokens, boolean afterOwnSentence, Trace trace) {
    List<String> tokens = lexicalTokens;
    if (models == ModelUse.ALL) {
      tokens = OpenNlpModels.tokens(String.join(" ", lexicalTokens));
    }
    if (trace != null) {
      trace.sentence();
    }
    Reading reading = new Reading(QuestionText.of(tokens), trace);
    if (models == ModelUse.ALL && reading.n > 0) {
      reading.tag(0, "all sentences");
    }
    return reading.classify(afterOwnSentence);
  }

  private static Map<String, List<String[]>> byLastWord(Set<String> phrases) {
    Map<String, List<String[]>> out = new java.util.HashMap<>();
    for (String phrase : phrases) {
      String[] parts = phrase.split(" ");
      out.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(parts);
    }
    // longest first, so that "don't you think" is named rather than "you think", whatever the
    // set's order
    for (List<String[]> candidates : out.values()) {
      candidates.sort(
          java.util.Comparator.<String[]>comparingInt(parts -> -parts.length)
              .thenComparing(parts -> String.join(" ", parts)));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Set<String> firstWords() {
    Set<String> out = new java.util.HashSet<>();
    for (String marker : QuestionLexicon.MARKERS_2) {
      out.add(marker.substring(0, marker.indexOf(' ')));
    }
    for (String marker : QuestionLexicon.MARKERS_3) {
      out.add(marker.substring(0, marker.indexOf(' ')));
    }
    return WordLists.copyOf(out);
  }

  /** Whether a word is one of a few options; cheaper than a set for a handful of words. */
  private static boolean in(String word, String... options) {
    for (String option : options) {
      if (option.equals(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean isAux(String w) {
    return BE.contains(w) || DO.contains(w) || HAVE.contains(w) || MODAL.contains(w);
  }

  private static boolean isNegative(String w) {
    return w.endsWith("n't") || w.equals("cannot");
  }

  private static boolean subjectLike(String w) {
    return PERSONAL.contains(w)
        || DEMONSTRATIVE.contains(w)
        || DETERMINERS.contains(w)
        || w.equals("there");
  }

  /** The reading of one sentence. Not thread-safe. */
  private final class Reading {
    private final QuestionText text;
    private final int n;
    private final Trace trace;
    private String[] tags;
    /** The first token of the clause tagged only in part, or -1. */
    private int partialClause = -1;
    private boolean anyOr;
    private boolean quotedLast;

    Reading(QuestionText text, Trace trace) {
      this.text = text;
      this.n = text.size();
      this.trace = trace;
    }

    String w(int i) {
      return text.word(i);
    }

    /**
     * The UD tag of a word. The first time a clause needs one, the tagger runs on the clause (from
     * its first word to the punctuation that ends it) up to a few tokens past the word asked about
     * ({@link #TAG_WINDOW}); the tags of the last {@link #TAG_CONTEXT} tokens, read without the
     * words after them, are not kept. If the clause's decision then asks past those, the tagger
     * runs on the whole clause. The decisions read tags only inside their clause, mostly the few words
     * after its auxiliary or wh-word, and transcript clauses are long. When the detector uses all
     * models, the tagger runs on the whole sentence.
     */
    String tag(int i, String decision) {
      if (i < 0 || i >= n) {
        return "";
      }
      if (tags == null) {
        tags = new String[text.tokens.size()];
        if (trace != null) {
          trace.tagged(decision);
        }
      }
      int token = text.tokenIndex(i);
      if (tags[token] == null) {
        if (models == ModelUse.ALL) {
          tagTokens(0, tags.length, tags.length);
        } else {
          int from = i;
          while (from > 0 && !text.boundaryBefore(from)) {
            from--;
          }
          int to = i + 1;
          while (to < n && !text.boundaryBefore(to)) {
            to++;
          }
          int first = from == 0 ? 0 : text.tokenIndex(from);
          int end = to == n ? tags.length : text.tokenIndex(to);
          int windowEnd = token + TAG_WINDOW;
          if (first == partialClause || windowEnd >= end) {
            tagTokens(first, end, end);
          } else {
            tagTokens(first, windowEnd, windowEnd - TAG_CONTEXT);
            partialClause = first;
          }
        }
      }
      return tags[token];
    }

    /** Tags tokens {@code [from, to)} as one sequence; keeps the tags of {@code [from, keep)}. */
    private void tagTokens(int from, int to, int keep) {
      List<String> tagged = OpenNlpModels.partsOfSpeech(text.tokens.subList(from, to));
      for (int k = from; k < keep; k++) {
        tags[k] = tagged.get(k - from);
      }
    }

    boolean tagged(int i, String decision, String prefix) {
      return tag(i, decision).startsWith(prefix);
    }

    QuestionAnnotation classify(boolean afterOwnSentence) {
      if (n == 0) {
        return QuestionAnnotation.NONE;
      }
      QuestionAnnotation fixed = fixedForm(afterOwnSentence);
      if (fixed != null) {
        return fixed;
      }
      QuestionAnnotation shaped = null;
      boolean initial = true;
      List<int[]> clauses = clauses();
      for (int c = 0; c < clauses.size(); c++) {
        int[] clause = clauses.get(c);
        Clause k = new Clause(clause[0], clause[1], initial, c == clauses.size() - 1);
        if (k.start >= k.end) {
          continue;
        }
        boolean preface = c < clauses.size() - 1 && preface(k.start, k.end);
        if (!preface) {
          initial = false;
        }
        if (clause[0] > 0 && quotative(clause[0] - 1)) {
          quotedLast = c == clauses.size() - 1;
          continue; // "and he goes, do you want to dance": reported, not asked
        }
        QuestionAnnotation r = k.classify();
        if (r != null && r.isQuestion()) {
          QuestionAnnotation tag = c > 0 ? tag() : null;
          return tag != null ? tag : r;
        }
        if (r != null && shaped == null) {
          shaped = r;
        }
      }
      if (shaped != null) {
        return shaped;
      }
      QuestionAnnotation tag = tag();
      if (tag != null) {
        return tag;
      }
      if (text.questionMark && !quotedLast) {
        if (text.contains("please", 0, n)) {
          return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "request: please");
        }
        QuestionType type = anyOr ? QuestionType.ALTERNATIVE : QuestionType.DECLARATIVE;
        return question(type, 0, "declarative: question mark");
      }
      return QuestionAnnotation.NONE;
    }

    /** Whether the word at {@code i} introduces a quotation ("he said", "I was like"). */
    private boolean quotative(int i) {
      String x = w(i);
      if (x.equals("like") || x.equals("going")) {
        String before = w(i - 1);
        return BE.contains(before)
            || before.endsWith("'s")
            || before.endsWith("'m")
            || before.endsWith("'re")
            || before.equals("goes")
            || before.equals("be");
      }
      return QuestionLexicon.QUOTATIVES.contains(x);
    }

    /**
     * Whether a clause leaves the sentence's opening to the next clause: a greeting or vocative
     * without subject or verb ("good morning, Mr Zhang, …"), or a broken-off start of one or two
     * function words ("you, how many times…", "in, in his league…").
     */
    private boolean preface(int from, int to) {
      if (to - from > 3) {
        return false;
      }
      boolean noClause = true;
      boolean functionOnly = true;
      boolean subject = false;
      boolean verb = false;
      boolean address = to - from == 1 && isCapitalized(from);
      for (int i = from; i < to; i++) {
        String x = w(i);
        address |= QuestionLexicon.ADDRESS.contains(x);
        boolean core =
            PERSONAL.contains(x)
                || DEMONSTRATIVE.contains(x)
                || WH.contains(x)
                || WH_CONTRACTED.contains(x)
                || isAux(x)
                || x.contains("'");
        noClause &= !core;
        functionOnly &= core || DETERMINERS.contains(x) || QuestionLexicon.PREPOSITIONS.contains(x);
        subject |= PERSONAL.contains(x) || DEMONSTRATIVE.contains(x) || x.contains("'");
        verb |= isAux(x) || x.contains("'");
      }
      // "she was, had these cards": a broken-off subject and verb is a restarted statement
      return noClause && address || functionOnly && to - from <= 2 && !(subject && verb);
    }

    private boolean isCapitalized(int i) {
      String token = text.tokens.get(text.tokenIndex(i));
      return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && i > 0;
    }

    /** Whole-sentence fixed forms: backchannels, repairs, rhetorical questions, bare tags. */
    QuestionAnnotation fixedForm(boolean afterOwnSentence) {
      List<String> core = text.core;
      int start = 0;
      boolean news = false;
      boolean additive = false;
      while (start < core.size() - 1 && FIXED_FORM_LEADERS.contains(core.get(start))) {
        news |= core.get(start).equals("oh");
        additive = core.get(start).equals("so");
        start++;
      }
      if (core.size() - start > 6) {
        return null;
      }
      String key = String.join(" ", core.subList(start, core.size()));
      boolean mark = text.questionMark || text.trailingAppeal;
      if (QuestionLexicon.REPAIR_FORMS.contains(key)
          && (mark || QuestionLexicon.REPAIR_ALWAYS.contains(key))) {
        return QuestionAnnotation.notQuestion(QuestionKind.REPAIR, "repair: fixed form");
      }
      boolean ellipticalTag = ellipticalAuxPronoun(core, start);
      if (ellipticalTag && additive && !text.questionMark) {
        return QuestionAnnotation.NONE; // "so do I": agreement, not a question
      }
      boolean wordTag =
          core.size() - start == 1
              && (QuestionLexicon.TAG_WORDS_COMMA.contains(key)
                  || QuestionLexicon.TAG_WORDS_MARK.contains(key));
      if (afterOwnSentence && !news && text.questionMark && (ellipticalTag || wordTag)) {
        boolean tagForm = wordTag || isNegative(core.get(start));
        return question(
            tagForm ? QuestionType.TAG : QuestionType.YES_NO, 0, "tag: after own statement");
      }
      if (ellipticalTag && !news) {
        // Without "oh" (news receipt, Heritage 1984), a negative elliptical question seeks
        // agreement ("isn't it?") and one about the hearer asks them ("do you?"); "is it?" about
        // what the other just told is a backchannel.
        if (isNegative(core.get(start))) {
          return question(QuestionType.TAG, 0, "tag: elliptical negative");
        }
        if (core.get(start + 1).equals("you") && (text.questionMark || text.unpunctuated)) {
          return question(QuestionType.YES_NO, 0, "yes-no: elliptical about the hearer");
        }
      }
      if (text.questionMark && !news && in(key, "right", "okay", "ok", "correct", "alright")) {
        return question(QuestionType.TAG, 0, "tag: alone, asked");
      }
      if (QuestionLexicon.BACKCHANNEL_FORMS.contains(key) || ellipticalTag) {
        // only in question form: "really?" or "is that right", not a plain "yeah."
        boolean questionShaped =
            text.questionMark || isAux(core.get(start)) || core.get(start).equals("you");
        return questionShaped
            ? QuestionAnnotation.notQuestion(QuestionKind.BACKCHANNEL, "backchannel: fixed form")
            : QuestionAnnotation.NONE;
      }
      if (QuestionLexicon.RHETORICAL_FORMS.contains(key)) {
        return QuestionAnnotation.notQuestion(QuestionKind.RHETORICAL, "rhetorical: fixed form");
      }
      if (QuestionLexicon.RECIPROCAL_FORMS.contains(key)
          && (text.questionMark || key.contains("about"))) {
        return QuestionAnnotation.question(
            key.contains("about") ? QuestionType.WH : QuestionType.DECLARATIVE,
            key.contains("about"),
            false,
            "reciprocal: and you?");
      }
      return null;
    }

    /** "did you", "isn't it", "were they": an auxiliary and a pronoun and nothing else. */
    private boolean ellipticalAuxPronoun(List<String> core, int start) {
      int size = core.size() - start;
      if (size < 2 || size > 3) {
        return false;
      }
      String aux = core.get(start);
      String pronoun = core.get(start + 1);
      boolean rest = size == 2 || in(core.get(start + 2), "not", "really", "now", "too");
      return rest
          && isAux(aux)
          && (PERSONAL.contains(pronoun)
              || DEMONSTRATIVE.contains(pronoun)
              || pronoun.equals("there"));
    }

    /** Splits the words at punctuation boundaries: {start, end} pairs. */
    List<int[]> clauses() {
      List<int[]> out = new ArrayList<>(4);
      int start = 0;
      for (int i = 1; i < n; i++) {
        if (text.boundaryBefore(i)) {
          out.add(new int[] {start, i});
          start = i;
        }
      }
      out.add(new int[] {start, n});
      return out;
    }

    /** A statement with a tag: "…, isn't it", "…, don't you think", "…, right?". */
    QuestionAnnotation tag() {
      if (n < 3) {
        return null;
      }
      for (String[] parts : TAG_PHRASES.getOrDefault(w(n - 1), List.of())) {
        int from = n - parts.length;
        boolean askedOnly = parts[0].equals("or") || parts.length == 2 && parts[0].equals("you");
        if (from >= 2
            && endsWith(parts)
            && (text.boundaryBefore(from) || text.questionMark)
            && (text.questionMark || !askedOnly)) {
          return question(QuestionType.TAG, 0, "tag: " + String.join(" ", parts));
        }
      }
      int k = w(n - 1).equals("not") ? n - 3 : n - 2;
      String aux = w(k);
      String pronoun = w(k + 1);
      if (k >= 2
          && isAux(aux)
          && (PERSONAL.contains(pronoun) || in(pronoun, "it", "that", "there", "this"))
          && !QuestionLexicon.NOT_BEFORE_TAG.contains(w(k - 1))
          && !isAux(w(k - 1))
          && (text.boundaryBefore(k) || text.questionMark || isNegative(aux))) {
        return question(QuestionType.TAG, 0, "tag: auxiliary and pronoun");
      }
      String last = w(n - 1);
      if (text.boundaryBefore(n - 1)
          && (QuestionLexicon.TAG_WORDS_COMMA.contains(last)
              || text.questionMark && QuestionLexicon.TAG_WORDS_MARK.contains(last))
          && !w(n - 2).equals("all")) {
        return question(QuestionType.TAG, 0, "tag: " + last);
      }
      return null;
    }

    private boolean endsWith(String[] parts) {
      int from = n - parts.length;
      for (int i = 0; i < parts.length; i++) {
        if (!w(from + i).equals(parts[i])) {
          return false;
        }
      }
      return true;
    }

    /**
     * A question annotation with openness and support read from the words from {@code start} to the
     * end of the sentence.
     */
    QuestionAnnotation question(QuestionType type, int start, String cue) {
      String rest = expanded(start, n);
      boolean open = false;
      switch (type) {
        case WH -> open = openWh(start, rest);
        case INDIRECT -> open = OPEN_EMBEDDED.find(rest);
        default -> open = false;
      }
      boolean support = SUPPORT.find(rest);
      return QuestionAnnotation.question(type, open, support, cue);
    }

    private boolean openWh(int start, String rest) {
      String first = w(start);
      String second = w(start + 1);
      if (first.startsWith("why")) {
        return true;
      }
      if (first.startsWith("how")) {
        return !QuestionLexicon.HOW_QUANTITY.contains(second);
      }
      if (first.startsWith("what")) {
        return OPEN_WHAT.find(rest);
      }
      return false;
    }

    /** The words {@code [from, to)} joined by spaces, with auxiliary contractions spelled out. */
    String expanded(int from, int to) {
      StringBuilder b = new StringBuilder();
      for (int i = from; i < to; i++) {
        if (b.length() > 0) {
          b.append(' ');
        }
        String x = w(i);
        int apostrophe = x.indexOf('\'');
        if (apostrophe > 0 && !x.endsWith("n't")) {
          String head = x.substring(0, apostrophe);
          String tail = x.substring(apostrophe + 1);
          String full =
              switch (tail) {
                case "m" -> "am";
                case "re" -> "are";
                case "ve" -> "have";
                case "ll" -> "will";
                case "d" -> "would";
                case "s" ->
                    in(
                            head, "it", "that", "there", "here", "he", "she", "what", "who",
                            "where", "when", "why", "how", "what's")
                        ? "is"
                        : null;
                default -> null;
              };
          if (full != null) {
            b.append(head).append(' ').append(full);
            continue;
          }
        }
        b.append(x);
      }
      return b.toString();
    }

    /** One clause: words between punctuation, with leading discourse markers skipped. */
    private final class Clause {
      final int start;
      final int end;
      final boolean initial;
      final boolean last;
      boolean leadingOr;
      boolean leadingSo;

      Clause(int from, int to, boolean initial, boolean last) {
        this.initial = initial;
        this.last = last;
        this.end = to;
        int s = from;
        while (s < to) {
          String a = w(s);
          boolean multi = MULTIWORD_MARKER_STARTS.contains(a);
          String two = multi ? a + " " + w(s + 1) : "";
          if (multi && s + 3 < to && QuestionLexicon.MARKERS_3.contains(two + " " + w(s + 2))) {
            s += 3;
          } else if (multi && s + 2 < to && QuestionLexicon.MARKERS_2.contains(two)) {
            s += 2;
          } else if (QuestionLexicon.MARKERS.contains(a) && s + 1 < to) {
            leadingOr |= a.equals("or");
            leadingSo |= a.equals("so");
            s++;
          } else if (QuestionLexicon.MARKERS.contains(a) && s + 1 == to) {
            s = to;
          } else {
            break;
          }
        }
        this.start = s;
        anyOr |= leadingOr;
      }

      QuestionAnnotation classify() {
        String first = w(start);
        boolean strict = !initial && !(last && text.questionMark);
        if (!strict) {
          QuestionAnnotation indirect = indirect();
          if (indirect != null) {
            return indirect;
          }
        }
        if (isAux(first)) {
          if (leadingSo && end - start <= 2 && !text.questionMark) {
            return null; // "so do we": additive, not a question
          }
          return yesNo(start, strict, "yes-no: auxiliary before subject");
        }
        if (WH.contains(first) || WH_CONTRACTED.contains(first)) {
          QuestionAnnotation r = wh(strict);
          if (r == null && !strict && QuestionLexicon.SUBORDINATORS.contains(first)) {
            return afterSubordinateClause();
          }
          return r;
        }
        if (strict) {
          return null;
        }
        if (QuestionLexicon.SUBORDINATORS.contains(first)) {
          return afterSubordinateClause();
        }
        if (leadingSo && text.unpunctuated) {
          return soYou(start);
        }
        if (first.equals("you") && w(start + 1).equals("mean") && end - start > 2) {
          return question(QuestionType.DECLARATIVE, start, "declarative: you mean…");
        }
        if (text.unpunctuated && first.equals("i")) {
          String two = first + " " + w(start + 1);
          String three = two + " " + w(start + 2);
          int after =
              QuestionLexicon.HEDGES.contains(two)
                  ? start + 2
                  : QuestionLexicon.HEDGES.contains(three) ? start + 3 : -1;
          if (after > 0) {
            if (w(after).equals("that")) {
              after++;
            }
            QuestionAnnotation checked = soYou(after);
            return checked == null
                ? null
                : question(QuestionType.DECLARATIVE, start, "declarative: I guess + you");
          }
        }
        return null;
      }

      /** "I wonder if…", "tell me about…", "can I ask what…", "any idea where…". */
      QuestionAnnotation indirect() {
        String first = w(start);
        String second = w(start + 1);
        if (first.equals("i") || first.startsWith("i'")) {
          boolean keyword = false;
          for (int i = start + 1; i < end && i < start + 8 && !keyword; i++) {
            keyword = INDIRECT_KEYWORDS.contains(w(i));
          }
          if (!keyword) {
            return null;
          }
          String clause = expanded(start, end);
          boolean self = INDIRECT_SELF.matcher(clause).lookingAt();
          if (self && ASKING_FOR_ACTION.find(clause)) {
            return QuestionAnnotation.notQuestion(
                QuestionKind.REQUEST, "request: I wonder if you could");
          }
          if (self
              && (!MUSING.matcher(clause).lookingAt() || HEARER.find(clause))) {
            return question(QuestionType.INDIRECT, start, "indirect: I wonder…");
          }
          return null;
        }
        if (first.equals("tell") || first.equals("please") && second.equals("tell")) {
          if (TELL_ME.matcher(expanded(start, end)).lookingAt()) {
            return question(QuestionType.INDIRECT, start, "indirect: tell me…");
          }
          return null;
        }
        if (first.equals("let") && second.equals("me") && w(start + 2).equals("ask")) {
          return question(QuestionType.INDIRECT, start, "indirect: let me ask");
        }
        if (in(first, "can", "could", "may", "might")
            && second.equals("i")
            && w(start + 2).equals("ask")) {
          if (EMBEDDED_QUESTION.find(expanded(start + 3, end))) {
            return question(QuestionType.INDIRECT, start, "indirect: may I ask…");
          }
          return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "request: may I ask");
        }
        if (first.equals("any")
            && second.equals("idea")
            && EMBEDDED_QUESTION.find(expanded(start + 2, end))) {
          return question(QuestionType.INDIRECT, start, "indirect: any idea…");
        }
        return null;
      }

      /** A clause opening with an auxiliary: a yes/no question if the subject follows. */
      QuestionAnnotation yesNo(int at, boolean strict, String cue) {
        String aux = w(at);
        String subject = w(at + 1);
        if (at + 1 >= end) {
          return null;
        }
        boolean inverted;
        String how = cue;
        if (models == ModelUse.ALL) {
          inverted = posInverted(at, "all sentences");
        } else if (PERSONAL.contains(subject) || subject.equals("there")) {
          inverted = agrees(aux, subject);
        } else if (strict) {
          inverted =
              in(subject, "it", "this", "these", "those")
                  && (BE.contains(aux) || MODAL.contains(aux));
        } else if (DEMONSTRATIVE.contains(subject)) {
          if (BE.contains(aux) || MODAL.contains(aux)) {
            boolean complementizer =
                subject.equals("that")
                    && (aux.equals("is") || aux.equals("was"))
                    && at + 3 < end
                    && (PERSONAL.contains(w(at + 2))
                        || w(at + 2).equals("there")
                        || w(at + 2).contains("'"));
            inverted = !complementizer;
          } else {
            inverted = ambiguous(at, "yes-no: do/have + it/that", true);
            how = cue + ambiguityNote();
          }
        } else if (QuestionLexicon.NOT_SUBJECT.contains(subject) || subject.contains("'")) {
          inverted = false;
        } else if (DETERMINERS.contains(subject)) {
          boolean lexical = !(HAVE.contains(aux) && in(subject, "a", "an", "some", "no"));
          inverted = ambiguous(at, "yes-no: auxiliary + determiner", lexical);
          how = cue + ambiguityNote();
        } else {
          inverted = ambiguous(at, "yes-no: auxiliary + other word", false);
          how = cue + ambiguityNote();
        }
        if (!inverted) {
          return null;
        }
        return yesNoKind(at, how);
      }

      /**
       * Whether an auxiliary agrees with a pronoun after it: "is you" or "does we" cannot be an
       * inverted subject ("something that is, is you know, good").
       */
      private boolean agrees(String aux, String pronoun) {
        boolean plural = in(pronoun, "i", "you", "we", "they", "y'all", "ya", "u", "ye");
        if (in(aux, "is", "does", "has", "isn't", "doesn't", "hasn't")) {
          return !plural;
        }
        if (in(aux, "was", "wasn't")) {
          return !plural || pronoun.equals("i");
        }
        if (aux.equals("am")) {
          return pronoun.equals("i");
        }
        if (in(aux, "are", "aren't")) {
          return !in(pronoun, "i", "he", "she");
        }
        return true;
      }

      private String ambiguityNote() {
        return models == ModelUse.NONE ? " (lexical default)" : " (tagger)";
      }

      private boolean ambiguous(int at, String decision, boolean lexicalDefault) {
        if (models == ModelUse.NONE) {
          return lexicalDefault;
        }
        return posInverted(at, decision);
      }

      /**
       * Whether the words after the auxiliary at {@code at} are a subject followed by a predicate,
       * by their part-of-speech tags: "is [the store] open", "did [it] work".
       */
      private boolean posInverted(int at, String decision) {
        String aux = w(at);
        int j = at + 1;
        String t = tag(j, decision);
        boolean pronoun = false;
        if (t.startsWith("PRON") && !t.contains("+")) {
          j++;
          if (in(w(at + 1), "my", "your", "his", "her", "our", "their", "its")) {
            j = nounPhraseEnd(j, decision);
            if (j < 0) {
              return false;
            }
          } else {
            pronoun = true;
            if (in(w(j), "guys", "all", "two", "both", "folks", "people")) {
              j++;
            }
          }
        } else if (t.startsWith("DET")
            || t.startsWith("NUM")
            || t.startsWith("NOUN")
            || t.startsWith("PROPN")
            || t.startsWith("ADJ") && DETERMINERS.contains(w(j))) {
          j = nounPhraseEnd(t.startsWith("DET") ? j + 1 : j, decision);
          if (j < 0) {
            return false;
          }
        } else {
          return false;
        }
        if (j >= end) {
          return pronoun;
        }
        if (BE.contains(aux)) {
          if (pronoun) {
            return true;
          }
          String next = tag(j, decision);
          return !(next.startsWith("PUNCT")
              || next.startsWith("CCONJ")
              || next.startsWith("INTJ")
              || next.isEmpty());
        }
        for (int k = j; k < end; k++) {
          String x = tag(k, decision);
          if (x.startsWith("VERB") || x.startsWith("AUX")) {
            return true;
          }
        }
        return false;
      }

      /**
       * The end of a noun phrase's modifiers and head from {@code j}, or -1 if no noun heads it.
       */
      private int nounPhraseEnd(int j, String decision) {
        int k = j;
        while (k < end
            && (tagged(k, decision, "ADJ")
                || tagged(k, decision, "NUM")
                || tagged(k, decision, "ADV"))) {
          k++;
        }
        int nouns = 0;
        while (k < end && (tagged(k, decision, "NOUN") || tagged(k, decision, "PROPN"))) {
          k++;
          nouns++;
        }
        return nouns > 0 ? k : -1;
      }

      /** Tells a yes/no question from a request, an indirect or an alternative question. */
      QuestionAnnotation yesNoKind(int at, String cue) {
        String aux = w(at);
        String subject = w(at + 1);
        int v = at + 2;
        while (in(
                w(v),
                "please",
                "just",
                "possibly",
                "kindly",
                "maybe",
                "perhaps",
                "also",
                "all",
                "guys",
                "quickly",
                "ever",
                "really")
            && v < end) {
          v++;
        }
        String verb = w(v);
        if (text.contains("please", at, end)) {
          return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "request: please");
        }
        if (subject.equals("you")) {
          if (in(aux, "can", "could", "will", "would", "can't", "couldn't", "won't", "wouldn't")) {
            if (verb.equals("mind")) {
              return QuestionAnnotation.notQuestion(
                  QuestionKind.REQUEST, "request: would you mind");
            }
            if (aux.startsWith("would") && (verb.equals("like") || verb.equals("care"))) {
              return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "offer: would you like");
            }
            if (QuestionLexicon.TELL_VERBS.contains(verb)) {
              return question(QuestionType.INDIRECT, at, "indirect: can you tell me");
            }
            if (verb.equals("be") && in(w(v + 1), "able", "willing", "so", "kind")) {
              return QuestionAnnotation.notQuestion(
                  QuestionKind.REQUEST, "request: would you be able");
            }
            if (QuestionLexicon.ACTION_VERBS.contains(verb)) {
              return QuestionAnnotation.notQuestion(
                  QuestionKind.REQUEST, "request: can you + action");
            }
          }
          if (DO.contains(aux) || aux.equals("would")) {
            if (verb.equals("mind")) {
              return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "request: do you mind");
            }
            if (in(verb, "want", "need", "wanna") && in(w(v + 1), "me", "us")) {
              return QuestionAnnotation.notQuestion(
                  QuestionKind.REQUEST, "offer: do you want me to");
            }
            if (verb.equals("think")
                && in(w(v + 1), "you", "i", "you'd", "i'd")
                && in(w(v + 2), "could", "can", "might", "would")) {
              return QuestionAnnotation.notQuestion(
                  QuestionKind.REQUEST, "request: do you think you could");
            }
            if (in(verb, "know", "remember", "recall")
                    && EMBEDDED_QUESTION.find(w(v + 1) + " " + w(v + 2))
                || verb.equals("happen") && w(v + 2).equals("know")
                || verb.equals("have") && w(v + 1).equals("any") && w(v + 2).equals("idea")) {
              return question(QuestionType.INDIRECT, at, "indirect: do you know…");
            }
          }
        }
        if (subject.equals("i")
            && in(aux, "can", "could", "may", "might")
            && !verb.equals("help")
            && (aux.equals("may") || QuestionLexicon.PERMISSION_VERBS.contains(verb))) {
          return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "request: can I");
        }
        if (subject.equals("we")
            && in(aux, "can", "could")
            && (QuestionLexicon.ACTION_VERBS.contains(verb)
                || QuestionLexicon.PERMISSION_VERBS.contains(verb))) {
          return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "suggestion: can we");
        }
        if (subject.equals("it") && verb.equals("possible") && in(w(v + 1), "to", "for")) {
          return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "request: is it possible to");
        }
        if (aux.equals("shall") && (subject.equals("i") || subject.equals("we"))) {
          return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "offer: shall I/we");
        }
        if (subject.equals("it")
            && in(aux, "would", "is", "will")
            && (verb.equals("be")
                ? in(w(v + 1), "possible", "ok", "okay", "alright", "all")
                : in(verb, "ok", "okay", "alright", "all") && text.contains("if", 0, n))) {
          return QuestionAnnotation.notQuestion(
              QuestionKind.REQUEST, "request: would it be possible");
        }
        if (leadingOr || hasAlternative(at + 2)) {
          return question(QuestionType.ALTERNATIVE, at, "alternative: or");
        }
        return question(QuestionType.YES_NO, at, cue);
      }

      private boolean hasAlternative(int from) {
        for (int k = from; k < n - 1; k++) {
          if (w(k).equals("or") && !QuestionLexicon.EXTENDERS.contains(w(k + 1))) {
            return true;
          }
        }
        return false;
      }

      /** A clause opening with a wh-word. */
      QuestionAnnotation wh(boolean strict) {
        String first = w(start);
        String second = w(start + 1);
        int size = end - start;
        if (WH_CONTRACTED.contains(first)) {
          if (first.equals("what's") && second.equals("more")) {
            return null;
          }
          if (strict && !PERSONAL.contains(second)) {
            return null;
          }
          if (pseudoCleft(start)) {
            return null;
          }
          return question(QuestionType.WH, start, "wh: contracted auxiliary");
        }
        if (size == 1) {
          if (first.equals("what") || strict || !(text.questionMark || text.unpunctuated)) {
            return null;
          }
          return question(QuestionType.WH, start, "wh: elliptical");
        }
        if (!strict) {
          QuestionAnnotation special = whSpecial(first, second);
          if (special != null) {
            return special == NOT_A_QUESTION ? null : special;
          }
        }
        for (int j = start + 1; j < end && j <= start + 5; j++) {
          String x = w(j);
          if (isAux(x)) {
            if (strict && !(PERSONAL.contains(w(j + 1)) || w(j + 1).equals("there"))) {
              return null;
            }
            if (j > start + 1 && in(first, "when", "where", "why") && !subjectLike(w(j + 1))) {
              return null; // "when the kids were young": no inversion, a subordinate clause
            }
            if (pseudoCleft(j)) {
              return null;
            }
            if (first.equals("which") && j == start + 1 && !text.questionMark) {
              return null; // "which is nice": a relative clause going on from the last sentence
            }
            if (first.equals("what")
                && j == start + 1
                && end - start == 3
                && !last
                && in(w(j + 1), "it", "they", "that", "he", "she")) {
              return null; // "what is it, two thousand dollars": a word search, not asked
            }
            return question(QuestionType.WH, start, "wh: inversion");
          }
          if (PERSONAL.contains(x)
              || x.equals("it")
              || x.equals("there")
              || x.contains("'") && !WH_CONTRACTED.contains(x)) {
            if (!strict
                && x.equals("you")
                && (w(j + 1).endsWith("ing") && w(j + 1).length() > 4
                    || in(w(j + 1), "been", "gonna", "got", "think", "mean", "want", "wanna"))) {
              return question(QuestionType.WH, start, "wh: auxiliary left out");
            }
            return null;
          }
          boolean phraseWh = in(first, "what", "which", "whose", "how");
          if (strict) {
            if (phraseWh && QuestionLexicon.WH_PHRASE.contains(x)) {
              continue;
            }
            return null;
          }
          if (x.equals("the") && !in(w(j + 1), "hell", "heck")) {
            return null;
          }
          if (!phraseWh && !first.equals("who")) {
            continue; // "where in France are you": wait for the auxiliary and its subject
          }
          if (models != ModelUse.ALL
              && (phraseWh ? QuestionLexicon.WH_PHRASE : QuestionLexicon.WH_ADVERB_PHRASE)
                  .contains(x)) {
            continue;
          }
          if (models == ModelUse.NONE) {
            if ((first.equals("who") || first.equals("what") && j == start + 1)
                && looksLikeVerb(x)) {
              return pseudoCleft(j)
                  ? null
                  : question(QuestionType.WH, start, "wh: subject (lexical default)");
            }
            if (phraseWh) {
              continue;
            }
            return null;
          }
          String t = tag(j, "wh: verb or noun after the wh-word");
          if (t.startsWith("VERB") || t.startsWith("AUX")) {
            return pseudoCleft(j) ? null : question(QuestionType.WH, start, "wh: subject (tagger)");
          }
          if (t.startsWith("PRON")) {
            return null;
          }
          if (t.startsWith("NOUN")
              || t.startsWith("ADJ")
              || t.startsWith("ADV")
              || t.startsWith("DET")
              || t.startsWith("NUM")
              || t.startsWith("PROPN")
              || t.startsWith("ADP")) {
            continue;
          }
          return null;
        }
        if (text.questionMark && last) {
          return question(QuestionType.WH, start, "wh: fragment with question mark");
        }
        return null;
      }

      /** Fixed wh-openings: "how come", "what about", "what if", "why don't we", "what a…". */
      private QuestionAnnotation whSpecial(String first, String second) {
        String third = w(start + 2);
        if (first.equals("how") && second.equals("come")) {
          return question(QuestionType.WH, start, "wh: how come");
        }
        if ((first.equals("how") || first.equals("what")) && second.equals("about")) {
          boolean person =
              in(
                  third,
                  "you",
                  "yourself",
                  "your",
                  "y'all",
                  "you're",
                  "him",
                  "her",
                  "them",
                  "yours",
                  "in",
                  "at",
                  "on",
                  "with",
                  "for",
                  "when",
                  "if",
                  "since");
          boolean proposal =
              in(
                      third,
                      "we",
                      "us",
                      "a",
                      "an",
                      "some",
                      "another",
                      "getting",
                      "going",
                      "having",
                      "trying",
                      "doing",
                      "taking",
                      "coming",
                      "making",
                      "tomorrow",
                      "tonight",
                      "today",
                      "next",
                      "monday",
                      "tuesday",
                      "wednesday",
                      "thursday",
                      "friday",
                      "saturday",
                      "sunday",
                      "lunch",
                      "dinner",
                      "breakfast",
                      "coffee",
                      "noon")
                  || third.endsWith("ing") && third.length() > 5 && end - start > 3;
          // "how about tomorrow?" proposes; "how about you?" asks (Quirk et al. 11.41)
          if (proposal && !person) {
            return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "suggestion: how about");
          }
          return question(QuestionType.WH, start, "wh: what about");
        }
        if (first.equals("what") && second.equals("if")) {
          return question(QuestionType.WH, start, "wh: what if");
        }
        if (first.equals("why")) {
          if (second.equals("not") && end - start > 2) {
            return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "suggestion: why not");
          }
          if (second.equals("don't") && third.equals("we")
              || second.equals("don't")
                  && third.equals("you")
                  && (QuestionLexicon.ACTION_VERBS.contains(w(start + 3))
                      || in(w(start + 3), "just", "go", "try", "ask", "have"))) {
            return QuestionAnnotation.notQuestion(QuestionKind.REQUEST, "suggestion: why don't we");
          }
        }
        if (first.equals("what") && (second.equals("a") || second.equals("an"))) {
          return NOT_A_QUESTION;
        }
        return null;
      }

      /**
       * Whether a wh-clause is the subject of a pseudo-cleft ("what is important is that…", "what
       * happened was…"): a second finite "is/was" after a non-subject.
       */
      private boolean pseudoCleft(int verb) {
        if (isAux(w(verb)) && subjectLike(w(verb + 1))) {
          return false;
        }
        for (int k = verb + 1; k < end; k++) {
          if ((w(k).equals("is") || w(k).equals("was"))
              && !subjectLike(w(k - 1))
              && !WH.contains(w(k - 1))) {
            return true;
          }
        }
        return false;
      }

      private boolean looksLikeVerb(String x) {
        return x.length() > 4 && x.endsWith("ed")
            || x.length() > 3 && x.endsWith("s") && !x.endsWith("ss") && !x.endsWith("'s");
      }

      /**
       * "if you could go anywhere, where would you go": an inverted clause after a subordinate one.
       */
      QuestionAnnotation afterSubordinateClause() {
        for (int k = start + 2; k + 1 < end; k++) {
          String before = w(k - 1);
          if (PERSONAL.contains(before)
              || subjectLike(before)
              || WH.contains(before)
              || in(before, "if", "and", "or", "but", "to", "whether")) {
            continue;
          }
          if (isAux(w(k)) && (PERSONAL.contains(w(k + 1)) || w(k + 1).equals("there"))) {
            return yesNoKind(k, "yes-no: after a subordinate clause");
          }
          if (WH.contains(w(k)) && isAux(w(k + 1)) && PERSONAL.contains(w(k + 2))) {
            return question(QuestionType.WH, k, "wh: after a subordinate clause");
          }
        }
        return null;
      }

      /**
       * "so you're from Texas": an inference about the hearer marked by "so", which asks the hearer
       * to confirm (Labov &amp; Fanshel 1977, B-events).
       */
      QuestionAnnotation soYou(int start) {
        String first = w(start);
        if (!in(first, "you", "you're", "you've", "you'd", "your", "y'all", "you'll")) {
          return null;
        }
        if (first.equals("you") && QuestionLexicon.GENERIC_YOU_NEXT.contains(w(start + 1))) {
          return null;
        }
        if (end - start < 2) {
          return null;
        }
        return question(QuestionType.DECLARATIVE, start, "declarative: so + you");
      }
    }
  }
}
