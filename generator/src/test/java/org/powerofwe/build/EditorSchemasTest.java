package org.powerofwe.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.powerofwe.testing.RepoPaths;

/**
 * The JSON Schemas VS Code uses while staff type: committed as generated from the generator's
 * rules, accepting every real file the build accepts, and flagging the mistakes the build refuses.
 */
class EditorSchemasTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    @Test
    void theCommittedSchemasAreTheGeneratedOnes() throws IOException {
        for (Map.Entry<String, String> schema : EditorSchemas.all().entrySet()) {
            Path file = RepoPaths.root().resolve("schemas").resolve(schema.getKey());
            assertEquals(schema.getValue(), Files.readString(file), file + " is out of date: run ./site schemas and commit schemas/");
        }
    }

    @Test
    void theSchemasAcceptEveryRealFile() throws IOException {
        Path root = RepoPaths.root();
        assertEquals(List.of(), errors("site-config.schema.json", Files.readString(root.resolve("site-config.yml"))));
        try (Stream<Path> files = Stream.concat(Files.list(root.resolve("content/data/metrics")), Files.list(root.resolve("content/glossary")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                String schema = file.getParent().getFileName().toString().equals("glossary") ? "glossary.schema.json" : "metrics.schema.json";
                assertEquals(List.of(), errors(schema, Files.readString(file)), file.toString());
            }
        }
    }

    @Test
    void theSchemasFlagAMistypedKeyAWrongUnitAndABadRepository() {
        assertTrue(errors("site-config.schema.json", Files_readRealConfig().replace("defaultLanguage:", "defaultLangage:"))
                .stream().anyMatch(e -> e.contains("defaultLangage")), "a mistyped key is flagged");
        String figure = "metrics:\n  - id: members\n    value: 240\n    unit: people\n    period: \"2021\"\n    chapter: gatherings\n";
        assertTrue(errors("metrics.schema.json", figure).stream().anyMatch(e -> e.contains("unit")), "an unknown unit is flagged");
        assertTrue(errors("site-config.schema.json", Files_readRealConfig() + "\neditLink: { repository: \"https://github.com/a/b\" }\n")
                .stream().anyMatch(e -> e.contains("repository")), "a repository that is not owner/name is flagged");
        assertTrue(errors("glossary.schema.json", "terms:\n  UCLG: CGLU\nkeeps: []\n").stream().anyMatch(e -> e.contains("keeps")));
    }

    private static String Files_readRealConfig() {
        try {
            return Files.readString(RepoPaths.root().resolve("site-config.yml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> errors(String schemaFile, String yaml) {
        Schema schema = REGISTRY.getSchema(EditorSchemas.all().get(schemaFile), InputFormat.JSON);
        return schema.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
    }
}
