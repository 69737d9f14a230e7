package org.policywatch.analyzer.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Properties;

/**
 * The CoreNLP pipeline the analyzer runs: tokenize, ssplit, pos, lemma, ner (with SUTime and the
 * lean fine-grained gazetteers of {@link LeanGazetteer}) and depparse. No constituency parser,
 * coref or quote annotator: they cost ten times more and do not help news attribution.
 *
 * <p>Building a pipeline loads about 1 GB of models and takes seconds, so a JVM builds one,
 * {@link #shared()}, and every thread uses it: {@link #annotate} is thread-safe.
 */
public final class NlpPipeline {
    /** System property naming the directory for the lean gazetteer cache. */
    public static final String CACHE_DIR_PROPERTY = "policywatch.nlp.cacheDir";
    private static final DateTimeFormatter DOC_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP pipeline;

    private NlpPipeline(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The JVM's pipeline, built on first use with the default cache directory. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new NlpPipeline(properties(defaultCacheDir()));
                    shared = p;
                }
            }
        }
        return p;
    }

    /**
     * The pipeline's properties, with the lean gazetteers cached under {@code cacheDir}. CoreNLP
     * keeps annotators in a static pool keyed by their properties, so pipelines built from equal
     * properties share their models.
     */
    public static Properties properties(Path cacheDir) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.fine.regexner.mapping", LeanGazetteer.mapping(cacheDir));
        return props;
    }

    /** {@code -Dpolicywatch.nlp.cacheDir}, else {@code java.io.tmpdir/policywatch-corenlp}. */
    public static Path defaultCacheDir() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "policywatch-corenlp");
    }

    /**
     * Annotates a text. {@code documentDate} (may be null) anchors SUTime, so that "two weeks
     * ago" resolves against the publication date.
     */
    public Annotation annotate(String text, Instant documentDate) {
        Annotation annotation = new Annotation(Objects.requireNonNull(text, "text"));
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, DOC_DATE.format(documentDate));
        }
        pipeline.annotate(annotation);
        return annotation;
    }
}
