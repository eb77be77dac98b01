package org.powerofwe.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingIdsTest {

    @Test
    void foldsAccentsAndLigaturesAndJoinsWordsWithDashes() {
        assertEquals("cooperation-decentralisee", HeadingIds.slug("Coopération décentralisée"));
        assertEquals("coeur-de-l-ete", HeadingIds.slug("Cœur de l’été"));
        assertEquals("gold-vi-pathways-to-equality", HeadingIds.slug("GOLD VI – Pathways to equality"));
        assertEquals("espana", HeadingIds.slug("¿España?"));
    }

    @Test
    void keepsLettersOfScriptsWithoutLatinForm() {
        assertEquals("الميثاق-المحلي", HeadingIds.slug("الميثاق المحلي"));
    }

    @Test
    void headingsWithoutWordsStillGetAnId() {
        assertEquals("section", HeadingIds.slug("!!!"));
    }

    @Test
    void repeatedHeadingsAreNumberedAndNeverCollide() {
        HeadingIds ids = new HeadingIds();
        assertEquals("goals", ids.next("Goals"));
        assertEquals("goals-2", ids.next("Goals"));
        assertEquals("goals-2-2", ids.next("Goals 2"));
        assertEquals("goals-3", ids.next("Goals"));
    }
}
