package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.BeforeEach;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic sets hep up once: hep.yaml beside its plans, a user config, HEP_… variables, each
 * overriding the one before, and options over all. Runs with its own environment and working folder.
 */
class ConfigTest {
    @TempDir
    Path dir;

    private Path clinic;
    private Path work;
    private final Map<String, String> vars = new HashMap<>();

    @BeforeEach
    void clinicFolder() throws IOException {
        clinic = dir.resolve("clinic");
        work = Files.createDirectories(clinic.resolve("plans/today"));
        Hep.write(clinic, "exercises/wall-angel.yaml", "name: Wall angel\nsteps:\n  - Stand with your back to a wall.\n");
        Hep.write(clinic, "templates/branded.yaml", "extends: standard\nfooter: Harbour footer line\n");
        Hep.write(clinic, "plans/shoulder.yaml", "title: Shoulder plan\ntemplate: branded\nexercises:\n"
                + "  - use: wall-angel\n  - use: pendulum\n");
        vars.put("HOME", dir.resolve("home").toString());
    }

    @Test
    void eachSourceOverridesTheOneBeforeAndConfigSaysWhichWon() {
        Hep.write(dir, "home/.config/hep/config.yaml", "page_size: letter\ntemplate: large-print\nlanguage: es\n");
        Hep.write(clinic, "hep.yaml", "page_size: a4\nlibrary: exercises\nclinic:\n  name: Harbour Physiotherapy\n");
        vars.put("HEP_TEMPLATE", "compact");
        CliRun r = run("config");
        assertEquals("", r.err());
        assertEquals(0, r.exit());
        String user = dir.resolve("home/.config/hep/config.yaml").toString();
        String project = clinic.resolve("hep.yaml").toString();
        assertEquals(List.of(
                row("config files", user + ", " + project, "found"),
                row("library", clinic.resolve("exercises").toString(), project),
                row("templates", "(built-in templates only)", "default"),
                row("template", "compact", "HEP_TEMPLATE"),
                row("page_size", "a4", project),
                row("language", "es", user),
                row("clinic.name", "Harbour Physiotherapy", project),
                row("clinic.address", "(the template's)", "default")),
                r.stdout().lines().limit(8).map(l -> List.of(l.split("\\s{2,}"))).toList());
    }

    @Test
    void theConfiguredLanguageIsTheDefaultForLanguage() {
        Hep.write(clinic, "hep.yaml", "language: fr\n");
        CliRun fr = run("summary", "knee-osteoarthritis");
        assertEquals(0, fr.exit(), fr.err());
        assertTrue(fr.stdout().startsWith("Arthrose du genou\n"), fr.stdout());
        CliRun en = run("summary", "knee-osteoarthritis", "--language", "en");
        assertTrue(en.stdout().startsWith("Knee Arthritis\n"), "the option wins: " + en.stdout());
        vars.put("HEP_LANGUAGE", "de");
        CliRun de = run("summary", "knee-osteoarthritis");
        assertEquals("hep: HEP_LANGUAGE: must be en, fr or es, found 'de'\n", de.err());
        assertEquals(2, de.exit());
    }

    /** A plan with no translation into the configured language: the message names the setting, not --language. */
    @Test
    void aMissingTranslationIsBlamedOnTheSettingThatAskedForIt() throws IOException {
        Path plan = Files.writeString(dir.resolve("mine.yaml"), "title: Mine\nexercises:\n  - use: squat\n");
        Path manifest = Files.writeString(dir.resolve("m.csv"), "plan,output\n" + plan + ",a.pdf\n");
        String missing = "has no French (fr) translation; it is available in English (en)";
        vars.put("HEP_LANGUAGE", "fr");
        CliRun generate = run("generate", plan.toString(), "-o", dir.resolve("a.pdf").toString());
        assertEquals("hep: language (from HEP_LANGUAGE): " + plan + " " + missing + "\n", generate.err());
        assertEquals(2, generate.exit());
        CliRun summary = run("summary", plan.toString());
        assertEquals(generate.err(), summary.err());
        CliRun batch = run("batch", manifest.toString(), "--out-dir", dir.resolve("out").toString());
        assertEquals(List.of(manifest + ":2: language (from HEP_LANGUAGE): " + plan + " " + missing,
                "0 written, 1 failed"), batch.errLines());
        // Typed on the command line, it is the option's.
        CliRun typed = run("generate", plan.toString(), "--language", "fr", "-o", dir.resolve("a.pdf").toString());
        assertEquals("hep: --language: " + plan + " " + missing + "\n", typed.err());
    }

