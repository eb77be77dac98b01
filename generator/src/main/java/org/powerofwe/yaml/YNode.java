package org.powerofwe.yaml;

import org.powerofwe.diag.SourcePos;

/** A YAML value with the position it was written at. */
public sealed interface YNode permits YScalar, YMap, YList {

    SourcePos pos();

    /** Names the node's shape the way a message to staff would ("text", "a list", ...). */
    String describe();
}
