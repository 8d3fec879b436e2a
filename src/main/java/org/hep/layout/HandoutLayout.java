package org.hep.layout;

import java.util.List;
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
        Theme th = Theme.of(template);
        Blocks b = new Blocks(metrics, th, Glue.of(handout.meta().language()));
        float footerHeight = th.lineHeight(th.small()) + th.gap();
        float top = template.margin();
        float contentHeight = template.page().height - 2 * template.margin() - footerHeight;
        float headBand = RunningHeadLayout.height(th);
        LayoutContext cx = new LayoutContext(b, th, template.margin(), template.page().width - 2 * template.margin(),
                contentHeight - headBand);
        Paginator paginator = new Paginator(top, contentHeight, cx.left, cx.width, headBand);
        List<Block> blocks = handout.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Notes n) {
                // Write-in lines fill what the page has left (beside the disclaimer, when it follows);
                // they never make a page of their own.
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                float reserve = next instanceof Block.Disclaimer d ? EndMatterLayout.disclaimerHeight(d, cx) : 0;
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
            groups(block, template, handout, cx).forEach(paginator::add);
        }
        List<Page> pages = paginator.pages();
        FooterLayout.addTo(pages, handout.furniture(), top + contentHeight + footerHeight, cx);
        RunningHeadLayout.addTo(pages, handout.furniture(), top, cx);
        Meta meta = handout.meta();
        return new PagedHandout(template.page().width, template.page().height, pages, cx.root, meta.title(),
                meta.condition(), meta.author(), meta.language().tag(), meta.keywords(), b.missing());
    }

    private static List<Group> groups(Block block, Template template, Handout handout, LayoutContext cx) {
        if (block instanceof Block.Header h) {
            return List.of(HeaderLayout.layout(h, cx));
        } else if (block instanceof Block.Patient p) {
            return List.of(PatientLayout.layout(p, cx));
        } else if (block instanceof Block.Education e) {
            return TextSectionLayout.education(e, cx);
        } else if (block instanceof Block.Exercises e) {
            return ExercisesLayout.layout(e, template.columns(), handout.furniture(), cx);
        } else if (block instanceof Block.Advice a) {
            return TextSectionLayout.advice(a, cx);
        } else if (block instanceof Block.Log l) {
            return LogLayout.layout(l, cx);
        } else if (block instanceof Block.Glance g) {
            return GlanceLayout.layout(g, handout.furniture().footer(), cx);
        }
        throw new IllegalArgumentException("no layout for " + block.getClass().getSimpleName());
    }
}
