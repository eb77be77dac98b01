package org.powerofwe.yaml;

import org.powerofwe.diag.SourcePos;

/** A value together with where it was written, for checks that run after reading. */
public record Located<T>(T value, SourcePos pos) {
}
