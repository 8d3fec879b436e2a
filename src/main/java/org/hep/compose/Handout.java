package org.hep.compose;

import java.util.List;

/**
 * A handout as a patient reads it: what it says and in which order, every label, dose phrase
 * and date already in the handout's language, and nothing about geometry or file format. The
 * PDF layout, the HTML writer and every summary format read this one document.
 */
public record Handout(Meta meta, List<Block> blocks, Furniture furniture) {
    public Handout {
        blocks = List.copyOf(blocks);
    }

    /** The exercise cards, in order, wherever the exercises section sits. */
    public List<Card> cards() {
        return blocks.stream().filter(b -> b instanceof Block.Exercises).map(b -> (Block.Exercises) b)
                .flatMap(e -> e.cards().stream()).toList();
    }

    /** The first block of a kind, or null when the template leaves it out or it has nothing to say. */
    public <T extends Block> T block(Class<T> kind) {
        for (Block b : blocks) {
            if (kind.isInstance(b)) {
                return kind.cast(b);
            }
        }
        return null;
    }
}
