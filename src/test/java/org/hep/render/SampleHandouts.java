package org.hep.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.hep.app.Generator;
import org.hep.app.HandoutRequest;
import org.hep.dose.DoseOverrides;
import org.hep.load.Library;
import org.hep.load.Source;
import org.hep.model.HandoutDetails;

/** Plans and a template that reach the parts of a handout the built-in plans do not. */
final class SampleHandouts {
    static final LocalDate DATE = LocalDate.of(2026, 3, 14);
    static final HandoutDetails PLAIN = new HandoutDetails(null, null, DATE, null);
    static final HandoutDetails FILLED_IN = new HandoutDetails("Zoë Łukasiewicz-Παπαδοπούλου", "Андрей Ferrand",
            DATE, "Faites les exercices après la marche.");
    /** Names and notes in scripts the built-in font lacks (CJK, from the machine's fonts) or writes right to left. */
    static final HandoutDetails WORLD = new HandoutDetails("王小明 · 山田花子 · 김민준", "דנה לוי",
            DATE, "مرحبا، تمرن كل يوم (تمرين خفيف).");

    private final Path dir;

    /** Writes the sample files into {@code dir}. */
    SampleHandouts(Path dir) {
        this.dir = dir;
        try {
            writeFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG photo, a PNG drawing with see-through parts, and a video link (QR code). */
    Source pictures() {
        return Source.file(dir.resolve("pictures.yaml"));
    }

    /** French labels, with Polish, Greek and Cyrillic text in it. */
    Source scripts() {
        return Source.file(dir.resolve("scripts.yaml"));
    }

    /** Exercise text in Chinese, Japanese, Korean, Hebrew and Arabic. */
    Source world() {
        return Source.file(dir.resolve("world.yaml"));
    }

    /** A clinic's own template: A4, its logo (the PNG drawing) and its own font file. */
    String clinicTemplate() {
        return dir.resolve("clinic.yaml").toString();
    }

    /** Templates that leave the title out, or move it after the exercises. */
    List<String> reorderedTemplates() {
        return List.of(dir.resolve("no-title.yaml").toString(), dir.resolve("title-last.yaml").toString());
    }

    static byte[] generate(Source source, String template, HandoutDetails details) {
        HandoutRequest request = new HandoutRequest(template, null, details, DoseOverrides.NONE);
        return Generator.generate(source, Library.builtIn(), request).bytes();
    }

    private void writeFiles() throws IOException {
        BufferedImage photo = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        BufferedImage drawing = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB);
        for (BufferedImage img : List.of(photo, drawing)) {
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(30, 120, 200));
            g.fillOval(5, 5, 50, 30);
            g.dispose();
        }
        ImageIO.write(photo, "jpg", dir.resolve("photo.jpg").toFile());
        ImageIO.write(drawing, "png", dir.resolve("drawing.png").toFile());
        try (InputStream font = SampleHandouts.class.getResourceAsStream("/hep/fonts/HepSans-Bold.ttf")) {
            Files.copy(font, dir.resolve("clinic.ttf"), StandardCopyOption.REPLACE_EXISTING);
        }
        write("pictures.yaml", """
                title: Knee plan with pictures
                exercises:
                  - name: Wall squat
                    steps: [Lean on a wall., Bend your knees a little., Stand back up.]
                    image: photo.jpg
                    image_alt: A person leans on a wall with bent knees.
                    video: https://example.org/videos/wall-squat
                    sets: 3
                    reps: 10
                  - name: Heel raise
                    steps: [Stand tall., Rise onto your toes., Lower slowly.]
                    image: drawing.png
                    image_alt: A drawing of a foot up on its toes.
                    sides: each
                    hold: 5
                """);
        write("scripts.yaml", """
                title: Genou — exercices à la maison
                language: fr
                condition: Douleur fémoro-patellaire
                education:
                  - heading: Ce qu'il faut savoir
                    text: |
                      Le genou est souvent sensible à l'effort. Ça va mieux avec des exercices réguliers.

                      Po polsku: zażółć gęślą jaźń. Ελληνικά: γόνατο και πόνος. По-русски: колено и боль.
                    bullets:
                      - Évitez les mouvements brusques.
                      - Ćwicz powoli i bez bólu.
                exercises:
                  - name: Élévation de la jambe tendue
                    steps: [Allongez-vous sur le dos., Levez la jambe tendue., Redescendez lentement.]
                    cues: [Gardez le dos à plat.]
                    cautions: [Arrêtez si la douleur est vive.]
                    sets: 3
                    reps: "8-12"
                    sides: each
                advice:
                  - Appelez la clinique si le genou gonfle.
                """);
        write("world.yaml", """
                title: 膝の運動 · 무릎 운동
                condition: 膝关节炎
                exercises:
                  - name: 스쿼트
                    steps: ["慢慢弯曲膝盖。", "ゆっくり立ち上がります。", "천천히 일어서세요.",
                            "כופפו את הברכיים לאט.", "اثنِ ركبتيك ببطء."]
                    sets: 2
                    reps: 10
                """);
        writeTemplates();
    }

    private void writeTemplates() throws IOException {
        write("clinic.yaml", """
                extends: standard
                page: a4
                font: clinic.ttf
                clinic:
                  name: Côte-Nord Physio
                  phone: 555-0199
                  logo: drawing.png
                footer: Des questions ? Appelez-nous.
                """);
        write("no-title.yaml", """
                extends: compact
                sections: [patient, exercises, log, notes]
                """);
        write("title-last.yaml", """
                extends: standard
                sections: [education, exercises, header, advice, disclaimer]
                """);
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    }
}
