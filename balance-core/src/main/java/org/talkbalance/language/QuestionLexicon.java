package org.talkbalance.language;

import java.util.Arrays;
import java.util.Set;

/**
 * Closed-class words and fixed forms used by the question detector. Written for talkbalance from
 * English grammar (Quirk et al. 1985, ch. 11 "Sentence types"; Huddleston &amp; Pullum 2002,
 * ch. 10 "Clause type"), the SWBD-DAMSL manual (Jurafsky et al. 1997) for the speech-specific
 * forms, and Searle (1975) "Indirect speech acts" for requests in question form. Entries are
 * lowercase, with straight apostrophes.
 *
 * <p>Immutable; thread-safe.
 */
final class QuestionLexicon {

  private QuestionLexicon() {}

  /** A set of words; duplicates in the source are tolerated. */
  private static Set<String> set(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  static final Set<String> BE =
      set("am", "is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "ain't");
  static final Set<String> DO = set("do", "does", "did", "don't", "doesn't", "didn't");
  static final Set<String> HAVE =
      set("have", "has", "had", "haven't", "hasn't", "hadn't");
  static final Set<String> MODAL =
      set(
          "can", "could", "will", "would", "shall", "should", "may", "might", "must", "can't",
          "cannot", "couldn't", "won't", "wouldn't", "shan't", "shouldn't", "mightn't", "mustn't");

  /** Personal and indefinite pronouns that can only be a subject right after an auxiliary. */
  static final Set<String> PERSONAL =
      set(
          "i", "you", "we", "they", "he", "she", "y'all", "ya", "u", "ye", "anyone", "anybody",
          "someone", "somebody", "everyone", "everybody");

  /** Pronouns that can be a subject but also an object or a determiner ("did it yesterday"). */
  static final Set<String> DEMONSTRATIVE = set("it", "that", "this", "these", "those");

  static final Set<String> DETERMINERS =
      set(
          "the", "a", "an", "my", "your", "his", "her", "our", "their", "its", "any", "some",
          "all", "every", "each", "both", "no", "another", "either", "neither", "many", "much",
          "more", "most", "few", "several", "such");

  /**
   * Words that cannot start a subject: after an auxiliary they mean the subject was left out
   * ("was really good", "could be", "don't know") or an imperative ("do come in").
   */
  static final Set<String> NOT_SUBJECT =
      set(
          // negation and adverbs
          "not", "n't", "really", "just", "never", "always", "also", "still", "probably",
          "actually", "kind", "sort", "pretty", "very", "so", "too", "even", "only", "already",
          "definitely", "certainly", "kinda", "sorta", "quite", "rather", "almost", "usually",
          "sometimes", "often", "totally", "absolutely", "here", "like", "well", "better",
          // verbs
          "be", "been", "being", "have", "had", "get", "got", "go", "gone", "went", "do", "done",
          "make", "made", "say", "said", "know", "knew", "think", "thought", "want", "need",
          "love", "see", "seen", "come", "take", "give", "look", "seem", "mean", "feel", "try",
          "use", "work", "keep", "let", "put", "tell", "told", "happen", "happened", "help",
          "worry", "forget", "bother", "care", "remember", "matter", "hate", "stop", "wait",
          "believe", "guess", "hope", "imagine", "wish", "agree", "understand", "enjoy",
          "sound", "sounds", "depend", "depends", "complain", "afford", "hurt",
          // object pronouns and wh-words cannot be the inverted subject
          "me", "him", "them", "us", "what", "where", "when", "why", "how", "who", "which",
          // predicative adjectives
          "good", "great", "nice", "fine", "true", "right", "wrong", "fun", "hard", "easy",
          "interesting", "funny", "bad", "important", "sure", "possible", "okay", "ok",
          "different", "difficult", "awful", "terrible", "wonderful", "amazing", "cool",
          "neat", "sad", "tough", "expensive", "cheap", "worth", "able", "supposed", "gonna",
          "going", "about", "in", "on", "at", "up", "out", "for", "with", "to", "from");

  static final Set<String> WH =
      set("what", "who", "whom", "whose", "which", "where", "when", "why", "how");

  /** A wh-word contracted with an auxiliary: already inverted. */
  static final Set<String> WH_CONTRACTED =
      set(
          "what's", "who's", "where's", "when's", "why's", "how's", "what're", "who're",
          "where're", "how're", "why're", "what'll", "who'll", "where'll", "how'll", "what'd",
          "who'd", "where'd", "how'd", "why'd", "when'd", "what've", "who've", "how've",
          "where've", "whatcha", "whaddya", "whaddaya", "what'm");

  /**
   * Words that continue a wh-phrase before the inverted auxiliary after "what", "which", "whose"
   * and "how" ("what kind of…", "how old…", "which one…"). A determiner right after a wh-word
   * opens a subordinate clause instead ("when the kids were young").
   */
  static final Set<String> WH_PHRASE =
      set(
          "kind", "kinds", "sort", "sorts", "type", "types", "time", "times", "day", "days",
          "year", "years", "color", "colour", "size", "part", "parts", "way", "one", "ones",
          "else", "exactly", "much", "many", "long", "old", "often", "far", "big", "soon",
          "late", "early", "tall", "large", "small", "of", "age", "grade", "school", "state",
          "city", "town", "area", "country", "company", "job", "field", "name", "number",
          "percentage", "amount", "model", "brand", "movie", "movies", "book", "books",
          "music", "team", "teams", "other", "things", "thing", "stuff", "people", "person",
          "on", "earth", "specifically", "the", "hell", "heck");

  /** Words that may follow "when", "where", "why" and "who" before the inverted auxiliary. */
  static final Set<String> WH_ADVERB_PHRASE =
      set("else", "exactly", "on", "earth", "the", "hell", "heck", "specifically", "abouts",
          "then", "now", "again");

  /** Quantity words after "how" that make a closed question ("how many…", "how old…"). */
  static final Set<String> HOW_QUANTITY =
      set(
          "many", "much", "long", "old", "often", "far", "big", "tall", "soon", "late", "early",
          "large", "small", "high", "fast", "deep", "wide", "heavy", "frequently");

  /**
   * Discourse markers, interjections and editing terms that may precede a question without
   * changing its form ("well, do you…", "so what…", "I mean, is it…").
   */
  static final Set<String> MARKERS =
      set(
          "well", "so", "oh", "and", "but", "now", "okay", "ok", "alright", "yeah", "yes", "yep",
          "yup", "no", "nope", "right", "hey", "say", "listen", "look", "anyway", "anyways",
          "actually", "then", "like", "see", "boy", "gosh", "gee", "wow", "man", "huh", "ah",
          "uh-huh", "mm-hmm", "cause", "'cause", "because", "plus", "also", "sure", "true", "oops",
          "hi", "hello", "or", "um-hum", "uh-hum", "though", "anyhow", "besides", "alrighty",
          "good", "great", "fine", "jeez", "geez", "ooh", "aha", "hmm", "mhm", "okey", "eh",
          "incidentally", "basically", "honestly", "seriously", "sorry");

  /** Two-word markers, as "first second". */
  static final Set<String> MARKERS_2 =
      set(
          "you know", "i mean", "you see", "all right", "of course", "oh well", "by the", "let's see",
          "know what", "guess what", "excuse me", "i see", "thank you", "thanks so");

  /** Three-word markers. */
  static final Set<String> MARKERS_3 =
      set("by the way", "let me see", "you know what", "tell you what", "i tell you");

  /** Filled pauses, dropped before the form is read. */
  static final Set<String> FILLERS =
      set("uh", "um", "uhm", "umm", "er", "erm", "ehm", "hmm", "hm", "mm", "mmm", "ah", "uh-",
          "um-", "mhm");

  /** Words after which an inverted auxiliary-pronoun pair is not a tag ("so do I", "than did we"). */
  static final Set<String> NOT_BEFORE_TAG =
      set(
          "so", "neither", "nor", "as", "than", "what", "where", "how", "who", "why", "when",
          "which", "whatever", "wherever", "if", "whether", "only", "not");

  /** Words that make a statement-final tag after a comma: "…, right?". */
  static final Set<String> TAG_WORDS_COMMA = set("right", "eh", "correct", "innit");

  /** Words that make a tag only with a question mark: "…, okay?". */
  static final Set<String> TAG_WORDS_MARK =
      set("yeah", "no", "okay", "ok", "yes", "true", "see", "alright", "really", "or", "huh");

  /** Multi-word statement-final tags. */
  static final Set<String> TAG_PHRASES =
      set(
          "don't you think", "wouldn't you say", "don't you agree", "do you think",
          "wouldn't you agree", "am i right", "is that right", "is that correct",
          "isn't that right", "is that true", "isn't that true", "or what", "or not",
          "you think", "don't you", "right or wrong", "is it not", "are you not", "do you not",
          "did you not", "have you not");

  /** Vague extenders after "or" that do not make an alternative question ("or anything"). */
  static final Set<String> EXTENDERS =
      set(
          "something", "anything", "whatever", "so", "not", "what", "else", "anybody", "anyone",
          "somebody", "someone", "nothing", "no", "two", "whatnot", "other", "otherwise");

  /**
   * Subordinators and prepositions: a clause they open may hold an inverted main clause later
   * ("if it rains will you come", "in his league do they have…").
   */
  static final Set<String> SUBORDINATORS =
      set("if", "when", "since", "because", "before", "after", "while", "once", "given",
          "assuming", "suppose", "supposing", "where", "in", "at", "on", "for", "with", "from",
          "by", "during", "around", "over", "about", "besides", "except", "until", "till");

  /** Prepositions, for recognising a broken-off start ("in, in his league…"). */
  static final Set<String> PREPOSITIONS =
      set("in", "at", "on", "of", "to", "for", "with", "from", "by", "about", "like", "as");

  /** Verbs that make "can/could/will/would you VERB…" a request for an action. */
  static final Set<String> ACTION_VERBS =
      set(
          "pass", "give", "send", "bring", "take", "get", "hand", "help", "lend", "call", "ring",
          "open", "close", "shut", "turn", "put", "move", "hold", "wait", "come", "stop", "check",
          "fill", "sign", "repeat", "spell", "write", "make", "keep", "leave", "let", "book",
          "reserve", "change", "fix", "carry", "pick", "drop", "lower", "raise", "clean", "sit",
          "find", "buy", "order", "pay", "arrange", "type", "print", "cook", "drive", "meet",
          "join", "do", "grab", "fetch", "mail", "post", "deliver", "wrap", "cut", "hurry",
          "speak", "slow", "step", "follow", "show", "forward", "return", "lock", "unlock",
          "switch", "remind", "answer", "copy", "email", "text", "save", "bear", "watch",
          "fax", "pack", "weigh", "sew", "iron", "wash", "fasten", "exchange", "cash", "transfer",
          "confirm", "cancel", "register", "arrange", "prepare", "recommend", "suggest",
          "introduce", "try", "please", "kindly", "possibly");

  /** Verbs after "can/could/may I…" that ask for permission or offer something. */
  static final Set<String> PERMISSION_VERBS =
      set(
          "have", "get", "borrow", "use", "take", "speak", "talk", "try", "leave", "pay",
          "come", "go", "sit", "join", "offer", "bring", "put", "open", "close", "turn", "park",
          "smoke", "keep", "book", "make", "reserve", "interrupt", "see", "show", "buy", "order",
          "call", "introduce", "start", "stay", "get", "carry", "give", "check", "change", "look",
          "sign", "leave", "wash", "pick", "drop", "treat", "walk", "drive", "send", "fix",
          "recommend", "suggest", "assist", "tell", "ask", "please", "just", "also", "stop",
          "finish", "continue", "move", "begin", "eat", "rest", "wait", "meet", "discuss");

  /** Verbs after "would/will/can you…" that ask for information: an indirect question. */
  static final Set<String> TELL_VERBS = set("tell", "explain", "describe", "say", "remind");

  /** Backchannels in question form: whole sentences that ask for nothing. */
  static final Set<String> BACKCHANNEL_FORMS =
      set(
          "really", "really now", "is that right", "is that so", "is that true", "is that a fact",
          "you're kidding", "you're joking", "are you kidding", "are you serious",
          "are you kidding me", "no kidding", "seriously", "for real", "no way", "you don't say",
          "you did", "you do", "you are", "you were", "you have", "you had", "you know",
          "you know what i mean", "you know what i'm saying", "know what i mean", "you see",
          "right", "yeah", "yes", "uh-huh", "how about that", "isn't that something",
          "isn't that nice", "isn't that great", "isn't that funny", "isn't that interesting",
          "isn't that amazing", "isn't that wonderful", "isn't that neat", "isn't that terrible",
          "isn't that awful", "isn't that sad", "isn't that cute", "isn't that strange",
          "isn't that weird", "isn't it", "you think so", "i know", "okay", "ok", "sure", "true",
          "is that it", "oh yeah", "yeah right", "huh", "hm", "oh", "wow", "is it really",
          "did you really", "do you really", "are you really", "was it really", "oh my",
          "you think", "do you think so", "i see", "that right", "that so", "oh is that right",
          "isn't that", "is that", "aren't you", "don't you", "didn't you", "wasn't it",
          "haven't you", "doesn't it", "aren't they", "see");

  /** Fixed rhetorical questions: asked with no answer expected. */
  static final Set<String> RHETORICAL_FORMS =
      set(
          "who knows", "who cares", "god knows", "heaven knows", "lord knows", "what can you do",
          "what can i say", "what do i know", "what do you know", "how should i know",
          "how would i know", "how do i know", "what's the use", "what is the use",
          "what's the point", "what is the point", "who would have thought",
          "who would've thought", "who'd have thought", "who'd of thought", "go figure",
          "what are the odds", "what else is new", "guess what", "you know what", "know what",
          "can you believe it", "can you believe that", "can you imagine", "can you imagine that",
          "would you believe it", "wouldn't you know it", "what the heck", "what the hell",
          "isn't it funny", "isn't it ironic", "why me", "who am i to say", "who am i to judge",
          "what do you expect", "what did you expect", "what was i thinking", "what more can you ask",
          "what more could you ask for", "what more can you ask for", "how could i forget",
          "who doesn't");

  /** Signals of non-understanding (asked with a question mark). */
  static final Set<String> REPAIR_FORMS =
      set(
          "what", "huh", "pardon", "pardon me", "excuse me", "sorry", "i'm sorry", "come again",
          "say again", "say that again", "what was that", "what did you say", "a what",
          "the what", "you what", "what's that again", "beg your pardon", "i beg your pardon",
          "eh", "what now", "sorry what", "what again");

  /** Repair forms that are repairs even without a question mark. */
  static final Set<String> REPAIR_ALWAYS =
      set("what", "come again", "say again", "say that again", "a what", "the what",
          "you what", "beg your pardon", "i beg your pardon", "pardon");

  /** Elliptical reciprocal questions ("and you?"): a question when asked with a question mark. */
  static final Set<String> RECIPROCAL_FORMS =
      set("you", "and you", "yourself", "and yourself", "you too", "and your", "your",
          "what about yourself", "how about yourself", "what about you", "how about you",
          "you guys", "and you guys", "y'all", "and y'all");

  /**
   * Words after "so you…" that make "you" generic ("so you have to be careful"), not the hearer
   * whose situation is being checked.
   */
  static final Set<String> GENERIC_YOU_NEXT =
      set(
          "can", "can't", "could", "couldn't", "have", "had", "got", "gotta", "need", "needs",
          "should", "shouldn't", "would", "wouldn't", "might", "must", "will", "won't", "never",
          "always", "just", "know", "see", "get", "go", "kind", "sort", "really", "wanna",
          "want", "end", "hear", "find", "take", "look", "put", "pay", "buy", "gonna", "'d",
          "may", "usually", "pretty", "try");

  /**
   * Verbs of saying that introduce a quoted question ("he goes, do you want to dance"): the
   * question is reported, not asked of the hearer.
   */
  static final Set<String> QUOTATIVES =
      set("said", "say", "says", "saying", "goes", "go", "went", "asked", "ask", "asks",
          "asking", "told", "yelled", "screamed", "answered", "replied", "wrote",
          "writes", "thinking", "thought");

  /** Words of greeting and address that may open a sentence before its clause ("Good morning, sir, …"). */
  static final Set<String> ADDRESS =
      set("hello", "hi", "hey", "morning", "afternoon", "evening", "excuse", "sorry", "sir",
          "madam", "ma'am", "miss", "mr", "mrs", "ms", "dr", "doctor", "thanks", "thank",
          "please", "dear", "honey", "sweetie", "darling", "buddy", "guys", "folks", "mom", "dad",
          "mum", "professor", "officer", "waiter", "man", "dude", "pardon");

  /** Epistemic hedges that turn a statement about the hearer into a check ("I guess you…"). */
  static final Set<String> HEDGES =
      set("i guess", "i bet", "i suppose", "i assume", "i gather", "i imagine", "i presume",
          "i take it", "i understand", "i hear", "i heard");
}
