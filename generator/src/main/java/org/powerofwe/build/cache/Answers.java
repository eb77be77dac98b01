package org.powerofwe.build.cache;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.powerofwe.images.ImageLibrary;
import org.powerofwe.markdown.MarkdownEnvironment;
import org.powerofwe.model.Metric;
import org.powerofwe.model.Page;
import org.powerofwe.model.PageKey;

/**
 * Puts the answers of a {@link MarkdownEnvironment} in the comparable form a {@link Lookup} keeps,
 * and asks a question again from its stored form. One per rendering pass: answers that cost
 * something (every page key, a figure) are worked out once per pass.
 */
final class Answers {

    private static final String NONE = "\u0000none";

    private final MarkdownEnvironment env;
    private final Map<String, String> metrics = new ConcurrentHashMap<>();
    private volatile String pageKeys;
    private volatile String metricIds;

    Answers(MarkdownEnvironment env) {
        this.env = env;
    }

    MarkdownEnvironment env() {
        return env;
    }

    /**
     * What a body uses of a page it links to: its language, the language of its text and its
     * address. Link resolution reads nothing else; a renderer that starts reading more of the
     * found page (its title, say) must add it here.
     */
    static String page(Optional<Page> page) {
        return page.map(p -> p.key().value() + "\n" + p.lang() + "\n" + p.contentLang() + "\n" + p.path()).orElse(NONE);
    }

    static String file(boolean exists) {
        return Boolean.toString(exists);
    }

    static String asset(Optional<String> url) {
        return url.orElse(NONE);
    }

    static String image(Optional<ImageLibrary.Outcome> outcome) {
        return outcome.map(o -> Fingerprint.start().add(o.image())
                .add(o.failure().map(f -> f.getMessage() + "\n" + f.hint()).orElse(NONE)).hex()).orElse(NONE);
    }

    String pageKeys() {
        String known = pageKeys;
        if (known == null) {
            known = Fingerprint.of(env.pageKeys());
            pageKeys = known;
        }
        return known;
    }

    String metricIds() {
        String known = metricIds;
        if (known == null) {
            known = Fingerprint.of(env.metricIds());
            metricIds = known;
        }
        return known;
    }

    String metric(String id, Optional<Metric> metric) {
        return metrics.computeIfAbsent(id, i -> metric.map(Fingerprint::of).orElse(NONE));
    }

    /** The answer the site gives now to a question stored in an entry. */
    String again(Lookup lookup) {
        String arg = lookup.argument();
        return switch (lookup.kind()) {
            case PAGE -> {
                int cut = arg.indexOf('\n');
                yield page(env.findPage(new PageKey(arg.substring(0, cut)), arg.substring(cut + 1)));
            }
            case FILE -> file(env.fileExists(new PageKey(arg)));
            case PAGE_KEYS -> pageKeys();
            case ASSET -> asset(env.assetUrl(arg));
            case IMAGE -> image(env.image(arg));
            case METRIC -> metric(arg, env.metric(arg));
            case METRIC_IDS -> metricIds();
        };
    }
}
