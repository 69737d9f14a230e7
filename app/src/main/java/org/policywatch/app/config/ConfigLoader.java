package org.policywatch.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.policywatch.crawler.SourceConfig;

/**
 * Reads {@code policywatch.yaml} and {@code sources.yaml}. Environment variables named
 * {@code POLICYWATCH_SECTION_KEY} override the file: {@code POLICYWATCH_UI_PORT=9000} sets
 * {@code ui.port}, {@code POLICYWATCH_KAFKA_BOOTSTRAP} sets {@code kafka.bootstrap},
 * {@code POLICYWATCH_ANALYZER_MAX_CHARS} sets {@code analyzer.maxChars} and
 * {@code POLICYWATCH_DATA_DIR} sets the top-level {@code dataDir}.
 */
public final class ConfigLoader {
    private static final String PREFIX = "POLICYWATCH_";
    private static final List<String> SECTIONS =
            List.of("kafka", "crawler", "analyzer", "indexer", "ui", "demo");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    /**
     * Loads the configuration.
     *
     * @param file the YAML file, or null for none (then {@code policywatch.yaml} is read if it
     *             exists in the working directory)
     * @param env  environment variables (pass {@code System.getenv()})
     */
    public PolicyWatchConfig load(Path file, Map<String, String> env) throws IOException {
        Path path = file;
        if (path == null && Files.isRegularFile(Path.of("policywatch.yaml"))) {
            path = Path.of("policywatch.yaml");
        }
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        if (path != null) {
            if (!Files.isRegularFile(path)) {
                throw new IOException("config file not found: " + path);
            }
            JsonNode node = yaml.readTree(path.toFile());
            if (node instanceof ObjectNode object) {
                tree = object;
            } else if (node != null && !node.isMissingNode() && !node.isNull()) {
                throw new IOException(path + ": expected a YAML mapping at the top level");
            }
        }
        applyEnv(tree, env);
        try {
            return yaml.treeToValue(tree, PolicyWatchConfig.class);
        } catch (IOException e) {
            throw new IOException("invalid configuration: " + rootMessage(e), e);
        }
    }

    /** Reads the outlets of a {@code sources.yaml} ({@code sources:} list); none if missing. */
    public List<SourceConfig> loadSources(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root = yaml.readTree(file.toFile());
        JsonNode list = root == null ? null : root.isArray() ? root : root.get("sources");
        List<SourceConfig> sources = new ArrayList<>();
        if (list == null || list.isNull()) {
            return sources;
        }
        for (JsonNode item : list) {
            try {
                sources.add(yaml.treeToValue(item, SourceConfig.class));
            } catch (IOException e) {
                throw new IOException(file + ": invalid source " + item + ": " + rootMessage(e), e);
            }
        }
        return sources;
    }

    static void applyEnv(ObjectNode tree, Map<String, String> env) {
        Map<String, String> sorted = new TreeMap<>(env);
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (!e.getKey().startsWith(PREFIX) || e.getKey().length() == PREFIX.length()) {
                continue;
            }
            String[] parts = e.getKey().substring(PREFIX.length()).toLowerCase(Locale.ROOT).split("_");
            ObjectNode target = tree;
            int first = 0;
            if (parts.length > 1 && SECTIONS.contains(parts[0])) {
                JsonNode section = tree.get(parts[0]);
                target = section instanceof ObjectNode object ? object : tree.putObject(parts[0]);
                first = 1;
            }
            target.put(camel(parts, first), e.getValue());
        }
    }

    private static String camel(String[] parts, int from) {
        StringBuilder sb = new StringBuilder(parts[from]);
        for (int i = from + 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                sb.append(parts[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(parts[i].substring(1));
            }
        }
        return sb.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message != null) {
            Iterator<String> lines = message.lines().iterator();
            message = lines.hasNext() ? lines.next() : message;
        }
        return message;
    }
}
