package org.hep.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.hep.compose.Block;
import org.hep.compose.Glue;
import org.hep.compose.Handout;
import org.hep.compose.Meta;
import org.hep.model.Template;

/**
 * Places a composed handout on pages: each block becomes groups of boxes (one layout class per
 * block kind), the groups are paginated, then every page gets its footer. Decides where things
 * go and how they look, never what they say.
 */
public final class HandoutLayout {
    private HandoutLayout() {
    }

    public static PagedHandout layout(Handout handout, Template template, Metrics metrics) {
        return choose(handout, template, metrics).paged();
    }

    /**
     * The handout's blocks in the order its PDF is read: the template's, unless the layout moved the
     * advice or the log to save paper (compact) or printed the advice in a gap before the exercises.
     * The HTML handout reads in this order too, so both say the same things in the same order.
     */
    public static List<Block> readingOrder(Handout handout, Template template, Metrics metrics) {
        return choose(handout, template, metrics).order();
    }

    /**
     * A layout, its blocks in the order they are printed and read, and the gaps cards that moved
     * whole to a new page left above them, in all (one column).
     */
    private record Laid(PagedHandout paged, List<Block> order, float movedGaps) {
        List<Page> pages() {
            return paged.pages();
        }
    }

    private static Laid choose(Handout handout, Template template, Metrics metrics) {
        if (template.bodySize() >= CardPicture.LARGE_TYPE) {
            return withPictures(handout, template, metrics);
        }
        Laid laid = choose(handout, template, metrics, USUAL);
        if (template.columns() != 1 || !worthRefitting(laid, template)) {
            return laid;
        }
        // Cards that fit on a page but not two to one move whole, each leaving a gap, often a third
        // of a page and more, page after page: pictures a little smaller (a tall seated or standing
        // figure sets the card's height), or cards going on between their parts, may save a page.
        // The fewest pages wins, with no more pages less than well used than the usual layout has
        // (none, when it has none); then the fewest of those; the first of equals, so cards stay
        // whole and pictures large unless that costs paper. A dose given on the command line can
        // make every card a little over half a page: cards going on between their parts then save
        // pages even where a page or two stays less used.
        Laid best = laid;
        int usual = underUsed(laid.paged());
        for (CardFit fit : REFITS) {
            Laid other = choose(handout, template, metrics, fit);
            int under = underUsed(other.paged());
            if (under > usual) {
                continue;
            }
            if (other.pages().size() < best.pages().size()
                    || best != laid && other.pages().size() == best.pages().size() && under < underUsed(best.paged())) {
                best = other;
            }
        }
        return best;
    }

    /**
     * Gaps left above cards that moved whole, in all, under this share of a page's height: no
     * refit could save a page (and each try is a layout of its own)...
     */
    private static final float WORTH_REFITTING = 0.4f;
    /** ...unless the last page is at most this much used: half as much may then do, with pictures a little smaller. */
    private static final float LAST_PAGE_LIGHT = 0.6f;

    private static boolean worthRefitting(Laid laid, Template template) {
        float gaps = laid.movedGaps() / template.page().height;
        float last = laid.pages().get(laid.pages().size() - 1).fill();
        return gaps >= WORTH_REFITTING || gaps >= WORTH_REFITTING / 2 && last <= LAST_PAGE_LIGHT;
    }