    @Test
    void xdgConfigHomeWinsOverHome() {
        Path xdg = dir.resolve("xdg");
        Hep.write(xdg, "hep/config.yaml", "page_size: a4\n");
        vars.put("XDG_CONFIG_HOME", xdg.toString());
        assertTrue(run("config").stdout().contains(xdg.resolve("hep/config.yaml").toString()));
    }

    @Test
    void aSettingsFileThatIsAFolderIsNoted() throws IOException {
        Path xdg = dir.resolve("xdg2");
        Files.createDirectories(xdg.resolve("hep/config.yaml"));
        vars.put("XDG_CONFIG_HOME", xdg.toString());
        CliRun r = run("summary", "tennis-elbow");
        assertEquals(0, r.exit(), r.err());
        assertEquals("hep: note: ignoring " + xdg.resolve("hep/config.yaml") + ": it is a folder, not a file\n",
                r.err());
    }

    /**
     * A hep.yaml that is a folder, a link to nothing or a pipe: noted once, as an untrusted one is,
     * not passed by in silence (the clinic's name would vanish from its handouts unseen).
     */
    @Test
    void aHepYamlThatIsNoFileIsNoted() throws IOException {
        Path here = work.resolve("hep.yaml");
        Files.createSymbolicLink(here, work.resolve("gone.yaml"));
        CliRun r = run("summary", "tennis-elbow");
        assertEquals(0, r.exit(), r.err());
        assertEquals("hep: note: ignoring " + here + ": it is a link to nothing (a missing file, or a loop of links)\n",
                r.err());
        Files.delete(here);
        Files.createDirectories(here);
        assertEquals("hep: note: ignoring " + here + ": it is a folder, not a file\n", run("summary", "tennis-elbow").err());
        Files.delete(here);
        Files.createSymbolicLink(here, Path.of("/dev/zero"));
        assertEquals("hep: note: ignoring " + here + ": it is not a file\n", run("summary", "tennis-elbow").err());
    }

    @Test
    void hepYamlFromAParentFolderSetsLibraryTemplatesPageSizeAndClinic() throws IOException {
        Hep.write(clinic, "hep.yaml", "library: exercises\ntemplates: [templates]\npage_size: a4\n"
                + "clinic:\n  name: Harbour Physiotherapy\n");
        Path pdf = dir.resolve("out.pdf");
        CliRun r = run("generate", clinic.resolve("plans/shoulder.yaml").toString(), "-o", pdf.toString());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
        PdfProbe probe = PdfProbe.of(Files.readAllBytes(pdf));
        String text = probe.text();
        assertTrue(text.contains("Wall angel"), "exercise from the configured library");
        assertTrue(text.contains("Harbour Physiotherapy"), "clinic name from hep.yaml");
        assertTrue(text.contains("Harbour footer line"), "template found in the configured templates folder");
        assertEquals(595, Math.round(probe.pageWidth()), "A4 from hep.yaml");

        CliRun letter = run("generate", clinic.resolve("plans/shoulder.yaml").toString(), "-o", pdf.toString(),
                "--page-size", "letter");
        assertEquals(0, letter.exit(), letter.err());
        assertEquals(612, Math.round(PdfProbe.of(Files.readAllBytes(pdf)).pageWidth()), "the option wins");
    }

    @Test
    void aHepYamlSomeoneElseCouldHavePutThereIsNotReadAndSaysSo() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path planted = Hep.write(shared, "hep.yaml", "clinic:\n  name: Planted Clinic\n");
        work = Files.createDirectories(shared.resolve("nightly"));
        String advice = "; hep reads a hep.yaml only when it is yours and nobody else can change it\n";

        CliRun open = run("config");
        assertEquals("hep: note: ignoring " + planted + ": anyone can write to its folder, so anyone could have put it "
                + "there" + advice, open.err());
        assertEquals(0, open.exit());
        assertFalse(open.stdout().contains("Planted"), open.stdout());

