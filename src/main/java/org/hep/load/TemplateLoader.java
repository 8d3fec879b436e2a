package org.hep.load;

import org.hep.diag.Suggest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hep.model.Clinic;
import org.hep.model.FontFallback;
import org.hep.model.ImageFile;
import org.hep.model.Origin;
import org.hep.model.PageSize;
import org.hep.model.SectionKind;
import org.hep.model.Template;
import org.hep.model.Tracking;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Loads a template by name or path and applies its {@code extends} chain, so a clinic's
 * file needs only its branding. A name is looked up next to the extending file first,
 * then among the built-in templates.
 */
public final class TemplateLoader {
    static final Set<String> KEYS = Set.of("extends", "page", "margins", "font", "fonts", "system_fonts", "size",
            "heading_size", "line_spacing", "density", "italics", "accent", "clinic", "footer", "sections", "log",
            "log_pain", "dose_ticks", "notes_lines", "columns");
    private static final Set<String> CLINIC_KEYS = Set.of("name", "address", "phone", "website", "logo");
    private static final Template BASE = new Template("base", PageSize.LETTER, 54f, null, FontFallback.DEFAULT, 12f,
            16f, 1.3f, 1f, true, 0x1B4F8A, Clinic.NONE, null, List.of(SectionKind.values()), new Tracking(2, false, false), 6, 1,
            "built-in defaults", java.util.Map.of(), null, null);

    /** Fonts are read whole into memory; DejaVu Sans is under 1 MB, large CJK fonts near 20 MB. */
    public static final long MAX_FONT_BYTES = 32L << 20;

    /** Fields one file sets; null = inherit. */
    private record Layer(String name, PageSize page, Float margin, Path font, List<Path> fonts, Boolean systemFonts,
                         Float size, Float headingSize, Float lineSpacing, Float density, Boolean italics,
                         Integer accent, Clinic clinic, String footer, List<SectionKind> sections, TrackingReader.Layer tracking,
                         Integer notesLines, Integer columns,
                         String source, Map<Path, Origin> fontsNamedAt, Origin footerAt, Origin phoneAt) {
    }

    /**
     * Built-in templates as loaded, by name: they are the same while hep runs, and a batch asks
     * for one per handout (parsing it again was about 4% of a handout's time).
     */
    private static final Map<String, Template> BUILT_IN = new java.util.concurrent.ConcurrentHashMap<>();

    private TemplateLoader() {
    }

    /** The built-in defaults every template extends: every section, no clinic. */
    public static Template defaults() {
        return BASE;
    }

    /** Names of the built-in templates. */
    public static List<String> builtInNames() {
        return BuiltIns.list("templates").stream().map(FileNames::stem).toList();
    }

    /**
     * Resolves a template name or path; null when there is no such built-in name. A relative
     * path, like a name, is looked up beside the file that refers to it ({@code besideDir}), or
     * in the working folder when the reference comes from the command line (null).
     */
    public static Source find(String ref, Path besideDir) {
        if (FileNames.looksLikePath(ref)) {
            Path path = besideDir == null ? Path.of(ref) : besideDir.resolve(ref);
            // A missing file named inside a YAML file is that file's problem (exit 1), not an I/O error.
            return besideDir != null && !Files.isRegularFile(path) ? null : Source.file(displayPath(path));
        }
        if (besideDir != null) {
            Path sibling = besideDir.resolve(ref + ".yaml");
            if (Files.isRegularFile(sibling)) {
                return Source.file(displayPath(sibling));
            }
        }
        if (BuiltIns.has("templates/" + ref + ".yaml")) {
            return BuiltIns.source("templates/" + ref + ".yaml");
        }
        return null;
    }

    /** Paths under the working folder are shown relative to it, as a user would type them. */
    private static Path displayPath(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : abs;
    }

    public static Template load(Source source) {
        Template known = BUILT_IN.get(source.name());
        if (known != null && BuiltIns.isOwn(source)) {
            return known;
        }
        List<Layer> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Source current = source;
        seen.add(identity(current));
        boolean builtIn = true;
        Fields leaf = null;
        while (current != null) {
            builtIn &= BuiltIns.isOwn(current);
            MappingNode root = YamlDocument.parseMapping(current, "a template");
            Problems p = new Problems(current.name());
            Fields f = new Fields(root, p, KEYS);
            leaf = leaf == null ? f : leaf;
            chain.add(layer(f, current));
            String parent = f.path("extends");
            Source next = null;
            if (parent != null) {
                next = find(parent, current.dir());
                if (next != null && !FileNames.looksLikePath(parent) && seen.contains(identity(next))
                        && BuiltIns.has("templates/" + parent + ".yaml")) {
                    // A clinic's own standard.yaml that says "extends: standard" means the built-in
                    // one it stands in for, not itself.
                    next = BuiltIns.source("templates/" + parent + ".yaml");
                }
                if (next == null) {
                    f.problem("extends", "unknown template '" + parent + "'" + Suggest.hint(parent, builtInNames()));
                } else if (FileNames.looksLikePath(parent) && !Files.isRegularFile(Path.of(next.name()))) {
                    f.problem("extends", "template file not found: " + parent);
                    next = null;
                } else if (!seen.add(identity(next))) {
                    List<String> names = new ArrayList<>();
                    chain.forEach(l -> names.add(l.name()));
                    names.add(FileNames.stem(Path.of(next.name()).getFileName().toString()));
                    f.problem("extends", "'extends' makes a loop: " + String.join(" → ", names));
                    next = null;
                }
            }
            p.throwIfAny();
            current = next;
        }
        Template t = BASE;
        for (int i = chain.size() - 1; i >= 0; i--) {
            t = apply(t, chain.get(i));
        }
        refuseCramped(t, leaf);
        if (builtIn) {
            BUILT_IN.putIfAbsent(source.name(), t);
        }
        return t;
    }

