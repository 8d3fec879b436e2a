package org.hep.summary;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Card;
import org.hep.compose.EndPicture;

/** The pictures a card shows, in order, as the summaries list them (docs/summary-formats.md). */
final class CardPictureList {
    /**
     * @param kind     {@code photo} (the clinic's own) or {@code figure} (drawn from pose data)
     * @param position {@code start} or {@code end}, null for a lone picture
     * @param caption  the words printed under it ("Start"), null for a lone picture
     */
    record Item(String kind, String position, String caption, String alt) {
    }

    private CardPictureList() {
    }

    static List<Item> of(Card card) {
        List<Item> out = new ArrayList<>();
        EndPicture end = card.end();
        String position = end == null ? null : "start";
        String caption = end == null ? null : end.startCaption();
        if (card.picture() != null) {
            out.add(new Item("photo", position, caption, card.picture().alt()));
        } else if (card.figure() != null) {
            out.add(new Item("figure", position, caption, card.figure().alt()));
        }
        if (end != null && !out.isEmpty()) {
            out.add(end.picture() != null ? new Item("photo", "end", end.endCaption(), end.picture().alt())
                    : new Item("figure", "end", end.endCaption(), end.figure().alt()));
        }
        return out;
    }

    /** The alt texts, for the CSV column. */
    static List<String> alts(Card card) {
        return of(card).stream().map(Item::alt).toList();
    }
}