        // A sticky folder (as /tmp is): only the owner can replace a file, so our own is read ...
        shell("chmod", "+t", shared.toString());
        CliRun sticky = run("config");
        assertEquals("", sticky.err());
        assertTrue(sticky.stdout().contains("Planted Clinic"), sticky.stdout());

        // ... but not one anyone can change,
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertEquals("hep: note: ignoring " + planted + ": anyone can change it" + advice, run("config").err());

        // nor one another user put there.
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rw-r--r--"));
        UserPrincipal nobody = planted.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        try {
            Files.setOwner(planted, nobody);
        } catch (IOException e) {
            Assumptions.abort("cannot give a file to another user here: " + e.getMessage());
        }
        String theirs = "hep: note: ignoring " + planted + ": it belongs to another user (nobody)" + advice;
        CliRun run = run("summary", "it-band-syndrome");
        assertEquals(theirs, run.err());
        assertEquals(0, run.exit());
        // Also in a folder only its owner can write to: another user's file never chooses our handouts.
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(theirs, run("config").err());
    }

    @Test
    void aLinkedHepYamlIsJudgedByTheFileItPointsTo() throws Exception {
        Path open = Files.createDirectories(dir.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path real = Hep.write(open, "hep.yaml", "clinic:\n  name: Linked Clinic\n");
        Path link = Files.createSymbolicLink(clinic.resolve("hep.yaml"), real);
        CliRun r = run("config");
        assertEquals("hep: note: ignoring " + link + ": anyone can write to its folder, so anyone could have put it "
                + "there; hep reads a hep.yaml only when it is yours and nobody else can change it\n", r.err());
        assertFalse(r.stdout().contains("Linked Clinic"), r.stdout());
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertTrue(run("config").stdout().contains("Linked Clinic"), "a link to a safe file is read");
    }

    private static void shell(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        Assumptions.assumeTrue(p.waitFor() == 0, String.join(" ", cmd));
    }

    @Test
    void batchRowsUseTheConfiguredTemplatesAndLibrary() throws IOException {
        Hep.write(clinic, "hep.yaml", "library: exercises\ntemplates: templates\n");
        Path manifest = Hep.write(clinic, "plans/tonight.csv", "plan,template,output\nshoulder.yaml,branded,a.pdf\n");
        Path out = dir.resolve("out");
        CliRun r = run("batch", manifest.toString(), "--out-dir", out.toString());
        assertEquals("1 written, 0 failed\n", r.err());
        assertTrue(PdfProbe.of(Files.readAllBytes(out.resolve("a.pdf"))).text().contains("Harbour footer line"));
    }

    /** The front desk finds the clinic's template names where it finds the built-in ones; a broken one is named. */
    @Test
    void listTemplatesShowsTheClinicsOwnOverTheBuiltInOnes() throws IOException {
        Hep.write(clinic, "templates/large-print.yaml", "extends: large-print\npage: a4\n");
        Hep.write(clinic, "templates/broken.yaml", "extends: standard\nsize: 99\n");
        vars.put("HEP_TEMPLATES", clinic.resolve("templates").toString());
        CliRun r = run("list", "templates", "--format", "csv");
        assertEquals("name,page,size\nbranded,letter,12\ncompact,letter,11\nlarge-print,a4,18\nstandard,letter,12\n",
                r.stdout());
        assertEquals(clinic.resolve("templates/broken.yaml") + ":2:7: 'size' must be a number from 8 to 36, found 99\n",
                r.err());
        assertEquals(1, r.exit());
    }

    @Test
    void environmentVariablesNameFoldersAndAreChecked() throws IOException {
        vars.put("HEP_LIBRARY", clinic.resolve("exercises").toString());
        vars.put("HEP_TEMPLATES", clinic.resolve("templates").toString());
        CliRun ok = run("validate", clinic.resolve("plans/shoulder.yaml").toString());
        assertEquals("1 file OK\n", ok.err());
        vars.put("HEP_PAGE_SIZE", "legal");
        CliRun bad = run("generate", "it-band-syndrome", "-o", dir.resolve("x.pdf").toString());
        assertEquals("hep: HEP_PAGE_SIZE: must be letter or a4, found 'legal'\n", bad.err());
        assertEquals(2, bad.exit());
        vars.remove("HEP_PAGE_SIZE");
        // A variable that names nothing is a usage error that names the variable, for every command.
        vars.put("HEP_TEMPLATE", "brandd");
        CliRun noTemplate = run("generate", "it-band-syndrome", "-o", dir.resolve("x.pdf").toString());
        assertEquals("hep: HEP_TEMPLATE: unknown template 'brandd' (did you mean 'branded'?); templates are "
                + "branded, compact, large-print, standard\n", noTemplate.err());
        assertEquals(2, noTemplate.exit());
        assertEquals(2, run("config").exit(), "config refuses it too, as it does a bad page size");
        vars.put("HEP_TEMPLATE", "branded");
        vars.put("HEP_LANGUAGE", "de");
        CliRun german = run("config");
        assertEquals("hep: HEP_LANGUAGE: must be en, fr or es, found 'de'\n", german.err());
        assertEquals(2, german.exit());
        vars.remove("HEP_LANGUAGE");
        assertEquals(0, run("config").exit(), "a template in HEP_TEMPLATES is known");
        vars.put("HEP_LIBRARY", dir.resolve("nope").toString());
        assertEquals("hep: HEP_LIBRARY: folder '" + dir.resolve("nope") + "' not found\n", run("config").err());
        Path file = Files.writeString(dir.resolve("lib.txt"), "not a folder\n");
        vars.put("HEP_LIBRARY", file.toString());
        assertEquals("hep: HEP_LIBRARY: folder '" + file + "' is a file, not a folder\n", run("config").err());
    }

    @Test
    void aBadConfigFileIsReportedWithLineAndColumnLikeEveryYamlFile() {
        Path hepYaml = Hep.write(clinic, "hep.yaml", "library: nope\npage_sise: a4\npage_size: legal\n");
        CliRun r = run("generate", "it-band-syndrome", "-o", dir.resolve("x.pdf").toString());
        assertEquals(List.of(
                hepYaml + ":1:10: folder 'nope' not found (paths are relative to this file)",
                hepYaml + ":2:1: unknown key 'page_sise' (did you mean 'page_size'?)",
                hepYaml + ":3:12: 'page_size' must be letter or a4, found 'legal'"), r.errLines());
        assertEquals(1, r.exit());
        assertTrue(run("--help").err().isEmpty(), "help still works");
    }

    @Test
    void useTakesAPathRelativeToThePlan() throws IOException {
        Hep.write(clinic, "plans/by-path.yaml", "title: By path\nexercises:\n  - use: ../exercises/wall-angel.yaml\n"
                + "    sets: 2\n");
        Path pdf = dir.resolve("p.pdf");
        CliRun r = run("generate", clinic.resolve("plans/by-path.yaml").toString(), "-o", pdf.toString());
        assertEquals("", r.err());
        assertTrue(PdfProbe.of(Files.readAllBytes(pdf)).text().contains("Wall angel"));

        Hep.write(clinic, "plans/missing.yaml", "title: Missing\nexercises:\n  - use: ../exercises/nope.yaml\n");
        CliRun missing = run("validate", clinic.resolve("plans/missing.yaml").toString());
        assertEquals(clinic.resolve("plans/missing.yaml") + ":3:10: exercise file '../exercises/nope.yaml' not found"
                + " (paths are relative to the plan's folder)", missing.errLines().get(0));
    }

    @Test
    void anUnknownExerciseInAFolderNextToThePlanSaysHowToAddIt() {
        CliRun r = Hep.run("validate", clinic.resolve("plans/shoulder.yaml").toString());
        // Named as typed from the working folder, or absolute when that is shorter.
        Path absolute = clinic.resolve("exercises");
        Path relative = Path.of("").toAbsolutePath().relativize(absolute);
        Path folder = relative.toString().length() < absolute.toString().length() ? relative : absolute;
        assertEquals(clinic.resolve("plans/shoulder.yaml") + ":4:10: unknown exercise 'wall-angel'; "
                + folder.resolve("wall-angel.yaml") + " has it: add its folder with --library " + folder
                + " (or list it under 'library:' in hep.yaml)", r.errLines().get(0));
        assertEquals(1, r.exit());
    }

    private static List<String> row(String name, String value, String source) {
        return List.of(name, value, source);
    }

    /**
     * A clinic brands the default by putting its own standard.yaml in its templates folder; its
     * "extends: standard" is the built-in standard it stands in for, not a loop back to itself.
     */
    @Test
    void aClinicStandardThatExtendsStandardExtendsTheBuiltInOne() throws Exception {
        Hep.write(clinic, "templates/standard.yaml", "extends: standard\nclinic:\n  name: Harbour Physiotherapy\n");
        Hep.write(clinic, "hep.yaml", "templates: [templates]\n");
        CliRun r = run("generate", "it-band-syndrome", "-o", work.resolve("out.pdf").toString());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
        String text = PdfProbe.of(Files.readAllBytes(work.resolve("out.pdf"))).text();
        assertTrue(text.contains("Harbour Physiotherapy"), "the clinic's standard brands the handout");
        assertTrue(text.contains("Your exercises"), "with the built-in standard's sections");
    }

    /**
     * A hep.yaml naming a template or language hep does not have is bad input at its line (exit 1),
     * as every other mistake in the file is, and validate finds it too; a region is fine.
     */
    @Test
    void anUnknownTemplateOrLanguageInHepYamlIsReportedAtItsLine() {
        Path config = Hep.write(clinic, "hep.yaml", "page_size: a4\ntemplate: brandd\n");
        String plan = clinic.resolve("plans/shoulder.yaml").toString();
        Hep.write(clinic, "plans/shoulder.yaml", "title: Shoulder plan\nexercises:\n  - use: squat\n");
        CliRun r = run("generate", plan, "-o", work.resolve("out.pdf").toString());
        assertEquals(config + ":2:11: unknown template 'brandd'; built-in templates are compact, large-print,"
                + " standard\n", r.err());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(work.resolve("out.pdf")));
        Hep.write(clinic, "hep.yaml", "language: de\n");
        r = run("generate", plan, "-o", work.resolve("out.pdf").toString());
        assertEquals(config + ":1:11: 'language' must be en, fr or es (with a region if you like, as in es-MX),"
                + " found 'de'\n", r.err());
        assertEquals(1, r.exit());
        Hep.write(clinic, "hep.yaml", "language: es-MX\n");
        r = run("generate", "it-band-syndrome", "-o", work.resolve("out.pdf").toString());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
    }

    /**
     * A clinic's phone too long for the footer, set in hep.yaml, is reported where the clinic wrote it,
     * not at the built-in template's footer line, which is not a file the clinic has.
     */
    @Test
    void aPhoneTooLongForTheFooterIsReportedInHepYaml() {
        Path config = Hep.write(clinic, "hep.yaml", "library: exercises\nclinic:\n  name: Harbour Physiotherapy\n  phone: \""
                + "416-555-0199 ".repeat(40).strip() + "\"\n");
        CliRun r = run("generate", clinic.resolve("plans/shoulder.yaml").toString(), "--template", "standard", "-o", work.resolve("out.pdf").toString());
        // standard's own footer would fit; with the phone it would take 7 lines of the 3 it may
        assertEquals(config + ":4:10: the clinic's phone is too long for the foot of the printed page: at this type"
                + " size it takes 7 lines with the footer, and the most is 3; shorten it\n", r.err());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(work.resolve("out.pdf")));
        // A phone that fits, with a footer of the clinic's own template that does not: the footer is reported.
        Hep.write(clinic, "hep.yaml", "library: exercises\ntemplates: [templates]\nclinic:\n  phone: 416-555-0199\n");
        Path longFooter = Hep.write(clinic, "templates/branded.yaml", "extends: standard\nfooter: \""
                + "Call us about your exercises. ".repeat(12).strip() + "\"\n");
        r = run("generate", clinic.resolve("plans/shoulder.yaml").toString(), "--template", "branded", "-o", work.resolve("out.pdf").toString());
        assertTrue(r.err().startsWith(longFooter + ":2:9: 'footer' is too long for the foot of the printed page"),
                r.err());
        assertEquals(1, r.exit());
    }

    private CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new Environment(vars, work));
        return new CliRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }
}
