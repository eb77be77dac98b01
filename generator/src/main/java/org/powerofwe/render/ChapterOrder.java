package org.powerofwe.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerofwe.model.Page;
import org.powerofwe.model.PageType;

/** The chapters of one report year in reading order, with each chapter's place, for previous and next links. */
public record ChapterOrder(List<Page> chapters, Map<String, Integer> places) {

    static ChapterOrder of(List<Page> children) {
        List<Page> chapters = children.stream().filter(p -> p.type() == PageType.CHAPTER).toList();
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < chapters.size(); i++) {
            places.putIfAbsent(chapters.get(i).path(), i);
        }
        return new ChapterOrder(chapters, Map.copyOf(places));
    }

    /** The chapter {@code step} places after {@code page} (before it when negative), if there is one. */
    Optional<Page> beside(Page page, int step) {
        Integer place = places.get(page.path());
        if (place == null || place + step < 0 || place + step >= chapters.size()) {
            return Optional.empty();
        }
        return Optional.of(chapters.get(place + step));
    }
}
