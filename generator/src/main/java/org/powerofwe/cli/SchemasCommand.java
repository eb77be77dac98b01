package org.powerofwe.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.powerofwe.build.EditorSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code site schemas}: writes the editor's JSON Schemas (schemas/) from the generator's rules. */
@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = "Writes schemas/*.schema.json: the fields and values site-config.yml, the figures files and the"
                + " glossaries accept, for editors such as VS Code (see .vscode/settings.json). Run it after changing those rules.")
final class SchemasCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = Console.of(spec);
        Path folder = project.source().resolve(EditorSchemas.FOLDER);
        Files.createDirectories(folder);
        for (Map.Entry<String, String> schema : EditorSchemas.all().entrySet()) {
            Path file = folder.resolve(schema.getKey());
            boolean same = Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(schema.getValue());
            if (!same) {
                Files.writeString(file, schema.getValue(), StandardCharsets.UTF_8);
            }
            console.out().println((same ? "unchanged " : "wrote ") + EditorSchemas.FOLDER + "/" + schema.getKey());
        }
        console.out().flush();
        return ExitCodes.OK;
    }
}
