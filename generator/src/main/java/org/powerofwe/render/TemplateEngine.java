package org.powerofwe.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import freemarker.core.TemplateClassResolver;
import org.powerofwe.diag.Problem;
import org.powerofwe.diag.Severity;
import org.powerofwe.diag.SourcePos;

/**
 * The theme's FreeMarker templates, configured for safety: HTML auto-escaping, no class
 * instantiation from templates ({@code ?new}), no {@code ?api}, no symbolic links out of the
 * layouts folder. Each template is compiled once and shared by all threads.
 */
public final class TemplateEngine {

    static {
        // Template problems are reported as values; FreeMarker must not also log them through
        // whatever logging library happens to be on the class path.
        disableFreemarkerLogging();
    }

    private static final Version VERSION = Configuration.VERSION_2_3_34;

    @SuppressWarnings("deprecation")
    private static void disableFreemarkerLogging() {
        try {
            freemarker.log.Logger.selectLoggerLibrary(freemarker.log.Logger.LIBRARY_NONE);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("FreeMarker's logging cannot be turned off", e);
        }
    }

    private final Configuration configuration;
    private final Path layoutsDir;
    private final String displayPrefix;

    /**
     * @param layoutsDir    the theme's {@code layouts/} folder
     * @param displayPrefix how problems name that folder, e.g. {@code themes/wecare/layouts/}
     */
    public TemplateEngine(Path layoutsDir, String displayPrefix) throws IOException {
        this.layoutsDir = layoutsDir;
        this.displayPrefix = displayPrefix;
        Configuration cfg = new Configuration(VERSION);
        cfg.setTemplateLoader(new FileTemplateLoader(layoutsDir.toFile(), false));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        cfg.setWhitespaceStripping(true);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setForceLegacyNonListCollections(false);
        wrapper.setIterableSupport(true);
        cfg.setObjectWrapper(wrapper.build());
        this.configuration = cfg;
    }

    /** Compiles every template of the theme once, so syntax errors are reported even in unused ones. */
    public List<Problem> compileAll() {
        List<String> names;
        try (Stream<Path> files = Files.walk(layoutsDir)) {
            names = files.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftlx") || p.toString().endsWith(".ftl"))
                    .sorted()
                    .map(p -> layoutsDir.relativize(p).toString().replace('\\', '/'))
                    .toList();
        } catch (IOException e) {
            return List.of(new Problem(SourcePos.file(displayPrefix), Severity.ERROR, "cannot read the theme's templates: " + e.getMessage(), ""));
        }
        List<Problem> problems = new java.util.ArrayList<>();
        for (String name : names) {
            Path file = layoutsDir.resolve(name);
            if (!Files.isRegularFile(file) && !Files.isSymbolicLink(file)) {
                // A named pipe would make reading it wait for ever.
                problems.add(new Problem(SourcePos.file(displayPrefix + name), Severity.ERROR,
                        "this template is not a regular file (a named pipe, device or socket)", "replace it with the template's text file"));
            } else {
                compile(name).ifPresent(problems::add);
            }
        }
        if (problems.isEmpty()) {
            java.util.Map<String, List<IncludeCycles.Include>> includes = new java.util.LinkedHashMap<>();
            for (String name : names) {
                includes.put(name, IncludeCycles.includes(name, source(name)));
            }
            problems.addAll(IncludeCycles.find(includes, displayPrefix));
        }
        return problems;
    }

    /** The text of a template that compiled (so it lies inside the layouts folder). */
    private String source(String name) {
        try {
            return Files.readString(layoutsDir.resolve(name), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private Optional<Problem> compile(String name) {
        try {
            configuration.getTemplate(name);
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of(problem(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(),
                    "fix the template syntax on this line"));
        } catch (IOException e) {
            return Optional.of(new Problem(SourcePos.file(displayPrefix + name), Severity.ERROR, "cannot read this template: " + e.getMessage(), ""));
        } catch (SecurityException e) {
            return Optional.of(outsideTheTheme(name));
        }
    }

    /** FreeMarker refuses a template that is a link to a file outside the layouts folder. */
    private Problem outsideTheTheme(String name) {
        return new Problem(SourcePos.file(displayPrefix + name), Severity.ERROR,
                "this template is a link to a file outside the theme's layouts/ folder, which templates may not read",
                "copy the file into " + displayPrefix + " instead of linking to it");
    }

    private final java.util.Map<String, Boolean> existing = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the theme has a template of this name (looked up once per name). */
    public boolean exists(String name) {
        return existing.computeIfAbsent(name, n -> Files.isRegularFile(layoutsDir.resolve(n)));
    }

    /** Picks the first existing template among {@code candidates}. */
    public Optional<String> first(List<String> candidates) {
        return candidates.stream().filter(this::exists).findFirst();
    }

    /**
     * Renders a template with a data model, formatting for {@code locale}.
     *
     * @throws TemplateFailure with the template's file and line when the template fails
     */
    public String render(String name, Object model, Locale locale) throws TemplateFailure {
        try {
            return process(name, model, locale);
        } catch (StackOverflowError e) {
            throw new TemplateFailure(new Problem(SourcePos.file(displayPrefix + name), Severity.ERROR,
                    "template error: rendering " + name + " never ended: a macro, function or #include calls itself without end",
                    "find the macro or #include in this template (or one it includes) that calls itself, and give it an end"));
        }
    }

    private String process(String name, Object model, Locale locale) throws TemplateFailure {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            Environment env = template.createProcessingEnvironment(model, out);
            env.setLocale(locale);
            env.process();
            return out.toString();
        } catch (ParseException e) {
            throw new TemplateFailure(problem(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), "fix the template syntax on this line"));
        } catch (TemplateException e) {
            rethrowIfTheMachineFailed(e);
            throw new TemplateFailure(problem(e.getTemplateSourceName(), lineOf(e), columnOf(e), firstLines(e.getMessageWithoutStackTop()),
                    "fix the template, or the content it reads"));
        } catch (IOException e) {
            throw new TemplateFailure(new Problem(SourcePos.file(displayPrefix + name), Severity.ERROR, "cannot read template: " + e.getMessage(),
                    "check that themes/<theme>/layouts/" + name + " exists"));
        } catch (SecurityException e) {
            throw new TemplateFailure(outsideTheTheme(name));
        }
    }

    /**
     * FreeMarker wraps what a method it calls throws, memory running out included; that is not a
     * mistake in the template, and the command line reports it as such.
     */
    private static void rethrowIfTheMachineFailed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof VirtualMachineError error) {
                throw error;
            }
        }
    }

    private Problem problem(String source, Integer line, Integer column, String message, String hint) {
        String file = displayPrefix + (source == null ? "" : source);
        return new Problem(new SourcePos(file, line == null ? 1 : line, column == null ? 1 : column), Severity.ERROR,
                "template error: " + message.replaceAll("\\s+", " ").strip(), hint);
    }

    private static Integer lineOf(TemplateException e) {
        return e.getLineNumber();
    }

    private static Integer columnOf(TemplateException e) {
        return e.getColumnNumber();
    }

    /** FreeMarker's messages end with long tips after a "----" line; keep what staff need. */
    private static String firstLines(String message) {
        String text = message == null ? "" : message;
        int cut = text.indexOf("\n----");
        if (cut >= 0) {
            text = text.substring(0, cut);
        }
        cut = text.indexOf("\n\nTip:");
        return cut >= 0 ? text.substring(0, cut) : text;
    }
}
