package org.hep.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The page-break rule for lists, the same as for a paragraph's lines: the first two items stay
 * together and so do the last two, so a page never ends on one item under its heading and never
 * opens on a list's last item alone; a list of up to three items moves whole when it fits. A
 * longer list may break between any other two items.
 */
final class ListKeeps {
    private ListKeeps() {
    }

    /**
     * The items' boxes in order, each item's boxes ending with the space after it (which may end a
     * page, or fall off its foot, where the list may break).
     */
    static List<Box> apply(List<List<Box>> items) {
        int n = items.size();
        List<Box> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Box> item = items.get(i);
            // Items 0 and n-2 keep their space with the next item; items 1 and n-1 keep their own lines together.
            boolean withNext = n >= 2 && (i == 0 || i == n - 2);
            boolean whole = n >= 2 && (i == 1 || i == n - 1);
            for (int k = 0; k < item.size(); k++) {
                Box bx = item.get(k);
                boolean last = k == item.size() - 1;
                out.add(withNext || whole && !last ? bx.keep(true) : bx);
            }
        }
        return out;
    }
}
