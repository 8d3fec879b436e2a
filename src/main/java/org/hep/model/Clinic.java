package org.hep.model;


/** Branding printed at the top of page one; any field may be null. */
public record Clinic(String name, String address, String phone, String website, ImageFile logo) {
    public static final Clinic NONE = new Clinic(null, null, null, null, null);

    /** No field given (like {@link #NONE}). */
    public boolean isEmpty() {
        return name == null && address == null && phone == null && website == null && logo == null;
    }
}
