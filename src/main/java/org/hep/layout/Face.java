package org.hep.layout;

/** The three font faces a handout uses. */
public enum Face {
    REGULAR, BOLD, ITALIC
}
