package org.hep.layout;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Block;
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
        Blocks b = new Blocks(metrics, th);
        float footerHeight = th.lineHeight(th.small()) + th.gap();
        float top = template.margin();
        float contentHeight = template.page().height - 2 * template.margin() - footerHeight;
        LayoutContext cx = new LayoutContext(b, th, template.margin(), template.page().width - 2 * template.margin(),
                contentHeight);
        List<Group> groups = new ArrayList<>();
        for (Block block : handout.blocks()) {
            groups.addAll(groups(block, template, handout, cx));
        }
        Paginator paginator = new Paginator(top, contentHeight, cx.left, cx.width);
        groups.forEach(paginator::add);
        List<Page> pages = paginator.pages();
        FooterLayout.addTo(pages, handout.furniture(), top + contentHeight + footerHeight, cx);
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
            return List.of(TextSectionLayout.advice(a, cx));
        } else if (block instanceof Block.Log l) {
            return List.of(LogLayout.layout(l, cx));
        } else if (block instanceof Block.Notes n) {
            return List.of(EndMatterLayout.notes(n, cx));
        } else if (block instanceof Block.Disclaimer d) {
            return List.of(EndMatterLayout.disclaimer(d, cx));
        }
        throw new IllegalArgumentException("no layout for " + block.getClass().getSimpleName());
    }
}