    /**
     * Each of size, margins and columns has its range, but together they can leave a line a few
     * characters wide (36 pt in two columns between 2 in margins: 8), where every word breaks and
     * a handout runs to hundreds of pages ({@link Template#charsPerLine}); said at the leaf
     * template's key that set it, else at its 'extends'.
     */
    private static void refuseCramped(Template t, Fields leaf) {
        int chars = Template.charsPerLine(t.margin(), t.columns(), t.bodySize());
        if (chars >= Template.MIN_LINE_CHARS) {
            return;
        }
        String key = null;
        for (String k : new String[] {"size", "margins", "columns", "extends"}) {
            if (leaf.has(k)) {
                key = k;
                break;
            }
        }
        String inches = String.format(java.util.Locale.ROOT, "%.2f", t.margin() / 72f).replaceAll("\\.?0+$", "");
        String message = "a line of text would hold about " + Math.max(chars, 0) + " characters (size "
                + Math.round(t.bodySize()) + (t.columns() > 1 ? ", " + t.columns() + " columns" : "") + ", margins "
                + inches + "in), fewer than " + Template.MIN_LINE_CHARS + "; make the type smaller, the margins narrower or use"
                + " one column";
        if (key != null) {
            leaf.problem(key, message);
            leaf.problems().throwIfAny();
        }
        throw new org.hep.diag.InvalidInputException(new org.hep.diag.Problem(leaf.problems().file(), 0, 0, message));
    }

    /** The same file reached by two spellings of its path is one template. */
    private static String identity(Source s) {
        return s.dir() == null ? s.name() : s.dir().resolve(Path.of(s.name()).getFileName()).normalize().toString();
    }

