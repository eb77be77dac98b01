// Writes a synthetic "The Power of We" site for benchmarking the generator.
//
//   java bench/SyntheticSite.java --pages N --out DIR [--repo DIR] [--metrics M] [--seed S]
//
// Single-file Java 17 program: no compilation step, no dependencies. It writes into DIR:
//   site-config.yml   the structure of the real one (3 languages, every section, the menus)
//   themes/           a copy of the real themes/ folder of the repository (--repo)
//   content/          N pages in total across en/fr/es (N/3 per language) spread over every
//                     content type, and content/data/metrics/*.yml with M figures
// The same seed always gives the same site, byte for byte. The site is meant to build with no
// error and no warning; bench/run checks that on every build it measures.
//
// French and Spanish pages reuse the English body (this is a speed benchmark, not a translation
// test) but have their own titles and slugs, unique per folder, as real translations do.

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

public final class SyntheticSite {

    static final String MARKER = ".synthetic-site";
    static final String[] LANGS = {"en", "fr", "es"};
    static final int NEWEST_YEAR = 2021;

    // ---------------------------------------------------------------------------------------
    // Command line
    // ---------------------------------------------------------------------------------------

    public static void main(String[] args) throws IOException {
        int pages = -1;
        Path out = null;
        Path repo = null;
        int metrics = 300;
        long seed = 20211116L;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--pages" -> pages = Integer.parseInt(value(args, ++i, a));
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--repo" -> repo = Path.of(value(args, ++i, a));
                case "--metrics" -> metrics = Integer.parseInt(value(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> fail("unknown option " + a);
            }
        }
        if (pages < 0 || out == null) {
            usage();
            System.exit(2);
        }
        if (repo == null) {
            repo = findRepo();
        }
        if (!Files.isDirectory(repo.resolve("themes"))) {
            fail("no themes/ folder in " + repo + "; pass the repository with --repo DIR");
        }
        if (metrics < 10) {
            fail("--metrics must be at least 10");
        }
        long start = System.nanoTime();
        Plan plan = new Plan(pages, metrics, seed);
        prepare(out.toAbsolutePath().normalize(), repo.toAbsolutePath().normalize());
        Stats stats = new Writer(plan, out.toAbsolutePath().normalize()).write();
        copyTree(repo.resolve("themes"), out.resolve("themes"));
        // A text-only site: the cold-build figures measure text, not drawing. Without its card
        // template the theme draws no social card per page (pages share the site's card); the cost of
        // image work is measured on its own by bench/images.
        Files.deleteIfExists(out.resolve("themes/wecare/social-card/card.properties"));
        // Nor PDF reports: the synthetic site has a report a year of dozens of chapters per language
        // (18 PDFs of about 1.3 MB at 3,000 pages), and laying them out is a cost of its own that
        // Hugo has no counterpart for. Measured on 6 December 2026 with the PDFs made one at a time
        // beside the pages (pages no longer wait for them): 183 s of CPU for the 3,000-page build
        // against about 18 s without PDFs, peak RSS 983 MiB (the 1 GiB heap cap); every PDF and
        // every link with its size were right. The real site's PDFs: 6–9 s cold, under 1 s cached.
        Files.deleteIfExists(out.resolve("themes/wecare/layouts/print/report.ftlh"));
        stats.print(plan, out, (System.nanoTime() - start) / 1_000_000);
    }

