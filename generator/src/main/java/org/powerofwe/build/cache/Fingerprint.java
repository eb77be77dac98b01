package org.powerofwe.build.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Hashes values the same way in every process: records by their components, maps and sets in a
 * fixed order whatever their iteration order (a {@code Map.copyOf} iterates differently in each
 * JVM), lists in order. A value of a kind it does not know is refused rather than hashed by an
 * identity or a {@code toString} that could hide a difference.
 */
public final class Fingerprint {

    /** A fresh digest to clone: cloning skips the provider look-up, and builds make a fingerprint per page and per value. */
    private static final MessageDigest PROTOTYPE;

    static {
        try {
            PROTOTYPE = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The accessors of each record class, found and opened once (reflection is a tenth of a cache-warm build otherwise). */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private final MessageDigest digest;
    private final byte[] tag = new byte[5];

    private Fingerprint() {
        MessageDigest copy;
        try {
            copy = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            try {
                copy = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
            }
        }
        this.digest = copy;
    }

    public static Fingerprint start() {
        return new Fingerprint();
    }

    /** The hex hash of the given values, in order. */
    public static String of(Object... values) {
        Fingerprint f = start();
        for (Object value : values) {
            f.add(value);
        }
        return f.hex();
    }

    public Fingerprint add(byte[] bytes) {
        tag('B', bytes.length);
        digest.update(bytes);
        return this;
    }

    /** Adds a value: null, text, number, boolean, enum, record, optional, collection, map or byte array. */
    public Fingerprint add(Object value) {
        if (value == null) {
            tag('N', 0);
        } else if (value instanceof String s) {
            text('S', s);
        } else if (value instanceof byte[] bytes) {
            add(bytes);
        } else if (value instanceof Enum<?> e) {
            text('E', e.getDeclaringClass().getName() + "." + e.name());
        } else if (isScalar(value)) {
            text('V', value.getClass().getName() + ":" + value);
        } else if (value instanceof Optional<?> o) {
            tag('O', o.isPresent() ? 1 : 0);
            o.ifPresent(this::add);
        } else if (value instanceof OptionalInt o) {
            text('I', o.isPresent() ? Integer.toString(o.getAsInt()) : "");
        } else if (value instanceof Record r) {
            record(r);
        } else if (value instanceof Map<?, ?> map) {
            map(map);
        } else if (value instanceof Set<?> set) {
            unordered('T', set);
        } else if (value instanceof Collection<?> list) {
            tag('L', list.size());
            list.forEach(this::add);
        } else {
            throw new IllegalArgumentException("no fingerprint for a " + value.getClass().getName());
        }
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isScalar(Object value) {
        return value instanceof Number || value instanceof Boolean || value instanceof Character || value instanceof java.net.URI
                || value instanceof java.time.temporal.TemporalAccessor || value instanceof java.util.Locale
                || value instanceof java.nio.file.Path;
    }

    private void record(Record r) {
        text('R', r.getClass().getName());
        for (Method accessor : ACCESSORS.get(r.getClass())) {
            text('C', accessor.getName());
            try {
                add(accessor.invoke(r));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read " + accessor.getName() + " of " + r.getClass().getName(), e);
            }
        }
    }

    private void map(Map<?, ?> map) {
        if (map.keySet().stream().allMatch(String.class::isInstance)) {
            // Text keys are unique and ordered the same in every process: the entries in key order, each added in turn.
            List<String> keys = new ArrayList<>(map.size());
            map.keySet().forEach(k -> keys.add((String) k));
            keys.sort(null);
            tag('K', keys.size());
            for (String key : keys) {
                text('k', key);
                add(map.get(key));
            }
            return;
        }
        List<String> entries = new ArrayList<>(map.size());
        map.forEach((k, v) -> entries.add(of(k) + of(v)));
        entries.sort(null);
        tag('M', entries.size());
        entries.forEach(e -> text('e', e));
    }

    private void unordered(char kind, Collection<?> values) {
        List<String> hashes = new ArrayList<>(values.size());
        values.forEach(v -> hashes.add(of(v)));
        hashes.sort(null);
        tag(kind, hashes.size());
        hashes.forEach(h -> text('e', h));
    }

    private void text(char kind, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        tag(kind, bytes.length);
        digest.update(bytes);
    }

    private void tag(char kind, int length) {
        tag[0] = (byte) kind;
        tag[1] = (byte) (length >>> 24);
        tag[2] = (byte) (length >>> 16);
        tag[3] = (byte) (length >>> 8);
        tag[4] = (byte) length;
        digest.update(tag, 0, 5);
    }
}
