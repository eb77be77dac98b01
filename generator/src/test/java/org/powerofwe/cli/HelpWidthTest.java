package org.powerofwe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Help fits the terminal staff have open (60 columns in a narrow window, 100 in a wide one) and
 * never cuts a file name, a path or a command in two: picocli's own wrapping wrote
 * {@code site-config.} and {@code yml} on two lines, which cannot be copied.
 */
class HelpWidthTest {

    private static final List<String> COMMANDS = List.of("", "build", "serve", "check", "new", "translations", "schemas");

    private static String help(int width, String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true)).withHelpWidth(width);
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command));
        args.add("--help");
        assertEquals(ExitCodes.OK, Main.run(console, args.toArray(String[]::new)), err.toString());
        return out.toString();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void everyCommandsHelpFitsSixtyAndAHundredColumnsWithoutCuttingAWord() {
        for (String command : COMMANDS) {
            List<String> whole = words(help(Console.MAX_WIDTH, command));
            for (int width : new int[] {60, 100}) {
                String help = help(width, command);
                for (String line : help.split("\n")) {
                    assertTrue(line.length() <= width || !line.strip().contains(" "),
                            "./site " + command + " --help at " + width + " columns: a line is too long:\n" + line);
                }
                assertEquals(whole, words(help), "./site " + command + " --help at " + width + " columns cut a word in two:\n" + help);
            }
        }
    }

    @Test
    void aWiderTerminalGetsLongerLines() {
        int longest60 = help(60, "new").lines().mapToInt(String::length).max().orElse(0);
        int longest100 = help(100, "new").lines().mapToInt(String::length).max().orElse(0);
        assertTrue(longest60 <= 60 && longest100 > 60, "help uses the terminal's width: " + longest60 + ", " + longest100);
    }

    @Test
    void theWidthComesFromColumnsOrIsEightyWhenUnknown() {
        assertEquals(132, Console.columns("132"));
        assertEquals(80, Console.columns(null));
        assertEquals(80, Console.columns("wide"));
        assertEquals(Console.MIN_WIDTH, new Console(null, null).withHelpWidth(20).helpWidth(), "picocli cannot go narrower");
    }
}
