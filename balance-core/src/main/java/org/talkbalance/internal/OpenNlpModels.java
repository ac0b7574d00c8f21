package org.talkbalance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English Universal Dependencies models of Apache OpenNLP (sentence detector, tokenizer and
 * part-of-speech tagger, models 1.3.0), read from the class path the first time each is needed.
 *
 * <pre>{@code
 * List<String> tokens = OpenNlpModels.tokens("Is there a bank near here?");
 * List<String> tags = OpenNlpModels.partsOfSpeech(tokens);
 * // [AUX, PRON, DET, NOUN, ADP, ADV, PUNCT]
 * }</pre>
 *
 * <p>Each model loads once per JVM (about 0.3 s for all three) and is then shared. The OpenNLP
 * {@code *ME} classes are not thread-safe, so each thread gets its own detector, tokenizer and
 * tagger over the shared models (held in {@link ThreadLocal}s; a few kilobytes per thread). Models
 * are never downloaded: a missing model jar is reported as an {@link IllegalStateException} naming
 * the Maven artifact to add.
 *
 * <p>Thread-safe.
 */
public final class OpenNlpModels {

  /** Class-path resource of the sentence detector model. */
  public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Class-path resource of the tokenizer model. */
  public static final String TOKENIZER_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** Class-path resource of the part-of-speech model. */
  public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static final String MODELS_VERSION = "1.3.0";

  private static final Lazy<SentenceModel> SENTENCE =
      new Lazy<>(
          () ->
              load(
                  SENTENCE_MODEL,
                  "org.apache.opennlp:opennlp-models-sentdetect-en:" + MODELS_VERSION,
                  SentenceModel::new));
  private static final Lazy<TokenizerModel> TOKENIZER =
      new Lazy<>(
          () ->
              load(
                  TOKENIZER_MODEL,
                  "org.apache.opennlp:opennlp-models-tokenizer-en:" + MODELS_VERSION,
                  TokenizerModel::new));
  private static final Lazy<POSModel> POS =
      new Lazy<>(
          () ->
              load(
                  POS_MODEL,
                  "org.apache.opennlp:opennlp-models-pos-en:" + MODELS_VERSION,
                  POSModel::new));

  private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCE.get()));
  private static final ThreadLocal<TokenizerME> TOKENIZER_ME =
      ThreadLocal.withInitial(() -> new TokenizerME(TOKENIZER.get()));
  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(POS.get(), POSTagFormat.UD));

  private OpenNlpModels() {}

  /**
   * Splits text into sentences with the maxent sentence detector.
   *
   * @param text any text
   * @return the sentences in order, trimmed
   * @throws IllegalStateException if the sentence model jar is not on the class path
   */
  public static List<String> sentences(String text) {
    Objects.requireNonNull(text, "text");
    return List.of(SENTENCE_DETECTOR.get().sentDetect(text));
  }

  /**
   * Splits one sentence into tokens with the maxent tokenizer.
   *
   * @param sentence a sentence
   * @return its tokens in order
   * @throws IllegalStateException if the tokenizer model jar is not on the class path
   */
  public static List<String> tokens(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return List.of(TOKENIZER_ME.get().tokenize(sentence));
  }

  /**
   * Tags the tokens of one sentence with Universal Dependencies part-of-speech tags ({@code NOUN},
   * {@code VERB}, {@code AUX}, {@code PRON}, …; a contraction kept whole is tagged with both parts,
   * as {@code AUX+PART} for "don't").
   *
   * @param tokens the tokens of one sentence, as written (case helps the tagger)
   * @return one tag per token
   * @throws IllegalStateException if the part-of-speech model jar is not on the class path
   */
  public static List<String> partsOfSpeech(List<String> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(TAGGER.get().tag(tokens.toArray(new String[0])));
  }

  /** Reads a model the way OpenNLP's model constructors do. */
  @FunctionalInterface
  interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  /**
   * Loads a model from the class path.
   *
   * @param resource the model's resource name at the root of its jar
   * @param artifact the Maven coordinates of the jar that holds it, for the error message
   * @param reader the model constructor
   * @return the model
   * @throws IllegalStateException if the resource is missing or unreadable
   */
  static <M> M load(String resource, String artifact, ModelReader<M> reader) {
    ClassLoader loader = OpenNlpModels.class.getClassLoader();
    InputStream found = loader == null ? null : loader.getResourceAsStream(resource);
    if (found == null) {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      found = context == null ? null : context.getResourceAsStream(resource);
    }
    if (found == null) {
      throw new IllegalStateException(
          "OpenNLP model "
              + resource
              + " is not on the class path; add the Maven dependency "
              + artifact
              + " (talkbalance never downloads models)");
    }
    try (InputStream in = found) {
      return reader.read(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "OpenNLP model " + resource + " from " + artifact + " cannot be read: " + e, e);
    }
  }

  /**
   * A value computed on first use. A failed computation is not remembered, so every use reports the
   * same clear error instead of a {@link NoClassDefFoundError}.
   */
  private static final class Lazy<T> {
    private final java.util.function.Supplier<T> supplier;
    private volatile T value;

    Lazy(java.util.function.Supplier<T> supplier) {
      this.supplier = supplier;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = supplier.get();
            value = v;
          }
        }
      }
      return v;
    }
  }
}
