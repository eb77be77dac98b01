package org.powerofwe.model;

import java.util.List;
import org.powerofwe.yaml.Located;

/** The fields a page has because of its type, beyond the common ones. */
public sealed interface TypeFields {

    /** An axis of the Pact: which one, and its vision in a sentence or two (empty where the sources state none). */
    record Axis(String axis, String vision) implements TypeFields {
    }

    /** A pledge belongs to an axis (checked). */
    record Pledge(Located<String> axis) implements TypeFields {
    }

    /** An undertaking belongs to an axis and serves pledges (both checked). */
    record Undertaking(Located<String> axis, List<Located<String>> pledges) implements TypeFields {
        public Undertaking {
            pledges = List.copyOf(pledges);
        }
    }

    /** A report's cover. */
    record Report(int year) implements TypeFields {
    }

    /** A report chapter, with the label readers see ("3"). */
    record Chapter(int year, String label) implements TypeFields {
    }

    /** A campaign, its hashtags and the figures it shows (checked against the data). */
    record Campaign(List<String> hashtags, List<Located<String>> metrics) implements TypeFields {
        public Campaign {
            hashtags = List.copyOf(hashtags);
            metrics = List.copyOf(metrics);
        }
    }

    /** Pages whose type adds no fields: home, sections, articles, plain pages. */
    record None() implements TypeFields {
    }
}
