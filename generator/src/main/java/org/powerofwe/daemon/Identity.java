package org.powerofwe.daemon;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * What makes two generator processes the same generator: the jar (path, size, modification
 * time), the Java runtime, the launcher's JVM options for the running generator (passed as
 * {@code -Dsite.jvm}), {@code SITE_JAVA_OPTS}, and the settings that change how text and file
 * names are read and written (encodings, locale, time zone). A client whose identity differs
 * from the running generator's builds in a new process instead, and the stale generator stops.
 */
public final class Identity {

    private Identity() {
    }

    /** The identity of this process, one setting per line. */
    public static String ofThisProcess() {
        StringBuilder text = new StringBuilder();
        text.append("jar=").append(jar()).append('\n');
        for (String property : new String[] {"java.home", "java.vm.version", "site.jvm", "file.encoding", "sun.jnu.encoding", "native.encoding"}) {
            text.append(property).append('=').append(System.getProperty(property, "")).append('\n');
        }
        text.append("SITE_JAVA_OPTS=").append(env("SITE_JAVA_OPTS")).append('\n');
        text.append("TZ=").append(env("TZ")).append('\n');
        text.append("locale=").append(Locale.getDefault().toLanguageTag()).append('\n');
        return text.toString();
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    /** Where this code was loaded from, with its size and modification time. */
    private static String jar() {
        try {
            Path path = Path.of(Identity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return path + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
