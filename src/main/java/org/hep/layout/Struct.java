package org.hep.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of the document's logical structure (H1, P, L, LI, Figure, Table …), built in
 * reading order while laying out. Its kids are child nodes and the text/figure ops that
 * draw its content, interleaved in order; the renderer turns this into PDF tags.
 */
public final class Struct {
    private final String role;
    private final String alt;
    private final List<Object> kids = new ArrayList<>();
    private String scope;

    private Struct(String role, String alt) {
        this.role = role;
        this.alt = alt;
    }

    public static Struct root() {
        return new Struct("Document", null);
    }

    /** A node in no tree yet, to be put in one by hand (a section's second part, split off where something else is printed). */
    static Struct unattached(String role) {
        return new Struct(role, null);
    }

    public Struct add(String childRole) {
        return add(childRole, null);
    }

    public Struct add(String childRole, String childAlt) {
        Struct s = new Struct(childRole, childAlt);
        kids.add(s);
        return s;
    }

    /** A new piece of this node's own content, in order after what is already there. */
    public Mark content() {
        Mark m = new Mark(this);
        kids.add(m);
        return m;
    }

    /** Identifies one marked-content sequence (one op) of a node; moved ops keep their mark. */
    public static final class Mark {
        private final Struct owner;

        private Mark(Struct owner) {
            this.owner = owner;
        }

        public Struct owner() {
            return owner;
        }
    }

    public String role() {
        return role;
    }

    public String alt() {
        return alt;
    }

    /** For table header cells: "Row" or "Column", so a screen reader can pair cells with headers. */
    public String scope() {
        return scope;
    }

    public Struct scope(String newScope) {
        this.scope = newScope;
        return this;
    }

    /** {@link Struct} and {@link Mark} items, in reading order. */
    public List<Object> kids() {
        return kids;
    }
}
