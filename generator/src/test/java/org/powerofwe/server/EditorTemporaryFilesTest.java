package org.powerofwe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.powerofwe.testing.MiniTheme;
import org.powerofwe.testing.Sites;
import org.powerofwe.testing.TestSite;

/**
 * The files editors write beside the one being saved (swap files, backups, locks, safe-write
 * copies) neither rebuild the preview nor show in its log: staff would otherwise see a rebuild
 * and a line such as {@code content/pact/sedX4k2Qz} for every save, or every keystroke.
 */
class EditorTemporaryFilesTest {

    /** What vim, emacs, sed -i, JetBrains, gedit, Kate, macOS, Office and LibreOffice leave in the folder. */
    private static final List<String> TEMPORARY = List.of(".government.en.md.swp", ".government.en.md.swx", "4913", "government.en.md~",
            "#government.en.md#", ".#government.en.md", "sedX4k2Qz", "government.en.md___jb_tmp___", "government.en.md___jb_old___",
            ".goutputstream-ABC123", ".government.en.md.kate-swp", ".DS_Store", "~$vernment.docx", ".~lock.notes.odt#");

    @TempDir
    Path dir;

    private PreviewServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void editorsTemporaryFilesNeitherRebuildNorShowInTheLog() throws Exception {
        TestSite site = TestSite.write(dir, Sites.CONFIG.replace("theme: wecare", "theme: mini") + MiniTheme.FILES + Sites.HOMES + Sites.PACT);
        StringWriter log = new StringWriter();
        server = PreviewServer.start(site.root(), 0, true, new PrintWriter(log, true));
        long before = server.builds();
        int logged = log.toString().length();

        for (String name : TEMPORARY) {
            site.writeFile("content/pact/" + name, "temporary");
        }
        // A real save after them: one rebuild, naming only the saved page.
        site.writeFile("content/pact/government.en.md", "---\ntitle: Government\naxis: government\nvision: V.\nweight: 3\n---\nSaved.\n");
        long deadline = System.currentTimeMillis() + 10_000;
        while (server.builds() == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(500);

        String after = log.toString().substring(logged);
        assertEquals(before + 1, server.builds(), "only the real save rebuilt the preview:\n" + after);
        assertTrue(after.contains(" content/pact/government.en.md: rebuilt"), after);
        for (String name : TEMPORARY) {
            assertTrue(!after.contains(name), name + " shows in the preview's log:\n" + after);
        }
        assertTrue(!after.contains(" more:"), after);
    }
}
