package org.powerofwe.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prepares the theme's files for publishing: {@code assets/} get a content hash in their name
 * ({@code css/main.3f2a9c1b.css}) so browsers can cache them for ever, with {@code url(...)}
 * references inside CSS rewritten to match; {@code static/} is copied as it is.
 */
public final class AssetPipeline {

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

    private final Path themeDir;

    public AssetPipeline(Path themeDir) {
        this.themeDir = themeDir;
    }

    /** A file to publish: its bytes and its path in the output. */
    public record Asset(String outputPath, byte[] content) {
    }

    /** The fingerprinted assets by logical name, and the files to write. */
    public record Result(Map<String, String> urls, List<Asset> files) {
    }

    public Result prepare(String basePath) throws IOException {
        Map<String, byte[]> sources = read(themeDir.resolve("assets"));
        Map<String, String> names = new TreeMap<>();
        Map<String, byte[]> contents = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : sources.entrySet()) {
            if (!e.getKey().endsWith(".css")) {
                names.put(e.getKey(), fingerprinted(e.getKey(), e.getValue()));
                contents.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, byte[]> e : sources.entrySet()) {
            if (e.getKey().endsWith(".css")) {
                byte[] rewritten = rewriteCss(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8), names).getBytes(StandardCharsets.UTF_8);
                names.put(e.getKey(), fingerprinted(e.getKey(), rewritten));
                contents.put(e.getKey(), rewritten);
            }
        }
        Map<String, String> urls = new LinkedHashMap<>();
        List<Asset> files = new java.util.ArrayList<>();
        names.forEach((logical, published) -> {
            urls.put(logical, basePath + "assets/" + published);
            files.add(new Asset("assets/" + published, contents.get(logical)));
        });
        read(themeDir.resolve("static")).forEach((path, bytes) -> files.add(new Asset(path, bytes)));
        return new Result(urls, files);
    }

    private static String rewriteCss(String cssPath, String css, Map<String, String> names) {
        String folder = cssPath.contains("/") ? cssPath.substring(0, cssPath.lastIndexOf('/') + 1) : "";
        Matcher m = CSS_URL.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(2);
            String target = Path.of(folder + ref).normalize().toString().replace('\\', '/');
            String published = names.get(target);
            String replacement = published == null ? m.group() : "url(" + relative(folder, published) + ")";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String relative(String fromFolder, String to) {
        Path from = Path.of(fromFolder.isEmpty() ? "." : fromFolder);
        return from.relativize(Path.of(to)).toString().replace('\\', '/');
    }

    static String fingerprinted(String path, byte[] content) {
        String hash = hash(content);
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        return dot > slash ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Map<String, byte[]> read(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(".") && !relative.contains("/.")) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
