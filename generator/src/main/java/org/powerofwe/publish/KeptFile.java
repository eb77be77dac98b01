package org.powerofwe.publish;

import java.nio.file.Path;

/**
 * A file of the build cache, which no one writes to, as the cache just found it: its size and its
 * identity on the disk ({@link java.nio.file.attribute.BasicFileAttributes#fileKey}, null where the
 * file system has none), so that publishing it reads its attributes no second time.
 */
public record KeptFile(Path path, long size, Object fileKey) {
}
