package org.powerofwe.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a report PDF made from the same document before, so it is copied instead of laid out
 * again: in the previous build's output (each PDF's file identifier is the hash of what it was
 * made from) or, in the preview, in memory.
 */
public final class PdfCache {

    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]{32})>");
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");
    private static final int TAIL = 4096;

    private final Optional<Path> previousOutput;
    private final Map<String, byte[]> memory = new ConcurrentHashMap<>();

    /** @param previousOutput the output folder of the previous build, if any */
    public PdfCache(Optional<Path> previousOutput) {
        this.previousOutput = previousOutput;
    }

    /** A cache kept in memory only (the preview server). */
    public static PdfCache inMemory() {
        return new PdfCache(Optional.empty());
    }

    Optional<byte[]> find(String path, byte[] id) {
        String key = path + "#" + HexFormat.of().formatHex(id);
        byte[] kept = memory.get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        return previousOutput.map(out -> out.resolve(path)).filter(Files::isRegularFile).flatMap(file -> {
            try {
                return Arrays.equals(fileId(file).orElse(null), id) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    void keep(String path, byte[] id, byte[] pdf) {
        if (previousOutput.isPresent()) {
            return; // the next build finds it in the output; a build's memory holds no PDF it wrote
        }
        memory.keySet().removeIf(k -> k.startsWith(path + "#"));
        memory.put(path + "#" + HexFormat.of().formatHex(id), pdf);
    }

    /**
     * The file identifier a PDF's trailer gives: read where {@code startxref} points (a trailer or
     * a cross-reference stream, whose dictionary comes before its compressed data).
     */
    static Optional<byte[]> fileId(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            Matcher start = STARTXREF.matcher(read(in, Math.max(0, in.length() - TAIL), TAIL));
            long offset = -1;
            while (start.find()) {
                offset = Long.parseLong(start.group(1));
            }
            if (offset < 0 || offset >= in.length()) {
                return Optional.empty();
            }
            Matcher id = ID.matcher(read(in, offset, TAIL));
            return id.find() ? Optional.of(HexFormat.of().parseHex(id.group(1))) : Optional.empty();
        }
    }

    private static String read(RandomAccessFile in, long from, int most) throws IOException {
        byte[] bytes = new byte[(int) Math.min(most, in.length() - from)];
        in.seek(from);
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
