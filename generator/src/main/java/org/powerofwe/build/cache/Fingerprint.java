package org.powerofwe.build.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>The values are written out as tagged, length-prefixed bytes, so that two different values
 * never write the same bytes, and those bytes are hashed with {@link TextHash} (128 bits). Keys
 * were SHA-256 until a profile showed it was most of what a cache-warm build spent on them: the
 * builds run on C1 alone, where SHA-256 has no intrinsic. {@link TextHash} says why a fast hash
 * is enough for keys that only compare two versions of the project's own files.
 */
public final class Fingerprint {

    /**
     * Each record class's accessors, found and opened once (reflection is a tenth of a cache-warm
     * build otherwise), and its shape: the hash of its name and its components' names, which
     * stands for them in every record of that class (a page has dozens of records).
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Fingerprint names = start();
            names.text('R', type.getName());
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                names.text('C', accessors[i].getName());
            }
            return new Shape(accessors, names.hash());
        }
    };

    private record Shape(Method[] accessors, byte[] hash) {
    }

    /** The name of each constant of an enum (by the class of a constant, which may be a body's subclass), as bytes, by ordinal. */
    private static final ClassValue<byte[][]> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected byte[][] computeValue(Class<?> constantClass) {
            Class<?> type = constantClass.isEnum() ? constantClass : constantClass.getSuperclass();
            Object[] constants = type.getEnumConstants();
            byte[][] names = new byte[constants.length][];
            for (int i = 0; i < constants.length; i++) {
                names[i] = (type.getName() + "." + ((Enum<?>) constants[i]).name()).getBytes(StandardCharsets.UTF_8);
            }
            return names;
        }
    };

    /** From this many bytes a text (a page's body, not a name) is hashed on its own and its hash written in its place. */
    static final int LONG_TEXT = 256;

    /** The bytes written so far, hashed by {@link #hex}. */
    private byte[] bytes = new byte[512];
    private int length;

    private Fingerprint() {
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

    public Fingerprint add(byte[] data) {
        if (data.length < LONG_TEXT) {
            tag('B', data.length);
            write(data);
        } else {
            tag('Y', data.length);
            writeHash(data, data.length);
        }
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
            byte[] name = ENUM_NAMES.get(e.getClass())[e.ordinal()];
            tag('E', name.length);
            write(name);
        } else if (value instanceof Integer i) {
            tag('i', i);
        } else if (value instanceof Boolean b) {
            tag('b', b ? 1 : 0);
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
        return HexFormat.of().formatHex(hash());
    }

    private byte[] hash() {
        long[] hash = TextHash.murmur3(bytes, length, 0);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (hash[0] >>> (56 - 8 * i));
            out[8 + i] = (byte) (hash[1] >>> (56 - 8 * i));
        }
        return out;
    }

    private static boolean isScalar(Object value) {
        return value instanceof Number || value instanceof Character || value instanceof java.net.URI
                || value instanceof java.time.temporal.TemporalAccessor || value instanceof java.util.Locale
                || value instanceof java.nio.file.Path;
    }

    private void record(Record r) {
        Shape shape = SHAPES.get(r.getClass());
        // The shape fixes how many components follow, and each value is delimited: no names needed.
        tag('R', shape.hash.length);
        write(shape.hash);
        for (Method accessor : shape.accessors) {
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
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (utf8.length < LONG_TEXT) {
            tag(kind, utf8.length);
            write(utf8);
            return;
        }
        // A page's text: its own hash stands for it, marked apart from a short text of those 16 bytes.
        tag('X', utf8.length);
        tag(kind, 16);
        writeHash(utf8, utf8.length);
    }

    private void writeHash(byte[] data, int size) {
        long[] hash = TextHash.murmur3(data, size, 0);
        room(16);
        for (long half : hash) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[length++] = (byte) (half >>> shift);
            }
        }
    }

    private void tag(char kind, int size) {
        room(5);
        bytes[length] = (byte) kind;
        bytes[length + 1] = (byte) (size >>> 24);
        bytes[length + 2] = (byte) (size >>> 16);
        bytes[length + 3] = (byte) (size >>> 8);
        bytes[length + 4] = (byte) size;
        length += 5;
    }

    private void write(byte[] data) {
        room(data.length);
        System.arraycopy(data, 0, bytes, length, data.length);
        length += data.length;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
