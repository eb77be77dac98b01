import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Checks the weight budgets of every page of a built site, so readers on slow connections keep a
 * fast site: HTML at most 50 KB per page, CSS at most 30 KB per page in all, JavaScript at most
 * 15 KB per page (search pages, which load search.js, may use 30 KB), no web font over 100 KB, and
 * at most 200 KB of images on the first screen (the images a page loads at once, not lazily) of a
 * phone (375 px wide, twice the density: the file a browser picks from srcset for 750 px).
 * Prints the worst offenders, the totals per kind of page, and exits with 1 when a budget is
 * exceeded (2 for a usage error).
 *
 * <pre>java scripts/Budgets.java public/            (or: scripts/budgets public/)</pre>
 *
 * The staff page translation-status/ is reported but not budgeted: it lists every page of the
 * site and grows with it; readers never see it.
 */
public class Budgets {

    static final long KB = 1024;
    static final long HTML_BUDGET = 50 * KB;
    static final long CSS_BUDGET = 30 * KB;
    static final long JS_BUDGET = 15 * KB;
    static final long SEARCH_JS_BUDGET = 30 * KB;
    static final long FONT_BUDGET = 100 * KB;
    static final long FIRST_SCREEN_IMAGES_BUDGET = 200 * KB;
    /** The pixels a phone 375 px wide at twice the density asks for. */
    static final int PHONE_PIXELS = 750;
    static final List<String> NOT_BUDGETED = List.of("translation-status/");