    private static Laid choose(Handout handout, Template template, Metrics metrics, CardFit fit) {
        Laid laid = layout(handout, handout.blocks(), template, metrics, fit, false, true);
        if (!wellUsed(laid.paged())) {
            // The advice beside an odd last card, but a page before it left mostly blank: the advice
            // may fill that gap instead (before the first row that moves on) when that takes no more pages.
            Laid apart = layout(handout, handout.blocks(), template, metrics, fit, false, false);
            if (wellUsed(apart.paged()) && apart.pages().size() <= laid.pages().size()) {
                laid = apart;
            }
        }
        List<Block> first = beforeExercises(laid.order(), b -> b instanceof Block.Advice || b instanceof Block.Log);
        if (template.columns() == 2 && !wellUsed(laid.paged()) && first != null) {
            // A first row of cards too tall for what the header leaves: the advice and the log (the
            // page to pin up) fill what they can of page one, and the cards follow as one run.
            Laid ahead = layout(handout, first, template, metrics, fit, false, false);
            if (leastUsed(ahead.paged()) > leastUsed(laid.paged()) && ahead.pages().size() <= laid.pages().size()) {
                return ahead;
            }
        }
        List<Block> after = afterExercises(handout.blocks(), b -> b instanceof Block.Advice || b instanceof Block.Log);
        if (after != null) {
            // The advice and the log set before the exercises (compact) go after them, the advice in
            // the gap under a row of cards wherever it fits whole, read there too: the first row may
            // then share page one with the education. Worth it only when it saves a page.
            Laid moved = layout(handout, after, template, metrics, fit, true, true);
            if (moved.pages().size() < laid.pages().size()) {
                return moved;
            }
        }
        List<Block> waiting = afterExercises(handout.blocks(), Block.Advice.class::isInstance);
        if (waiting == null || wellUsed(laid.paged())) {
            return laid;
        }
        // The advice set before the exercises (compact) waits for a gap a row of cards leaves, when
        // that leaves no page but the last less than well used and takes no more pages.
        Laid other = layout(handout, waiting, template, metrics, fit, false, true);
        return wellUsed(other.paged()) && other.pages().size() <= laid.pages().size() ? other : laid;
    }

    /**
     * How the cards are made to fit: the heights large print's pictures may take, the first
     * preferred; the scale of the pictures beside the steps in other print (1 the usual); whether
     * a card that fits on a page may still go on between its parts; and which of its parts then
     * stay together ({@link CardKeeps}).
     */
    private record CardFit(float[] large, float scale, boolean split, CardKeeps keeps) {
    }

    /** Large print's pictures two inches tall, the others their usual size, cards whole. */
    private static final CardFit USUAL = new CardFit(new float[] {CardPicture.TWO_INCHES}, 1f, false,
            CardKeeps.USUAL);
    /** The same, but a card a little taller than a page takes them down to an inch and a half to keep whole. */
    private static final CardFit CARDS_WHOLE = new CardFit(new float[] {CardPicture.TWO_INCHES, 126f, 108f}, 1f,
            false, CardKeeps.USUAL);
    /** Large print's cards going on between their parts. */
    private static final CardFit CARDS_SPLIT = new CardFit(USUAL.large(), 1f, true, CardKeeps.USUAL);
    /**
     * Large print's cards going on only between their parts: the head with the start position, the
     * steps on one page with their pictures and "Take care" (a patient following them never turns
     * the page away from the warning), their pictures down to an inch and a half where that keeps
     * them so; the note is a part of its own, kept with the tips afterwards wherever that costs no page.
     */
    private static final CardFit CARDS_AFTER_STEPS = new CardFit(CARDS_WHOLE.large(), 1f, true,
            new CardKeeps(true, true, false));
    /**
     * Other print's refits, the most like the usual first: pictures beside the steps at nine and
     * eight tenths of their size (still big enough to see the pose), then cards going on between
     * their parts with pictures at their usual size and smaller, each card's head kept with its
     * start position (a name and dose band alone at a page's foot would be read as the whole card)
     * and its steps on one page with their pictures and "Take care": a patient following the steps
     * beside the pictures never turns the page in the middle, away from the warning.
     */
    private static final CardKeeps PARTS_ONLY = new CardKeeps(true, true, true);
    private static final CardFit[] REFITS = {
        new CardFit(USUAL.large(), 0.9f, false, CardKeeps.USUAL), new CardFit(USUAL.large(), 0.8f, false, CardKeeps.USUAL),
        new CardFit(USUAL.large(), 1f, true, PARTS_ONLY), new CardFit(USUAL.large(), 0.9f, true, PARTS_ONLY),
        new CardFit(USUAL.large(), 0.8f, true, PARTS_ONLY),
    };