    static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            fail(option + " needs a value");
        }
        return args[i];
    }

    static void usage() {
        System.out.println("usage: java bench/SyntheticSite.java --pages N --out DIR [--repo DIR] [--metrics M] [--seed S]");
        System.out.println("  --pages N    pages in total across en, fr and es (N/3 per language, at least 66)");
        System.out.println("  --out DIR    where to write the site (created; a previous synthetic site there is replaced)");
        System.out.println("  --repo DIR   the repository whose themes/ is copied (default: found from the current folder)");
        System.out.println("  --metrics M  figures in content/data/metrics (default 300)");
        System.out.println("  --seed S     pseudo-random seed (default 20211116); the same seed gives the same site");
    }

    static void fail(String message) {
        System.err.println("SyntheticSite: error: " + message);
        System.exit(2);
    }

    static Path findRepo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("site-config.yml")) && Files.isDirectory(dir.resolve("themes"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        fail("cannot find the repository (a folder with site-config.yml and themes/); pass --repo DIR");
        return null;
    }

    /** Creates DIR, or empties it when it holds a previous synthetic site; refuses anything else. */
    static void prepare(Path out, Path repo) throws IOException {
        if (repo.startsWith(out) || out.startsWith(repo)) {
            fail("--out " + out + " must be outside the repository " + repo);
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            boolean empty;
            try (Stream<Path> s = Files.list(out)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.exists(out.resolve(MARKER))) {
                fail(out + " is not empty and was not written by SyntheticSite; choose a new folder");
            }
            deleteTree(out);
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "written by bench/SyntheticSite.java\n");
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Copies a folder (links are copied as the files they point to, so the copy has none). */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Vocabulary: topics, facets, prose
    // ---------------------------------------------------------------------------------------

    /** A theme of work, named in each language. */
    record Topic(String en, String fr, String es) {
        String in(String lang) {
            return switch (lang) {
                case "fr" -> fr;
                case "es" -> es;
                default -> en;
            };
        }
    }

    static final Topic[] TOPICS = {
            new Topic("local finance", "finances locales", "finanzas locales"),
            new Topic("local democracy", "démocratie locale", "democracia local"),
            new Topic("climate action", "action climatique", "acción climática"),
            new Topic("biodiversity", "biodiversité", "biodiversidad"),
            new Topic("food systems", "systèmes alimentaires", "sistemas alimentarios"),
            new Topic("feminist municipalism", "municipalisme féministe", "municipalismo feminista"),
            new Topic("accessibility", "accessibilité", "accesibilidad"),
            new Topic("migration", "migration", "migración"),
            new Topic("public health", "santé publique", "salud pública"),
            new Topic("human rights", "droits humains", "derechos humanos"),
            new Topic("culture", "culture", "cultura"),
            new Topic("digital rights", "droits numériques", "derechos digitales"),
            new Topic("peace and solidarity", "paix et solidarité", "paz y solidaridad"),
            new Topic("housing", "logement", "vivienda"),
            new Topic("public space", "espace public", "espacio público"),
            new Topic("water and sanitation", "eau et assainissement", "agua y saneamiento"),
            new Topic("urban mobility", "mobilité urbaine", "movilidad urbana"),
            new Topic("intermediary cities", "villes intermédiaires", "ciudades intermedias"),
            new Topic("metropolitan governance", "gouvernance métropolitaine", "gobernanza metropolitana"),
            new Topic("regional development", "développement régional", "desarrollo regional"),
            new Topic("decentralised cooperation", "coopération décentralisée", "cooperación descentralizada"),
            new Topic("resilience", "résilience", "resiliencia"),
            new Topic("circular economy", "économie circulaire", "economía circular"),
            new Topic("energy transition", "transition énergétique", "transición energética"),
            new Topic("youth participation", "participation des jeunes", "participación juvenil"),
            new Topic("open government", "gouvernement ouvert", "gobierno abierto"),
            new Topic("sustainable tourism", "tourisme durable", "turismo sostenible"),
            new Topic("emergency governance", "gouvernance des urgences", "gobernanza de emergencias"),
            new Topic("care economy", "économie du soin", "economía de los cuidados"),
            new Topic("learning exchanges", "échanges d'apprentissage", "intercambios de aprendizaje"),
            new Topic("city diplomacy", "diplomatie des villes", "diplomacia de ciudades"),
            new Topic("public services", "services publics", "servicios públicos"),
    };

    static final Topic[] FACETS = {
            new Topic("lessons from the field", "leçons du terrain", "lecciones del terreno"),
            new Topic("a shared agenda", "un agenda partagé", "una agenda compartida"),
            new Topic("the road ahead", "la voie à suivre", "el camino por delante"),
            new Topic("cities in action", "les villes en action", "las ciudades en acción"),
            new Topic("building alliances", "construire des alliances", "construir alianzas"),
            new Topic("from commitment to practice", "de l'engagement à la pratique", "del compromiso a la práctica"),
            new Topic("what the year taught us", "ce que l'année nous a appris", "lo que nos enseñó el año"),
            new Topic("voices of the network", "les voix du réseau", "las voces de la red"),
    };

    static final String[] SUBJECTS = {
            "Local and regional governments", "The world organisation", "Member cities", "The World Secretariat",
            "Mayors and councillors", "The regional sections", "Civil society partners", "Intermediary cities",
            "The learning team", "National associations of local governments", "The research team",
            "Metropolitan areas", "The Policy Councils", "Community organisations", "Young local leaders",
            "Peer cities from four continents", "The task force", "Elected women from the network",
    };
    static final String[] VERBS = {
            "strengthened", "supported", "shared", "expanded", "reviewed", "coordinated", "documented",
            "promoted", "advocated for", "mapped", "co-designed", "monitored", "discussed", "tested",
            "renewed", "financed", "evaluated", "presented",
    };
    static final String[] OBJECTS = {
            "peer-learning exchanges", "the localisation of the global agendas", "access to basic services",
            "inclusive public spaces", "climate adaptation plans", "participatory budgets", "new monitoring tools",
            "a common narrative on human mobility", "local data on public service delivery",
            "training for municipal staff", "policy recommendations", "pilot projects in secondary cities",
            "the voice of communities in decision-making", "partnerships with universities",
            "long-term investment plans", "the care of shared resources", "cooperation between territories",
            "open data platforms", "local action plans", "the commitments of the Pact",
    };
    static final String[] COMPLEMENTS = {
            "across three continents", "during the year", "in close cooperation with national associations",
            "with the support of international partners", "through hybrid meetings", "in more than forty cities",
            "at the neighbourhood level", "ahead of the next World Congress", "within the United Nations system",
            "despite the constraints of the pandemic", "with a strong focus on equality", "in every region of the network",
            "from the first consultation to the final report", "in a spirit of solidarity",
    };
    static final String[] CONNECTORS = {
            "In addition,", "At the same time,", "As a result,", "Building on this work,", "Over the months,",
            "In several regions,", "For many members,", "Looking ahead,", "In practice,", "Above all,",
    };
    static final String[] REFLECTIONS = {
            "This work showed that lasting change depends on trust between spheres of government.",
            "Participants stressed that no city can meet these challenges on its own.",
            "The experience confirmed the value of listening to communities before deciding.",
            "Several members asked for more time to adapt the tools to their own context.",
            "The results will feed into the next cycle of reporting and learning.",
            "It also opened new questions about financing, capacity and accountability.",
            "Partners agreed to meet again to review progress and share what they learned.",
            "Small municipalities, often left out of such processes, took an active part.",
    };
    static final String[] HEADINGS = {
            "Context", "What was achieved", "Working with partners", "Lessons learned", "Next steps",
            "Key figures", "Voices from the network", "Where the work stands", "Why it matters",
            "How members took part", "Tools and methods", "Challenges ahead", "Results in the regions",
            "Financing the work", "Listening to communities", "A year of cooperation",
    };
    static final String[] SUBHEADINGS = {
            "In the regions", "At the global level", "With civil society", "Data and evidence",
            "Training and capacity", "Online and in person", "Early results", "Open questions",
    };
    static final String[] REGIONS = {
            "Africa", "Asia-Pacific", "Eurasia", "Europe", "Latin America", "Middle East and West Asia",
            "North America", "Metropolitan section", "Forum of Regions",
    };

    // ---------------------------------------------------------------------------------------
    // The plan: which pages exist, in every language
    // ---------------------------------------------------------------------------------------

    enum Kind { HOME, SECTION, AXIS, PLEDGE, UNDERTAKING, REPORT, CHAPTER, CAMPAIGN, ARTICLE }

    /** One page, present in the three languages. */
    static final class PageSpec {
        final Kind kind;
        final String key;          // path in content/ without language and extension
        final Topic topic;
        final Topic facet;
        final int number;
        final Map<String, String> titles = new LinkedHashMap<>();
        final Map<String, String> slugs = new LinkedHashMap<>();   // fr, es (and axes) only
        String axis;               // pledges, undertakings, axes
        int weight;
        int year;
        String date;
        List<String> pledges = List.of();
        List<String> metricIds = List.of();
        List<String> hashtags = List.of();

        PageSpec(Kind kind, String key, Topic topic, Topic facet, int number) {
            this.kind = kind;
            this.key = key;
            this.topic = topic;
            this.facet = facet;
            this.number = number;
        }

        String folder() {
            int slash = key.lastIndexOf('/');
            return slash < 0 ? "" : key.substring(0, slash);
        }

        String name() {
            return key.substring(key.lastIndexOf('/') + 1);
        }
    }

    /** A figure of content/data/metrics. */
    record MetricSpec(String id, String value, String max, String qualifier, String unit, String period,
                      String chapter, int year, Topic topic, int measure) {
    }

    static final class Plan {
        final int perLanguage;
        final List<Integer> years = new ArrayList<>();
        final List<PageSpec> pages = new ArrayList<>();
        final List<MetricSpec> metrics = new ArrayList<>();
        final Map<String, List<MetricSpec>> metricsByUnit = new LinkedHashMap<>();
        final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        final long seed;

        Plan(int totalPages, int metricCount, long seed) {
            this.seed = seed;
            this.perLanguage = totalPages / 3;
            int yearCount = Math.max(3, Math.min(12, perLanguage / 150));
            for (int y = NEWEST_YEAR - yearCount + 1; y <= NEWEST_YEAR; y++) {
                years.add(y);
            }
            // home + 8 sections + report covers + 3 axes, then at least one page of each other kind
            // and one chapter per year.
            int fixed = 1 + 8 + yearCount + 3;
            int minimum = fixed + 4 + yearCount;
            if (perLanguage < minimum) {
                fail("--pages must be at least " + 3 * minimum + " (" + minimum + " per language)");
            }
            int rest = perLanguage - fixed;
            int pledgeCount = Math.max(1, rest * 10 / 100);
            int undertakingCount = Math.max(1, rest * 20 / 100);
            int chapterCount = Math.max(yearCount, rest * 20 / 100);
            int campaignCount = Math.max(1, rest * 15 / 100);
            int articleCount = rest - pledgeCount - undertakingCount - chapterCount - campaignCount;
            Random random = new Random(seed);
            int[] serial = {0};

            add(new PageSpec(Kind.HOME, "_index", TOPICS[0], FACETS[0], 0), "The Power of We (synthetic)",
                    "Le pouvoir du nous (synthétique)", "El poder del nosotros (sintético)");
            String[][] sections = {
                    {"pact", "The Pact for the Future", "Le Pacte pour le futur", "El Pacto para el Futuro"},
                    {"pledges", "Pledges", "Engagements", "Compromisos"},
                    {"undertakings", "Undertakings", "Chantiers", "Líneas de trabajo"},
                    {"report", "Annual reports", "Rapports annuels", "Informes anuales"},
                    {"campaigns", "Campaigns", "Campagnes", "Campañas"},
                    {"news", "News", "Actualités", "Noticias"},
                    {"figures", "Figures", "Chiffres", "Cifras"},
                    {"search", "Search", "Recherche", "Buscar"},
            };
            for (String[] s : sections) {
                add(new PageSpec(Kind.SECTION, s[0] + "/_index", pick(random, TOPICS), FACETS[0], 0), s[1], s[2], s[3]);
            }
            String[][] axes = {
                    {"people", "Pact for the People", "Pacte pour les personnes", "Pacto por las Personas", "personnes", "personas"},
                    {"planet", "Pact for the Planet", "Pacte pour la planète", "Pacto por el Planeta", "planete", "planeta"},
                    {"government", "Pact for Government", "Pacte pour le gouvernement", "Pacto por el Gobierno", "gouvernement", "gobierno"},
            };
            for (int i = 0; i < axes.length; i++) {
                PageSpec axis = new PageSpec(Kind.AXIS, "pact/" + axes[i][0], pick(random, TOPICS), pick(random, FACETS), i + 1);
                axis.axis = axes[i][0];
                axis.weight = i + 1;
                axis.slugs.put("fr", axes[i][4]);
                axis.slugs.put("es", axes[i][5]);
                add(axis, axes[i][1], axes[i][2], axes[i][3]);
            }
            String[] axisIds = {"people", "planet", "government"};

            List<String> pledgeNames = new ArrayList<>();
            for (int i = 0; i < pledgeCount; i++) {
                PageSpec p = numbered(Kind.PLEDGE, "pledges", random, ++serial[0]);
                p.axis = axisIds[i % 3];
                p.weight = i + 1;
                pledgeNames.add(p.name());
            }
            for (int i = 0; i < undertakingCount; i++) {
                PageSpec u = numbered(Kind.UNDERTAKING, "undertakings", random, ++serial[0]);
                u.axis = axisIds[random.nextInt(3)];
                u.weight = i + 1;
                int n = 1 + random.nextInt(Math.min(3, pledgeNames.size()));
                List<String> refs = new ArrayList<>();
                while (refs.size() < n) {
                    String ref = pledgeNames.get(random.nextInt(pledgeNames.size()));
                    if (!refs.contains(ref)) {
                        refs.add(ref);
                    }
                }
                u.pledges = refs;
            }
            // Report covers first, then their chapters, spread evenly over the years.
            List<PageSpec> chapters = new ArrayList<>();
            for (int year : years) {
                PageSpec cover = new PageSpec(Kind.REPORT, "report/" + year + "/_index", pick(random, TOPICS), FACETS[0], 0);
                cover.year = year;
                add(cover, "The Power of We: Annual Report " + year, "Le pouvoir du nous : rapport annuel " + year,
                        "El poder del nosotros: informe anual " + year);
            }
            for (int i = 0; i < chapterCount; i++) {
                int yearIndex = (int) ((long) i * yearCount / chapterCount);
                int year = years.get(yearIndex);
                int firstOfYear = (int) (((long) yearIndex * chapterCount + yearCount - 1) / yearCount);
                PageSpec c = numbered(Kind.CHAPTER, "report/" + year, random, ++serial[0]);
                c.year = year;
                c.weight = i - firstOfYear + 1;
                chapters.add(c);
            }
            // Figures: a few hundred, each from an existing chapter.
            String[] units = {"count", "count", "count", "count", "percent", "percent", "eur", "usd"};
            String[] qualifiers = {"more-than", "about", "almost", "up-to"};
            for (int i = 0; i < metricCount; i++) {
                PageSpec chapter = chapters.get(i % chapters.size());
                String unit = units[random.nextInt(units.length)];
                Topic topic = pick(random, TOPICS);
                int measure = random.nextInt(4);
                String value;
                String max = null;
                switch (unit) {
                    case "percent" -> value = random.nextBoolean() ? Integer.toString(1 + random.nextInt(99))
                            : (1 + random.nextInt(98)) + "." + (1 + random.nextInt(9));
                    case "eur", "usd" -> value = Integer.toString(1000 * (5 + random.nextInt(20000)));
                    default -> {
                        int v = 3 + random.nextInt(random.nextBoolean() ? 200 : 250000);
                        value = Integer.toString(v);
                        if (random.nextInt(20) == 0) {
                            max = Integer.toString(v + 1 + random.nextInt(v + 10));
                        }
                    }
                }
                String qualifier = max == null && random.nextInt(5) == 0 ? qualifiers[random.nextInt(qualifiers.length)] : null;
                String period = random.nextInt(4) == 0 ? chapter.year + "-" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12))
                        : Integer.toString(chapter.year);
                String id = slugify(topic.en) + "-" + MEASURE_IDS[unitIndex(unit)][measure] + "-" + String.format(Locale.ROOT, "%04d", i + 1);
                MetricSpec m = new MetricSpec(id, value, max, qualifier, unit, period, chapter.name(), chapter.year, topic, measure);
                metrics.add(m);
                metricsByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(m);
            }
            for (int i = 0; i < campaignCount; i++) {
                PageSpec c = numbered(Kind.CAMPAIGN, "campaigns", random, ++serial[0]);
                c.weight = i + 1;
                List<String> tags = new ArrayList<>();
                tags.add("#" + CAMPAIGN_TAGS[random.nextInt(CAMPAIGN_TAGS.length)]);
                tags.add("#Campaign" + c.number);
                c.hashtags = tags;
                if (random.nextInt(4) != 0) {
                    List<String> ids = new ArrayList<>();
                    int n = 1 + random.nextInt(4);
                    while (ids.size() < n) {
                        String id = metrics.get(random.nextInt(metrics.size())).id();
                        if (!ids.contains(id)) {
                            ids.add(id);
                        }
                    }
                    c.metricIds = ids;
                }
            }
            for (int i = 0; i < articleCount; i++) {
                PageSpec a = numbered(Kind.ARTICLE, "news", random, ++serial[0]);
                int year = years.get(random.nextInt(years.size()));
                a.date = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            for (PageSpec p : pages) {
                counts.merge(p.kind, 1, Integer::sum);
            }
        }

        private PageSpec numbered(Kind kind, String folder, Random random, int number) {
            Topic topic = pick(random, TOPICS);
            Topic facet = pick(random, FACETS);
            String num = String.format(Locale.ROOT, "%05d", number);
            PageSpec p = new PageSpec(kind, folder + "/" + slugify(topic.en) + "-" + num, topic, facet, number);
            p.slugs.put("fr", slugify(topic.fr) + "-" + num);
            p.slugs.put("es", slugify(topic.es) + "-" + num);
            String[] titles = new String[3];
            for (int l = 0; l < 3; l++) {
                String lang = LANGS[l];
                String sep = lang.equals("fr") ? " : " : ": ";
                titles[l] = capitalise(topic.in(lang)) + sep + facet.in(lang) + " (" + number + ")";
            }
            add(p, titles[0], titles[1], titles[2]);
            return p;
        }

        private void add(PageSpec p, String en, String fr, String es) {
            p.titles.put("en", en);
            p.titles.put("fr", fr);
            p.titles.put("es", es);
            pages.add(p);
        }
    }

    static final String[] CAMPAIGN_TAGS = {"Listen2Cities", "CitiesAreListening", "UCLGMeets", "CultureSummit",
            "IntermediaryCities", "Act4SDGs", "UrbanOctober", "GenerationEquality", "HealthForAll", "ItTakesACommunity"};

    static final String[][] MEASURE_IDS = {
            {"participants", "cities", "events", "publications"},
            {"share-reporting", "share-women", "share-online", "share-new"},
            {"budget", "grants", "investment", "co-financing"},
    };

    static int unitIndex(String unit) {
        return switch (unit) {
            case "percent" -> 1;
            case "eur", "usd" -> 2;
            default -> 0;
        };
    }

    static String[] labels(MetricSpec m) {
        String en = m.topic.en;
        String fr = m.topic.fr;
        String es = m.topic.es;
        return switch (unitIndex(m.unit) * 4 + m.measure) {
            case 0 -> new String[]{"Participants in exchanges on " + en, "Participants aux échanges (" + fr + ")", "Participantes en los intercambios sobre " + es};
            case 1 -> new String[]{"Cities engaged in " + en, "Villes engagées (" + fr + ")", "Ciudades comprometidas con " + es};
            case 2 -> new String[]{"Events on " + en, "Événements (" + fr + ")", "Eventos sobre " + es};
            case 3 -> new String[]{"Publications on " + en, "Publications (" + fr + ")", "Publicaciones sobre " + es};
            case 4 -> new String[]{"Share of members reporting progress on " + en, "Part des membres signalant des progrès (" + fr + ")", "Proporción de miembros que informan avances en " + es};
            case 5 -> new String[]{"Share of women among speakers on " + en, "Part des femmes parmi les intervenants (" + fr + ")", "Proporción de mujeres entre los ponentes sobre " + es};
            case 6 -> new String[]{"Share of online participants in " + en + " sessions", "Part des participants en ligne (" + fr + ")", "Proporción de participantes en línea sobre " + es};
            case 7 -> new String[]{"Share of new members in the " + en + " network", "Part des nouveaux membres du réseau (" + fr + ")", "Proporción de nuevos miembros de la red de " + es};
            case 8 -> new String[]{"Budget of the " + en + " programme", "Budget du programme (" + fr + ")", "Presupuesto del programa de " + es};
            case 9 -> new String[]{"Grants awarded for " + en, "Subventions accordées (" + fr + ")", "Subvenciones concedidas para " + es};
            case 10 -> new String[]{"Investment mobilised for " + en, "Investissements mobilisés (" + fr + ")", "Inversión movilizada para " + es};
            default -> new String[]{"Co-financing raised for " + en, "Cofinancements obtenus (" + fr + ")", "Cofinanciación obtenida para " + es};
        };
    }

    // ---------------------------------------------------------------------------------------
    // Writing the files
    // ---------------------------------------------------------------------------------------

    static final class Stats {
        int files;
        long bytes;
        long words;
        int minWords = Integer.MAX_VALUE;
        int maxWords;
        int bodies;
        int links;
        int metricCitations;
        int figureBlocks;
        int tables;

        void print(Plan plan, Path out, long ms) {
            System.out.printf(Locale.ROOT, "Synthetic site in %s: %d pages (%d per language x 3), %d figures, %d report years (%d-%d)%n",
                    out, plan.pages.size() * 3, plan.pages.size(), plan.metrics.size(), plan.years.size(),
                    plan.years.get(0), plan.years.get(plan.years.size() - 1));
            StringBuilder kinds = new StringBuilder("  per language:");
            plan.counts.forEach((k, n) -> kinds.append(' ').append(k.name().toLowerCase(Locale.ROOT)).append('=').append(n));
            System.out.println(kinds);
            System.out.printf(Locale.ROOT, "  bodies: %d words on average (min %d, max %d); %d links, %d figure citations, %d charts, %d tables (per language)%n",
                    words / Math.max(1, bodies), minWords, maxWords, links, metricCitations, figureBlocks, tables);
            System.out.printf(Locale.ROOT, "  wrote %d files, %.1f MB, in %d ms (plus themes/)%n", files, bytes / 1048576.0, ms);
        }
    }

    static final class Writer {
        final Plan plan;
        final Path out;
        final Random random;
        final Stats stats = new Stats();
        final List<PageSpec> linkable;

        Writer(Plan plan, Path out) {
            this.plan = plan;
            this.out = out;
            this.random = new Random(plan.seed * 31 + 7);
            this.linkable = plan.pages;
        }

        Stats write() throws IOException {
            write("site-config.yml", siteConfig());
            for (PageSpec page : plan.pages) {
                String body = body(page);
                for (String lang : LANGS) {
                    write("content/" + page.key + "." + lang + ".md", frontMatter(page, lang) + "\n" + body);
                }
            }
            Map<Integer, List<MetricSpec>> byYear = new LinkedHashMap<>();
            plan.metrics.stream().sorted(Comparator.comparing(MetricSpec::id))
                    .forEach(m -> byYear.computeIfAbsent(m.year(), y -> new ArrayList<>()).add(m));
            for (Map.Entry<Integer, List<MetricSpec>> e : byYear.entrySet()) {
                write("content/data/metrics/report-" + e.getKey() + ".yml", metricsFile(e.getValue()));
            }
            return stats;
        }

        void write(String relative, String text) throws IOException {
            Path file = out.resolve(relative);
            Files.createDirectories(file.getParent());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            stats.files++;
            stats.bytes += bytes.length;
        }

        String siteConfig() {
            return """
                    # A synthetic site for bench/run, written by bench/SyntheticSite.java with the structure of
                    # the real site-config.yml: three languages, every section, the menus.
                    title:
                      en: "The Power of We (synthetic)"
                      fr: "Le pouvoir du nous (synthétique)"
                      es: "El poder del nosotros (sintético)"
                    description:
                      en: "A synthetic site generated to measure the speed of the generator."
                      fr: "Un site synthétique généré pour mesurer la vitesse du générateur."
                      es: "Un sitio sintético generado para medir la velocidad del generador."

                    baseUrl: "https://example.org/power-of-we/"
                    theme: wecare

                    defaultLanguage: en
                    languages:
                      - { code: en, name: English,  locale: en-GB }
                      - { code: fr, name: Français, locale: fr-FR }
                      - { code: es, name: Español,  locale: es-ES }

                    sections:
                      pact:         { en: pact,         fr: pacte,        es: pacto }
                      pledges:      { en: pledges,      fr: engagements,  es: compromisos }
                      undertakings: { en: undertakings, fr: chantiers,    es: lineas-de-trabajo }
                      report:       { en: report,       fr: rapport,      es: informe }
                      campaigns:    { en: campaigns,    fr: campagnes,    es: campanas }
                      news:         { en: news,         fr: actualites,   es: noticias }
                      figures:      { en: figures,      fr: chiffres,     es: cifras }
                      search:       { en: search,       fr: recherche,    es: buscar }

                    menus:
                      en:
                        - { page: pact/_index, title: "The Pact" }
                        - { page: report/%1$d/_index, title: "%1$d Report" }
                        - { page: campaigns/_index }
                        - { page: figures/_index }
                        - { page: news/_index }
                        - { page: search/_index }
                      fr:
                        - { page: pact/_index, title: "Le Pacte" }
                        - { page: report/%1$d/_index, title: "Rapport %1$d" }
                        - { page: campaigns/_index }
                        - { page: figures/_index }
                        - { page: news/_index }
                        - { page: search/_index }
                      es:
                        - { page: pact/_index, title: "El Pacto" }
                        - { page: report/%1$d/_index, title: "Informe %1$d" }
                        - { page: campaigns/_index }
                        - { page: figures/_index }
                        - { page: news/_index }
                        - { page: search/_index }

                    translations:
                      missing: fallback
                    """.formatted(NEWEST_YEAR);
        }

        String frontMatter(PageSpec p, String lang) {
            StringBuilder fm = new StringBuilder("---\n");
            fm.append("title: ").append(q(p.titles.get(lang))).append('\n');
            if (!lang.equals("en") && p.slugs.containsKey(lang)) {
                fm.append("slug: ").append(p.slugs.get(lang)).append('\n');
            }
            fm.append("summary: ").append(q(summary(p, lang))).append('\n');
            switch (p.kind) {
                case AXIS -> {
                    fm.append("axis: ").append(p.axis).append('\n');
                    fm.append("weight: ").append(p.weight).append('\n');
                    fm.append("vision: ").append(q(vision(p, lang))).append('\n');
                }
                case PLEDGE -> {
                    fm.append("axis: ").append(p.axis).append('\n');
                    fm.append("weight: ").append(p.weight).append('\n');
                }
                case UNDERTAKING -> {
                    fm.append("axis: ").append(p.axis).append('\n');
                    fm.append("weight: ").append(p.weight).append('\n');
                    fm.append("pledges: [").append(String.join(", ", p.pledges)).append("]\n");
                }
                case REPORT -> fm.append("year: ").append(p.year).append('\n');
                case CHAPTER -> {
                    fm.append("year: ").append(p.year).append('\n');
                    fm.append("weight: ").append(p.weight).append('\n');
                    fm.append("chapter: \"").append(p.weight).append("\"\n");
                }
                case CAMPAIGN -> {
                    fm.append("weight: ").append(p.weight).append('\n');
                    fm.append("hashtags: [").append(String.join(", ", p.hashtags.stream().map(SyntheticSite::q).toList())).append("]\n");
                    if (!p.metricIds.isEmpty()) {
                        fm.append("metrics: [").append(String.join(", ", p.metricIds)).append("]\n");
                    }
                }
                case ARTICLE -> fm.append("date: ").append(p.date).append('\n');
                default -> {
                }
            }
            return fm.append("---\n").toString();
        }

        String summary(PageSpec p, String lang) {
            String topic = p.topic.in(lang);
            return switch (lang) {
                case "fr" -> "Ce que les gouvernements locaux et régionaux ont fait sur le thème « " + topic
                        + " » : résultats, partenaires et prochaines étapes.";
                case "es" -> "Lo que los gobiernos locales y regionales hicieron en materia de «" + topic + "»"
                        + ": resultados, socios y próximos pasos.";
                default -> "What local and regional governments did on " + topic + ": results, partners and next steps.";
            };
        }

        String vision(PageSpec p, String lang) {
            return switch (lang) {
                case "fr" -> "Un avenir défini avec et pour les communautés, où chacune et chacun peut compter sur des services publics de qualité.";
                case "es" -> "Un futuro definido con y para las comunidades, donde todas las personas pueden contar con servicios públicos de calidad.";
                default -> "A future defined with and for communities, where everyone can count on good public services.";
            };
        }

        String metricsFile(List<MetricSpec> metrics) {
            StringBuilder y = new StringBuilder("# Synthetic figures written by bench/SyntheticSite.java.\nmetrics:\n");
            for (MetricSpec m : metrics) {
                String[] label = labels(m);
                y.append("  - id: ").append(m.id()).append('\n');
                y.append("    value: ").append(m.value()).append('\n');
                if (m.max() != null) {
                    y.append("    max: ").append(m.max()).append('\n');
                }
                if (m.qualifier() != null) {
                    y.append("    qualifier: ").append(m.qualifier()).append('\n');
                }
                y.append("    unit: ").append(m.unit()).append('\n');
                y.append("    period: \"").append(m.period()).append("\"\n");
                y.append("    chapter: ").append(m.chapter()).append('\n');
                y.append("    series: synthetic-").append(m.unit()).append('\n');
                y.append("    label:\n");
                y.append("      en: ").append(q(label[0])).append('\n');
                y.append("      fr: ").append(q(label[1])).append('\n');
                y.append("      es: ").append(q(label[2])).append('\n');
                y.append("    source: ").append(q("synthetic figure " + m.id() + " of the " + m.year() + " report")).append('\n');
            }
            return y.toString();
        }

        // --- bodies ------------------------------------------------------------------------

        /** A deterministic body of 600 to 1,500 words, shared by the three languages of a page. */
        String body(PageSpec page) {
            int target = 620 + random.nextInt(820);
            int sectionCount = 3 + target / 300;
            List<String> targets = linkTargets(page, 3 + random.nextInt(6));
            // Blocks per section; prose is added round-robin until the word target is met.
            List<List<String>> sections = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            int[] words = {0};
            List<String> intro = new ArrayList<>();
            intro.add(paragraph(words, 3));
            for (int s = 0; s < sectionCount; s++) {
                headings.add(HEADINGS[(s + page.number) % HEADINGS.length]);
                sections.add(new ArrayList<>());
            }
            // Fixed features, each in its own section.
            sections.get(0).add(paragraph(words, 4));
            sections.get(0).add(bulletList(words, targets.subList(0, Math.min(2, targets.size()))));
            sections.get(1).add(paragraph(words, 3));
            sections.get(1).add(table(words));
            stats.tables++;
            sections.get(2).add(paragraph(words, 3));
            sections.get(2).add(numberedList(words));
            int cited = 0;
            int citations = 2 + random.nextInt(3);
            for (int i = 0; i < citations; i++) {
                sections.get(random.nextInt(sectionCount)).add(metricParagraph(words));
                cited++;
            }
            stats.metricCitations += cited;
            if (random.nextInt(3) == 0) {
                List<String> block = sections.get(sectionCount - 1);
                block.add(paragraph(words, 2));
                block.add(figuresBlock());
                stats.figureBlocks++;
            }
            // Remaining links go into their own sentences in the sections.
            for (int i = 2; i < targets.size(); i++) {
                sections.get(i % sectionCount).add(linkParagraph(words, targets.get(i)));
            }
            // A subsection in every other section.
            List<List<String>> subsections = new ArrayList<>();
            for (int s = 0; s < sectionCount; s++) {
                subsections.add(s % 2 == 1 ? new ArrayList<>() : null);
            }
            int round = 0;
            while (words[0] < target) {
                int s = round % sectionCount;
                List<String> into = subsections.get(s) != null && round / sectionCount % 2 == 1 ? subsections.get(s) : sections.get(s);
                int sentences = Math.max(1, Math.min(3 + random.nextInt(4), (target - words[0]) / 20 + 1));
                into.add(paragraph(words, sentences));
                round++;
            }
            StringBuilder md = new StringBuilder();
            for (String block : intro) {
                md.append(block).append("\n\n");
            }
            for (int s = 0; s < sectionCount; s++) {
                md.append("## ").append(headings.get(s)).append("\n\n");
                for (String block : sections.get(s)) {
                    md.append(block).append("\n\n");
                }
                List<String> sub = subsections.get(s);
                if (sub != null && !sub.isEmpty()) {
                    md.append("### ").append(SUBHEADINGS[(s + page.number) % SUBHEADINGS.length]).append("\n\n");
                    for (String block : sub) {
                        md.append(block).append("\n\n");
                    }
                }
            }
            stats.words += words[0];
            stats.bodies++;
            stats.minWords = Math.min(stats.minWords, words[0]);
            stats.maxWords = Math.max(stats.maxWords, words[0]);
            stats.links += targets.size();
            return md.toString().stripTrailing() + "\n";
        }

        /** Distinct pages other than this one, as links relative to its file. */
        List<String> linkTargets(PageSpec page, int count) {
            List<String> links = new ArrayList<>();
            List<PageSpec> chosen = new ArrayList<>();
            while (chosen.size() < count) {
                PageSpec target = linkable.get(random.nextInt(linkable.size()));
                if (target != page && !chosen.contains(target)) {
                    chosen.add(target);
                    links.add("[" + target.titles.get("en") + "](" + relative(page.folder(), target.key + ".md") + ")");
                }
            }
            return links;
        }

        String sentence(int[] words) {
            StringBuilder s = new StringBuilder();
            if (random.nextInt(3) == 0) {
                s.append(pick(random, CONNECTORS)).append(' ');
                String subject = pick(random, SUBJECTS);
                s.append(Character.toLowerCase(subject.charAt(0))).append(subject.substring(1));
            } else {
                s.append(pick(random, SUBJECTS));
            }
            s.append(' ').append(pick(random, VERBS)).append(' ');
            String object = pick(random, OBJECTS);
            int emphasis = random.nextInt(8);
            if (emphasis == 0) {
                s.append('*').append(object).append('*');
            } else if (emphasis == 1) {
                s.append("**").append(object).append("**");
            } else {
                s.append(object);
            }
            s.append(' ').append(pick(random, COMPLEMENTS));
            if (random.nextInt(3) == 0) {
                s.append(", with a focus on ").append(pick(random, TOPICS).en);
            }
            s.append('.');
            if (random.nextInt(4) == 0) {
                s.append(' ').append(pick(random, REFLECTIONS));
            }
            String text = s.toString();
            words[0] += countWords(text);
            return text;
        }

        String paragraph(int[] words, int sentences) {
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    p.append(' ');
                }
                p.append(sentence(words));
            }
            return p.toString();
        }

        String linkParagraph(int[] words, String link) {
            String lead = sentence(words);
            String tail = switch (random.nextInt(3)) {
                case 0 -> "Read more in " + link + ".";
                case 1 -> "The page " + link + " tells how this work began.";
                default -> "See also " + link + ", which follows the same approach.";
            };
            words[0] += countWords(tail);
            return lead + " " + tail + " " + sentence(words);
        }

        String metricParagraph(int[] words) {
            MetricSpec m = plan.metrics.get(random.nextInt(plan.metrics.size()));
            String cite = switch (random.nextInt(3)) {
                case 0 -> "Over the period, the figure reached {{< metric " + m.id() + " >}}, as recorded in the annual report.";
                case 1 -> "The network counted {{< metric " + m.id() + " >}} by the end of the year.";
                default -> "According to the latest count, it stood at {{< metric " + m.id() + " >}}.";
            };
            words[0] += countWords(cite) - 3;
            return sentence(words) + " " + cite + " " + sentence(words);
        }

        String figuresBlock() {
            List<List<MetricSpec>> groups = new ArrayList<>(plan.metricsByUnit.values());
            List<MetricSpec> group = groups.get(random.nextInt(groups.size()));
            int n = Math.min(group.size(), 2 + random.nextInt(3));
            List<String> ids = new ArrayList<>();
            while (ids.size() < n) {
                String id = group.get(random.nextInt(group.size())).id();
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            return "{{< figures " + String.join(" ", ids) + " >}}";
        }

        String bulletList(int[] words, List<String> links) {
            StringBuilder list = new StringBuilder();
            int items = 3 + random.nextInt(4);
            for (int i = 0; i < items; i++) {
                String item = i < links.size()
                        ? links.get(i) + ": " + lowerFirst(sentence(words))
                        : sentence(words);
                if (i < links.size()) {
                    words[0] += countWords(links.get(i));
                }
                list.append("- ").append(item).append('\n');
            }
            return list.toString().stripTrailing();
        }

        String numberedList(int[] words) {
            StringBuilder list = new StringBuilder();
            int items = 3 + random.nextInt(3);
            for (int i = 1; i <= items; i++) {
                list.append(i).append(". ").append(sentence(words)).append('\n');
            }
            return list.toString().stripTrailing();
        }

        String table(int[] words) {
            StringBuilder t = new StringBuilder("| Region | Cities involved | Events | Share of women speakers |\n");
            t.append("|---|---:|---:|---:|\n");
            int rows = 3 + random.nextInt(4);
            List<String> regions = new ArrayList<>(List.of(REGIONS));
            for (int r = 0; r < rows; r++) {
                String region = regions.remove(random.nextInt(regions.size()));
                t.append("| ").append(r == 0 ? "**" + region + "**" : region)
                        .append(" | ").append(2 + random.nextInt(400))
                        .append(" | ").append(1 + random.nextInt(60))
                        .append(" | ").append(20 + random.nextInt(61)).append(" % |\n");
                words[0] += countWords(region) + 4;
            }
            words[0] += 9;
            return t.toString().stripTrailing();
        }
    }

    // ---------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------

    /** The path of {@code target} (relative to content/) as seen from the folder {@code from}. */
    static String relative(String from, String target) {
        List<String> fromParts = from.isEmpty() ? List.of() : List.of(from.split("/"));
        List<String> toParts = List.of(target.split("/"));
        int common = 0;
        while (common < fromParts.size() && common < toParts.size() - 1 && fromParts.get(common).equals(toParts.get(common))) {
            common++;
        }
        StringBuilder path = new StringBuilder();
        for (int i = common; i < fromParts.size(); i++) {
            path.append("../");
        }
        path.append(String.join("/", toParts.subList(common, toParts.size())));
        return path.toString();
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    static int countWords(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String slugify(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** A YAML double-quoted string. */
    static String q(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static {
        // Fail early, with a clear message, if a vocabulary entry would make a bad slug.
        for (Topic t : TOPICS) {
            for (String lang : LANGS) {
                if (slugify(t.in(lang)).isEmpty()) {
                    throw new UncheckedIOException(new IOException("empty slug for topic " + t));
                }
            }
        }
    }
}
