package org.hep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hep.testing.CliRun;
import org.hep.testing.Hep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule of the figure language (docs/formats.md): each mistake is reported at its
 * line and column with the exact message, through {@code hep validate} as a clinician runs it.
 */
class FigureValidationTest {
    @TempDir
    Path dir;

    /** Validates an exercise whose {@code figure:} block is {@code figure} and checks the one problem. */
    private void assertProblem(String figure, String expected) throws Exception {
        Path exercises = Files.createDirectories(dir.resolve("exercises"));
        Path file = exercises.resolve("move.yaml");
        Files.writeString(file, "name: Move\nsteps: [Move.]\nfigure:\n" + figure.stripIndent());
        CliRun r = Hep.run("validate", file.toString());
        assertEquals(file + ":" + expected + "\n1 problem found in 1 of 1 file\n", r.err());
        assertEquals(1, r.exit());
    }

    private static final String POSES = "  poses:\n    start: standing\n    end: {knee: 20}\n";

    @Test
    void aGoodFigureIsClean() throws Exception {
        Path file = Files.createDirectories(dir.resolve("exercises")).resolve("move.yaml");
        Files.writeString(file, """
                name: Move
                steps: [Move.]
                figure:
                  view: side
                  tilt: 10
                  facing: left
                  layout: side-by-side
                  anchor: feet
                  alt: A person bends one knee.
                  poses:
                    start: {base: standing, shoulder: 20}
                    middle: {right_knee: 40}
                    end: {right_knee: 90, right_hip: {flex: 30, abduct: 10, rotate: 5}, lean: 5}
                  moving: [right_leg]
                  props: [chair, {wall: {at: hands}}, {band: {at: right_ankle, to: back}}, {towel: {shape: flat}}]
                  arrows: [right_foot, {at: head, style: straight, direction: up, both: true}]
                """);
        CliRun r = Hep.run("validate", file.toString());
        assertEquals("1 file OK\n", r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void unknownFigureKeySuggestsTheClosest() throws Exception {
        assertProblem("  veiw: side\n" + POSES, "4:3: unknown key 'veiw' (did you mean 'view'?)");
    }

    @Test
    void unknownView() throws Exception {
        assertProblem("  view: sid\n" + POSES, "4:9: unknown view 'sid' (did you mean 'side'?)");
    }

    @Test
    void tiltOutOfRange() throws Exception {
        assertProblem("  tilt: 120\n" + POSES, "4:9: 'tilt' must be a number from -90 to 90, found 120");
    }

    @Test
    void facingIsLeftOrRight() throws Exception {
        assertProblem("  facing: up\n" + POSES, "4:11: 'facing' must be right or left, found 'up'");
    }

    @Test
    void posesAreRequired() throws Exception {
        assertProblem("  view: side\n", "4:3: missing required key 'poses'");
    }

    @Test
    void startAndEndAreRequired() throws Exception {
        assertProblem("  poses:\n    start: standing\n", "5:5: missing required key 'end'");
    }

    @Test
    void unknownBasePoseSuggestsTheClosest() throws Exception {
        assertProblem("  poses:\n    start: standng\n    end: {knee: 20}\n",
                "5:12: unknown base pose 'standng' (did you mean 'standing'?)");
    }

    @Test
    void theStartPoseNeedsABase() throws Exception {
        assertProblem("  poses:\n    start: {knee: 20}\n    end: {knee: 30}\n",
                "5:12: the start pose needs a 'base' (one of standing, sitting, long-sitting, supine, hook-lying, "
                        + "prone, side-lying, quadruped, kneeling, half-kneeling)");
    }

    @Test
    void unknownJointSuggestsTheClosest() throws Exception {
        assertProblem("  poses:\n    start: standing\n    end: {rigt_hip: 10}\n",
                "6:11: unknown key 'rigt_hip' (did you mean 'right_hip'?)");
    }

    @Test
    void anAngleABodyCannotReach() throws Exception {
        assertProblem("  poses:\n    start: standing\n    end: {knee: 170}\n",
                "6:17: 'knee' must be from 0 to 150 degrees (as far as a knee goes), found 170");
    }

    @Test
    void aMotionRangeIsCheckedToo() throws Exception {
        assertProblem("  poses:\n    start: standing\n    end: {right_hip: {abduct: 80}}\n",
                "6:31: 'right_hip' abduct must be from -30 to 50 degrees (as far as a hip goes), found 80");
    }

    @Test
    void aJointThatCannotMoveThatWay() throws Exception {
        assertProblem("  poses:\n    start: standing\n    end: {left_knee: {abduct: 10}}\n",
                "6:23: 'left_knee' has no motion 'abduct'; a knee can flex");
    }

    @Test
    void anAngleMustBeANumber() throws Exception {
        assertProblem("  poses:\n    start: standing\n    end: {knee: bent}\n",
                "6:17: 'knee' must be a number of degrees, found 'bent'");
    }

    @Test
    void restNamesAtMostTwoParts() throws Exception {
        assertProblem("  poses:\n    start: {base: quadruped, rest: [hands, knees, feet]}\n    end: {knee: 80}\n",
                "5:36: 'rest' names at most 2 body parts, found 3");
    }

    @Test
    void unknownBodyPartSuggestsTheClosest() throws Exception {
        assertProblem(POSES + "  moving: [rigth_leg]\n", "7:11: unknown body part 'rigth_leg' (did you mean 'right_leg'?)");
    }

    @Test
    void unknownPropSuggestsTheClosest() throws Exception {
        assertProblem(POSES + "  props: [chiar]\n", "7:11: unknown prop 'chiar' (did you mean 'chair'?)");
    }

    @Test
    void propOptionsAreChecked() throws Exception {
        assertProblem(POSES + "  props:\n    - chair: {at: hnds}\n",
                "8:19: unknown body part 'hnds' (did you mean 'hands' or 'hand' or 'hips'?)");
    }

    @Test
    void onlyABandHasTo() throws Exception {
        assertProblem(POSES + "  props:\n    - wall: {to: front}\n",
                "8:18: only a band has 'to' (where its other end is tied)");
    }

    @Test
    void aBandGoesToABodyPartOrADirection() throws Exception {
        assertProblem(POSES + "  props:\n    - band: {at: right_hand, to: frnt}\n",
                "8:34: a band goes 'to' a body part or one of front, back, up, down, left, right, found 'frnt' (did you mean 'front'?)");
    }

    @Test
    void onlyATowelHasAShape() throws Exception {
        assertProblem(POSES + "  props:\n    - chair: {shape: roll}\n", "8:22: only a towel has a 'shape' (roll or flat)");
    }

    @Test
    void aTowelIsRolledOrFlat() throws Exception {
        assertProblem(POSES + "  props:\n    - towel: {shape: square}\n",
                "8:22: a towel's 'shape' must be roll or flat, found 'square'");
    }

    @Test
    void anArrowAtAnUnknownPart() throws Exception {
        assertProblem(POSES + "  arrows: [hed]\n", "7:12: unknown body part 'hed' (did you mean 'head'?)");
    }

    @Test
    void aStraightArrowNeedsADirection() throws Exception {
        assertProblem(POSES + "  arrows:\n    - {at: head, style: straight}\n",
                "8:25: a straight arrow needs a 'direction' (up, down, forward, back, left, right)");
    }

    @Test
    void aDirectionIsOnlyForAStraightArrow() throws Exception {
        assertProblem(POSES + "  arrows:\n    - {at: knee, direction: up}\n",
                "8:29: 'direction' is for a straight arrow; add 'style: straight'");
    }

    @Test
    void anArrowStyleIsOneOfThree() throws Exception {
        assertProblem(POSES + "  arrows:\n    - {at: knee, style: wavy}\n",
                "8:25: 'style' must be path or circle or straight, found 'wavy'");
    }
}
