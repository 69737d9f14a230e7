package org.policywatch.app.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToLongFunction;
import org.policywatch.analyzer.ArticleAnalyzer;
import org.policywatch.analyzer.nlp.AnnotatedText;
import org.policywatch.analyzer.nlp.NlpPipeline;
import org.policywatch.analyzer.nlp.ParagraphText;
import org.policywatch.model.Json;
import org.policywatch.model.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code policywatch bench analyze DIR}: in one JVM, CoreNLP's annotators alone (the analyzer's
 * own {@link NlpPipeline}), the full {@link ArticleAnalyzer}, and CoreNLP's quote pipeline
 * (tokenize..ner, parse, statistical coref, quote with attribution) on a stratified sample,
 * each after warm-up articles; prints articles/s, tokens/s, ms/article and heap, then the
 * analyzer's overhead over the annotators and its speed-up over the quote pipeline.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyzer throughput against CoreNLP's annotators alone and CoreNLP's quote pipeline, "
                + "on a corpus of category folders of .txt articles (title on the first line).")
final class BenchAnalyzeCommand implements Callable<Integer> {
    /** CoreNLP's own quote pipeline: constituency parse, statistical coref, quote + attribution. */
    static final String QUOTE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,coref,quote";

    @Parameters(index = "0", paramLabel = "DIR", description = "corpus folder (e.g. the BBC news set)")
    Path dir;

    @Option(names = "--threads", defaultValue = "2", description = "worker threads of every mode (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--limit", defaultValue = "0",
            description = "articles to run, a sample stratified by category; 0 = all (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--quote-sample", defaultValue = "20",
            description = "articles for the quote pipeline: the first of the stratified sample (default: ${DEFAULT-VALUE})")
    int quoteSample;

    @Option(names = "--warmup", defaultValue = "6",
            description = "warm-up articles through the analyzer before the first mode (JIT of CoreNLP and the "
                    + "extractors), not timed; each mode then warms up with one article a thread (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--modes", split = ",", defaultValue = "annotators,analyzer,quote",
            description = "modes to run, in this order (default: ${DEFAULT-VALUE})")
    List<String> modes;

