package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.hep.testing.PdfProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web address a handout prints (the video beside its QR code, the clinic's website) must name
 * the site it opens: a site name that mixes scripts or uses letters that pass for Latin ones
 * ("аpple.com" with a Cyrillic а opens xn--pple-43d.com) is refused where it is written, while
 * a site name in one script of its own, or in its xn-- form, prints as written.
 */
class LookalikeSiteTest {
    @TempDir
    Path dir;

    private Path exercise(String video) {
        return Hep.write(dir, "e.yaml", "name: Squat\nsteps: [Stand.]\nvideo: '" + video + "'\n");
    }

    private String refused(String video) {
        Path file = exercise(video);
        CliRun r = Hep.expectExit(1, Hep.run("validate", file.toString()));
        assertEquals(2, r.errLines().size(), r.err());
        assertEquals("1 problem found in 1 of 1 file", r.errLines().get(1));
        String line = r.errLines().get(0);
        assertTrue(line.startsWith(file + ":3:8: 'video' "), line);
        return line.substring((file + ":3:8: ").length());
    }

    @Test
    void aSiteNameMixingCyrillicAndLatinIsRefusedAtItsPlace() {
        assertEquals("'video' names its site ('аpple.com') with letters of more than one script (Latin and Cyrillic,"
                + " such as U+0430): it could pass for another site; write the site's own address, or its xn-- form",
                refused("https://аpple.com/watch?v=1"));
    }

    /** Digits of another script read as Latin letters: Bengali, Devanagari and Arabic-Indic zeros as o's. */
    @Test
    void digitsOfAnotherScriptAmongLatinLettersAreRefused() {
        assertEquals("'video' names its site ('g\u09E6\u09E6gle.com') with letters of more than one script (Latin and"
                + " Bengali, such as U+09E6): it could pass for another site; write the site's own address, or its xn--"
                + " form", refused("https://g\u09E6\u09E6gle.com/watch"));
        assertTrue(refused("https://g\u0966\u0966gle.com/v").contains("(Latin and Devanagari, such as U+0966)"));
        assertTrue(refused("https://g\u0665\u0665gle.com/v").contains("(Latin and Arabic, such as U+0665)"));
        // Full-width digits are the ASCII ones to a browser: the address is the one shown.
        Hep.expectExit(0, Hep.run("validate", exercise("https://clinic\uFF11.example/v").toString()));
    }

    @Test
    void cyrillicLettersThatAllLookLatinAreRefusedUnlessTheSiteEndsInCyrillic() {
        assertEquals("'video' names its site ('сосо.com') with Cyrillic letters that all look like Latin ones: it"
                + " could pass for another site; write the site's xn-- form if it is the site you mean",
                refused("https://сосо.com/v"));
        Hep.expectExit(0, Hep.run("validate", exercise("https://сосо.рф/v").toString()));
    }

    @Test
    void latinLettersThatPassForOthersAndCharactersThatAreNoLettersAreRefused() {
        assertEquals("'video' names its site ('ɑpple.com') with the letter U+0251, which passes for another Latin"
                + " letter: it could pass for another site; write the site's own address, or its xn-- form",
                refused("https://ɑpple.com/v"));
        assertEquals("'video' cannot hold the character U+2044 in its site name ('apple.com\u2044x.example'): it"
                + " could pass for another site; write the site's own address",
                refused("https://apple.com\u2044x.example/v"));
    }

    @Test
    void aSiteNameInOneScriptOfItsOwnOrItsXnFormPrintsAsWritten() throws Exception {
        for (String video : List.of("https://病院.jp/ひざ", "https://ほけん病院.jp/v")) {
            // Han with Hiragana is one writing system (validated only: the PDF needs a system CJK font).
            Hep.expectExit(0, Hep.run("validate", exercise(video).toString()));
        }
        for (String video : List.of("https://κλινικη.gr/γονατο", "https://klinik-müller.de/knie",
                "https://xn--pple-43d.com/v", "https://клиника.рф/колено")) {
            Path file = exercise(video);
            Hep.write(dir, "p.yaml", "title: Knee\nexercises:\n  - use: ./e.yaml\n");
            PdfProbe pdf = Hep.generate(dir, dir.resolve("p.yaml").toString());
            String site = video.substring("https://".length(), video.indexOf('/', "https://".length()));
            assertTrue(PdfProbe.flat(pdf.text()).contains(site), video + ": " + pdf.text());
            assertTrue(Files.exists(file));
        }
    }

    @Test
    void aClinicWebsiteThatCouldPassForAnotherSiteIsRefusedAndNoHandoutIsWritten() throws Exception {
        Path template = Hep.write(dir, "clinic.yaml",
                "extends: standard\nclinic:\n  name: Harbour Physio\n  website: 'www.аpple.com/knee'\n");
        Path pdf = dir.resolve("out.pdf");
        CliRun r = Hep.expectExit(1, Hep.run("generate", "it-band-syndrome", "--template", template.toString(),
                "-o", pdf.toString()));
        assertEquals(List.of(template + ":4:12: 'website' names its site ('www.аpple.com') with letters of more than"
                + " one script (Latin and Cyrillic, such as U+0430): it could pass for another site; write the site's"
                + " own address, or its xn-- form"), r.errLines());
        assertFalse(Files.exists(pdf));
    }
}