    private static Layer layer(Fields f, Source source) {
        PageSize page = null;
        String pageText = f.text("page");
        if (pageText != null) {
            page = PageSize.parse(pageText);
            if (page == null) {
                f.problem("page", "'page' must be letter or a4, found '" + pageText + "'");
            }
        }
        Float margin = null;
        String marginText = f.text("margins");
        if (marginText != null) {
            margin = Length.points(marginText);
            if (margin == null || margin < 18 || margin > 144) {
                f.problem("margins", "'margins' must be a length from 0.25in to 2in (points, or with in, mm or cm), found '"
                        + marginText + "'");
                margin = null;
            }
        }
        Path font = null;
        Map<Path, Origin> fontsNamedAt = new java.util.HashMap<>();
        String fontText = f.path("font");
        if (fontText != null && !fontText.equalsIgnoreCase("sans")) {
            Path path = source.dir() == null ? Path.of(fontText) : source.dir().resolve(fontText);
            if (!fontText.toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")) {
                f.problem("font", "'font' must be 'sans' (built in) or a .ttf file");
            } else if (Images.notAFile(path) != null) {
                f.problem("font", "font " + Images.notAFile(path) + ": " + fontText);
            } else if (size(path) > MAX_FONT_BYTES) {
                f.problem("font", "font file is larger than " + (MAX_FONT_BYTES >> 20) + " MB: " + fontText);
            } else {
                InputFiles.record(path);
                font = path;
                fontsNamedAt.put(path, f.origin("font"));
            }
        }
        Integer accent = null;
        if (f.raw("accent") != null && !f.has("accent")) {
            // "accent: #C00000" unquoted: YAML reads everything from '#' as a comment, so the
            // clinic's colour would silently be the default blue.
            f.problem("accent", "'accent' is empty: a colour written without quotes after 'accent:' is read as a"
                    + " comment; write it in quotes, as in accent: \"#C00000\"");
        }
        String accentText = f.text("accent");
        if (accentText != null) {
            if (accentText.matches("#?[0-9A-Fa-f]{6}")) {
                accent = Integer.parseInt(accentText.replace("#", ""), 16);
                String tooLight = AccentContrast.problem("\"" + accentText + "\"", accent);
                if (tooLight != null) {
                    f.problem("accent", tooLight);
                    accent = null;
                }
            } else {
                f.problem("accent", "'accent' must be a colour like \"#1F5C99\", found '" + accentText + "'");
            }
        }
        List<SectionKind> sections = null;
        if (f.has("sections")) {
            f.texts("sections"); // reports items that are not text
            sections = new ArrayList<>();
            // Each unknown name is reported at its own place in the list.
            List<org.yaml.snakeyaml.nodes.Node> items = f.raw("sections") instanceof org.yaml.snakeyaml.nodes.SequenceNode seq
                    ? seq.getValue() : List.of(f.raw("sections"));
            if (items.isEmpty()) {
                f.problem("sections", "'sections' must list at least one section; sections are "
                        + String.join(", ", SectionKind.keys()));
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (org.yaml.snakeyaml.nodes.Node item : items) {
                String s = item instanceof org.yaml.snakeyaml.nodes.ScalarNode sc ? sc.getValue().strip() : null;
                if (s != null && !seen.add(s)) {
                    f.problems().at(item, "section '" + s + "' is listed twice");
                }
                SectionKind kind = s == null ? null : SectionKind.parse(s);
                if (kind != null) {
                    sections.add(kind);
                } else if (s != null && !s.isEmpty()) {
                    f.problems().at(item, "unknown section '" + s + "'" + Suggest.hint(s, SectionKind.keys())
                            + "; sections are " + String.join(", ", SectionKind.keys()));
                }
            }
            // Header, patient, notes and disclaimer frame a handout; alone they printed only a footer
            // and "Page 1 of 1". A sheet of only the log or the education is a real use.
            if (!items.isEmpty() && items.size() == sections.size() && java.util.Collections.disjoint(sections,
                    java.util.EnumSet.of(SectionKind.EXERCISES, SectionKind.GLANCE, SectionKind.EDUCATION,
                            SectionKind.ADVICE, SectionKind.LOG))) {
                f.problem("sections", "'sections' must include at least one of exercises, glance, education, advice"
                        + " or log: the others only frame a handout");
            }
        }
        Clinic clinic = null;
        Origin phoneAt = null;
        MappingNode clinicNode = f.mapping("clinic");
        if (clinicNode != null) {
            Fields c = new Fields(clinicNode, f.problems(), CLINIC_KEYS);
            phoneAt = c.has("phone") ? c.origin("phone") : null;
            String logoText = c.path("logo");
            ImageFile logo = logoText == null ? null : Images.read(c, "logo", logoText, source.dir());
            clinic = new Clinic(c.text("name"), c.text("address"), c.text("phone"), SiteName.website(c), logo);
        }
        return new Layer(FileNames.stem(Path.of(source.name()).getFileName().toString()), page, margin, font,
                FontListReader.read(f, source, fontsNamedAt), f.bool("system_fonts"),
                f.decimal("size", 8, 36), f.decimal("heading_size", 10, 48), f.decimal("line_spacing", 1f, 2.5f),
                f.decimal("density", 0.4f, 2f), f.bool("italics"), accent, clinic, f.text("footer"), sections,
                TrackingReader.read(f), f.integer("notes_lines", 0, 30), f.integer("columns", 1, 2), source.name(),
                fontsNamedAt, f.has("footer") ? f.origin("footer") : null, phoneAt);
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (java.io.IOException e) {
            return 0; // reading it later reports the real reason
        }
    }

    private static Template apply(Template t, Layer l) {
        Clinic clinic = t.clinic();
        if (l.clinic() != null) {
            Clinic c = l.clinic();
            clinic = new Clinic(or(c.name(), clinic.name()), or(c.address(), clinic.address()),
                    or(c.phone(), clinic.phone()), or(c.website(), clinic.website()), or(c.logo(), clinic.logo()));
        }
        FontFallback fallback = new FontFallback(or(l.fonts(), t.fallback().files()),
                or(l.systemFonts(), t.fallback().systemFonts()));
        Map<Path, Origin> namedAt = new java.util.HashMap<>(t.fontsNamedAt());
        namedAt.putAll(l.fontsNamedAt()); // the file that names a font last is the one to fix
        return new Template(l.name(), or(l.page(), t.page()), or(l.margin(), t.margin()), or(l.font(), t.font()),
                fallback, or(l.size(), t.bodySize()), or(l.headingSize(), t.headingSize()), or(l.lineSpacing(), t.lineSpacing()),
                or(l.density(), t.density()), or(l.italics(), t.italics()), or(l.accent(), t.accent()), clinic,
                or(l.footer(), t.footer()), or(l.sections(), t.sections()), l.tracking().over(t.tracking()),
                or(l.notesLines(), t.notesLines()), or(l.columns(), t.columns()), l.source(), namedAt,
                l.footer() != null ? l.footerAt() : t.footerAt(), l.phoneAt() != null ? l.phoneAt() : t.phoneAt());
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