    @Option(names = "--batch", defaultValue = "10",
            description = "articles a batch: the annotators and analyzer modes run batch by batch in turn "
                    + "(default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--json", description = "print the report as JSON instead of a table")
    boolean json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || batch < 1 || limit < 0 || quoteSample < 0 || warmup < 0) {
            throw new IllegalArgumentException("--threads and --batch must be positive; --limit, --quote-sample, --warmup >= 0");
        }
        Set<String> selected = new LinkedHashSet<>();
        modes.forEach(m -> selected.add(AnalyzeReport.checkMode(m)));

        long t0 = System.nanoTime();
        List<BenchArticle> all = TextCorpus.interleave(TextCorpus.read(dir));
        if (all.isEmpty()) {
            System.err.println("policywatch bench analyze: no .txt articles under " + dir);
            return 1;
        }
        List<BenchArticle> articles = limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
        List<BenchArticle> sample = articles.subList(0, Math.min(quoteSample, articles.size()));
        List<BenchArticle> spare = articles.size() < all.size() ? all.subList(articles.size(), all.size()) : all;
        List<BenchArticle> globalWarmUp = spare.subList(0, Math.min(warmup, spare.size()));
        List<BenchArticle> warmUp = spare.subList(0, Math.min(threads, spare.size()));
        System.err.printf(Locale.ROOT, "corpus: %d articles (%d chars) selected of %d, read in %.2f s; quote sample %d%n",
                articles.size(), articles.stream().mapToLong(BenchArticle::chars).sum(), all.size(),
                (System.nanoTime() - t0) / 1e9, sample.size());

        long t1 = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.shared();
        System.err.printf(Locale.ROOT, "NlpPipeline loaded in %.1f s%n", (System.nanoTime() - t1) / 1e9);
        ArticleAnalyzer analyzer = new ArticleAnalyzer(nlp);
        Map<String, Long> tokenCounts = new ConcurrentHashMap<>();
        if (selected.contains(AnalyzeReport.ANALYZER)) {
            countTokens(articles, tokenCounts);
        }
        long t3 = System.nanoTime();
        for (BenchArticle a : globalWarmUp) {
            analyzer.analyze(page(a));
        }
        System.err.printf(Locale.ROOT, "warm-up: %d articles through the analyzer in %.1f s%n", globalWarmUp.size(),
                (System.nanoTime() - t3) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<ModeResult> results = new ArrayList<>();
        Timings analyzerSample = null;
        double pairedRatio = Double.NaN;
        try {
            List<ModeRunner> paired = new ArrayList<>();
            ModeRunner analyzerRunner = null;
            if (selected.contains(AnalyzeReport.ANNOTATORS)) {
                paired.add(new ModeRunner(AnalyzeReport.ANNOTATORS, pool,
                        a -> AnnotatedText.of(nlp, a.paragraphs(), null).tokens().size()));
            }
            if (selected.contains(AnalyzeReport.ANALYZER)) {
                analyzerRunner = new ModeRunner(AnalyzeReport.ANALYZER, pool, a -> {
                    analyzer.analyze(page(a));
                    return tokenCounts.getOrDefault(a.id(), 0L);
                });
                paired.add(analyzerRunner);
            }
            for (ModeRunner r : paired) {
                r.warmUp(warmUp);
            }
            // batches in turn, ABBA, so that a change in the machine's load hits both modes alike
            int batches = 0;
            for (int from = 0; from < articles.size(); from += batch, batches++) {
                List<BenchArticle> part = articles.subList(from, Math.min(articles.size(), from + batch));
                for (int i = 0; i < paired.size(); i++) {
                    paired.get(batches % 2 == 0 ? i : paired.size() - 1 - i).run(part);
                }
                System.err.printf(Locale.ROOT, "%d/%d articles%n", Math.min(articles.size(), from + batch),
                        articles.size());
            }
            for (ModeRunner r : paired) {
                results.add(r.result());
            }
            if (analyzerRunner != null) {
                analyzerSample = analyzerRunner.cpuOf(sample);
                if (paired.size() == 2) {
                    pairedRatio = ModeRunner.medianRatio(analyzerRunner, paired.get(0), articles);
                }
            }
            if (selected.contains(AnalyzeReport.QUOTE) && !sample.isEmpty()) {
                long t2 = System.nanoTime();
                StanfordCoreNLP quotes = new StanfordCoreNLP(quoteProperties());
                System.err.printf(Locale.ROOT, "quote pipeline loaded in %.1f s%n", (System.nanoTime() - t2) / 1e9);
                ModeRunner q = new ModeRunner(AnalyzeReport.QUOTE, pool, corenlp(quotes));
                q.warmUp(warmUp);
                q.run(sample);
                results.add(q.result());
            }
        } finally {
            pool.shutdownNow();
        }
        for (ModeResult r : results) {
            System.err.printf(Locale.ROOT, "%s: %d articles in %.1f s%n", r.mode(), r.articles(), r.wallSeconds());
        }
        AnalyzeReport report = new AnalyzeReport(threads, HeapMeter.maxBytes(), results,
                selected.contains(AnalyzeReport.QUOTE) ? analyzerSample : null, pairedRatio);
        if (json) {
            System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.toMap()));
        } else {
            System.out.print(report.table());
        }
        System.out.flush();
        return results.stream().anyMatch(r -> r.errors() > 0) ? 1 : 0;
    }

    /** The quote pipeline's properties: the analyzer's (same tokenizer, lean NER) with parse, coref, quote. */
    static Properties quoteProperties() {
        Properties props = NlpPipeline.properties(NlpPipeline.defaultCacheDir());
        props.setProperty("annotators", QUOTE_ANNOTATORS);
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("quote.attributeQuotes", "true");
        return props;
    }

    /** The article as the analyzer's input: its paragraphs, no date, no source. */
    static Page page(BenchArticle a) {
        return new Page(a.id().replace('/', '-'), null, null, null, null, null, null, a.title(), List.of(), null,
                a.paragraphs(), "en", null, null, null, null);
    }

    private static ToLongFunction<BenchArticle> corenlp(StanfordCoreNLP pipeline) {
        return a -> {
            Annotation annotation = new Annotation(ParagraphText.of(a.paragraphs()).text());
            pipeline.annotate(annotation);
            List<?> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
            return tokens == null ? 0 : tokens.size();
        };
    }

    /** Token counts with a tokenizer-only pipeline (the same tokens as the full pipeline's), untimed. */
    private static void countTokens(List<BenchArticle> articles, Map<String, Long> counts) {
        Properties props = NlpPipeline.properties(NlpPipeline.defaultCacheDir());
        props.setProperty("annotators", "tokenize,ssplit");
        ToLongFunction<BenchArticle> count = corenlp(new StanfordCoreNLP(props));
        for (BenchArticle a : articles) {
            counts.put(a.id(), count.applyAsLong(a));
        }
    }
}
