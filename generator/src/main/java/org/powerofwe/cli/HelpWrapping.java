package org.powerofwe.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Wraps the help of every command to the terminal's width at spaces only, so a file name, a path
 * or a command example is never cut in two (picocli's own wrapping breaks {@code site-config.yml}
 * after its dot). Picocli lays each section out on unbounded lines; each long line is then
 * wrapped under where its text starts: a description under its column, the synopsis after
 * {@code Usage: ./site new}, a paragraph under its indentation.
 */
final class HelpWrapping {

    /** Wide enough that picocli never wraps a line itself. */
    private static final int UNBOUNDED = 10_000;
    /** Picocli indents the continuation of a description by two more spaces. */
    private static final int CONTINUATION = 2;
    private static final Set<String> LISTS = Set.of(UsageMessageSpec.SECTION_KEY_OPTION_LIST,
            UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
            UsageMessageSpec.SECTION_KEY_END_OF_OPTIONS);
    /** A row of a list: its name (an option, a command) then two or more spaces then its description. */
    private static final Pattern ROW = Pattern.compile("^(\\s*\\S.*?\\s{2,})\\S");
    private static final Pattern SYNOPSIS = Pattern.compile("^(\\S+: \\S+(?: [a-z][a-z-]*)* )");

    private HelpWrapping() {
    }

    /** Makes the help of {@code commandLine} and of its sub-commands {@code width} columns wide. */
    static void apply(CommandLine commandLine, int width) {
        // Plain text: colour codes would count as columns, and a terminal shows the help the same without them.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setUsageHelpWidth(UNBOUNDED);
        wrapSections(commandLine, width);
    }

    private static void wrapSections(CommandLine commandLine, int width) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
        sections.replaceAll((key, renderer) -> help -> key.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS)
                ? wrapSynopsis(renderer.render(help), lastLine(help.synopsisHeading()), width)
                : wrap(renderer.render(help), width, key));
        commandLine.setHelpSectionMap(sections);
        commandLine.getSubcommands().values().forEach(sub -> wrapSections(sub, width));
    }

    /** Wraps each line of a help section; {@code section} says how its lines continue. */
    static String wrap(String text, int width, String section) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.addAll(wrapLine(line, width, continuationIndent(line, section)));
        }
        return String.join("\n", out);
    }

    /** The synopsis follows its heading ({@code Usage: }) on the same line; it continues under the first option. */
    static String wrapSynopsis(String text, String heading, int width) {
        return wrap(heading + text, width, UsageMessageSpec.SECTION_KEY_SYNOPSIS).substring(heading.length());
    }

    private static String lastLine(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    private static int continuationIndent(String line, String section) {
        if (LISTS.contains(section)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                return row.group(1).length() + CONTINUATION;
            }
        }
        if (section.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
            Matcher usage = SYNOPSIS.matcher(line);
            if (usage.find()) {
                return usage.group(1).length();
            }
        }
        return line.length() - line.stripLeading().length();
    }

    /** Breaks one line at spaces; a word longer than the room left stays whole on its own line. */
    static List<String> wrapLine(String line, int width, int indent) {
        List<String> lines = new ArrayList<>();
        if (line.length() <= width) {
            return List.of(line);
        }
        String rest = line.stripTrailing();
        String pad = "";
        while (pad.length() + rest.length() > width) {
            int room = width - pad.length();
            int cut = rest.lastIndexOf(' ', room);
            while (cut > 0 && rest.charAt(cut - 1) == ' ') {
                cut--;
            }
            if (cut <= leading(rest)) {
                int next = rest.indexOf(' ', room);
                if (next < 0) {
                    break;
                }
                cut = next;
            }
            lines.add(pad + rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
            pad = " ".repeat(Math.min(indent, width / 2));
        }
        lines.add(pad + rest);
        return lines;
    }

    private static int leading(String text) {
        return text.length() - text.stripLeading().length();
    }
}