    /**
     * Large print, laid out with two-inch pictures and again with cards kept whole by smaller ones:
     * the second when it takes fewer pages, or as many with no page but the last less than well
     * used where the first has one. A card on one page is easier to follow, but its pictures stay
     * two inches unless that saves paper or a page left mostly blank.
     */
    private static Laid withPictures(Handout handout, Template template, Metrics metrics) {
        Laid usual = layout(handout, handout.blocks(), template, metrics, USUAL, false, false);
        Laid whole = layout(handout, handout.blocks(), template, metrics, CARDS_WHOLE, false, false);
        int fewer = usual.pages().size() - whole.pages().size();
        Laid chosen = fewer > 0 || fewer == 0 && wellUsed(whole.paged()) && !wellUsed(usual.paged()) ? whole : usual;
        // A card that fits on a page but not in what is left of one moves whole, and at 18 pt that
        // gap can be a third of a page, again and again. Cards that go on between their parts
        // (never inside a box, never leaving their head) are taken when that saves a page and
        // leaves every page but the last well used; cards that go on only after their steps and
        // "Take care", their pictures smaller where that keeps them so, when that saves a page and
        // leaves no more pages less than well used.
        Laid split = layout(handout, handout.blocks(), template, metrics, CARDS_SPLIT, false, false);
        boolean splitWins = split.pages().size() < chosen.pages().size() && wellUsed(split.paged());
        Laid best = splitWins ? split : chosen;
        CardFit fit = splitWins ? CARDS_SPLIT : chosen == whole ? CARDS_WHOLE : USUAL;
        Laid parts = layout(handout, handout.blocks(), template, metrics, CARDS_AFTER_STEPS, false, false);
        if (parts.pages().size() < best.pages().size() && underUsed(parts.paged()) <= underUsed(best.paged())) {
            best = parts;
            fit = CARDS_AFTER_STEPS;
        }
        if (!anyLooseEnds(handout)) {
            return best;
        }
        // A card's head may end a page under what it needs ("You need: a chair"), and a card may go
        // on under "(continued)" for its therapist's note alone. Kept with its start position, and
        // the note with the tips, instead wherever that costs no page, even when a page is then less
        // used (in large print a card may start a fresh page to keep together); else the heads
        // alone; at 18 pt either may cost one or two, and then they stay as they were.
        for (boolean notes : new boolean[] {true, false}) {
            Laid kept = layout(handout, handout.blocks(), template, metrics,
                    new CardFit(fit.large(), fit.scale(), fit.split(), fit.keeps().withHeadsAndNotes(notes)), false,
                    false);
            if (kept.pages().size() <= best.pages().size()) {
                return kept;
            }
        }
        return best;
    }