    static final Pattern STYLESHEET = Pattern.compile("<link\\b[^>]*\\brel=\"stylesheet\"[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*\\bsrc=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"");
    /** The theme marks each page's kind on its body: {@code <body class="kind-chapter ...">}. */
    static final Pattern KIND = Pattern.compile("<body[^>]*\\bclass=\"[^\"]*\\bkind-([a-z-]+)");
    /** An image, with the WebP source the theme puts just before it in a picture. */
    static final Pattern IMAGE = Pattern.compile("(<source\\b[^>]*\\btype=\"image/webp\"[^>]*>)?<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern SRCSET = Pattern.compile("\\bsrcset=\"([^\"]+)\"");
    static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]+)\"");
    static final Pattern FONT = Pattern.compile(".*\\.(woff2?|ttf|otf|eot)$", Pattern.CASE_INSENSITIVE);

    record PageWeight(String path, String kind, long html, long htmlGzip, long css, long js, boolean search, long images, long firstScreen,
            List<String> problems) {
        long total() {
            return html + css + js + images;
        }
    }

    /** The bytes of the images a phone loads for this page: all of them, and those loaded at once. */
    record ImageWeight(long all, long firstScreen) {
    }

    static ImageWeight images(Path site, String html, String page, List<String> problems) {
        long all = 0;
        long first = 0;
        Matcher image = IMAGE.matcher(html);
        while (image.find()) {
            String img = image.group().substring(image.group(1) == null ? 0 : image.group(1).length());
            Matcher srcset = SRCSET.matcher(image.group(1) != null ? image.group(1) : img);
            Matcher src = SRC.matcher(img);
            String url = srcset.find() ? pick(srcset.group(1)) : src.find() ? src.group(1) : null;
            if (url == null || url.startsWith("data:")) {
                continue;
            }
            long size = sum(site, Set.of(url), page, problems);
            all += size;
            if (!img.contains("loading=\"lazy\"")) {
                first += size;
            }
        }
        return new ImageWeight(all, first);
    }

    /** The candidate of a srcset a phone picks: the narrowest at least {@link #PHONE_PIXELS} wide, else the widest. */
    static String pick(String srcset) {
        String best = null;
        int bestWidth = 0;
        for (String candidate : srcset.split(",\\s*")) {
            String[] parts = candidate.strip().split("\\s+");
            int width = parts.length > 1 && parts[1].endsWith("w") ? Integer.parseInt(parts[1].substring(0, parts[1].length() - 1)) : 0;
            boolean better = best == null || (bestWidth < PHONE_PIXELS ? width > bestWidth : width >= PHONE_PIXELS && width < bestWidth);
            if (better) {
                best = parts[0];
                bestWidth = width;
            }
        }
        return best;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: java scripts/Budgets.java <built site folder, e.g. public/>");
            System.exit(2);
        }
        // The output folder is a link to the published build: measure the build it points to.
        Path site = Path.of(args[0]).toAbsolutePath().normalize().toRealPath();
        List<PageWeight> pages = new ArrayList<>();
        List<String> notBudgeted = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String relative = site.relativize(file).toString().replace('\\', '/');
                if (NOT_BUDGETED.stream().anyMatch(relative::startsWith)) {
                    notBudgeted.add(relative + " (" + kb(Files.size(file)) + ")");
                    continue;
                }
                pages.add(weigh(site, file, relative));
            }
        }
        List<String> fontProblems = fonts(site);
        report(pages, notBudgeted, fontProblems);
        boolean failed = !fontProblems.isEmpty() || pages.stream().anyMatch(p -> !p.problems().isEmpty());
        System.exit(failed ? 1 : 0);
    }

    static PageWeight weigh(Path site, Path file, String relative) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String html = new String(bytes, StandardCharsets.UTF_8);
        Set<String> stylesheets = new LinkedHashSet<>();
        Matcher link = STYLESHEET.matcher(html);
        while (link.find()) {
            Matcher href = HREF.matcher(link.group());
            if (href.find()) {
                stylesheets.add(href.group(1));
            }
        }
        Set<String> scripts = new LinkedHashSet<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            scripts.add(script.group(1));
        }
        List<String> problems = new ArrayList<>();
        long css = sum(site, stylesheets, relative, problems);
        long js = sum(site, scripts, relative, problems);
        ImageWeight images = images(site, html, relative, problems);
        if (images.firstScreen() > FIRST_SCREEN_IMAGES_BUDGET) {
            problems.add(relative + ": images on the first screen " + kb(images.firstScreen()) + " > " + kb(FIRST_SCREEN_IMAGES_BUDGET));
        }
        boolean search = scripts.stream().anyMatch(s -> s.substring(s.lastIndexOf('/') + 1).startsWith("search."));
        if (bytes.length > HTML_BUDGET) {
            problems.add(relative + ": HTML " + kb(bytes.length) + " > " + kb(HTML_BUDGET));
        }
        if (css > CSS_BUDGET) {
            problems.add(relative + ": CSS " + kb(css) + " > " + kb(CSS_BUDGET));
        }
        long jsBudget = search ? SEARCH_JS_BUDGET : JS_BUDGET;
        if (js > jsBudget) {
            problems.add(relative + ": JavaScript " + kb(js) + " > " + kb(jsBudget));
        }
        Matcher kind = KIND.matcher(html);
        String pageKind = kind.find() ? kind.group(1) : relative.contains("/") ? "other" : "root";
        return new PageWeight(relative, pageKind, bytes.length, gzip(bytes), css, js, search, images.all(), images.firstScreen(), problems);
    }

    /** The size of the files a page loads; a missing file is a problem of its own. */
    static long sum(Path site, Set<String> urls, String page, List<String> problems) {
        long total = 0;
        for (String url : urls) {
            if (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//")) {
                problems.add(page + ": loads a file from another site: " + url);
                continue;
            }
            Optional<Path> file = resolve(site, url);
            if (file.isEmpty()) {
                problems.add(page + ": loads a file that is not in the site: " + url);
                continue;
            }
            try {
                total += Files.size(file.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    /** Finds the file of a root-relative URL whatever the base path the site was built for. */
    static Optional<Path> resolve(Path site, String url) {
        String path = url.replaceAll("[?#].*$", "").replaceAll("^/+", "");
        while (!path.isEmpty()) {
            Path candidate = site.resolve(path).normalize();
            if (candidate.startsWith(site) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            int slash = path.indexOf('/');
            path = slash < 0 ? "" : path.substring(slash + 1);
        }
        return Optional.empty();
    }

    static List<String> fonts(Path site) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path font : walk.filter(f -> FONT.matcher(f.getFileName().toString()).matches()).toList()) {
                long size = Files.size(font);
                if (size > FONT_BUDGET) {
                    problems.add(site.relativize(font) + ": web font " + kb(size) + " > " + kb(FONT_BUDGET));
                }
            }
        }
        return problems;
    }

    static void report(List<PageWeight> pages, List<String> notBudgeted, List<String> fontProblems) {
        System.out.println("Page weight budgets: HTML <= " + kb(HTML_BUDGET) + ", CSS <= " + kb(CSS_BUDGET) + ", JS <= " + kb(JS_BUDGET)
                + " (search pages " + kb(SEARCH_JS_BUDGET) + "), fonts <= " + kb(FONT_BUDGET) + ", first-screen images on a phone <= "
                + kb(FIRST_SCREEN_IMAGES_BUDGET));
        System.out.println();
        System.out.println("Heaviest pages:");
        String format = "  %-62s %9s %9s %9s %9s %9s %9s %9s%n";
        System.out.printf(format, "page", "HTML", "gzipped", "CSS", "JS", "images", "1st scr.", "total");
        pages.stream().sorted(Comparator.comparingLong(PageWeight::total).reversed()).limit(12).forEach(p ->
                System.out.printf(format, shorten(p.path()), kb(p.html()), kb(p.htmlGzip()), kb(p.css()), kb(p.js()), kb(p.images()),
                        kb(p.firstScreen()), kb(p.total())));
        System.out.println();
        System.out.println("Per kind of page (largest HTML / average HTML):");
        Map<String, List<PageWeight>> byKind = new TreeMap<>();
        pages.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
        byKind.forEach((kind, list) -> System.out.printf("  %-14s %4d pages  %9s / %9s  CSS %9s  JS %9s%n", kind, list.size(),
                kb(list.stream().mapToLong(PageWeight::html).max().orElse(0)),
                kb((long) list.stream().mapToLong(PageWeight::html).average().orElse(0)),
                kb(list.stream().mapToLong(PageWeight::css).max().orElse(0)),
                kb(list.stream().mapToLong(PageWeight::js).max().orElse(0))));
        System.out.println();
        long html = pages.stream().mapToLong(PageWeight::html).sum();
        System.out.printf("Totals: %d pages, HTML %s (%s gzipped); largest CSS per page %s, largest JS per page %s;"
                + " images on a phone: largest per page %s, largest first screen %s%n", pages.size(), kb(html),
                kb(pages.stream().mapToLong(PageWeight::htmlGzip).sum()),
                kb(pages.stream().mapToLong(PageWeight::css).max().orElse(0)),
                kb(pages.stream().mapToLong(PageWeight::js).max().orElse(0)),
                kb(pages.stream().mapToLong(PageWeight::images).max().orElse(0)),
                kb(pages.stream().mapToLong(PageWeight::firstScreen).max().orElse(0)));
        notBudgeted.forEach(p -> System.out.println("Not budgeted (staff page): " + p));
        List<String> problems = new ArrayList<>(fontProblems);
        pages.forEach(p -> problems.addAll(p.problems()));
        if (problems.isEmpty()) {
            System.out.println("Every page is within its budgets.");
        } else {
            System.out.println();
            System.out.println(problems.size() + " budget(s) exceeded:");
            problems.forEach(p -> System.out.println("  " + p));
        }
    }

    static String shorten(String path) {
        return path.length() <= 62 ? path : "…" + path.substring(path.length() - 61);
    }

    static long gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(bytes);
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
