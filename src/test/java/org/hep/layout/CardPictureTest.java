package org.hep.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hep.app.Templates;
import org.hep.compose.Block;
import org.hep.compose.Card;
import org.hep.compose.HandoutComposer;
import org.hep.dose.DoseOverrides;
import org.hep.dose.DoseResolver;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.model.HandoutDetails;
import org.hep.model.Plan;
import org.hep.model.Template;
import org.hep.render.FontSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a card's pictures go, and how small they may get. */
class CardPictureTest {
    private static final HandoutDetails DETAILS = new HandoutDetails("Ana Lopez", null, LocalDate.of(2026, 3, 14), null);
    /** Inner widths of a one-column card on letter and A4 paper at the usual margins, and narrower. */
    private static final float[] WIDTHS = {360f, 420f, 470f, 500f};

    /**
     * Pictures beside the steps made smaller so that a handout takes a page less (nine or eight
     * tenths of their size) stay at least {@link CardPicture#MIN_AREA} squares of the body size,
     * the least a patient can make out; a picture already smaller at its usual size keeps it.
     * Every built-in exercise, at body sizes a clinic's template may choose.
     */
    @ParameterizedTest(name = "{0} pt")
    @ValueSource(ints = {10, 11, 12, 13, 14, 15})
    void picturesMadeSmallerToSaveAPageStayBigEnoughToSee(int size, @TempDir Path dir) throws IOException {
        int checked = eachCard(size, dir, (c, usual) -> {
            int n = 0;
            for (float scale : new float[] {0.9f, 0.8f}) {
                List<CardPicture> smaller = c.options(scale);
                assertEquals(usual.size(), smaller.size(), "the same places, the pictures smaller");
                for (int i = 0; i < smaller.size(); i++) {
                    CardPicture pic = smaller.get(i);
                    float was = usual.get(i).cellArea();
                    n++;
                    assertTrue(pic.cellArea() <= was + 0.01f, "never larger");
                    assertTrue(pic.cellArea() >= Math.min(c.floor(), was) - 0.01f, c.where() + " at " + scale
                            + " of its size: " + c.squares(pic) + " squares of the body size, was "
                            + c.squares(usual.get(i)));
                }
            }
            return n;
        });
        assertFalse(checked == 0, "pictures beside the steps were checked");
    }

    /**
     * Beside the steps, the card may take a narrower picture column when that leaves it shorter,
     * but not one whose pictures are smaller than a patient can make out: every place but the
     * usual one holds pictures of at least {@link CardPicture#MIN_AREA} squares of the body size
     * (a wide figure lying down is not squeezed to half an inch tall).
     */
    @ParameterizedTest(name = "{0} pt")
    @ValueSource(ints = {10, 11, 12, 13, 14, 15})
    void noPlaceButTheUsualOneHoldsPicturesTooSmallToSee(int size, @TempDir Path dir) throws IOException {
        int checked = eachCard(size, dir, (c, options) -> {
            for (int i = 1; i < options.size(); i++) {
                assertTrue(options.get(i).above() || options.get(i).cellArea() >= c.floor() - 0.01f, c.where()
                        + ", place " + (i + 1) + ": " + c.squares(options.get(i)) + " squares of the body size");
            }
            return Math.max(0, options.size() - 1);
        });
        assertFalse(checked == 0, "places beside the steps were checked");
    }

    /**
     * In large print a lone picture beside the steps, two inches tall (or less where the card is
     * made to fit), would be a sliver when the pose is tall and narrow (a standing figure, a band
     * on a door): it grows taller, up to half as tall again, until it is at least
     * {@link CardPicture#MIN_AREA} squares of the body size.
     */
    @ParameterizedTest(name = "{0} pt")
    @ValueSource(ints = {16, 18, 20})
    void aLonePictureBesideLargePrintStepsIsBigEnoughToSee(int size, @TempDir Path dir) throws IOException {
        int checked = eachCard("large-print", size, dir, (c, usual) -> {
            int n = 0;
            for (float large : new float[] {CardPicture.TWO_INCHES, 126f, 108f}) {
                for (CardPicture pic : CardPicture.options(c.card(), c.w(), c.th(), c.charWidth(), c.th().gap() * 1.5f,
                        large)) {
                    if (pic.above() || !pic.lone()) {
                        continue;
                    }
                    n++;
                    assertTrue(pic.cellArea() >= c.floor() - 0.01f || pic.height() >= large * 1.5f - 0.01f,
                            c.where() + " at most " + large + " pt tall: " + c.squares(pic)
                                    + " squares of the body size, " + pic.height() + " pt tall");
                }
            }
            return n;
        });
        assertFalse(checked == 0, "lone pictures beside large print's steps were checked");
    }

    /** One built-in exercise's card at one width, in a template of one body size. */
    private record Sized(Card card, float w, Theme th, float charWidth, String plan) {
        List<CardPicture> options(float scale) {
            return CardPicture.options(card, w, th, charWidth, th.gap() * 1.5f, CardPicture.TWO_INCHES, scale);
        }

        float floor() {
            return th.body() * th.body() * CardPicture.MIN_AREA;
        }

        long squares(CardPicture pic) {
            return Math.round(pic.cellArea() / (th.body() * th.body()));
        }

        String where() {
            return plan + " '" + card.title() + "' " + w + " pt wide";
        }
    }

    private interface CardCheck {
        /** Checks a card's usual places for its pictures; returns how many pictures it checked. */
        int check(Sized card, List<CardPicture> usual);
    }

    /** Runs {@code check} on every built-in exercise's card at every width, at body size {@code size}. */
    private static int eachCard(int size, Path dir, CardCheck check) throws IOException {
        return eachCard("standard", size, dir, check);
    }

    /** As above, in a template that extends {@code base}. */
    private static int eachCard(String base, int size, Path dir, CardCheck check) throws IOException {
        Path file = dir.resolve("sized.yaml");
        Files.writeString(file, "extends: " + base + "\nsize: " + size + "\n");
        FontSet metrics = FontSet.forThread();
        int checked = 0;
        for (String planFile : BuiltIns.list("plans")) {
            Plan plan = PlanLoader.load(BuiltIns.source("plans/" + planFile), "plan", Library.builtIn());
            Template template = Templates.choose(file.toString(), plan);
            Theme th = Theme.of(template);
            float charWidth = metrics.width("abcdefghijklmnopqrstuvwxyz", Face.REGULAR, th.body()) / 26f;
            for (Card card : cards(plan, template)) {
                for (float w : WIDTHS) {
                    Sized c = new Sized(card, w, th, charWidth, planFile);
                    checked += check.check(c, c.options(1f));
                }
            }
        }
        return checked;
    }

    private static List<Card> cards(Plan plan, Template template) {
        return HandoutComposer.compose(DoseResolver.resolve(plan, DoseOverrides.NONE), template, DETAILS).blocks()
                .stream().filter(Block.Exercises.class::isInstance)
                .flatMap(b -> ((Block.Exercises) b).cards().stream()).toList();
    }
}