    /** True when a card says what it needs ("You need: a chair") or has a note or video code: what may end up alone. */
    private static boolean anyLooseEnds(Handout handout) {
        for (Block b : handout.blocks()) {
            if (b instanceof Block.Exercises e && e.cards().stream()
                    .anyMatch(c -> !c.equipment().isEmpty() || c.note() != null || c.video() != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param adviceInAnyGap whether the advice takes the first gap under a card or row it fits in
     *                       (and is read there), or only one on a page otherwise less than well used
     * @param adviceBeside   whether, in two columns, the advice right after the exercises stands
     *                       beside an odd last card when it fits there
     */
    private static Laid layout(Handout handout, List<Block> blocks, Template template, Metrics metrics,
                               CardFit fit, boolean adviceInAnyGap, boolean adviceBeside) {
        int cards = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Exercises e) {
                cards += e.cards().size();
            }
        }
        float[] gaps = new float[cards];
        Laid laid = layout(handout, blocks, template, metrics, fit, adviceInAnyGap, adviceBeside,
                new float[0], gaps);
        boolean anyGap = false;
        for (float g : gaps) {
            anyGap |= g > 0;
        }
        if (!anyGap || template.columns() != 1 || template.bodySize() >= CardPicture.LARGE_TYPE) {
            return laid;
        }
        // A card that fits on a page but not under the one before it moves whole and leaves a gap
        // nothing later may take (the exercises are one run): the card above it draws its pictures
        // larger into it, each within its own page: taken only when every page breaks as before.
        Laid grown = layout(handout, blocks, template, metrics, fit, adviceInAnyGap, adviceBeside, gaps,
                new float[cards]);
        return sameBreaks(laid.pages(), grown.pages()) ? grown : laid;
    }

    /** True when {@code grown} has as many pages as {@code laid}, each holding as much or more. */
    private static boolean sameBreaks(List<Page> laid, List<Page> grown) {
        if (laid.size() != grown.size()) {
            return false;
        }
        for (int i = 0; i < laid.size(); i++) {
            if (grown.get(i).fill() < laid.get(i).fill() - 0.001f) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param room what each card may grow by ({@link CardLayout#single})
     * @param gaps filled with the gap each card leaves under it above the next card, when the card
     *             is on one page and the next moves whole to the next page
     */
    private static Laid layout(Handout handout, List<Block> blocks, Template template, Metrics metrics,
                               CardFit fit, boolean adviceInAnyGap, boolean adviceBeside, float[] room,
                               float[] gaps) {
        return layout(handout, blocks, template, metrics, fit, adviceInAnyGap, adviceBeside, room, gaps,
                FOOTER_PAGES);
    }

    /**
     * The footer makes room for page numbers of two digits: a third ("Página 888 de 888") would put
     * the number under the footer's line in large print on A4, taking a line from every page. A
     * handout that runs longer is laid out again with room for them.
     */
    private static final int FOOTER_PAGES = 99;

    private static Laid layout(Handout handout, List<Block> blocks, Template template, Metrics metrics,
                               CardFit fit, boolean adviceInAnyGap, boolean adviceBeside, float[] room,
                               float[] gaps, int mostPages) {
        Theme th = Theme.of(template);
        Blocks b = new Blocks(metrics, th, Glue.of(handout.meta().language()));
        FooterLayout.Lines footer = FooterLayout.lines(handout.furniture(), b, th,
                template.page().width - 2 * template.margin(), mostPages);
        float footerHeight = FooterLayout.height(footer, th);
        float top = template.margin();
        float contentHeight = template.page().height - 2 * template.margin() - footerHeight;
        float headBand = RunningHeadLayout.height(th);
        LayoutContext cx = new LayoutContext(b, th, template.margin(), template.page().width - 2 * template.margin(),
                contentHeight - headBand, fit.scale(), fit.keeps());
        Paginator paginator = new Paginator(top, contentHeight, cx.left, cx.width, headBand, th.cardPadding());
        Block filled = null;
        Block.Disclaimer early = null;
        Block besideCards = null;
        Block.Notes notesAhead = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block == filled || block == early || block == besideCards || block == notesAhead) {
                continue;
            }
            if (block instanceof Block.Notes n) {
                // Write-in lines fill what the page has left (beside the disclaimer, when it follows);
                // they never make a page of their own.
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                float reserve = next instanceof Block.Disclaimer d && d != early
                        ? EndMatterLayout.disclaimerHeight(d, cx) : 0;
                Group notes = EndMatterLayout.notes(n, paginator.room() - reserve, cx);
                if (notes != null) {
                    paginator.add(notes);
                }
                continue;
            }
            if (block instanceof Block.Disclaimer d) {
                // Tight above when that keeps it on the page: small print never makes a page of its own.
                // It never opens a page alone: when it does not fit, the lines before it come along.
                boolean tight = paginator.room() < EndMatterLayout.disclaimerHeight(d, cx);
                paginator.addGlued(EndMatterLayout.disclaimer(d, tight, cx));
                continue;
            }
            if (block instanceof Block.Glance g) {
                float closing = closingUnder(blocks.subList(i + 1, blocks.size()), paginator, cx);
                notesAhead = notesBefore(GlanceLayout.layout(g, paginator, closing, cx.scratch()),
                        blocks.subList(i + 1, blocks.size()), paginator, cx);
                List<Group> glance = GlanceLayout.layout(g, paginator, closing, cx);
                early = disclaimerBefore(glance, blocks.subList(i + 1, blocks.size()), paginator, cx);
                for (Group row : glance) {
                    paginator.add(row);
                }
                continue;
            }
            if (template.columns() == 2 && isText(block)) {
                int end = i;
                while (end < blocks.size() && isText(blocks.get(end))) {
                    end++;
                }
                inColumns(blocks.subList(i, end), template, handout, paginator, cx);
                i = end - 1;
                continue;
            }
            if (block instanceof Block.Exercises e) {
                // In two columns the advice that follows the exercises stands beside an odd last
                // card when it fits there: read next, as the template orders it, on no page of its own.
                CardPairLayout.Beside beside = adviceBeside && template.columns() == 2 && i + 1 < blocks.size()
                        && blocks.get(i + 1) instanceof Block.Advice a ? adviceBeside(a) : null;
                ExercisesLayout.Rows cards = ExercisesLayout.layout(e, template.columns(), handout.furniture(),
                        fit.large(), beside, room, cx);
                if (beside != null && beside.placed) {
                    besideCards = blocks.get(i + 1);
                }
                List<Block> later = blocks.subList(i + 1 + (besideCards != null ? 1 : 0), blocks.size());
                if (fit.split()) {
                    cards = new ExercisesLayout.Rows(cards.section(), cards.groups().stream().map(g -> new Group(
                            g.boxes(), false, g.continuation(), g.frame(), g.frameFrom(), g.frameTo())).toList(),
                            cards.starts());
                }
                filled = addCards(cards, later, template, handout, paginator, adviceInAnyGap, gaps, cx);
                continue;
            }
            addAll(block, groups(block, template, handout, cx), paginator);
        }
        List<Page> pages = paginator.pages();
        if (pages.size() > mostPages) {
            Arrays.fill(gaps, 0f);
            return layout(handout, blocks, template, metrics, fit, adviceInAnyGap, adviceBeside, room, gaps,
                    mostPages * 10 + 9);
        }
        FooterLayout.addTo(pages, handout.furniture(), footer, top + contentHeight + footerHeight, cx);
        RunningHeadLayout.addTo(pages, handout.furniture(), top, cx);
        Meta meta = handout.meta();
        PagedHandout paged = new PagedHandout(template.page().width, template.page().height, pages, cx.root,
                meta.title(), meta.condition(), meta.author(), meta.language().tag(), meta.keywords(), b.missing());
        // The advice printed in the gap before the exercises is read there (its tags moved there too).
        // The disclaimer set above the plan at a glance keeps its tags, and its turn, at the end.
        List<Block> order = new ArrayList<>(blocks);
        moveBefore(order, filled, Block.Exercises.class);
        moveBefore(order, notesAhead, Block.Glance.class);
        float moved = 0;
        for (float g : gaps) {
            moved += g;
        }
        return new Laid(paged, List.copyOf(order), moved);
    }

    /** The advice as one column beside a card: its heading, its items and the pain guide under them. */
    private static CardPairLayout.Beside adviceBeside(Block.Advice advice) {
        return new CardPairLayout.Beside() {
            @Override
            List<Box> laidOut(LayoutContext column) {
                List<Box> boxes = new ArrayList<>();
                for (Group g : TextSectionLayout.advice(advice, column)) {
                    boxes.addAll(g.boxes());
                }
                return boxes;
            }
        };
    }

    /** {@code block}, when there is one, taken out and put back just before the first block of {@code kind}. */
    private static void moveBefore(List<Block> order, Block block, Class<? extends Block> kind) {
        if (block == null) {
            return;
        }
        order.remove(block);
        for (int i = 0; i < order.size(); i++) {
            if (kind.isInstance(order.get(i))) {
                order.add(i, block);
                return;
            }
        }
        order.add(block);
    }

    /**
     * The exercise cards. When the education ends just short of room for the first card, the
     * page would be left mostly blank ({@link #WELL_USED}): the advice that follows the exercises
     * takes that gap if all of it fits there, and is read there too (read before starting is no
     * worse). Never between two cards: a patient reading down the pages would take the advice
     * for the end of the exercises. Returns the advice block so placed, or null.
     */
    private static Block addCards(ExercisesLayout.Rows rows, List<Block> later, Template template, Handout handout,
                                  Paginator paginator, boolean anyGap, float[] gaps, LayoutContext cx) {
        Block.Advice advice = null;
        for (Block b : later) {
            if (b instanceof Block.Advice a) {
                advice = a;
                break;
            }
        }
        Block placed = null;
        float adviceHeight = -1f;
        List<Group> cards = rows.groups();
        boolean onOnePage = false;
        for (int i = 0; i < cards.size(); i++) {
            Group card = cards.get(i);
            float gap = paginator.gapBefore(card);
            if (i > 0 && onOnePage && gap > 0 && i - 1 < gaps.length) {
                gaps[i - 1] = gap;
            }
            // Only before the first card: advice between two exercises would end the exercises for a
            // patient reading down the pages, and split them for a screen reader.
            boolean worthFilling = i == 0 && advice != null && gap > 0
                    && (anyGap || paginator.used() < WELL_USED);
            if (worthFilling && adviceHeight < 0) {
                adviceHeight = textHeight(advice, template, handout, paginator, cx.scratch()); // measured once, when first asked
            }
            if (worthFilling && adviceHeight <= gap) {
                int tags = cx.root.kids().size();
                if (template.columns() == 2) {
                    inColumns(List.of(advice), template, handout, paginator, cx);
                } else {
                    addAll(advice, TextSectionLayout.advice(advice, handout.furniture(), cx), paginator);
                }
                readBeforeExercises(rows, tags, cx.root);
                placed = advice;
            }
            int begun = paginator.pagesBegun() + (paginator.gapBefore(card) > 0 ? 1 : 0);
            paginator.addBalanced(card, i + 1 < cards.size() ? cards.get(i + 1) : null, WELL_USED);
            onOnePage = paginator.pagesBegun() == begun;
        }
        return placed;
    }

    /**
     * The tags {@code root} got from index {@code from} on (the advice just placed) move to where
     * they are printed, before the exercises: a screen reader reads the handout in the order the
     * page shows it.
     */
    private static void readBeforeExercises(ExercisesLayout.Rows rows, int from, Struct root) {
        List<Object> kids = root.kids();
        List<Object> moved = new ArrayList<>(kids.subList(from, kids.size()));
        kids.subList(from, kids.size()).clear();
        kids.addAll(kids.indexOf(rows.section()), moved);
    }

    /**
     * The least height of the disclaimer that must follow the glance on its page (only the log or
     * the write-in lines between them); none when there is none, or when it fits at the foot of
     * this page, above the glance ({@link #disclaimerBefore}).
     */
    private static float closingUnder(List<Block> later, Paginator paginator, LayoutContext cx) {
        Block.Disclaimer d = nextOf(Block.Disclaimer.class, later, Block.Notes.class, Block.Log.class);
        float least = d == null ? 0f : EndMatterLayout.tightHeight(d, cx);
        return paginator.room() >= least ? 0f : least;
    }

    /**
     * The page to pin up is not split for the small print under it: when the glance fits on a page
     * but not with the disclaimer that closes the handout under it (only the log or the write-in
     * lines between them), the disclaimer goes above the glance, at the foot of what comes before
     * it when it fits there, and the glance moves whole. Returns the disclaimer so placed, or null.
     */
    private static Block.Disclaimer disclaimerBefore(List<Group> glance, List<Block> later, Paginator paginator,
                                                     LayoutContext cx) {
        Block.Disclaimer d = nextOf(Block.Disclaimer.class, later, Block.Notes.class, Block.Log.class);
        if (d == null || glance.size() != 1) {
            return null;
        }
        float least = EndMatterLayout.tightHeight(d, cx);
        // Only in the room left here: at a page's top it would stand alone above a glance that moves on.
        if (!paginator.crowds(glance.get(0), least) || paginator.room() < least) {
            return null;
        }
        boolean tight = paginator.room() < EndMatterLayout.disclaimerHeight(d, cx);
        paginator.add(EndMatterLayout.disclaimer(d, tight, cx));
        return d;
    }

    /**
     * The page to pin up moves whole to a fresh page, and would leave the page before it less than
     * well used: the write-in lines that follow it (only the log between) take that gap instead, as
     * many as fit there, and are read there; the glance stays the last page, the one to take off and
     * pin up. Returns the notes so placed, or null.
     */
    private static Block.Notes notesBefore(List<Group> glance, List<Block> later, Paginator paginator,
                                           LayoutContext cx) {
        Block.Notes notes = nextOf(Block.Notes.class, later, Block.Log.class);
        if (notes == null || glance.isEmpty() || paginator.gapBefore(glance.get(0)) == 0f
                || paginator.used() >= WELL_USED) {
            return null;
        }
        Group lines = EndMatterLayout.notes(notes, paginator.room(), cx);
        if (lines == null) {
            return null;
        }
        paginator.add(lines);
        return notes;
    }

    /** The first block of {@code kind} in {@code later} when only blocks of the {@code between} kinds come before it, else null. */
    @SafeVarargs
    private static <T extends Block> T nextOf(Class<T> kind, List<Block> later, Class<? extends Block>... between) {
        for (Block b : later) {
            if (kind.isInstance(b)) {
                return kind.cast(b);
            }
            boolean allowed = false;
            for (Class<? extends Block> c : between) {
                allowed |= c.isInstance(b);
            }
            if (!allowed) {
                return null;
            }
        }
        return null;
    }

    private static boolean isText(Block block) {
        return block instanceof Block.Education || block instanceof Block.Advice;
    }

    /**
     * Running text in two columns, as the cards beside it are set: the columns a card's width, the
     * same gutter between them. A group kept whole stays whole in a column.
     */
    private static void inColumns(List<Block> text, Template template, Handout handout, Paginator paginator,
                                  LayoutContext cx) {
        float colW = (cx.width - cx.th.gutter()) / 2f;
        ColumnFlow.Text column = inColumn(text, template, handout, cx);
        List<Box> lines = column.boxes();
        // The space above the text's first heading goes across both columns, as it would above one:
        // under a row of cards or the patient's details, the headings and lines of both columns
        // would otherwise start right under them. At a page's top it is dropped.
        int spaces = 0;
        while (spaces < lines.size() && lines.get(spaces).isSpace()) {
            spaces++;
        }
        float above = paginator.room() > 0 ? LayoutContext.heightOf(lines.subList(0, spaces)) : 0f;
        List<Box> flow = new ArrayList<>();
        if (above > 0 && above < paginator.roomHere()) {
            flow.add(Box.space(above));
        }
        flow.addAll(ColumnFlow.set(column, paginator.roomHere() - LayoutContext.heightOf(flow), paginator.pageHeight(),
                colW + cx.th.gutter()));
        paginator.add(Group.flow(flow));
    }

    /**
     * A block's groups in order. The pain guide after the advice never opens a page without it:
     * when the guide does not fit, it opens the next page under the advice's "(continued)" title
     * (or, where that and the guide are taller than a page, the advice's last two items come along).
     */
    private static void addAll(Block block, List<Group> groups, Paginator paginator) {
        for (int i = 0; i < groups.size(); i++) {
            if (block instanceof Block.Advice && i > 0) {
                paginator.addWithWhatIsBefore(groups.get(i));
            } else {
                paginator.add(groups.get(i));
            }
        }
    }

    /**
     * Running text laid out a column wide, each page's share to be set by {@link ColumnFlow}; a
     * page that resumes a section inside a group with a "(continued)" title starts with it.
     */
    private static ColumnFlow.Text inColumn(List<Block> text, Template template, Handout handout, LayoutContext cx) {
        float colW = (cx.width - cx.th.gutter()) / 2f;
        LayoutContext column = cx.column(cx.left, colW);
        List<Box> boxes = new ArrayList<>();
        List<Supplier<List<Box>>> continued = new ArrayList<>();
        Set<Integer> columnBreaks = new HashSet<>();
        for (Block block : text) {
            List<Group> groups = groups(block, template, handout, column);
            int heading = -1;
            for (int i = 0; i < groups.size(); i++) {
                Group g = groups.get(i);
                // The advice's last line keeps with the pain guide after it, as on a page of one column.
                boolean glued = block instanceof Block.Advice && i < groups.size() - 1;
                List<Box> gb = g.boxes();
                for (int k = 0; k < gb.size(); k++) {
                    boolean kept = k < gb.size() - 1 ? g.keepTogether() : glued;
                    boxes.add(kept ? gb.get(k).keep(true) : gb.get(k));
                    continued.add(heading >= 0 ? g.continuation() : null);
                    if (glued && k == gb.size() - 1) {
                        columnBreaks.add(boxes.size() - 1);
                    }
                    if (heading < 0 && !gb.get(k).isSpace()) {
                        heading = boxes.size() - 1;
                    }
                }
            }
        }
        return new ColumnFlow.Text(boxes, continued, columnBreaks);
    }

    /** The height a text block takes on a fresh page: in two balanced columns in a two-column template. */
    private static float textHeight(Block text, Template template, Handout handout, Paginator paginator,
                                    LayoutContext cx) {
        if (template.columns() != 2) {
            return height(groups(text, template, handout, cx));
        }
        float shift = (cx.width - cx.th.gutter()) / 2f + cx.th.gutter();
        List<Box> set = ColumnFlow.set(inColumn(List.of(text), template, handout, cx), paginator.pageHeight(),
                paginator.pageHeight(), shift);
        return LayoutContext.heightOf(set) + (set.size() - 1) * paginator.pageHeight();
    }

    /** Where the (last) exercises block stands among the blocks; -1 when there is none. */
    private static int exercisesAt(List<Block> blocks) {
        int exercises = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Exercises) {
                exercises = i;
            }
        }
        return exercises;
    }

    /**
     * The blocks with those that {@code moves} picks, where they come before the exercises, moved to
     * just after them in the same order; null when none comes before them.
     */
    private static List<Block> afterExercises(List<Block> blocks, Predicate<Block> moves) {
        int exercises = exercisesAt(blocks);
        if (exercises < 0) {
            return null;
        }
        List<Block> before = blocks.subList(0, exercises).stream().filter(moves).toList();
        if (before.isEmpty()) {
            return null;
        }
        List<Block> out = new ArrayList<>(blocks);
        out.removeAll(before);
        out.addAll(out.indexOf(blocks.get(exercises)) + 1, before);
        return out;
    }

    /**
     * The blocks with those that {@code moves} picks, where they come right after the exercises,
     * moved to just before them in the same order; null when none follows them so.
     */
    private static List<Block> beforeExercises(List<Block> blocks, Predicate<Block> moves) {
        int exercises = exercisesAt(blocks);
        if (exercises < 0) {
            return null;
        }
        int end = exercises + 1;
        while (end < blocks.size() && moves.test(blocks.get(end))) {
            end++;
        }
        if (end == exercises + 1) {
            return null;
        }
        List<Block> out = new ArrayList<>(blocks.subList(0, exercises));
        out.addAll(blocks.subList(exercises + 1, end));
        out.add(blocks.get(exercises));
        out.addAll(blocks.subList(end, blocks.size()));
        return out;
    }

    /** True when every page but the last is at least {@link #WELL_USED} used. */
    private static boolean wellUsed(PagedHandout h) {
        List<Page> pages = h.pages();
        for (Page p : pages.subList(0, pages.size() - 1)) {
            if (!(p.fill() >= WELL_USED)) {
                return false;
            }
        }
        return true;
    }

    /** How many pages but the last are less than {@link #WELL_USED} used. */
    private static int underUsed(PagedHandout h) {
        List<Page> pages = h.pages();
        int n = 0;
        for (int i = 0; i < pages.size() - 1; i++) {
            n += pages.get(i).fill() < WELL_USED ? 1 : 0;
        }
        return n;
    }

    /** How much the least used page but the last is used (1 for a handout of one page). */
    private static float leastUsed(PagedHandout h) {
        List<Page> pages = h.pages();
        double least = 1;
        for (int i = 0; i < pages.size() - 1; i++) {
            double fill = pages.get(i).fill();
            least = i == 0 ? fill : Math.min(least, fill);
        }
        return (float) least;
    }

    /** A page less used than this is worth filling out of order. */
    private static final float WELL_USED = 0.6f;

    private static float height(List<Group> groups) {
        float h = 0;
        for (Group g : groups) {
            h += g.height();
        }
        return h;
    }

    private static List<Group> groups(Block block, Template template, Handout handout, LayoutContext cx) {
        if (block instanceof Block.Header h) {
            return List.of(HeaderLayout.layout(h, cx));
        } else if (block instanceof Block.Patient p) {
            return List.of(PatientLayout.layout(p, cx));
        } else if (block instanceof Block.Education e) {
            return TextSectionLayout.education(e, cx);
        } else if (block instanceof Block.Advice a) {
            return TextSectionLayout.advice(a, handout.furniture(), cx);
        } else if (block instanceof Block.Log l) {
            return LogLayout.layout(l, cx);
        }
        throw new IllegalArgumentException("no layout for " + block.getClass().getSimpleName());
    }
}
